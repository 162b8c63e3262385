import { rmSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { problemsOf, throwProblems, UserError, type Where } from '../errors.js';
import { type DocumentKind, printsOneSided } from '../kinds/kind.js';
import { labelsFor } from '../kinds/labels.js';
import { findKind, KINDS, kindNames } from '../kinds/registry.js';
import { expandOutputs, type Output } from '../kinds/render.js';
import { ownPlaceholderRefusals } from '../load/campaign-checks.js';
import { idShifts, idShiftWarning } from '../load/groups/renumbered.js';
import { symbolInCapitals } from '../load/notice-type.js';
import { isTimeless, TIMELESS_KINDS } from '../load/timeless-check.js';
import type { Group } from '../load/types.js';
import { type Message, msg, say, withTerm } from '../messages/message.js';
import { documentNumber } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { issuerInText } from '../model/issuer-in-text.js';
import type { SignOptions } from '../render/pdf/sign.js';
import { compiledForNow } from '../template/handlebars.js';
import { backlogWritten } from './backlog.js';
import { refuseBlockedPaths } from './blocked-paths.js';
import { campaignIdentity, refuseOtherCampaign } from './campaign-identity.js';
import { codeVersion } from './code-version.js';
import type { CombinedFile } from './combined.js';
import { lockOutputFolder, prepareOutputFolder } from './folder-lock.js';
import { currentFiles, removeGoneGroups } from './gone-groups.js';
import { type BuildInputs, type InputSpec, loadBuildInputs } from './inputs.js';
import { inputsHash } from './inputs-hash.js';
import {
  JOURNAL,
  type Journal,
  MANIFEST,
  type Manifest,
  type ManifestBundle,
  type ManifestFile,
  openJournal,
  writeManifest,
} from './manifest.js';
import type { writeOriginal } from './original.js';
import { KeptPagesWriter, pageStorePath } from './page-store.js';
import { type BuildPlan, planBuild, type StalePrint } from './plan.js';
import type { GroupThreads, JobRunner } from './pool.js';
import type { JobResult } from './render-job.js';
import { inShard, type Shard } from './shard.js';
import {
  type DocumentOptions,
  prepareSigning,
  type SignRequest,
  unsignedImages,
} from './signing.js';
import { unprintedPictures } from './skipped-kinds.js';
import { stopFlag } from './stop-flag.js';
import { threadsFor } from './threads.js';
import { tierUpFor } from './tier-up.js';
import { NotStarted } from './turns.js';
import { unknownGroupError } from './unknown-group.js';
import { unprintedFieldsOf } from './unprinted-fields.js';

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
  /**
   * Threads that draw; by default one per core for a large build, the main thread for a small
   * one (with `mainThreadDraws` false, a build on threads has that many worker threads).
   */
  jobs?: number;
  /**
   * False in a server (the studio): a build on threads draws on worker threads only, never on
   * the main thread, whose event loop answers the office's pages while it runs (each group drawn
   * there held every request behind it; qa14). A small build still draws on the main thread,
   * unless `groupThreads` are given.
   */
  mainThreadDraws?: boolean;
  /**
   * Threads of the caller's that draw every group, whatever the build's size (the studio's,
   * already warm); `jobs` and `mainThreadDraws` are then not used.
   */
  groupThreads?: GroupThreads;
  /** Rebuild everything, even outputs whose inputs did not change. */
  force?: boolean;
  /** Any bad group fails the whole build, before anything is written. */
  strict?: boolean;
  /** Print files for one-sided printers: no blank back pages between groups' documents. */
  simplex?: boolean;
  shard?: Shard;
  /** Every PDF as PDF/A-2b. */
  pdfa?: boolean;
  /** The ward's day (YYYY-MM-DD) a deadline already over is judged by (LoadOptions.today). */
  today?: string;
  /**
   * Every group's PDF tagged for screen readers (no PDF/A), as serve's downloads: `build --site`,
   * whose site hands out the build's own files. About 1.5× a document's CPU (bench/results.md
   * "h-pdftag"); the print files stay untagged.
   */
  tagged?: boolean;
  /** Sign the notices with this certificate (signing.ts). */
  sign?: SignRequest;
  /** Also sign the print files of the signed kinds (an invisible signature). */
  signPrint?: boolean;
  /** Stop starting new groups (Ctrl-C); what is done is kept. */
  signal?: AbortSignal;
  /**
   * Once the inputs are read, before any group is built: the ward's word for its groups, and the
   * groups file's rows (good groups and bad rows).
   */
  onInputs?: (read: { term: GroupTerm; rows: number }) => void;
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
  /** The row's sheet, when the list was read from several (their row numbers repeat). */
  sheet?: string;
  /** English, as logs and --json show it; `text`/`hintText` say it in the reader's language. */
  message: string;
  hint?: string;
  text?: Message;
  hintText?: Message;
  where: Where;
  /**
   * A row's problems one by one when it has several (every bad cell of a groups file's row):
   * `text` says the first and sends to `check`, which the studio cannot (qa12 Q14).
   */
  all?: readonly UserError[];
  /** A group that failed while drawn: none of its documents put in place (its folder as it was). */
  leftAsItWas?: boolean;
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
  /**
   * Stopped after every group asked was made (a `--group` build), while the other groups were
   * still lending their pages to the print files: those were not remade (none half written).
   */
  printCut: boolean;
  /** The groups of this build a stop left unmade (none unless `interrupted`), of `total`. */
  left: { groups: number; total: number };
  /** Things the inputs did that were fixed on the way in (e.g. a legacy encoding converted). */
  warnings: UserError[];
  threads: number;
  seconds: number;
  /** The ward's word for its groups (model/group-term.ts), for the messages about them. */
  term: GroupTerm;
  /** Groups no longer in the groups file whose files this build removed (gone-groups.ts). */
  removed: number;
  /** Groups renamed (same id, new name): their files are in a new folder, the old ones removed. */
  renamed: number;
  /**
   * The print files (paths) a whole build that finished left byte for byte as the last one made
   * them, of the kinds it built: the office need not print them again if it printed those (qa49
   * m1). None after a first build, an interrupted one or one of some groups.
   */
  unchanged: string[];
  /**
   * Kinds an earlier build made that the campaign now has nothing to print for: their files are
   * out of the ZIPs, and a whole-ward build (`removed`) deletes them and no longer lists them
   * (plan.ts `skipped`).
   */
  dropped: { kinds: string[]; removed: boolean };
}

