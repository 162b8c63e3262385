/**
 * Output stage: what a build must do — for every group and output, whether its file is fresh
 * (same key as last time, still on disk), which combined print files must be remade, which
 * ZIPs, and the job each group's worker gets. Pure bookkeeping: nothing is rendered here.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type DocumentKind, printsOneSided } from '../kinds/kind.js';
import { labelsFor } from '../kinds/labels.js';
import { findKind, KINDS } from '../kinds/registry.js';
import { expandOutputs, type Output, outputFileName } from '../kinds/render.js';
import type { Group } from '../load/types.js';
import { noticeIsSecret } from '../load/urgency.js';
import { type ZipSpec, zipKey, zipNames } from './archive.js';
import type { BuildInputs, InputSpec } from './inputs.js';
import { pictureBytes } from './inputs.js';
import { inputsRead } from './inputs-read.js';
import { combinedKey, outputKeyOf, sharedKey } from './keys.js';
import { type Manifest, type ManifestFile, readPrevious, sha256 } from './manifest.js';
import { KeptPages, pageStorePath } from './page-store.js';
import type { GroupJob, JobItem } from './render-job.js';
import { type DocumentOptions, documentKey } from './signing.js';

export interface PlanOptions {
  out: string;
  force?: boolean;
  /**
   * The groups a `--group` run makes (the others of `groups` only feed the print files); all of
   * them when absent.
   */
  selected?: ReadonlySet<string>;
  /** Print files for two-sided printing (a blank back page after an odd page count). */
  duplex: boolean;
  /** PDF/A and signing: part of the keys, and passed to every job. */
  document?: DocumentOptions;
  /** The print files of signed kinds are signed too (--sign-print). */
  signPrint?: boolean;
}

export interface StalePrint {
  o: Output;
  key: string;
  path: string;
  /** The pages the last build kept for this print file (page-store.ts), if any can be trusted. */
  kept?: KeptPages;
}

export interface PlannedOutput {
  o: Output;
  path: string;
  key: string;
  fresh: boolean;
  old?: ManifestFile;
  /** Its pages for the print file come from the kept store, read back whole: nothing to draw. */
  kept?: boolean;
}

export interface BuildPlan {
  prev: Manifest;
  /** Per group (in print order), per output: its path, key and whether it can be reused. */
  plan: PlannedOutput[][];
  /** Print files to remake, by the index of their output. */
  combined: Map<number, StalePrint>;
  /**
   * Print files a `--group` run leaves out of date: other groups' documents changed too, and
   * remaking the print file would print what their own files do not say.
   */
  behind: string[];
  /**
   * Kinds an earlier build made that this campaign now has nothing to print for (a poster after
   * the campaign's links were removed): their files leave the groups' ZIPs and the manifest, and
   * a whole-ward build deletes them — a leader must not download a poster whose codes are gone.
   */
  skipped: ReadonlySet<string>;
  /** `printOnly`: a group outside a `--group` run, there only for its pages in the print files. */
  jobs: { group: Group; job?: GroupJob; reused: ManifestFile[]; printOnly?: boolean }[];
}

/**
 * Is the file on disk the one the manifest records? Its size must match; a file modified after
 * the manifest was written (someone else's write, a damaged disk block rewritten, a copy) must
 * also match its recorded SHA-256, or it is rebuilt.
 */
async function unchanged(
  path: string,
  old: { bytes: number; sha256: string },
  recordedAt: number,
): Promise<boolean> {
  try {
    const s = await stat(path);
    if (s.size !== old.bytes) return false;
    // Strictly before: the file clock ticks coarsely (a few ms), so a file changed within the
    // tick the manifest was written in has the manifest's time and must be read to be trusted.
    return s.mtimeMs < recordedAt || sha256(await readFile(path)) === old.sha256;
  } catch {
    return false;
  }
}

const printPath = (o: Output) => `print/${outputFileName(o).replace(/\.pdf$/, '')}-all.pdf`;

