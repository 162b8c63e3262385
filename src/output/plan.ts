/**
 * Output stage: what a build must do — for every group and output, whether its file is fresh
 * (same key as last time, still on disk), which combined print files must be remade, which
 * ZIPs, and the job each group's worker gets. Pure bookkeeping: nothing is rendered here.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentKind } from '../kinds/kind.js';
import { type Output, outputFileName } from '../kinds/render.js';
import type { Group } from '../load/types.js';
import type { BuildInputs, InputSpec } from './inputs.js';
import { logoBytes } from './inputs.js';
import { combinedKey, outputKey, sharedKey } from './keys.js';
import { type Manifest, type ManifestFile, readPrevious, sha256 } from './manifest.js';
import { KeptPages, pageStorePath } from './page-store.js';
import type { GroupJob, JobItem } from './render-job.js';
import { type DocumentOptions, documentKey } from './signing.js';

export interface PlanOptions {
  out: string;
  force?: boolean;
  /** Whether combined print files are made (not for a --group subset). */
  print: boolean;
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
  jobs: { group: Group; job?: GroupJob; reused: ManifestFile[] }[];
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
    return s.mtimeMs <= recordedAt || sha256(await readFile(path)) === old.sha256;
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
  const shared = sharedKey(inputs, await logoBytes(inputs.campaign));

  // What is stale: a file whose key changed or that is missing; a print file whose pages changed.
  const plan: PlannedOutput[][] = await Promise.all(
    groups.map(async (g) => {
      const slug = inputs.slugs.get(g.id) ?? g.id;
      return Promise.all(
        outputs.map(async (o) => {
          const path = `${slug}/${outputFileName(o)}`;
          const key = outputKey(inputs, shared, g, o, documentKey(o.kind, opts.document));
          const old = prevFiles.get(path);
          const fresh =
            !opts.force &&
            old?.key === key &&
            (await unchanged(join(opts.out, path), old, recordedAt));
          return { o, path, key, fresh, old };
        }),
      );
    }),
  );
  // Combined print files cover the whole ward (or shard): not made for a --group subset.
  const printable = opts.print ? outputs.filter((o) => (o.kind.ext ?? 'pdf') === 'pdf') : [];
  const prevPrint = new Map(prev.print.map((p) => [p.path, p]));
  const combined = new Map<number, StalePrint>();
  for (const o of printable) {
    const idx = outputs.indexOf(o);
    // A switch between duplex and simplex remakes the print files.
    const keys = plan.map((items) => items[idx]?.key ?? '');
    const key = combinedKey([
      ...keys,
      ...(opts.duplex ? [] : ['simplex']),
      ...(opts.signPrint && o.kind.signs ? ['signed'] : []),
    ]);
    const path = printPath(o);
    const old = prevPrint.get(path);
    const fresh =
      !opts.force && old?.key === key && (await unchanged(join(opts.out, path), old, recordedAt));
    if (!fresh)
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
      if (p?.fresh && c.kept?.raw(p.path, p.key)) p.kept = true;
    }
  }
  const prevZips = new Map(prev.zips.map((z) => [z.path, z]));
  const zipFresh = await Promise.all(
    groups.map(async (g, gi) => {
      const path = `zip/${inputs.slugs.get(g.id) ?? g.id}.zip`;
      const old = prevZips.get(path);
      const members = plan[gi] ?? [];
      if (opts.force || !old || !members.every((p) => p.fresh)) return false;
      // Same documents in it as now (a --kind run may have zipped fewer).
      const key = sha256(members.map((p) => p.old?.sha256 ?? '').join(','));
      return old.key === key && (await unchanged(join(opts.out, path), old, recordedAt));
    }),
  );
  const jobs: { group: Group; job?: GroupJob; reused: ManifestFile[] }[] = groups.map((g, gi) => {
    const items: JobItem[] = [];
    const reused: ManifestFile[] = [];
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
    // One ZIP per group with all its documents, remade when any of them changed.
    const zip = zipFresh[gi]
      ? undefined
      : {
          path: `zip/${inputs.slugs.get(g.id) ?? g.id}.zip`,
          members: (plan[gi] ?? []).map((p) => p.path),
        };
    const job =
      items.length || zip
        ? {
            spec,
            kinds: kinds.map((k) => k.name),
            out: opts.out,
            groupId: g.id,
            items,
            zip,
            ...(opts.document ? { document: opts.document } : {}),
          }
        : undefined;
    return { group: g, job, reused };
  });

  return { prev, plan, combined, jobs };
}