/** The kinds `--kind` names (every kind without it, or with `all`): the build's, and its site's. */
export function selectKinds(names: readonly string[] | undefined): DocumentKind[] {
  if (!names || names.length === 0 || names.includes('all')) return [...KINDS];
  // A kind named twice (--kind notice --kind notice,flyer) is one kind: two print files for one
  // path would write over each other.
  return [...new Set(names)].map((n) => {
    const kind = findKind(n);
    if (!kind)
      throw new UserError(
        msg`unknown document kind "${n}"`,
        { field: '--kind' },
        msg`Known kinds: ${kindNames().join(', ')}.`,
      );
    return kind;
  });
}

/**
 * The groups to make (--group, --shard) and the scope of the print files: the shard's groups, or
 * the ward's.
 */
function selectGroups(
  inputs: BuildInputs,
  opts: BuildOptions,
): { groups: Group[]; scope: Group[] } {
  const wanted = new Set(opts.groupIds ?? []);
  const known = new Set([...inputs.groups.map((g) => g.id), ...inputs.failures.map((f) => f.id)]);
  for (const id of wanted) {
    if (!known.has(id)) throw unknownGroupError(id, inputs.groups, inputs.term, opts.groups);
  }
  const scope = inputs.groups.filter((g) => !opts.shard || inShard(g.id, opts.shard));
  return { groups: wanted.size ? scope.filter((g) => wanted.has(g.id)) : scope, scope };
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  // The wall clock's, for the manifest: the monotonic clock's origin plus its reading drifts
  // from it in a long-running process (a studio running for days, a VM paused; seen 33 s off in
  // a test fork), and the studio compares it with its own saves' times.
  const startedAt = Date.now();
  const asked = selectKinds(opts.kinds);
  const spec = {
    campaign: opts.campaign,
    groups: opts.groups,
    rosters: opts.rosters,
    fontDir: opts.fontDir,
    templateDir: opts.templateDir,
  };
  const inputs = await loadBuildInputs(spec, asked, { today: opts.today });
  opts.onInputs?.({ term: inputs.term, rows: inputs.groups.length + inputs.failures.length });
  // "(phòng phụ trách)" the Word import wrote would print on every group's papers (qa7 E2).
  throwProblems(ownPlaceholderRefusals(inputs.warnings));
  const { kinds } = inputs;
  if (opts.strict && inputs.failures[0]) throw inputs.failures[0].error;
  const { groups, scope } = selectGroups(inputs, opts);
  const outputs = expandOutputs(kinds, opts.variants);
  // The certificate is checked before the output folder is touched.
  const documents = await documentOptions(opts, inputs, kinds);
  const unlock = await lockOutputFolder(opts.out);
  try {
    await prepareOutputFolder(opts.out, opts.force);
    return await buildLocked(
      opts,
      { started, startedAt },
      kinds,
      spec,
      inputs,
      { groups, scope },
      outputs,
      documents,
    );
  } finally {
    await unlock().catch(() => {});
  }
}

/** How every document is written (PDF/A, signed) and how the signed kinds' print files are signed. */
interface DocumentsAsked {
  document: DocumentOptions | undefined;
  printSign: SignOptions | undefined;
}

