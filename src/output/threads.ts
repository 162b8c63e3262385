/**
 * Output stage: how many threads a build renders on. Apart from the pool (pool.ts, which loads
 * the renderer), so that the CLI can name the default in its help without loading it.
 */
import { availableParallelism } from 'node:os';

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
