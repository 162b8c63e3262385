/**
 * Serve stage: documents drawn in worker threads (the build's worker, piscina), so a cold
 * document — or a page picture: a burst of first visits asks for many thumbnails, and the
 * studio's preview asks for every page of a document after each edit — never blocks the event
 * loop: cached downloads and pages keep flowing while documents render on the other cores. The
 * server's Renderer and the studio's Previewer both draw through `createDocumentPool`.
 */
import { existsSync } from 'node:fs';
import { Piscina, queueOptionsSymbol } from 'piscina';
import type { DocumentTask, OnThread } from '../output/document-tasks.js';
import { defaultJobs, WORKER, WORKER_HEAP_MB } from '../output/pool.js';
import type { GroupJob, JobResult } from '../output/render-job.js';
import { ThreadDeaths } from '../output/thread-deaths.js';
import { turns } from '../output/turns.js';
import { type Carried, uncarried } from '../output/worker-result.js';
import type { RenderedOutput } from '../render/output.js';
import { codeReplacedLog, codeReplacedOf, ThreadFailed } from './code-replaced.js';
import { createInProcessPool, type DocumentPool, ownPool, type Renderer } from './renderer.js';
import type { Ward } from './ward.js';

export interface PoolOptions {
  /** Most worker threads (one per core by default). */
  threads?: number;
  /** Threads kept alive while idle (the studio's: none once idle for its `idleTimeout`). */
  minThreads?: number;
  /** How long a thread above `minThreads` may idle before it ends, in ms. */
  idleTimeout?: number;
  /**
   * Background tasks a thread is handed at once (default 1; `threadFor`). With 2, a thread has
   * the next document of a long job as soon as it finishes one. Other tasks: one a thread.
   */
  tasksPerThread?: number;
  /** The worker file the threads run (default: the build's, output/code-location.ts). */
  worker?: string;
}

/**
 * The server's pool (`serve`): two background tasks a thread. The ward's ZIP keeps two documents
 * in flight (library.ts), drawn in the background: both go to one thread (`threadFor`), so the
 * archive renders without a gap between its documents and leaves the other threads to the
 * leaders' cold documents, which go to an idle thread only (a second one starts when one is
 * asked for, and ends when they stop). Streaming a 3,000-group ward.zip for 30 s peaked at
 * ~390 MB RSS this way, against 514–571 MB on two threads, at less CPU a MB streamed
 * (bench/results.md "## ward.zip").
 */
export const SERVE_POOL: PoolOptions = { tasksPerThread: 2 };

/** How a background task is marked for the balancer (a symbol key: not sent to the thread). */
const BACKGROUND = { background: true };

/** A task with the balancer's mark. */
interface Background {
  [queueOptionsSymbol]?: typeof BACKGROUND;
}

interface Thread {
  id: number;
  currentUsage: number;
  isRunningAbortableTask: boolean;
}

/**
 * The thread a task goes to (piscina's `loadBalancer`), or none (the task waits at the head of
 * piscina's queue, and piscina starts a thread if the pool may have more). `home` is the thread of
 * the long job under way, if any. A background task goes to `home` while it has room (`perThread`
 * tasks): the job stays on one thread; else to the thread with room that is busiest. A task
 * someone waits for goes to an idle thread other than `home`, so the others stay free for
 * people and idle out when they stop; when there is none and the pool cannot grow, to another
 * thread with room, else to `home` if it has room.
 *
 * Why never "none" while a thread has room: piscina stops handing out tasks at the first one its
 * balancer refuses, and queues every later task behind it without asking. A refused task would
 * hold up the others with threads free (a leader's document waited 0.9 s behind an archive's
 * queued documents with a thread idle).
 */
export function threadFor<T extends Thread>(
  background: boolean,
  threads: readonly T[],
  how: { perThread: number; home?: number; canGrow: boolean },
): T | null {
  const open = threads.filter((t) => !t.isRunningAbortableTask && t.currentUsage < how.perThread);
  const home = open.find((t) => t.id === how.home);
  const byUsage = (pick: (a: T, b: T) => boolean) =>
    open.reduce<T | null>((best, t) => (!best || pick(t, best) ? t : best), null);
  if (background) return home ?? byUsage((a, b) => a.currentUsage > b.currentUsage);
  const others = open.filter((t) => t.id !== how.home);
  const idle = others.find((t) => t.currentUsage === 0);
  if (idle) return idle;
  if (how.canGrow) return null;
  return others[0] ?? home ?? null;
}

/**
 * Documents drawn in worker threads (the build's worker, piscina), or in this thread when there
 * are no compiled workers (a run from source).
 */
