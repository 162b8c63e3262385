/**
 * The order test files start in (vitest.config.ts `sequence.sequencer`): the longest first.
 * Vitest's own order uses the durations of the previous run in its cache (node_modules/.vite),
 * which a clean clone (CI) does not have; it then starts the largest files first, and a file of
 * a few lines that runs `npm pack` for a minute can start last and run alone while the other
 * forks idle. Here each file's wall time from a whole run (test/support/test-durations.json,
 * written by `npm run bench:tests -- --save`) decides, the same on every machine: with the long
 * files started first the short ones fill the gaps (longest-processing-time-first scheduling).
 * A file not in the list (a new one) counts as a median file until the list is written again.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds of wall time per test file, keyed by its path from the repository's root. */
const DURATIONS_FILE = new URL('./test-durations.json', import.meta.url);

function readDurations(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const durations = readDurations();
    const unknown = median(Object.values(durations));
    const cost = (spec: TestSpecification) =>
      durations[relative(spec.project.config.root, spec.moduleId).replaceAll('\\', '/')] ?? unknown;
    // Ties (and an empty list) keep vitest's own order (its cache, else the largest file first).
    const base = await super.sort(files);
    return base
      .map((spec, i) => ({ spec, i, cost: cost(spec) }))
      .sort((a, b) => b.cost - a.cost || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
