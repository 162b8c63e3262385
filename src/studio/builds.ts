/**
 * Studio: "build all" for a campaign — the CLI's own build (output/build.ts) into the campaign's
 * out/ folder, run in the background (its worker pool), one at a time per campaign, with its
 * progress kept for the page to show.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isUserError, problemsOf, UserError } from '../errors.js';
import { verbatim } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { build, type GroupFailureReport } from '../output/build.js';
import { FolderBusy } from '../output/folder-lock.js';
import type { GroupThreads } from '../output/pool.js';
import { codeReplacedLog, codeReplacedMessage, codeReplacedOf } from '../serve/code-replaced.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { type WardToday, wardDay } from '../ward-time.js';
import { buildFaultInVietnamese } from './build-faults.js';
import { wardTime } from './build-files.js';
import { fieldOf } from './campaign-fields.js';
import { BUILD_ROSTERS_FILE, type CampaignPaths } from './campaign-folders.js';
import { codeReplacedSaid } from './layout.js';
import { eachSaid, hintInForm, inVietnamese, inVietnameseWithHint } from './messages.js';
import { forgetPrintsNotes } from './print-space.js';

export interface BuildStatus {
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  /** Groups that could not be built, each with its problem in Vietnamese. */
  failures: {
    group?: string;
    name?: string;
    row?: number;
    message: string;
    /** The campaign form's field the failure is fixed at (a flyer's list too long), if any. */
    field?: string;
  }[];
  /**
   * Every group of the file, its bad rows too (`total` counts only the groups sent to be
   * built), so that "2/3 built" counts what the office's file holds.
   */
  groups?: number;
  /** Why the whole build stopped (state "failed"), in Vietnamese. */
  error?: string;
  /**
   * The inputs' problems that stopped it, each in Vietnamese (several: every one, never "chạy
   * phuong-print check", a command the office does not use), their hints once, and the tab where
   * they are fixed: the campaign's texts (Nội dung) or the groups file (Danh sách).
   */
  problems?: { texts: string[]; hints: string[]; fixAt?: 'content' | 'groups' };
  seconds?: number;
  /** When the build read the campaign and groups files (ms): an edit after it is not in it. */
  readAt?: number;
  /** Groups no longer in the file whose files the build removed. */
  removed?: number;
  /** A stopped build's groups it did not make (of `total`). */
  left?: number;
  /** A stopped build's files made whole and kept (its manifest's), for the console to say. */
  kept?: number;
  /**
   * The residents list the build read (rostersRead: its bytes' SHA-256, or "none"): its tracking
   * sheets print that list's names, until a build after it is replaced or deleted.
   */
  rosters?: string;
}

/**
 * The residents list the campaign's last finished build read, as its status has it or, after a
 * restart, as the build left it in the campaign's folder; undefined when no build is known.
 */
export async function lastBuildRosters(
  c: CampaignPaths,
  status: BuildStatus | undefined,
): Promise<string | undefined> {
  if (status) return status.state === 'running' ? undefined : status.rosters;
  const kept = await readFile(join(c.folder, BUILD_ROSTERS_FILE), 'utf8').catch(() => undefined);
  return kept?.trim() || undefined;
}

/** What residents list `c` has now: its bytes' SHA-256, or "none" (none, or gone meanwhile). */
export function rostersRead(c: CampaignPaths): string {
  if (!c.rosters) return 'none';
  try {
    return createHash('sha256').update(readFileSync(c.rosters)).digest('hex');
  } catch {
    return 'none';
  }
}

/** "Tạo tệp in" after the program's files were replaced under the studio (serve/code-replaced.ts). */
const CODE_REPLACED = codeReplacedSaid('tạo được tệp in', 'bấm “Tạo tệp in” lại');

/** A build running when the studio closes: the campaign as the studio names it, and its word. */
export interface RunningBuild {
  slug: string;
  /** The campaign's name as the studio shows it (routes-campaigns.ts campaignName). */
  title: string;
  term: GroupTerm;
}

/**
 * A build the studio's close stopped: the groups it left unmade (`left`, of `total`) and the
 * files it made and kept (`kept`), or none when it had finished whole by then (`left` absent).
 */
export interface StoppedBuild extends RunningBuild {
  total: number;
  left?: number;
  kept?: number;
}

const STOPPED =
  'Lần tạo tệp in đã dừng giữa chừng vì phần mềm được tắt: các tệp đã xong được giữ lại. Bấm “Tạo tệp in” để tạo tiếp.';

export class Builds {
  private readonly runs = new Map<string, BuildStatus>();
  /** The builds running now: how to stop each, and its end (settled, never rejected). */
  private readonly live = new Map<
    string,
    { abort: AbortController; ended: Promise<void>; title: string; term: GroupTerm }
  >();