export async function planBuild(
  inputs: BuildInputs,
  spec: InputSpec,
  kinds: readonly DocumentKind[],
  groups: readonly Group[],
  outputs: readonly Output[],
  opts: PlanOptions,
): Promise<BuildPlan> {
  const prev = await readPrevious(opts.out);
  const recordedAt = prev.recordedAt ?? 0;
  const prevFiles = new Map(prev.files.map((f) => [f.path, f]));
  const shared = sharedKey(inputs, await pictureBytes(inputs.campaign));
  // What every job's worker must have read too.
  const read = inputsRead(inputs);
  const skipped = new Set(
    [...new Set([...prev.files, ...prev.print].map((f) => f.kind))].filter((name) => {
      const kind = findKind(name);
      return kind !== undefined && inputs.nothingToPrint(kind);
    }),
  );

  // What is stale: a file whose key changed or that is missing; a print file whose pages changed.
  const keyOf = outputs.map((o) =>
    outputKeyOf(inputs, shared, o, documentKey(o.kind, opts.document)),
  );
  const plan: PlannedOutput[][] = await Promise.all(
    groups.map(async (g) => {
      const slug = inputs.slugs.get(g.id) ?? g.id;
      return Promise.all(
        outputs.map(async (o, oi) => {
          const path = `${slug}/${outputFileName(o)}`;
          const key = (keyOf[oi] as (g: Group) => string)(g);
          const old = prevFiles.get(path);
          // --force remakes the groups a run makes; a --group run's other groups stay as they
          // are, and are as fresh as their keys say.
          const other = opts.selected !== undefined && !opts.selected.has(g.id);
          const fresh =
            (!opts.force || other) &&
            old?.key === key &&
            (await unchanged(join(opts.out, path), old, recordedAt));
          return { o, path, key, fresh, old };
        }),
      );
    }),
  );
  // Combined print files cover the whole ward (or shard). A --group run keeps the ones an earlier
  // build made in step with the groups it makes, from the other groups' kept pages — as long as
  // those groups' documents are current; it never makes a new one (that is a whole build's work).
  const { selected } = opts;
  const outside = (gi: number) => selected !== undefined && !selected.has(groups[gi]?.id ?? '');
  const printable = outputs.filter((o) => (o.kind.ext ?? 'pdf') === 'pdf');
  const prevPrint = new Map(prev.print.map((p) => [p.path, p]));
  const combined = new Map<number, StalePrint>();
  const behind: string[] = [];
  for (const o of printable) {
    if (selected && !prevPrint.has(printPath(o))) continue;
    const idx = outputs.indexOf(o);
    // A switch between duplex and simplex remakes the print files.
    const keys = plan.map((items) => items[idx]?.key ?? '');
    const key = combinedKey([
      ...keys,
      ...(opts.duplex && !printsOneSided(o.kind) ? [] : ['simplex']),
      ...(opts.signPrint && o.kind.signs ? ['signed'] : []),
    ]);
    const path = printPath(o);
    const old = prevPrint.get(path);
    const fresh =
      !opts.force && old?.key === key && (await unchanged(join(opts.out, path), old, recordedAt));
    if (fresh) continue;
    if (selected && plan.some((items, gi) => outside(gi) && !items[idx]?.fresh)) {
      behind.push(path);
      continue;
    }
    combined.set(idx, {
      o,
      key,
      path,
      // Opened with --force too: nothing is reused from it then (no document is fresh), but
      // a build stopped half-way hands the next one what it did not reach.
      kept: KeptPages.open(pageStorePath(opts.out, path)),
    });
  }
  // A fresh document whose pages were kept whole, under its key, needs no drawing for the print
  // file. Each is read (and its CRC checked) here, so a damaged one is drawn instead.
  for (const [idx, c] of combined) {
    for (const items of plan) {
      const p = items[idx];
      if (p?.fresh && c.kept?.kept(p.path, p.key)) p.kept = true;
    }
  }
  const prevZips = new Map(prev.zips.map((z) => [z.path, z]));
  // Each group's ZIP: all its documents, named as the download pages name them (kinds/labels.ts).
  // A notice with a secrecy mark is printed, never sent: not in the ZIP made for Zalo.
  const secret = noticeIsSecret(inputs.campaign);
  const members = (await zipMembers(prev, groups, plan, opts.out, inputs.slugs, skipped)).map(
    (list) => (secret ? list.filter((m) => m.o.kind.name !== 'notice') : list),
  );
  // Named where the ZIP is made (archive.ts `zipNames`), or below when it may be fresh; the
  // first group's names here, so that labels the group's context cannot fill stop the build
  // before any file is written.
  const zips: ZipSpec[] = groups.map((g, gi) => ({
    path: `zip/${inputs.slugs.get(g.id) ?? g.id}.zip`,
    members: (members[gi] ?? []).map((m) => ({
      path: m.path,
      kind: m.o.kind.name,
      ...(m.o.variant ? { variant: m.o.variant } : {}),
    })),
  }));
  const labelsOf = (g: Group) => labelsFor(inputs.contextOf(g), inputs.spec.templateDir);
  if (groups[0] && zips[0]) zipNames(zips[0], labelsOf(groups[0]));
  const zipFresh = await Promise.all(
    groups.map(async (g, gi) => {
      const zip = zips[gi] as ZipSpec;
      const old = prevZips.get(zip.path);
      if (opts.force || !old || !(plan[gi] ?? []).every((p) => p.fresh)) return false;
      // Same documents in it, under the same names, as now.
      const key = zipKey(
        zipNames(zip, labelsOf(g)),
        (members[gi] ?? []).map((m) => m.sha256),
      );
      return old.key === key && (await unchanged(join(opts.out, zip.path), old, recordedAt));
    }),
  );
  const jobs: BuildPlan['jobs'] = groups.map((g, gi) => {
    const items: JobItem[] = [];
    const reused: ManifestFile[] = [];
    if (outside(gi)) {
      // Its pages only: its documents are current (else no print file is remade), and stay as
      // they are on disk.
      (plan[gi] ?? []).forEach((p, oi) => {
        if (combined.has(oi) && !p.kept)
          items.push({
            kind: p.o.kind.name,
            variant: p.o.variant,
            key: p.key,
            record: true,
          });
      });
      return {
        group: g,
        job: items.length ? jobOf(g, items, undefined) : undefined,
        reused,
        printOnly: true,
      };
    }
    (plan[gi] ?? []).forEach((p, oi) => {
      const record = combined.has(oi) && !p.kept;
      if (p.fresh && p.old) reused.push(p.old);
      if (!p.fresh || record) {
        items.push({
          kind: p.o.kind.name,
          variant: p.o.variant,
          key: p.key,
          path: p.fresh ? undefined : p.path,
          record,
        });
      }
    });
    // One ZIP per group with all its documents, remade when any of them changed; none for a
    // group with no document (an empty ZIP sent on Zalo sends nothing).
    const zip = zipFresh[gi] || !zips[gi]?.members.length ? undefined : zips[gi];
    return { group: g, job: items.length || zip ? jobOf(g, items, zip) : undefined, reused };
  });
  function jobOf(g: Group, items: JobItem[], zip: GroupJob['zip']): GroupJob {
    return {
      spec,
      kinds: kinds.map((k) => k.name),
      read,
      out: opts.out,
      groupId: g.id,
      items,
      zip,
      ...(opts.document ? { document: opts.document } : {}),
    };
  }

  return { prev, plan, combined, behind, skipped, jobs };
}

