import { join } from 'node:path';
import { UserError, type Where } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind, KINDS, kindNames } from '../kinds/registry.js';
import { expandOutputs, type Output, outputFileName } from '../kinds/render.js';
import type { Group } from '../load/types.js';
import { documentNumber } from '../model/format.js';
import type { SignOptions } from '../render/pdf/sign.js';
import { CombinedFile } from './combined.js';
import { lockOutputFolder, prepareOutputFolder } from './folder-lock.js';
import { type BuildInputs, type InputSpec, loadBuildInputs } from './inputs.js';
import {
  type Manifest,
  type ManifestBundle,
  type ManifestFile,
  openJournal,
  sha256,
  writeManifest,
} from './manifest.js';
import { planBuild, type StalePrint } from './plan.js';
import { createRunner, defaultJobs } from './pool.js';
import type { JobResult } from './render-job.js';
import { inShard, type Shard } from './shard.js';
import { type DocumentOptions, prepareSigning, type SignRequest } from './signing.js';

export interface BuildOptions {
  campaign: string;
  groups: string;
  out: string;
  /** Kind names; all kinds when empty. */
  kinds?: string[];
  /** Variants to build (poster sizes: a4, a3); all when empty. */
  variants?: string[];
  /** Group ids; all groups when empty. */
  groupIds?: string[];
  /** Folder of residents rosters, `<group id>.csv|.xlsx`. */
  rosters?: string;
  fontDir?: string;
  templateDir?: string;
  /** Worker threads; one per core by default. */
  jobs?: number;
  /** Rebuild everything, even outputs whose inputs did not change. */
  force?: boolean;
  /** Any bad group fails the whole build, before anything is written. */
  strict?: boolean;
  /** Print files for one-sided printers: no blank back pages between groups' documents. */
  simplex?: boolean;
  shard?: Shard;
  /** Every PDF as PDF/A-2b. */
  pdfa?: boolean;
  /** Sign the notices with this certificate (signing.ts). */
  sign?: SignRequest;
  /** Also sign the print files of the signed kinds (an invisible signature). */
  signPrint?: boolean;
  /** Stop starting new groups (Ctrl-C); what is done is kept. */
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  log?: (line: string) => void;
}

export interface Progress {
  done: number;
  total: number;
  built: number;
  reused: number;
  failed: number;
}

export interface GroupFailureReport {
  group?: string;
  name?: string;
  row?: number;
  message: string;
  hint?: string;
  where: Where;
}

export interface BuildResult {
  manifest: Manifest;
  /** Files written by this run. */
  written: ManifestFile[];
  built: number;
  reused: number;
  failed: GroupFailureReport[];
  print: ManifestBundle[];
  zips: ManifestBundle[];
  interrupted: boolean;
  /** Things the inputs did that were fixed on the way in (e.g. a legacy encoding converted). */
  warnings: UserError[];
  threads: number;
  seconds: number;
}

function selectKinds(names: string[] | undefined): DocumentKind[] {
  if (!names || names.length === 0 || names.includes('all')) return [...KINDS];
  return names.map((n) => {
    const kind = findKind(n);
    if (!kind)
      throw new UserError(
        `unknown document kind "${n}"`,
        { field: '--kind' },
        `Known kinds: ${kindNames().join(', ')}.`,
      );
    return kind;
  });
}