  /**
   * `groupThreads`: the studio's warm worker threads (its previews'), where a build draws its
   * groups; none (documents drawn in this thread: the tests' studios, a run from source) leaves
   * a small build to the main thread and a large one to threads of its own.
   */
  constructor(
    private readonly logError: (line: string) => void,
    private readonly groupThreads: () => GroupThreads | undefined = () => undefined,
    /** The build itself: output/build.ts's (a test's stand-in fails as an update would). */
    private readonly runBuild: typeof build = build,
    /** The clock a deadline already over is judged by (StudioOptions.today). */
    private readonly today: WardToday = wardDay,
  ) {}

  /** "Xoá tệp in" running in this studio, by campaign: a build waits for it (see start). */
  private readonly freeing = new Map<string, Promise<unknown>>();

  /** Runs `free` (freeing a campaign's prints) with a build that starts meanwhile waiting for it. */
  async whileFreeing<T>(slug: string, free: () => Promise<T>): Promise<T> {
    const done = free();
    const settled = done.then(
      () => {},
      () => {},
    );
    this.freeing.set(slug, settled);
    try {
      return await done;
    } finally {
      if (this.freeing.get(slug) === settled) this.freeing.delete(slug);
    }
  }

  status(slug: string): BuildStatus | undefined {
    return this.runs.get(slug);
  }

  running(slug: string): boolean {
    return this.runs.get(slug)?.state === 'running';
  }

  /** Whether any build is running (the studio's console says it waits for it when stopped). */
  anyRunning(): boolean {
    return this.live.size > 0;
  }

  /** The builds running now, each by its campaign's name and word (the console's stop line). */
  runningBuilds(): RunningBuild[] {
    return [...this.live.entries()].map(([slug, r]) => ({ slug, title: r.title, term: r.term }));
  }

  /**
   * Stops every running build as the CLI's Ctrl-C does (no group started after it, those waiting
   * for a thread dropped; the groups being made end after their document, what they made kept, the manifest written, the
   * lock released) and waits for them, saying what each left undone, or that it had finished
   * whole by then: the studio's process then ends, instead of building on for minutes after
   * saying "đã dừng" (qa12 Q17).
   */
  async stopAll(): Promise<StoppedBuild[]> {
    const stopping = [...this.live.entries()];
    for (const [, run] of stopping) run.abort.abort();
    await Promise.all(stopping.map(([, r]) => r.ended));
    // What each stopped build left undone, for the console to say.
    return stopping.flatMap(([slug, { title, term }]) => {
      const s = this.runs.get(slug);
      if (s?.state === 'done') return [{ slug, title, term, total: s.total }];
      return s?.left === undefined
        ? []
        : [{ slug, title, term, left: s.left, total: s.total, kept: s.kept ?? 0 }];
    });
  }

  /** A deleted campaign's last build is forgotten (a new one of its folder name starts afresh). */
  forget(slug: string): void {
    if (!this.running(slug)) this.runs.delete(slug);
  }

