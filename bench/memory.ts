/**
 * Bench (npm run bench:memory; not a test): the layout and render caches stay bounded over a
 * city-size run — every PDF output of every kind for 150 groups, then 150 more, must grow the
 * live heap and Buffers by less than 3 MB (test/support/heap-growth.ts: a child process with the
 * compiled renderer and `--expose-gc`). Measured growth 1.4–1.8 MB (4.2 MB for 450 more: V8's
 * optimised code grows with the run too); a cache that kept each group's new paragraphs (the
 * line breaker's, unbounded) grew it by 10.7 MB, a renderer that kept every document it made
 * 23.5 MB at only 40 groups after 20. Too slow for every `npm test` (~16 s of CPU): the test
 * suite's small case (test/output/memory.test.ts, 40 groups after 20 under 8 MB) moved here, where
 * the same check runs on more groups with a tighter limit (issue 13: the scale checks in
 * `npm run bench`). Exits 1 when the limit is passed.
 *
 *   npm run bench:memory -- [--warm N] [--more N] [--limit MB]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { heapGrowth } from '../test/support/heap-growth.js';
import { removeTempDirs } from '../test/support/tmp.js';
import { fmt } from './stats.js';

const { values: flags } = parseArgs({
  options: {
    warm: { type: 'string', default: '150' },
    more: { type: 'string', default: '150' },
    limit: { type: 'string', default: '3' },
  },
});
const [warm, more, limit] = [flags.warm, flags.more, flags.limit].map(Number) as [
  number,
  number,
  number,
];
if (![warm, more].every((n) => Number.isInteger(n) && n > 0) || !(limit > 0)) {
  throw new Error('bench:memory: --warm and --more take positive whole numbers, --limit MB > 0');
}

const load = loadavg()[0] ?? 0;
try {
  const { before, after, grownMb } = await heapGrowth(warm, more);
  const ok = grownMb < limit;
  process.stdout.write(
    `live heap and Buffers after ${warm} groups ${fmt(before / 2 ** 20)} MB, after ${more} more ${fmt(after / 2 ** 20)} MB: ` +
      `+${fmt(grownMb, 2)} MB (limit ${limit} MB) ${ok ? 'ok' : 'TOO MUCH'}; load ${fmt(load)}\n`,
  );
  if (!ok) process.exitCode = 1;
} finally {
  await removeTempDirs();
}