/** Reads --pdfa, --sign and --sign-print: the certificate is opened and checked here. */
async function documentOptions(
  opts: BuildOptions,
  inputs: BuildInputs,
  kinds: DocumentKind[],
): Promise<DocumentsAsked> {
  if (opts.signPrint && !opts.sign) {
    throw new UserError(
      msg`--sign-print is given without --sign`,
      { field: '--sign-print' },
      msg`Add --sign <certificate.p12>, or leave out --sign-print.`,
    );
  }
  const signing = opts.sign ? await prepareSigning(opts.sign, inputs.campaign) : undefined;
  if (signing?.warning) inputs.warnings.push(signing.warning);
  if (signing && !kinds.some((k) => k.signs)) {
    inputs.warnings.push(
      new UserError(
        msg`--sign: none of the kinds built (${kinds.map((k) => k.name).join(', ')}) has a signature`,
        { field: '--sign' },
        msg`Only the notice is signed: add --kind notice.`,
      ),
    );
  }
  // No flyer built (`--kind notice`): the campaign's missing day is printed nowhere in this build.
  if (!kinds.some((k) => TIMELESS_KINDS.includes(k.name)))
    inputs.warnings = inputs.warnings.filter((w) => !isTimeless(w));
  const unused = unsignedImages(inputs.campaign, opts.campaign, signing !== undefined, kinds);
  if (unused) inputs.warnings.push(unused);
  // Both draw every kind for the first group: the templates of kinds not built are not kept
  // compiled for the rest of the build (bench/results.md h-mem).
  compiledForNow(() => {
    inputs.warnings.push(
      ...unprintedPictures(inputs.campaign, opts.campaign, KINDS, inputs.nothingToPrint),
    );
    inputs.warnings.push(...unprintedFieldsOf(inputs, opts.campaign));
  });
  const document: DocumentOptions | undefined =
    opts.pdfa || opts.tagged || signing
      ? {
          pdfa: opts.pdfa,
          ...(opts.tagged ? { tagged: true } : {}),
          sign: signing?.spec,
        }
      : undefined;
  const printSign: SignOptions | undefined =
    signing && opts.signPrint
      ? {
          identity: signing.identity,
          signedAt: new Date(signing.spec.signedAt),
          reason: `Phê duyệt ${documentNumber(inputs.campaign.notice.number, symbolInCapitals(inputs.campaign.notice.symbol))}`,
          location: inputs.campaign.issuer.ward,
        }
      : undefined;
  return { document, printSign };
}

/**
 * The files a plan writes, relative to the output folder, that a wrong thing in their place would
 * stop only after every group was drawn. Not the print files: one that cannot be written is said
 * after the groups' files are written and listed, and the manifest drops it (unwritable-output.test).
 */
function* plannedWrites(plan: BuildPlan): Generator<string> {
  yield MANIFEST;
  yield JOURNAL;
  for (const { job } of plan.jobs) {
    for (const item of job?.items ?? []) if (item.path) yield item.path;
    if (job?.zip) yield job.zip.path;
  }
}