  /**
   * Starts a build unless one is running; false when one was. `term`: the ward's word;
   * `simplex`: print files for a one-sided printer (no blank back after a one-page document);
   * `title`: the campaign's name as the studio shows it (the console says it if stopped).
   */
  start(c: CampaignPaths, term: GroupTerm, simplex = false, title = c.slug): boolean {
    if (this.runs.get(c.slug)?.state === 'running') return false;
    // Before the files are read: an edit from here on is marked as not in this build's files.
    const readAt = Date.now();
    const status: BuildStatus = {
      state: 'running',
      done: 0,
      total: 0,
      failures: [],
      readAt,
      rosters: rostersRead(c),
    };
    this.runs.set(c.slug, status);
    if (!c.groups) {
      Object.assign(status, { state: 'failed', error: `Chưa có danh sách ${term.group}.` });
      return true;
    }
    const groups = c.groups;
    // The file's groups, bad rows included, as the build read them.
    let rows: number | undefined;
    const abort = new AbortController();
    const run = () =>
      this.runBuild({
        campaign: c.file,
        groups,
        // The ward's residents list, uploaded on the groups page: the tracking sheets' rows.
        ...(c.rosters ? { rosters: c.rosters } : {}),
        out: c.out,
        simplex,
        today: this.today(),
        signal: abort.signal,
        // The studio's pages keep answering while it builds: every group is drawn on its worker
        // threads, kept warm between builds (qa14: a logo upload waited ~8 s behind 32 groups).
        groupThreads: this.groupThreads(),
        mainThreadDraws: false,
        onInputs: (read) => {
          rows = read.rows;
        },
        onProgress: (p) => {
          status.done = p.done;
          status.total = p.total;
        },
      });
    const ended = run()
      .catch(async (e: unknown) => {
        // "Xoá tệp in" of this studio held out/ when the build asked for it (the free checks for
        // a build once it has the lock; this build began after that): it waits for it, not fails.
        const freeing = this.freeing.get(c.slug);
        if (!(e instanceof FolderBusy) || !freeing) throw e;
        await freeing;
        return run();
      })
      .then(
        async (result) => {
          status.groups = rows ?? status.total;
          // The list out/'s tracking sheets were made from, kept past a restart (some of them
          // when the build was stopped).
          if (status.rosters)
            await writeFileAtomic(join(c.folder, BUILD_ROSTERS_FILE), status.rosters).catch(
              (e: unknown) =>
                this.logError(`cannot keep the residents list of ${c.slug}'s build: ${String(e)}`),
            );
          if (result.interrupted) {
            // Stopped with the studio: its files are not all made from these inputs.
            Object.assign(status, {
              state: 'failed',
              error: STOPPED,
              left: result.left.groups,
              total: result.left.total,
              kept: result.written.length,
            });
            return;
          }
          // Printed again: the tab no longer says the prints were freed or restored (print-space.ts).
          await forgetPrintsNotes(c.out);
          status.state = 'done';
          status.seconds = result.seconds;
          status.removed = result.removed;
          status.failures = result.failed.map((f) => ({
            group: f.group,
            name: f.name,
            row: f.row,
            message: this.failureInVietnamese(c.slug, f, term),
            ...(f.where.file === c.file && fieldOf(f.where.field) ? { field: f.where.field } : {}),
          }));
        },
        (e: unknown) => {
          status.state = 'failed';
          const fault = isUserError(e) ? undefined : buildFaultInVietnamese(e, c.out);
          // With its hint: the tracking sheet's columns name the field to change.
          if (codeReplacedOf(e)) {
            // An update unpacked while the studio runs: a chunk the build loads when first needed
            // is gone. Retrying does not help; restarting does. One line in the log, no stack.
            status.error = CODE_REPLACED;
            this.logError(codeReplacedLog('build', c.slug, e));
          } else if (e instanceof FolderBusy) {
            // Another process builds into this campaign's folder (a studio stopped mid-build
            // and started again, a CLI build): not a folder or an option the office can change.
            const since = e.since ? ` (bắt đầu lúc ${wardTime(e.since.getTime())})` : '';
            status.error = `Chiến dịch này đang được tạo tệp in${since}. Đợi tạo xong rồi tải lại trang.`;
          } else if (isUserError(e)) {
            status.error = inVietnameseWithHint(e, term);
            status.problems = problemsSaid(e, term, c);
          } else if (fault) {
            status.error = fault;
            this.logError(`build of ${c.slug} failed: ${(e as Error).message}`);
          } else {
            status.error =
              'Phần mềm gặp lỗi khi in. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.';
            this.logError(`build of ${c.slug} failed: ${(e as Error)?.stack ?? String(e)}`);
          }
        },
      );
    this.live.set(c.slug, { abort, ended, title, term });
    void ended.finally(() => this.live.delete(c.slug));
    return true;
  }

  /**
   * A group's failure as the office reads it: the problem and its hint, in Vietnamese. A failure
   * without its message (none is made so today) is logged in English and said in general words,
   * never shown in English.
   */
  private failureInVietnamese(slug: string, f: GroupFailureReport, term: GroupTerm): string {
    if (!f.text && codeReplacedMessage(f.message)) {
      this.logError(
        codeReplacedLog('build', `${slug} group ${f.group ?? '?'}`, new Error(f.message)),
      );
      return CODE_REPLACED;
    }
    if (!f.text) {
      this.logError(`build of ${slug}: group ${f.group ?? '?'} failed: ${f.message}`);
      return `Không tạo được tệp in của ${term.short} này. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.`;
    }
    const said = (problem: UserError) => {
      const hint = hintInForm(problem, term);
      const column = problem.where.field && f.all ? `Cột “${problem.where.field}”: ` : '';
      return `${column}${inVietnamese(problem, term)}${hint ? ` ${inVietnamese(verbatim(hint))}` : ''}`;
    };
    // A row with several bad cells: each said, at its column (qa12 Q14).
    if (f.all) return eachSaid(f.all, said);
    return said(new UserError(f.text, {}, f.hintText));
  }
}

/** Every problem of a refused build, its hints once, and where in the studio it is fixed. */
function problemsSaid(e: UserError, term: GroupTerm, c: CampaignPaths): BuildStatus['problems'] {
  const all = problemsOf(e);
  const hints = new Set<string>();
  for (const p of all) {
    const hint = hintInForm(p, term);
    if (hint) hints.add(inVietnamese(verbatim(hint)));
  }
  const files = all.map((p) => p.where.file);
  const fixAt = files.every((f) => f !== undefined && f === c.groups)
    ? 'groups'
    : files.some((f) => f === c.file || f === CAMPAIGN_VALUE)
      ? 'content'
      : undefined;
  return { texts: all.map((p) => inVietnamese(p, term)), hints: [...hints], fixAt };
}