export function createDocumentPool(
  options: PoolOptions = {},
  logLine: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): DocumentPool {
  const worker = options.worker ?? WORKER;
  if (!existsSync(worker)) return createInProcessPool();
  const threads = options.threads ?? defaultJobs();
  const perThread = options.tasksPerThread ?? 1;
  // The thread of the background tasks under way (none: undefined), and how many there are. A
  // job has short gaps between its tasks (its previous document being written): its thread stays
  // its own until it has had none for a second.
  let home: number | undefined;
  let inBackground = 0;
  let leaving: NodeJS.Timeout | undefined;
  const backgroundTurns = turns(perThread);
  // A thread that cannot start (its files replaced under a running server: qa34 O1) or that ends
  // with no task of its own makes piscina emit 'error' on the pool: unheard, that ended the whole
  // process. Heard here: the next task starts a new pool (not at once: while the files are gone,
  // each would fail to start), and the tasks still waiting in the old one fail with the thread's
  // error (their requests get the "try again" page, 503); tasks its other threads are drawing
  // finish there.
  const failures = new WeakMap<Piscina, ThreadFailed>();
  // The errors threads died of (an error nothing in the thread caught, out of memory): piscina
  // fails the thread's tasks with that same error, which is no task's own fault — its request
  // gets the "try again" page (503) and one log line, not the 500 and a stack (review: a thread
  // dying under a document).
  const deaths = new ThreadDeaths();
  const retire = (old: Piscina, e: unknown) => {
    if (failures.has(old)) return;
    failures.set(old, new ThreadFailed(e));
    if (pool === old) pool = undefined;
    old.close({ force: true }).catch(() => {});
  };
  const start = (): Piscina => {
    const started = new Piscina({
      filename: worker,
      // The same bound as the build's workers: the server's RSS then stays near --cache-mb plus a
      // fixed amount a thread, and a runaway document fails that request, not the process. A small
      // young generation: streaming a 3,000-group ward.zip for 30 s peaked at 595 MB RSS with V8's
      // default and 550 MB with 8 MB, rendering as much (a smaller old generation, 64 MB, halved
      // what was rendered): bench/results.md "## ward.zip".
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
      minThreads: Math.min(threads, options.minThreads ?? 1),
      maxThreads: threads,
      idleTimeout: options.idleTimeout ?? 30_000,
      concurrentTasksPerWorker: perThread,
      loadBalancer: (task, all) => {
        const background = task[queueOptionsSymbol] === BACKGROUND;
        const canGrow = all.length < threads;
        const thread = threadFor(background, all, { perThread, home, canGrow });
        if (background && thread) home = thread.id;
        return thread;
      },
    });
    deaths.hear(started);
    started.on('error', (e: unknown) => {
      // The requests it fails log a line each; with none waiting, the pool says it.
      if (!failures.has(started) && started.queueSize === 0) {
        const failure = new ThreadFailed(e);
        logLine(
          codeReplacedOf(failure)
            ? codeReplacedLog('render', 'thread', e)
            : `${failure.message}; another starts for the next document`,
        );
      }
      retire(started, e);
    });
    return started;
  };
  let pool: Piscina | undefined = start();
  const run =
    <A, R>(name: string) =>
    async (task: A): Promise<R> => {
      pool ??= start();
      const by = pool;
      try {
        return uncarried((await by.run(task, { name })) as Carried<R>);
      } catch (e) {
        // A thread that could not load its code keeps failing (a failed import is kept): the
        // pool is replaced, so that the next task loads the files anew.
        if (codeReplacedOf(e)) retire(by, e);
        if (!deaths.of(e)) throw e;
        throw failures.get(by) ?? new ThreadFailed(e);
      }
    };
  const renderOne = run<DocumentTask & Background, OnThread<RenderedOutput>>('renderOne');
  const renderGroup = run<GroupJob, JobResult>('default');
  const groupTurns = turns(threads);
  return {
    render: renderOne,
    async renderInBackground(task) {
      inBackground++;
      clearTimeout(leaving);
      try {
        // Background tasks wait here, not in piscina's queue (see threadFor): at most a thread's
        // worth of them is handed to piscina at a time, however many archives are streaming.
        return await backgroundTurns.run(() =>
          renderOne({ ...task, [queueOptionsSymbol]: BACKGROUND }),
        );
      } finally {
        if (--inBackground === 0) {
          leaving = setTimeout(() => {
            home = undefined;
          }, 1000).unref();
        }
      }
    },
    renderPage: run('renderPageImage'),
    renderWithPages: run('renderWithPages'),
    renderText: run('renderPageText'),
    renderPicture: run('renderPicture'),
    renderQrSheet: run('renderQrSheet'),
    renderReport: run('renderReportOne'),
    // A studio's builds: one group a thread at a time, however many builds run at once, so a
    // preview asked for meanwhile waits for one group, not for every build's window of them.
    groupJobs: {
      threads,
      run: (job: GroupJob, stop?: AbortSignal) => groupTurns.run(() => renderGroup(job), stop),
    },
    async warmUp() {
      // One task a thread: each goes to a thread that is free, so every thread warms.
      const warm = run<undefined, number>('warmUp');
      await Promise.all(Array.from({ length: threads }, () => warm(undefined)));
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}

/**
 * A ward's documents drawn in worker threads of its own, ended when it is closed. `serve` keeps
 * one pool for all its reloads instead (cli/serve.ts: `rendererOver` each ward).
 */
export function createPoolRenderer(ward: Ward, options: PoolOptions = {}): Renderer {
  return ownPool(ward, createDocumentPool(options));
}