/** The build itself, while this process holds the output folder (folder-lock.ts). */
async function buildLocked(
  opts: BuildOptions,
  { started, startedAt }: { started: number; startedAt: number },
  kinds: DocumentKind[],
  spec: InputSpec,
  inputs: BuildInputs,
  { groups, scope }: { groups: Group[]; scope: Group[] },
  outputs: Output[],
  documents: DocumentsAsked,
): Promise<BuildResult> {
  const selected = opts.groupIds?.length ? new Set(groups.map((g) => g.id)) : undefined;
  const plan = await planBuild(inputs, spec, kinds, scope, outputs, {
    out: opts.out,
    force: opts.force,
    selected,
    duplex: !opts.simplex,
    document: documents.document,
    signPrint: documents.printSign !== undefined,
  });
  // Before anything is written: the folder's files may be another campaign's.
  const identity = campaignIdentity(opts.out, spec.campaign, inputs.campaign);
  if (!opts.force) refuseOtherCampaign(opts.out, plan.prev.campaign, identity);
  // Ids the last build's files (and the links and figures made with them) gave to other groups.
  const shifts = plan.prev.groups ? idShifts(plan.prev.groups, inputs.groups) : [];
  if (shifts.length) inputs.warnings.push(idShiftWarning(shifts, spec.groups, inputs.term));
  if (plan.behind.length) {
    inputs.warnings.push(
      new UserError(
        withTerm(
          msg`the print files ${plan.behind.join(', ')} are not remade: other groups' documents changed too, and they would print what those groups' files do not say`,
          inputs.term,
        ),
        { file: join(opts.out, 'print') },
        withTerm(
          msg`Build without --group to remake every group and the print files.`,
          inputs.term,
        ),
      ),
    );
  }
  // A place to write that the folder holds as the wrong thing is said before anything is drawn.
  await refuseBlockedPaths(opts.out, plannedWrites(plan));
  const printFiles: PrintFiles = new Map(plan.combined);
  let run: JobsRun;
  let closed: ClosedPrintFiles;
  let original: Awaited<ReturnType<typeof writeOriginal>>;
  // The journal before any other file: a build killed after it made `print/` but before its
  // first group was noted would leave a folder the next build takes for someone else's
  // (prepareOutputFolder knows ours by the manifest or the journal).
  const journal = await openJournal(opts.out);
  try {
    await openPrintFiles(opts, inputs, groups, printFiles, documents.printSign);
    run = await runGroupJobs(opts, inputs, outputs, plan, printFiles, journal);
    closed = await closePrintFiles(
      printFiles,
      run.interrupted || run.printCut,
      opts.simplex,
      inputs,
      opts.out,
    );
    // The ward's unmarked notice, from the ward's first group: a whole build's, as the print
    // files are (not a shard's, nor one of some groups).
    if (!opts.shard && !opts.groupIds?.length && !run.interrupted) {
      const at = outputs.findIndex((o) => o.kind.name === 'notice' && !o.variant);
      // Imported here: its drawing (pdfkit, the fonts) must not load before the inputs are read
      // (a campaign.yaml with a syntax error stops the build before any of it: lazy-loading.test).
      const { writeOriginal } = await import('./original.js');
      original = await writeOriginal(opts.out, inputs, scope, documents.document, {
        key: plan.plan[0]?.[at]?.key,
        prev: plan.prev.original,
        force: opts.force,
      });
      if (original?.warning) inputs.warnings.push(original.warning);
    }
  } catch (e) {
    // A write failed (disk full, read-only): no half-made print file is left behind, and the
    // kept pages stay those of the last good build.
    await Promise.all(
      [...printFiles.values()].flatMap((c) => [
        c.file?.abort().catch(() => {}),
        c.keep?.abort().catch(() => {}),
      ]),
    );
    throw e;
  } finally {
    for (const c of printFiles.values()) c.kept?.close();
    await journal.close();
  }
  // A build of part of the ward removes nothing, and its manifest keeps listing what a whole
  // build will remove: a file the manifest forgets would never be removed.
  const whole = !(opts.groupIds?.length || opts.shard);
  const isCurrent = whole ? currentOf(inputs, plan.skipped) : () => true;
  const { print, failure, lost } = closed;
  const manifest = manifestOf(inputs, plan.prev, run.written, print, run.zips, {
    isCurrent,
    printed: (kind) => !whole || !plan.skipped.has(kind),
  });
  // A print file that could not be replaced keeps its last build's entry while that file is
  // still there (held open on Windows: the previous file stays whole), and none once it is not.
  // Each print file of a kind this build made (or kept as current) says since when its bytes
  // are the same; one of a kind not built (`--kind notice`) is not known current: no such time.
  const madeNow = new Set(outputs.map((o) => o.kind.name));
  manifest.print = manifest.print
    .filter((p) => !lost.has(p.path))
    .map(({ changedAt: _before, ...p }) =>
      madeNow.has(p.kind) ? { ...p, changedAt: changedAtOf(p, plan.prev, startedAt) } : p,
    );
  // Made from this build's inputs only when it went through whole: a stopped or failed one, or
  // one of some groups, leaves the print files and ZIPs it did not reach as the last one made.
  const finished = whole && !run.interrupted && !failure;
  // Each print file's own time its inputs were read: a build of some kinds (`--kind flyer`) after
  // an edit reads the campaign anew for those only, and the notice's print file it did not make
  // is still the old text (the studio called every file current by the manifest's one time).
  const builtHere = new Set(outputs.map(printKeyOf));
  manifest.print = manifest.print.map((p) => {
    const readAt = finished && builtHere.has(printKeyOf(p)) ? startedAt : readBefore(p, plan.prev);
    return readAt === undefined ? p : { ...p, readAt };
  });
  // The bản gốc: this build's (drawn, or kept as the same inputs' file), else the last one's.
  const prevReadAt = plan.prev.original && readBefore(plan.prev.original, plan.prev);
  const unmarked = original?.file
    ? { ...original.file, readAt: startedAt }
    : plan.prev.original && {
        ...plan.prev.original,
        ...(prevReadAt === undefined ? {} : { readAt: prevReadAt }),
      };
  if (unmarked) manifest.original = unmarked;
  // Said only of a whole build that finished: its print files are all this build's.
  const unchanged = finished
    ? manifest.print
        .filter((p) => madeNow.has(p.kind) && p.changedAt !== undefined && p.changedAt < startedAt)
        .map((p) => p.path)
    : [];
  // A whole build's time is its oldest file's: a build of some kinds leaves the others as read
  // before (a later save is newer than they are, and the campaign's prints are old).
  manifest.builtAt = finished ? oldestRead(manifest, startedAt) : plan.prev.builtAt;
  manifest.code = manifest.builtAt === startedAt ? codeVersion() : plan.prev.code;
  manifest.campaign = identity;
  if (run.interrupted || run.printCut || failure) manifest.unfinished = true;
  // Before the manifest that no longer lists them: a crash in between leaves them listed, and
  // the next build removes them.
  // An id that now carries another group is not a rename: the files removed were a group's
  // that is gone (the row deleted before the renumbering).
  const moved = new Set(shifts.map((sh) => sh.id));
  const ids = new Set(inputs.groups.map((g) => g.id).filter((id) => !moved.has(id)));
  const { removed, renamed } = whole
    ? await removeGoneGroups(opts.out, plan.prev, isCurrent, plan.skipped, ids)
    : { removed: 0, renamed: 0 };
  await writeManifest(opts.out, manifest);
  // Every group's files and ZIP are listed as written; then the print file's fault is said.
  if (failure) throw failure.error;
  return {
    manifest,
    written: run.written,
    built: run.written.length,
    reused: run.progress.reused,
    failed: run.failed,
    print,
    zips: run.zips,
    interrupted: run.interrupted,
    printCut: run.printCut,
    left: { groups: run.progress.total - run.progress.done, total: run.progress.total },
    warnings: inputs.warnings,
    threads: run.threads,
    seconds: (performance.now() - started) / 1000,
    term: inputs.term,
    removed,
    renamed,
    unchanged,
    dropped: { kinds: [...plan.skipped], removed: whole },
  };
}

