/**
 * Serve stage: documents drawn in worker threads (the build's worker, piscina), so a cold
 * document — or a page picture: a burst of first visits asks for many thumbnails, and the
 * studio's preview asks for every page of a document after each edit — never blocks the event
 * loop: cached downloads and pages keep flowing while documents render on the other cores. The
 * server's Renderer and the studio's Previewer both draw through `createDocumentPool`.
 */
import { existsSync } from 'node:fs';
import { Piscina } from 'piscina';
import { defaultJobs, WORKER, WORKER_HEAP_MB } from '../output/pool.js';
import { type Carried, uncarried } from '../output/worker-result.js';
import { createInProcessPool, type DocumentPool, ownPool, type Renderer } from './renderer.js';
import type { Ward } from './ward.js';

export interface PoolOptions {
  /** Most worker threads (one per core by default). */
  threads?: number;
  /** Threads kept alive while idle (the studio keeps every one warm: a cold worker costs ~1 s). */
  minThreads?: number;
  /** How long a thread above `minThreads` may idle before it ends, in ms. */
  idleTimeout?: number;
  /**
   * Tasks a thread is handed at once (default 1). With 2, a thread has its next document as
   * soon as it finishes one, and a second thread starts only when the first has two.
   */
  tasksPerThread?: number;
}

/**
 * The server's pool (`serve`): two tasks a thread. The ward's ZIP keeps two documents in flight
 * (library.ts), so it renders in one thread, without a gap between its documents, and leaves
 * the others to the leaders' cold documents: a second thread starts when one is asked for.
 * Streaming a 3,000-group ward.zip for 30 s peaked at ~390 MB RSS this way, against 514–571 MB
 * on two threads, at less CPU a MB streamed (bench/results.md "## ward.zip"). Limits: piscina
 * hands a task to an idle thread first, so once a leader's document has started the second
 * thread, the archive's documents go to both until it ends (the peak of two threads: 492 MB
 * measured); and with every thread busy, the server's own thread has less of the CPU for cached
 * answers (bench/results.md "## serve", mixed phase). A balancer that keeps the archive's tasks
 * on one thread (piscina's `loadBalancer`, the task marked with `queueOptionsSymbol`) is the
 * next step.
 */
export const SERVE_POOL: PoolOptions = { tasksPerThread: 2 };

/**
 * Documents drawn in worker threads (the build's worker, piscina), or in this thread when there
 * are no compiled workers (a run from source).
 */
export function createDocumentPool(options: PoolOptions = {}): DocumentPool {
  if (!existsSync(WORKER)) return createInProcessPool();
  const threads = options.threads ?? defaultJobs();
  const pool = new Piscina({
    filename: WORKER,
    // The same bound as the build's workers: the server's RSS then stays near --cache-mb plus a
    // fixed amount a thread, and a runaway document fails that request, not the process. A small
    // young generation: streaming a 3,000-group ward.zip for 30 s peaked at 595 MB RSS with V8's
    // default and 550 MB with 8 MB, rendering as much (a smaller old generation, 64 MB, halved
    // what was rendered): bench/results.md "## ward.zip".
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
    minThreads: Math.min(threads, options.minThreads ?? 1),
    maxThreads: threads,
    idleTimeout: options.idleTimeout ?? 30_000,
    concurrentTasksPerWorker: options.tasksPerThread ?? 1,
  });
  const run =
    <A, R>(name: string) =>
    async (task: A): Promise<R> =>
      uncarried((await pool.run(task, { name })) as Carried<R>);
  return {
    render: run('renderOne'),
    renderPage: run('renderPageImage'),
    renderWithPages: run('renderWithPages'),
    renderPicture: run('renderPicture'),
    renderQrSheet: run('renderQrSheet'),
    renderReport: run('renderReportOne'),
    async warmUp() {
      // One task a thread: each goes to a thread that is free, so every thread warms.
      const warm = run<undefined, number>('warmUp');
      await Promise.all(Array.from({ length: threads }, () => warm(undefined)));
    },
    close: () => pool.destroy(),
  };
}

/**
 * A ward's documents drawn in worker threads of its own, ended when it is closed. `serve` keeps
 * one pool for all its reloads instead (cli/serve.ts: `rendererOver` each ward).
 */
export function createPoolRenderer(ward: Ward, options: PoolOptions = {}): Renderer {
  return ownPool(ward, createDocumentPool(options));
}
