/**
 * Bench: the fixed CPU of one command, which every office user pays on every run and the test
 * suite pays in each CLI child process: `check` and two builds (the notice; every kind) of a
 * 2-group ward (the example's first two groups), and `--version`. Whole processes under
 * `/usr/bin/time`, user and system CPU and peak RSS, alternating with a base checkout of the
 * same commands (a detached worktree of main, its node_modules linked and built), each build
 * into a fresh folder. Prints a Markdown table of medians; bench/results.md "## h-fixed" holds
 * one run, written by hand.
 *
 *   npx tsx bench/fixed-cost.ts --base /work/wt-fixed-base [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './cli-run.js';
import { fmt, median } from './stats.js';

const { values: flags } = parseArgs({
  options: { base: { type: 'string' }, runs: { type: 'string' } },
});
const runs = Number(flags.runs ?? 5);
const checkouts = [...(flags.base ? [['base', flags.base]] : []), ['this', ROOT]] as const;

interface Usage {
  user: number;
  sys: number;
  kb: number;
}

/** CPU and peak memory of one process (`/usr/bin/time`); throws if it fails. */
function measured(cwd: string, args: string[]): Usage {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  const [user, sys, kb] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { user: user ?? Number.NaN, sys: sys ?? Number.NaN, kb: kb ?? Number.NaN };
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-fixed-'));
  const example = join(ROOT, 'examples/hai-phong');
  const lines = (await readFile(join(example, 'groups.csv'), 'utf8')).split('\n');
  const groups = join(dir, 'groups-2.csv');
  await writeFile(groups, `${lines.slice(0, 3).join('\n')}\n`);
  const inputs = ['--campaign', join(example, 'campaign.yaml'), '--groups', groups];
  const out = join(dir, 'out');
  const build = ['build', ...inputs, '--force', '--quiet', '--out', out];
  const commands: [string, string[]][] = [
    ['check, 2 groups', ['check', ...inputs]],
    ['build --kind notice, 2 groups', [...build, '--kind', 'notice']],
    ['build (every kind), 2 groups', build],
    ['--version', ['--version']],
  ];
  const usage = new Map<string, Usage[]>();
  for (let r = 0; r < runs; r++)
    // Alternate which checkout goes first: a noisy spell of the machine then hurts both alike.
    for (const [name, args] of commands)
      for (const [who, root] of r % 2 ? [...checkouts].reverse() : checkouts) {
        await rm(out, { recursive: true, force: true });
        const key = `${name}\u0000${who}`;
        usage.set(key, [
          ...(usage.get(key) ?? []),
          measured(root, [join(root, 'bin/phuong-print.js'), ...args]),
        ]);
      }
  await rm(dir, { recursive: true, force: true });
  const med = (us: Usage[], f: (u: Usage) => number) => median(us.map(f));
  const cell = (us: Usage[]) =>
    `${fmt(
      med(us, (u) => u.user + u.sys),
      2,
    )} (${fmt(
      med(us, (u) => u.user),
      2,
    )} + ${fmt(
      med(us, (u) => u.sys),
      2,
    )}), ${fmt(med(us, (u) => u.kb) / 1024, 0)} MB`;
  const who = checkouts.map(([w]) => w);
  process.stdout.write(
    `| command | ${who.map((w) => `${w}: CPU s (user + sys), peak`).join(' | ')} |${who.length > 1 ? ' ratio |' : ''}\n` +
      `|---|${who.map(() => '---|').join('')}${who.length > 1 ? '---|' : ''}\n`,
  );
  for (const [name] of commands) {
    const cols = who.map((w) => usage.get(`${name}\u0000${w}`) ?? []);
    const cpu = cols.map((us) => med(us, (u) => u.user + u.sys));
    const ratio = cols.length > 1 ? ` ${fmt((cpu[1] ?? 0) / (cpu[0] ?? 1), 2)} |` : '';
    process.stdout.write(`| ${name} | ${cols.map(cell).join(' | ')} |${ratio}\n`);
  }
  process.stdout.write(`\n${runs} runs each, alternating; medians.\n`);
}

await main();