/** A print file's kind and variant, as a build's outputs name them ("poster/a4", "notice/"). */
const printKeyOf = (o: { kind: string | { name: string }; variant?: string | undefined }) =>
  `${typeof o.kind === 'string' ? o.kind : o.kind.name}/${o.variant ?? ''}`;

/** When a file this build did not make was read: the last manifest's time for it. */
const readBefore = (f: { path: string }, prev: Manifest): number | undefined =>
  [...prev.print, ...(prev.original ? [prev.original] : [])].find((b) => b.path === f.path)
    ?.readAt ?? prev.builtAt;

/** The earliest read time of the print files and the bản gốc listed, `startedAt` at most. */
const oldestRead = (m: Manifest, startedAt: number): number =>
  Math.min(
    startedAt,
    ...[...m.print, ...(m.original ? [m.original] : [])].flatMap((f) =>
      f.readAt === undefined ? [] : [f.readAt],
    ),
  );

/**
 * When a print file's bytes were first made: the last build's time for them when they are the
 * same bytes (a file remade identical, or kept), else this build's start.
 */
function changedAtOf(p: ManifestBundle, prev: Manifest, startedAt: number): number {
  const before = prev.print.find((b) => b.path === p.path);
  if (!before || before.sha256 !== p.sha256) return startedAt;
  return before.changedAt ?? prev.builtAt ?? startedAt;
}

/**
 * A print file to remake, by the index of its output: the file being written, and the store of
 * its pages for the next build (page-store.ts).
 */
type PrintFiles = Map<number, StalePrint & { file?: CombinedFile; keep?: KeptPagesWriter }>;

/** Opens the print files the plan remakes (none when no group is built). */
async function openPrintFiles(
  opts: BuildOptions,
  inputs: BuildInputs,
  groups: Group[],
  printFiles: PrintFiles,
  printSign: SignOptions | undefined,
): Promise<void> {
  const first = groups[0];
  if (!first) return;
  // The PDF writer (pdfkit) loads only when a print file is made.
  const { CombinedFile } = await import('./combined.js');
  for (const c of printFiles.values()) {
    const meta = {
      // Shown in the reader's title bar and as the print queue's job name (qa39 m6).
      title: printTitle(c.o, first, inputs, opts.simplex),
      author: issuerInText(
        inputs.campaign.issuer.name,
        inputs.campaign.issuer.ward,
        inputs.campaign.issuer.office,
      ),
      created: inputs.created,
      // The viewer's "Properties" say how the file is meant to be printed (the shop's question).
      subject: printSidesSaid(c.o.kind, opts.simplex, inputs.term),
    };
    c.file = await CombinedFile.open(
      join(opts.out, c.path),
      inputs.fonts,
      c.o.kind.pageSize(c.o.variant),
      meta,
      duplexFor(c.o.kind, opts.simplex),
      opts.pdfa,
      c.o.kind.signs ? printSign : undefined,
    );
    c.keep = await KeptPagesWriter.open(opts.out, pageStorePath(opts.out, c.path));
  }
}

/**
 * A print file's title, in Vietnamese as the office and the print shop read it: the document's
 * name as the ZIPs name it (templates/web/labels.hbs, for the first group: "Thông báo của
 * phường", "Danh sách đăng ký của tổ"), for every group of the ward, and whether it is the
 * two-sided or the one-sided file (the same file name either way).
 */
