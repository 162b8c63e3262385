/**
 * Output stage: where group jobs run — worker threads (piscina), one per core by default, or the
 * main thread for --jobs 1 (no thread start-up, simplest to debug).
 */
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { WORKER } from './code-location.js';
import type { BuildInputs } from './inputs.js';
import { type GroupJob, type JobResult, runGroupJob } from './render-job.js';
import { ThreadDeaths } from './thread-deaths.js';
import { NotStarted, turns } from './turns.js';
import { type BuildWorkerData, picturesForWorkers } from './worker-data.js';
import { uncarried } from './worker-result.js';

export { defaultJobs } from './threads.js';

/**
 * Worker threads that outlive a build (a studio's, serve/pool-renderer.ts), with the group
 * renderer of worker.ts as their default task.
 */
export interface GroupThreads {
  readonly threads: number;
  /**
   * Draws the group when a thread is free for it (the threads bound how many they hold); when
   * `stop` was aborted by then, it is not drawn (a `NotStarted` rejection, turns.ts).
   */
  run(job: GroupJob, stop?: AbortSignal): Promise<JobResult>;
}

export interface JobRunner {
  readonly threads: number;
  /** As GroupThreads.run: a job still waiting when `stop` is aborted is never drawn. */
  run(job: GroupJob, stop?: AbortSignal): Promise<JobResult>;
  close(): Promise<void>;
}

export { WORKER } from './code-location.js';

/**
 * A worker's live heap is ~45 MB and flat in the number of groups (fonts, templates, bounded
 * layout caches); the rest is per-document garbage. 128 MB leaves it room and makes V8 collect
 * sooner instead of growing: 3,000 groups on 2 workers peak at ~475 MB RSS, against ~525 MB
 * with 256 MB and no difference in time (bench/results.md).
 */
export const WORKER_HEAP_MB = 128;

/**
 * A worker's young generation, as serve's (serve/pool-renderer.ts). V8's default gives each
 * thread a 32 MB new space that the build's per-document garbage fills; 8 MB took a 1,000-group
 * build of every PDF kind on 2 workers from 480 to 397 MB peak RSS (bench/results.md "## scale:
 * memory").
 */
export const WORKER_YOUNG_MB = 8;

/** Jobs a worker holds: the one it draws and the next. */
const QUEUED = 2;

/**
 * Jobs a worker holds while the main thread draws beside it: the main thread sends a worker its
 * next job only between its own groups (a group's documents draw in one go, ~0.1 s, then its
 * results, print files and ZIP), and a worker holding two finished them first and waited — 15–18 %
 * of its time in a 300-group build of every PDF kind (`node --cpu-prof`: its `atomicsWaitLoop`),
 * 3.5–4.5 % holding four (docs/architecture.md, the tricks table). A stopped build draws none of
 * those a worker holds and has not begun (the stop flag reaches them). A server's builds keep two:
 * their main thread draws nothing and answers at once.
 */
const QUEUED_BESIDE_MAIN = 4;

/**
 * A build on N threads renders on N - 1 workers and on the main thread itself (unless
 * `mainThreadDraws` is false: a server's builds, whose main thread answers its pages), which otherwise
 * only waits for them (its print files, ZIPs and writes took ~4 of 30 s of CPU at 1,000 groups).
 * One worker fewer is one heap, one set of caches and one compiler's warm-up fewer: on 2 cores,
 * 1,000 groups of every PDF kind on 2 workers spent 45 s of CPU (its helper threads' collection
 * and compilation 13 s of it) against 32 s in the main thread alone, and finished no sooner
 * (bench/results.md "## scale: kept drawings and the main thread").
 */

export interface RunnerOptions {
  mainThreadDraws?: boolean;
  shared?: GroupThreads;
  /** The worker file the threads run (default: the build's, code-location.ts); for tests. */
  worker?: string;
  /** Where a thread's failure is said, one line (default: stderr). */
  logLine?: (line: string) => void;
}

/** The build stopped because its threads ended and none could take their place. */
export const threadsGone = () =>
  new UserError(
    msg`The build stopped: its drawing threads ended and no other could start. The files already made are kept.`,
    {},
    msg`Build again. If it stops again, restart the program (it may have been updated while it ran).`,
  );