function selectGroups(inputs: BuildInputs, opts: BuildOptions): Group[] {
  const wanted = new Set(opts.groupIds ?? []);
  const known = new Set([...inputs.groups.map((g) => g.id), ...inputs.failures.map((f) => f.id)]);
  for (const id of wanted) {
    if (!known.has(id)) {
      throw new UserError(
        `no group with id "${id}"`,
        { file: opts.groups, field: '--group' },
        'Use an id from the STT / Mã tổ column.',
      );
    }
  }
  return inputs.groups.filter(
    (g) => (wanted.size === 0 || wanted.has(g.id)) && (!opts.shard || inShard(g.id, opts.shard)),
  );
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const asked = selectKinds(opts.kinds);
  const spec = {
    campaign: opts.campaign,
    groups: opts.groups,
    rosters: opts.rosters,
    fontDir: opts.fontDir,
    templateDir: opts.templateDir,
  };
  const inputs = await loadBuildInputs(spec, asked);
  const { kinds } = inputs;
  if (opts.strict && inputs.failures[0]) throw inputs.failures[0].error;
  const groups = selectGroups(inputs, opts);
  const outputs = expandOutputs(kinds, opts.variants);
  // The certificate is checked before the output folder is touched.
  if (opts.signPrint && !opts.sign) {
    throw new UserError(
      '--sign-print is given without --sign',
      { field: '--sign-print' },
      'Add --sign <certificate.p12>, or leave out --sign-print.',
    );
  }
  const signing = opts.sign
    ? await prepareSigning(opts.sign, inputs.campaign, inputs.created)
    : undefined;
  if (signing && !kinds.some((k) => k.signs)) {
    inputs.warnings.push(
      new UserError(
        `--sign: none of the kinds built (${kinds.map((k) => k.name).join(', ')}) has a signature`,
        { field: '--sign' },
        'Only the notice is signed: add --kind notice.',
      ),
    );
  }
  const document: DocumentOptions | undefined =
    opts.pdfa || signing ? { pdfa: opts.pdfa, sign: signing?.spec } : undefined;
  const unlock = await lockOutputFolder(opts.out);
  try {
    await prepareOutputFolder(opts.out, opts.force);
    const printSign: SignOptions | undefined =
      signing && opts.signPrint
        ? {
            identity: signing.identity,
            signedAt: new Date(signing.spec.signedAt),
            reason: `Phê duyệt ${documentNumber(inputs.campaign.notice.number, inputs.campaign.notice.symbol)}`,
            location: inputs.campaign.issuer.ward,
          }
        : undefined;
    return await buildLocked(
      opts,
      started,
      kinds,
      spec,
      inputs,
      groups,
      outputs,
      document,
      printSign,
    );
  } finally {
    await unlock().catch(() => {});
  }
}