function printTitle(o: Output, first: Group, inputs: BuildInputs, simplex?: boolean): string {
  const label = labelsFor(inputs.contextOf(first), inputs.spec.templateDir).title(o);
  const ward = inputs.campaign.issuer.ward;
  const said = duplexFor(o.kind, simplex)
    ? msg`${label} – every group, ${ward} (two-sided copy)`
    : msg`${label} – every group, ${ward} (one-sided copy)`;
  return say(said, 'vi', inputs.term);
}

/**
 * Whether a kind's print file is two-sided: as the office's printer, but never a wall sheet's or a
 * one-page document's (kinds/kind.ts printsOneSided).
 */
const duplexFor = (kind: DocumentKind, simplex: boolean | undefined): boolean =>
  !simplex && !printsOneSided(kind);

/**
 * How a print file is to be printed, said in its description (the PDF's Subject): in Vietnamese,
 * as the documents are, from the catalogue (messages/vi/documents.ts) like every other sentence.
 */
function printSidesSaid(kind: DocumentKind, simplex: boolean | undefined, term: GroupTerm): string {
  const said = kind.wallSheet
    ? msg`Print one-sided: each page is a sheet to put up.`
    : kind.onePage
      ? msg`Print one-sided: one page a group, no blank pages.`
      : simplex
        ? msg`Print one-sided: the groups' documents one after another, no blank pages.`
        : msg`Print two-sided, flipping on the long edge: each group's document begins on the front of a sheet (a blank page is the back of the sheet before).`;
  return say(said, 'vi', term);
}

interface JobsRun {
  written: ManifestFile[];
  zips: ManifestBundle[];
  failed: GroupFailureReport[];
  progress: Progress;
  interrupted: boolean;
  printCut: boolean;
  threads: number;
}

/**
 * Runs the groups' jobs on the runner, a bounded window of them in flight, and records what each
 * wrote (in the journal as it comes) and what it failed; their pages reach the print files in
 * group order.
 */
async function runGroupJobs(
  opts: BuildOptions,
  inputs: BuildInputs,
  outputs: Output[],
  plan: BuildPlan,
  printFiles: PrintFiles,
  journal: Journal,
): Promise<JobsRun> {
  const { jobs } = plan;
  const log = opts.log ?? (() => {});
  const work = jobs.flatMap((j) => (j.job ? [j.job.items.length] : []));
  const documents = work.reduce((a, b) => a + b, 0);
  const threads = threadsFor(documents, work.length, opts.jobs);
  // A long build gets the optimising compiler sooner, before any thread starts (tier-up.ts).
  tierUpFor(documents);
  // The drawing code and the worker pool load only when groups are drawn.
  const { createRunner } = await import('./pool.js');
  const runner = await createRunner(threads, inputs, {
    mainThreadDraws: opts.mainThreadDraws,
    shared: opts.groupThreads,
  });
  const failed: GroupFailureReport[] = inputs.failures.map((f) => ({
    group: f.id,
    name: f.name,
    row: f.row,
    sheet: f.sheet,
    message: f.error.message,
    hint: f.error.hint,
    text: f.error.text,
    hintText: f.error.hintText,
    where: f.error.where,
    ...(problemsOf(f.error).length > 1 ? { all: problemsOf(f.error) } : {}),
  }));
  const run: JobsRun = {
    written: [],
    zips: [],
    failed,
    progress: {
      done: 0,
      total: jobs.filter((j) => !j.printOnly).length,
      built: 0,
      reused: 0,
      failed: failed.length,
    },
    interrupted: false,
    printCut: false,
    threads: runner.threads,
  };
  const toPrint = printInGroupOrder(outputs, plan, printFiles);
  const finishGroup = async (i: number, r: JobResult | undefined) => {
    const entry = jobs[i];
    const { progress } = run;
    if (r) {
      await journal.add(r.files);
      run.written.push(...r.files);
      if (r.zip) run.zips.push(r.zip);
      if (r.error) {
        run.failed.push({
          group: entry?.group.id,
          name: entry?.group.name,
          row: entry?.group.source.row,
          sheet: entry?.group.source.sheet,
          ...r.error,
          ...(r.files.length === 0 ? { leftAsItWas: true } : {}),
        });
        progress.failed++;
        log(`failed ${entry?.group.id} ${entry?.group.name}: ${r.error.message}`);
      }
    }
    toPrint(i, r);
    // No more groups are taken until the print files' and the kept pages' bytes are mostly on
    // disk (a --group run's other groups lend their pages too): a bound in bytes, backlog.ts.
    const drained = backlogWritten(
      [...printFiles.values()].flatMap((c) => [c.file?.writing, c.keep?.writing]),
    );
    // A group outside a --group run only lent its pages to the print files; one the stop cut
    // short is not finished (left for the next build, none of what it made put in place).
    if (!entry?.printOnly && !r?.stopped) {
      progress.built += r?.files.length ?? 0;
      progress.reused += entry?.reused.length ?? 0;
      progress.done++;
      opts.onProgress?.({ ...progress });
    }
    await drained;
  };

  try {
    const stopped = await runWindowed(jobs, runner, opts.signal, finishGroup);
    // A stop that left only groups lending their pages (outside a --group run) left none of the
    // groups asked: the print files alone are not finished (review s54 #7).
    run.interrupted = stopped && run.progress.done < run.progress.total;
    run.printCut = stopped && !run.interrupted;
  } finally {
    await runner.close();
  }
  return run;
}

