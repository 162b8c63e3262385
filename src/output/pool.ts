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

export async function createRunner(jobs: number, inputs: BuildInputs): Promise<JobRunner> {
  if (jobs <= 1 || !existsSync(WORKER)) {
    return { threads: 1, run: (job) => runGroupJob(inputs, job), close: async () => {} };
  }
  // The pool's code loads only for a build on threads.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: WORKER,
    resourceLimits: {
      maxOldGenerationSizeMb: WORKER_HEAP_MB,
      maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
    },
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
  });
  return {
    threads: jobs,
    run: (job) => pool.run(job) as Promise<JobResult>,
    close: () => pool.destroy(),
  };
}
