/**
 * A long build must not hold what it made: no document stays alive once written. After a
 * warm-up, more groups must leave the live memory (heap and Buffers) near where it was (a child
 * process with the compiled renderer and `--expose-gc`: test/support/heap-growth.ts).
 *
 * This is the small case: 40 groups after 20 grow it by ~3 MB (V8's optimised code still grows
 * this early); a renderer that kept every document it made grew it by 23.6 MB. Whether the
 * layout caches stay bounded over a city is a scale check: a cache that keeps each group's new
 * paragraphs shows only after its bound is passed (+3.6 MB for 50 groups after 50, 10.7 MB for
 * 150 after 150, against 1.5–1.7 MB bounded), so it is `npm run bench:memory` (150 groups after
 * 150, under 3 MB; bench/results.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { heapGrowth } from '../support/heap-growth.js';
import { removeTempDirs } from '../support/tmp.js';

const WARM = 20;
const MORE = 40;
const LIMIT_MB = 8;

afterAll(removeTempDirs);

describe('memory over many groups', () => {
  it(`stays flat: ${MORE} more groups after ${WARM} add less than ${LIMIT_MB} MB of live heap`, async () => {
    const { before, grownMb } = await heapGrowth(WARM, MORE);
    expect(before).toBeGreaterThan(0);
    expect(grownMb).toBeLessThan(LIMIT_MB);
    // Speed is the bench's to measure: the test's limit only catches a hang.
  }, 300_000);
});