/** The build itself, while this process holds the output folder (folder-lock.ts). */
async function buildLocked(
  opts: BuildOptions,
  started: number,
  kinds: DocumentKind[],
  spec: InputSpec,
  inputs: BuildInputs,
  groups: Group[],
  outputs: Output[],
  document: DocumentOptions | undefined,
  printSign: SignOptions | undefined,
): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  const {
    prev,
    combined: stale,
    jobs,
  } = await planBuild(inputs, spec, kinds, groups, outputs, {
    out: opts.out,
    force: opts.force,
    print: !opts.groupIds?.length,
    duplex: !opts.simplex,
    document,
    signPrint: printSign !== undefined,
  });
  const combined = new Map<number, StalePrint & { file?: CombinedFile }>(stale);
  const first = groups[0];
  for (const c of combined.values()) {
    const size = c.o.kind.pageSize(c.o.variant);
    const meta = {
      title: `${inputs.campaign.issuer.ward} — ${outputFileName(c.o)}`,
      author: inputs.campaign.issuer.name.join(' '),
      created: inputs.created,
    };
    if (first)
      c.file = await CombinedFile.open(
        join(opts.out, c.path),
        inputs.fonts,
        size,
        meta,
        !opts.simplex,
        opts.pdfa,
        c.o.kind.signs ? printSign : undefined,
      );
  }

  const runner = createRunner(opts.jobs ?? defaultJobs(), inputs);
  const journal = await openJournal(opts.out);
  const zips: ManifestBundle[] = [];
  const written: ManifestFile[] = [];
  const failed: GroupFailureReport[] = inputs.failures.map((f) => ({
    group: f.id,
    name: f.name,
    row: f.row,
    message: f.error.message,
    hint: f.error.hint,
    where: f.error.where,
  }));
  const progress: Progress = {
    done: 0,
    total: groups.length,
    built: 0,
    reused: 0,
    failed: failed.length,
  };
  const results = new Map<number, JobResult | undefined>();
  let nextToPrint = 0;
  let interrupted = false;

  // Recordings reach the print files in group order, whatever order the workers finish in.
  const drain = () => {
    while (results.has(nextToPrint)) {
      const r = results.get(nextToPrint);
      results.delete(nextToPrint);
      const fileOf = (kind: string, variant?: string) =>
        combined.get(outputs.findIndex((o) => o.kind.name === kind && o.variant === variant))?.file;
      for (const p of r?.pages ?? []) fileOf(p.kind, p.variant)?.addPages(p.pages);
      for (const rec of r?.recordings ?? []) fileOf(rec.kind, rec.variant)?.add(rec.recording);
      nextToPrint++;
    }
  };
  const finishGroup = async (i: number, r: JobResult | undefined) => {
    const entry = jobs[i];
    if (r) {
      await journal.add(r.files);
      written.push(...r.files);
      if (r.zip) zips.push(r.zip);
      if (r.error) {
        failed.push({
          group: entry?.group.id,
          name: entry?.group.name,
          row: entry?.group.source.row,
          ...r.error,
        });
        progress.failed++;
        log(`failed ${entry?.group.id} ${entry?.group.name}: ${r.error.message}`);
      }
    }
    progress.built += r?.files.length ?? 0;
    progress.reused += entry?.reused.length ?? 0;
    progress.done++;
    results.set(i, r);
    drain();
    opts.onProgress?.({ ...progress });
  };

  try {
    // A bounded window of groups in flight keeps memory flat and the print files in order.
    const window = Math.max(2, runner.threads * 4);
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; i < jobs.length; i++) {
      if (opts.signal?.aborted) {
        interrupted = true;
        break;
      }
      const { job } = jobs[i] as (typeof jobs)[number];
      const task = (job ? runner.run(job) : Promise.resolve(undefined)).then((r) =>
        finishGroup(i, r),
      );
      inFlight.add(task);
      // Both outcomes: a `.finally` chain would be a second, unhandled rejection of a failed task
      // (a full disk in a worker then crashed the process instead of reaching the CLI's report).
      const settled = () => inFlight.delete(task);
      task.then(settled, settled);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } catch (e) {
    // A write failed (disk full, read-only): no half-made print file is left behind.
    await Promise.all([...combined.values()].map((c) => c.file?.abort().catch(() => {})));
    throw e;
  } finally {
    await runner.close();
    await journal.close();
  }

  const print: ManifestBundle[] = [];
  const incomplete = interrupted;
  for (const c of combined.values()) {
    if (!c.file) continue;
    if (incomplete) {
      // A print file missing a group would be printed and handed out as if whole.
      await c.file.abort();
      continue;
    }
    const done = await c.file.close();
    print.push({
      kind: c.o.kind.name,
      ...(c.o.variant ? { variant: c.o.variant } : {}),
      path: c.path,
      ...done,
      key: c.key,
      ...(opts.simplex ? {} : { duplex: true }),
    });
  }

  const allFiles = new Map([...prev.files, ...written].map((f) => [f.path, f]));

  // The manifest keeps what other runs (--group, --kind, other shards' kinds) made and still holds.
  const order = new Map(inputs.groups.map((g, i) => [g.id, i]));
  const files = [...allFiles.values()]
    .filter((f) => order.has(f.group))
    .sort(
      (a, b) =>
        (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0) || a.path.localeCompare(b.path),
    );
  const merge = (old: ManifestBundle[], fresh: ManifestBundle[]) =>
    [...new Map([...old, ...fresh].map((b) => [b.path, b])).values()].sort((a, b) =>
      a.path.localeCompare(b.path),
    );
  const manifest: Manifest = {
    tool: 'phuong-print',
    inputs: sha256(
      [
        sha256(inputs.campaignBytes),
        sha256(inputs.groupsBytes),
        ...[...inputs.templates.values()].map((t) => sha256(t)),
        ...[...inputs.rosters.values()].map((r) => sha256(r.bytes)),
      ].join('\n'),
    ),
    files,
    print: merge(prev.print, print),
    zips: merge(prev.zips, zips),
  };
  await writeManifest(opts.out, manifest);
  return {
    manifest,
    written,
    built: written.length,
    reused: progress.reused,
    failed,
    print,
    zips,
    interrupted,
    warnings: inputs.warnings,
    threads: runner.threads,
    seconds: (performance.now() - started) / 1000,
  };
}
