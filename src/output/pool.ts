/**
 * Output stage: where group jobs run — worker threads (piscina), one per core by default, or the
 * main thread for --jobs 1 (no thread start-up, simplest to debug).
 */
import { existsSync } from 'node:fs';
import { WORKER } from './code-location.js';
import type { BuildInputs } from './inputs.js';
import { type GroupJob, type JobResult, runGroupJob } from './render-job.js';

export { defaultJobs } from './threads.js';

export interface JobRunner {
  readonly threads: number;
  run(job: GroupJob): Promise<JobResult>;
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

/**
 * A build on N threads renders on N - 1 workers and on the main thread itself, which otherwise
 * only waits for them (its print files, ZIPs and writes took ~4 of 30 s of CPU at 1,000 groups).
 * One worker fewer is one heap, one set of caches and one compiler's warm-up fewer: on 2 cores,
 * 1,000 groups of every PDF kind on 2 workers spent 45 s of CPU (its helper threads' collection
 * and compilation 13 s of it) against 32 s in the main thread alone, and finished no sooner
 * (bench/results.md "## scale: the main thread renders too").
 */
export async function createRunner(jobs: number, inputs: BuildInputs): Promise<JobRunner> {
  const inline = (job: GroupJob) => runGroupJob(inputs, job);
  if (jobs <= 1 || !existsSync(WORKER)) {
    return { threads: 1, run: inline, close: async () => {} };
  }
  // The pool's code loads only for a build on threads.
  const { Piscina } = await import('piscina');
  const workers = jobs - 1;
  const pool = new Piscina({
    filename: WORKER,
    resourceLimits: {
      maxOldGenerationSizeMb: WORKER_HEAP_MB,
      maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
    },
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  // Each worker keeps one job queued behind the one it draws, so it never waits for the main
  // thread to finish a group of its own; the main thread draws the rest.
  let queued = 0;
  return {
    threads: jobs,
    async run(job) {
      if (queued >= workers * 2) return inline(job);
      queued++;
      try {
        return (await pool.run(job)) as JobResult;
      } finally {
        queued--;
      }
    },
    close: () => pool.destroy(),
  };
}
