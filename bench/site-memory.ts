/**
 * Bench (npm run bench:site; not a test): `build --site` as a whole process, the example's
 * campaign for wards of several sizes — wall, CPU and peak RSS, medians of R runs, with and
 * without the page-by-page views. Its peak should not grow with the groups (issue 13: a budget
 * of 500 MB; bench/results.md "h-sitemem"). Prints a table; `example` is the example's own
 * groups file (32 groups), a number a synthetic ward of that many (bench/ward.ts).
 *
 *   npm run bench:site -- [--groups example,300] [--runs 3] [--views both|on|off]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, timed } from './cli-run.js';
import { fmt, median } from './stats.js';
import { writeWard } from './ward.js';

const { values: flags } = parseArgs({
  options: {
    groups: { type: 'string', default: 'example,300' },
    runs: { type: 'string', default: '3' },
    views: { type: 'string', default: 'both' },
  },
});
const sizes = flags.groups.split(',');
const runs = Number(flags.runs);
const views = { both: [false, true], on: [true], off: [false] }[flags.views];
if (!views || !Number.isInteger(runs) || runs < 1) {
  throw new Error('bench:site: --runs takes a positive whole number, --views both, on or off');
}
const say = (line: string) => process.stderr.write(`bench: ${line}\n`);

const dir = await mkdtemp(join(tmpdir(), 'phuong-print-site-bench-'));
try {
  const rows = ['| groups | views | wall s | CPU s | peak MB | load (1 min) at the starts |'];
  rows.push('|---|---|---|---|---|---|');
  for (const size of sizes) {
    let groups = join(ROOT, 'examples/hai-phong/groups.csv');
    if (size !== 'example') {
      groups = join(dir, `ward-${size}.csv`);
      await writeWard(groups, Number(size));
    }
    for (const withViews of views) {
      const got = [];
      const loads = [];
      for (let i = 0; i < runs; i++) {
        loads.push(loadavg()[0] ?? 0);
        say(`${size} groups, views ${withViews ? 'on' : 'off'}, run ${i + 1}/${runs}`);
        got.push(
          timed(ROOT, [
            'bin/phuong-print.js',
            'build',
            '--site',
            ...(withViews ? [] : ['--no-site-views']),
            '--secret',
            'bench-site-secret-0123456789abcdef',
            '--campaign',
            join(ROOT, 'examples/hai-phong/campaign.yaml'),
            '--groups',
            groups,
            '--out',
            join(dir, 'out'),
            '--force',
            '--quiet',
          ]),
        );
      }
      rows.push(
        `| ${size} | ${withViews ? 'on' : 'off'} | ${fmt(median(got.map((t) => t.wall / 1000)))} | ` +
          `${fmt(median(got.map((t) => t.user + t.sys)))} | ${fmt(median(got.map((t) => t.kb / 1024)))} | ` +
          `${loads.map((l) => fmt(l)).join(', ')} |`,
      );
    }
  }
  process.stdout.write(`${rows.join('\n')}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