/**
 * Starts the jobs in order, a bounded window of them in flight (which keeps memory flat and the
 * print files' queue short), until all are done or `signal` stops them (the jobs it finds waiting
 * for a thread are dropped, those being drawn finish); true when stopped.
 */
async function runWindowed(
  jobs: BuildPlan['jobs'],
  runner: JobRunner,
  signal: AbortSignal | undefined,
  finish: (i: number, r: JobResult | undefined) => Promise<void>,
): Promise<boolean> {
  const window = Math.max(2, runner.threads * 4);
  const inFlight = new Set<Promise<void>>();
  // The first job that failed (a write, a print file). Kept here, not left to the races below: a
  // job that fails while another one wins a race would be missed by every later await.
  let failure: { error: unknown } | undefined;
  let interrupted = false;
  // Read by each job before each of its documents, in whichever thread draws it (render-job.ts).
  const stop = stopFlag(signal);
  for (let i = 0; i < jobs.length && !failure; i++) {
    if (signal?.aborted) {
      interrupted = true;
      break;
    }
    const { job } = jobs[i] as (typeof jobs)[number];
    // A job the stop found still waiting for a thread is not drawn: it is one of those left. One
    // it found started ends after the document being drawn, none of what it made put in place
    // (`stopped`: its folder as the last build left it).
    const task = (
      job ? runner.run(stop ? { ...job, stop } : job, signal) : Promise.resolve(undefined)
    ).then(
      (r) => {
        if (r?.stopped) interrupted = true;
        return finish(i, r);
      },
      (e: unknown) => {
        if (!(e instanceof NotStarted)) throw e;
        interrupted = true;
      },
    );
    inFlight.add(task);
    // Both outcomes handled: a `.finally` chain would be a second, unhandled rejection of a
    // failed task (a full disk in a worker then crashed the process before the CLI's report).
    task.then(
      () => inFlight.delete(task),
      (error) => {
        failure ??= { error };
        inFlight.delete(task);
      },
    );
    if (inFlight.size >= window) await Promise.allSettled([Promise.race(inFlight)]);
  }
  // Every job started is waited for, failed or not: each then removes its own temporary file.
  // Closing the pool under them instead ended a thread between its write and its clean-up, and
  // left a `.tmp` file behind (seen in CI on a full disk).
  await Promise.allSettled([...inFlight]);
  if (failure) throw failure.error;
  return interrupted;
}

/**
 * Takes each group's result as it finishes (`i`: its place in the plan) and hands the pages and
 * recordings to the print files in group order, whatever order the workers finish in: a
 * document's new pages, or those the last build kept (read back here, their CRC checked again),
 * which go on to the next build's store as well. A group that failed is in no print file.
 */
function printInGroupOrder(outputs: Output[], plan: BuildPlan, printFiles: PrintFiles) {
  const results = new Map<number, JobResult | undefined>();
  let next = 0;
  const indexOf = (kind: string, variant?: string) =>
    outputs.findIndex((o) => o.kind.name === kind && o.variant === variant);
  const toPrint = (i: number, r: JobResult | undefined) => {
    if (r?.error) return;
    const group = plan.jobs[i]?.group.id ?? '';
    const planned = plan.plan[i] ?? [];
    for (const [idx, c] of printFiles) {
      const p = planned[idx];
      if (!p?.kept || !c.file) continue;
      const kept = c.kept?.kept(p.path, p.key);
      const pages = kept && c.kept?.pages(kept);
      if (!kept || !pages) {
        // Whole when the plan read it: the store changed under this build's lock. It goes, so
        // that the next build draws these documents again.
        if (c.kept) rmSync(c.kept.path, { force: true });
        throw new Error(`the kept pages of ${p.path} changed during the build (${c.kept?.path})`);
      }
      c.file.addPages(pages, group);
      c.keep?.add(p.path, group, p.key, kept);
    }
    for (const made of r?.pages ?? []) {
      const idx = indexOf(made.kind, made.variant);
      const c = printFiles.get(idx);
      const p = planned[idx];
      if (!c?.file || !p) continue;
      c.file.addPages(made.pages, group);
      c.keep?.add(p.path, group, p.key, made.pages);
    }
    for (const rec of r?.recordings ?? [])
      printFiles.get(indexOf(rec.kind, rec.variant))?.file?.add(rec.recording, group);
  };
  return (i: number, r: JobResult | undefined) => {
    results.set(i, r);
    while (results.has(next)) {
      const ready = results.get(next);
      results.delete(next);
      toPrint(next, ready);
      next++;
    }
  };
}