/** A document in a group's ZIP: its path and the hash it has (or had, for one remade now). */
interface ZipMember {
  path: string;
  sha256: string;
  o: Output;
}

/**
 * What each group's ZIP holds: all of the group's documents, not only this run's kinds — a
 * `--kind notice` run still zips the flyer and checklist an earlier run made and the manifest
 * keeps (README: one ZIP per group with all its documents). In the order a whole build makes them.
 */
async function zipMembers(
  prev: Manifest,
  groups: readonly Group[],
  plan: BuildPlan['plan'],
  out: string,
  slugs: ReadonlyMap<string, string>,
  skipped: ReadonlySet<string>,
): Promise<ZipMember[][]> {
  const order = new Map(
    expandOutputs(KINDS).map((o, i) => [`${o.kind.name}/${o.variant ?? ''}`, i]),
  );
  const rank = (kind: string, variant: string | undefined) =>
    order.get(`${kind}/${variant ?? ''}`) ?? order.size;
  const earlier = new Map<string, ManifestFile[]>();
  for (const f of prev.files) earlier.set(f.group, [...(earlier.get(f.group) ?? []), f]);
  return Promise.all(
    groups.map(async (g, gi) => {
      const now = plan[gi] ?? [];
      const planned = new Set(now.map((p) => p.path));
      // Under the group's folder as it is named now: a renamed group's old files are not its.
      const kept = (earlier.get(g.id) ?? []).filter(
        (f) =>
          !planned.has(f.path) &&
          !skipped.has(f.kind) &&
          f.path.startsWith(`${slugs.get(g.id) ?? g.id}/`),
      );
      // A file the manifest lists but someone deleted is left out, not read and failed on.
      const present = await Promise.all(
        kept.map((f) =>
          stat(join(out, f.path)).then(
            () => true,
            () => false,
          ),
        ),
      );
      const earlierOnes = kept.flatMap((f, i) => {
        const kind = findKind(f.kind);
        // A kind this version no longer has is not zipped (nor named).
        return present[i] && kind
          ? [{ path: f.path, sha256: f.sha256, o: { kind, variant: f.variant } }]
          : [];
      });
      return [
        ...now.map((p) => ({ path: p.path, sha256: p.old?.sha256 ?? '', o: p.o })),
        ...earlierOnes,
      ]
        .map((m) => ({ ...m, at: rank(m.o.kind.name, m.o.variant) }))
        .sort((a, b) => a.at - b.at || a.path.localeCompare(b.path))
        .map(({ path, sha256, o }) => ({ path, sha256, o }));
    }),
  );
}
