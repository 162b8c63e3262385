/**
 * Output stage: where group jobs run — worker threads (piscina), one per core by default, or the
 * main thread for --jobs 1 (no thread start-up, simplest to debug).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { BuildInputs } from './inputs.js';
import { type GroupJob, type JobResult, runGroupJob } from './render-job.js';

export interface JobRunner {
  readonly threads: number;
  run(job: GroupJob): Promise<JobResult>;
  close(): Promise<void>;
}

// Workers run compiled JavaScript: from src/ (tests) and from dist/ alike, this is dist/'s file.
export const WORKER = fileURLToPath(new URL('../../dist/output/worker.js', import.meta.url));

/**
 * A worker's live heap is ~45 MB and flat in the number of groups (fonts, templates, bounded
 * layout caches); the rest is per-document garbage. 128 MB leaves it room and makes V8 collect
 * sooner instead of growing: 3,000 groups on 2 workers peak at ~475 MB RSS, against ~525 MB
 * with 256 MB and no difference in time (bench/results.md).
 */
export const WORKER_HEAP_MB = 128;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A build of fewer documents than this runs in the main thread unless --jobs says otherwise. A
 * worker starts cold: it loads the modules, reads and checks the inputs, parses the fonts and
 * fills its own caches (font subsets, shaped words) before its first document, which cost each
 * worker about 1 s of CPU in a 10-group build. Measured (2 cores, all five PDF kinds, paired runs
 * under load): 10 groups 1 thread 2.1 s CPU vs 2 threads 4.7 s; 100 groups (600 documents) 6.1–7.8
 * s vs 10.2–9.9 s CPU and 16–28 s vs 31–35 s wall; 1,000 groups (6,000 documents, idle machine)
 * 25.5 s vs 23.5 s wall (bench/results.md).
 */
export const SMALL_BUILD = 1000;

/** Threads for a build: --jobs when given, else by its size; never more than groups to render. */
export function threadsFor(documents: number, groups: number, jobs?: number): number {
  const wanted = jobs ?? (documents < SMALL_BUILD ? 1 : defaultJobs());
  return Math.max(1, Math.min(wanted, groups));
}

export function createRunner(jobs: number, inputs: BuildInputs): JobRunner {
  if (jobs <= 1 || !existsSync(WORKER)) {
    return { threads: 1, run: (job) => runGroupJob(inputs, job), close: async () => {} };
  }
  const pool = new Piscina({
    filename: WORKER,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
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