/**
 * Renames the finished print files into place; an interrupted build's are removed instead. The
 * stores of their pages are put in place either way, with the pages the last build kept for the
 * documents this one did not reach (or another shard's groups), so an interrupted build loses
 * none.
 */
async function closePrintFiles(
  printFiles: PrintFiles,
  interrupted: boolean,
  simplex: boolean | undefined,
  inputs: BuildInputs,
  out: string,
): Promise<ClosedPrintFiles> {
  const print: ManifestBundle[] = [];
  const lost = new Set<string>();
  let failure: { error: unknown } | undefined;
  const groups = new Set(inputs.groups.map((g) => g.id));
  for (const c of printFiles.values()) {
    if (!c.file) continue;
    if (c.keep) {
      for (const [document, group, key] of c.kept?.documents() ?? []) {
        if (c.keep.has(document) || !groups.has(group)) continue;
        const kept = c.kept?.kept(document, key);
        if (kept) c.keep.add(document, group, key, kept);
      }
      await c.keep.commit();
    }
    // A print file missing a group would be printed and handed out as if whole; one with no
    // page at all (every group failed) is no PDF a reader opens. The previous file, if any, stays.
    if (interrupted || c.file.pageCount === 0) {
      await c.file.abort();
      continue;
    }
    let done: Awaited<ReturnType<CombinedFile['close']>>;
    try {
      done = await c.file.close();
    } catch (error) {
      // The others are still closed and listed: one file held open loses no other.
      failure ??= { error };
      const there = await lstat(join(out, c.path)).then(
        (st) => st.isFile(),
        () => false,
      );
      if (!there) lost.add(c.path);
      continue;
    }
    print.push({
      kind: c.o.kind.name,
      ...(c.o.variant ? { variant: c.o.variant } : {}),
      path: c.path,
      ...done,
      key: c.key,
      ...(duplexFor(c.o.kind, simplex) ? { duplex: true } : {}),
    });
  }
  return { print, failure, lost };
}

/**
 * The print files made, the first that could not be put in place (the build fails with it once
 * the manifest is written), and the print files no longer on disk (not listed any more).
 */
interface ClosedPrintFiles {
  print: ManifestBundle[];
  failure: { error: unknown } | undefined;
  lost: Set<string>;
}

/**
 * The files of the groups as the groups file has them now, of the kinds the campaign prints
 * (gone-groups.ts `currentFiles`).
 */
function currentOf(inputs: BuildInputs, skipped: ReadonlySet<string>) {
  return currentFiles(
    inputs.slugs,
    new Set(inputs.failures.flatMap((f) => (f.id ? [f.id] : []))),
    skipped,
  );
}

/**
 * The new manifest: this run's files over the previous ones. It keeps what other runs (--group,
 * --kind, other shards' kinds) made and still holds (`isCurrent`, and `printed` for the print
 * files' kinds).
 */
function manifestOf(
  inputs: BuildInputs,
  prev: Manifest,
  written: ManifestFile[],
  print: ManifestBundle[],
  zips: ManifestBundle[],
  listed: {
    isCurrent: (f: { group?: string; path: string; kind: string }) => boolean;
    printed: (kind: string) => boolean;
  },
): Manifest {
  const { isCurrent } = listed;
  const allFiles = new Map([...prev.files, ...written].map((f) => [f.path, f]));
  const order = new Map(inputs.groups.map((g, i) => [g.id, i]));
  const files = [...allFiles.values()]
    .filter(isCurrent)
    .sort(
      (a, b) =>
        (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0) || a.path.localeCompare(b.path),
    );
  const merge = (old: ManifestBundle[], fresh: ManifestBundle[]) =>
    [...new Map([...old, ...fresh].map((b) => [b.path, b])).values()].sort((a, b) =>
      a.path.localeCompare(b.path),
    );
  // A group's ZIP is listed while its group is in the file, in the file's order.
  const groupZips = merge(prev.zips, zips)
    .filter((z) => z.group !== undefined && order.has(z.group) && isCurrent(z))
    .sort((a, b) => (order.get(a.group ?? '') ?? 0) - (order.get(b.group ?? '') ?? 0));
  return {
    tool: 'phuong-print',
    inputs: inputsHash(inputs),
    files,
    print: merge(prev.print, print).filter((p) => listed.printed(p.kind)),
    zips: groupZips,
    groups: inputs.groups.map((g) => ({ id: g.id, name: g.name })),
  };
}