export async function createRunner(
  jobs: number,
  inputs: BuildInputs,
  {
    mainThreadDraws = true,
    shared,
    worker = WORKER,
    logLine = (line) => process.stderr.write(`${line}\n`),
  }: RunnerOptions = {},
): Promise<JobRunner> {
  if (shared) return sharedRunner(shared);
  const inline = (job: GroupJob) => runGroupJob(inputs, job);
  // A small build (one thread: threads.ts) draws on the main thread even in a server: a cold
  // worker costs ~1 s of CPU before its first group, more than such a build holds the main thread
  // (the studio's tests spent ~40 s more CPU with a worker for each small build). Without the
  // compiled worker file (run from src/ with no dist/), likewise.
  if (jobs <= 1 || !existsSync(worker)) {
    // The main thread's own groups, the one it draws and the next (whose layout goes on while the
    // first one's files are written): the build's other groups wait here, so that a stopped build
    // draws none of them (they all started at once, and Ctrl-C waited for the whole window). A
    // build on threads queues the main thread's groups with the workers' (pump, below).
    const mainTurns = turns(QUEUED);
    return {
      threads: 1,
      run: (job, stop) => mainTurns.run(() => inline(job), stop),
      close: async () => {},
    };
  }
  // The pool's code loads only for a build on threads.
  const { Piscina } = await import('piscina');
  const workers = mainThreadDraws ? jobs - 1 : jobs;
  const held = mainThreadDraws ? QUEUED_BESIDE_MAIN : QUEUED;
  const workerData: BuildWorkerData = { images: await picturesForWorkers(inputs) };
  const pool = new Piscina({
    filename: worker,
    workerData,
    resourceLimits: {
      maxOldGenerationSizeMb: WORKER_HEAP_MB,
      maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
    },
    minThreads: workers,
    maxThreads: workers,
    // Sent on at once, not when the worker asks: piscina hands a worker its next task from the
    // main thread, which is drawing a group of its own when the worker finishes one.
    concurrentTasksPerWorker: held,
    idleTimeout: 60_000,
  });
  // A thread that fails makes the build stop with a sentence for the office, one log line, when
  // it took jobs with it (piscina hands the first threads their jobs before their code loads: a
  // file that cannot load fails every one of them with the thread's own error) or when no thread
  // is left to draw (the jobs waiting would wait forever). A thread that fails with no job of its
  // own (it could not start, or died idle) makes piscina emit 'error' on the pool: unheard, that
  // ended the whole process — a studio with every leader's page. When piscina started another in
  // its place, the build goes on. A thread that ran out of memory drawing a group fails that
  // group with its own error (a runaway document, not the program).
  let gone: UserError | undefined;
  const stop = (why: string) => {
    if (gone) return;
    logLine(why);
    gone = threadsGone();
    pool.destroy().catch(() => {});
  };
  const deaths = new ThreadDeaths();
  deaths.hear(pool);
  pool.on('error', (e: unknown) => {
    if (gone) return;
    const why = e instanceof Error ? e.message : String(e);
    // piscina has removed the thread, and added another unless threads fail as they start.
    const left = pool.threads.length;
    if (left >= workers) {
      logLine(`a build thread failed with no group of its own: ${why}; another took its place`);
      return;
    }
    if (left > 0) {
      logLine(`a build thread failed with no group of its own: ${why}; ${left} left`);
      return;
    }
    stop(`a build thread failed with no group of its own: ${why}; none left, the build stops`);
  });
  const failed = (e: unknown): Promise<never> => {
    const outOfMemory =
      (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    if (!gone && deaths.of(e) && !outOfMemory) {
      stop(
        `a build thread failed under its groups: ${e instanceof Error ? e.message : String(e)}; the build stops`,
      );
    }
    return Promise.reject(gone ?? e);
  };
  const onThread = (job: GroupJob): Promise<JobResult> =>
    gone ? Promise.reject(gone) : pool.run(job).then(uncarried<JobResult>, failed);
  // Each worker keeps one job queued behind the one it draws; the main thread takes the next job
  // only when they are full, one at a time, and lets the workers' results in (setImmediate)
  // before each: drawing several groups in a row, it left its worker idle a third of the time.
  const waiting: {
    job: GroupJob;
    stop: AbortSignal | undefined;
    done: (r: Promise<JobResult>) => void;
  }[] = [];
  let queued = 0;
  let drawing = false;
  // A stopped build's jobs still waiting are never drawn: each is answered `NotStarted` when the
  // next job would start (a thread's job ends, or the main thread looks for one to draw).
  const dropStopped = () => {
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i] as (typeof waiting)[number];
      if (!w.stop?.aborted) continue;
      waiting.splice(i, 1);
      w.done(Promise.reject(new NotStarted()));
    }
  };
  const pump = (): void => {
    dropStopped();
    while (waiting.length > 0 && queued < workers * held) {
      const next = waiting.shift() as (typeof waiting)[number];
      queued++;
      const result = onThread(next.job);
      next.done(result);
      result.then(after, after);
    }
    if (waiting.length === 0 || drawing || !mainThreadDraws) return;
    drawing = true;
    setImmediate(() => {
      dropStopped();
      const next = queued < workers * held ? undefined : waiting.shift();
      if (!next) {
        drawing = false;
        pump();
        return;
      }
      // The job draws in the microtasks that follow, before the next setImmediate; its writes
      // go on while the next job is picked.
      next.done(inline(next.job));
      drawing = false;
      pump();
    });
  };
  const after = () => {
    queued--;
    pump();
  };
  return {
    threads: jobs,
    run: (job, stop) =>
      new Promise<JobResult>((resolve) => {
        waiting.push({ job, stop, done: resolve });
        pump();
      }),
    close: () => pool.destroy(),
  };
}

/**
 * A build on threads it did not start (a studio's): every group is drawn there, whatever the
 * build's size, and the threads stay when it ends. How many groups they hold at once is theirs
 * to say (serve/pool-renderer.ts: one a thread, so a preview waits for one group). Each thread
 * reads the inputs once per build, or keeps its reading of the last build when the files are the
 * same (worker.ts).
 */
function sharedRunner(shared: GroupThreads): JobRunner {
  return {
    threads: shared.threads,
    run: (job, stop) => shared.run(job, stop),
    close: async () => {},
  };
}
