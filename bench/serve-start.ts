/**
 * Bench: what one `serve` start costs (not a test; `npx tsx bench/serve-start.ts [--base <checkout>]
 * [--runs 5]`, after `npm run build` in each checkout). The built `serve --dev --port 0` over the
 * example ward (32 groups, a fresh disk cache), until it has said its leader links, then 3 s of
 * idle (a thread started with the server has loaded by then); prints the process's CPU (worker
 * threads included, from /proc) and peak RSS at that point, medians, alternating with the base.
 * Every spawned test server and every office start pays this.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { procCpuMs, ROOT, serveStarted, vmHwmKb } from './cli-run.js';
import { fmt, median } from './stats.js';

const { values: flags } = parseArgs({
  options: { base: { type: 'string' }, runs: { type: 'string' } },
});
const runs = Number(flags.runs ?? 5);
const checkouts = [...(flags.base ? [['base', flags.base]] : []), ['this', ROOT]] as const;

async function once(root: string): Promise<{ cpu: number; kb: number }> {
  const cache = await mkdtemp(join(tmpdir(), 'phuong-print-serve-start-'));
  const example = join(ROOT, 'examples/hai-phong');
  const child = spawn(
    process.execPath,
    [
      join(root, 'bin/phuong-print.js'),
      'serve',
      '--dev',
      '--port',
      '0',
      '--campaign',
      join(example, 'campaign.yaml'),
      '--groups',
      join(example, 'groups.csv'),
      '--cache-dir',
      cache,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, PHUONG_PRINT_SECRET: '' } },
  );
  await serveStarted(child);
  await new Promise((r) => setTimeout(r, 3000));
  const pid = child.pid ?? 0;
  const cpu = await procCpuMs(pid);
  const kb = await vmHwmKb(pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await rm(cache, { recursive: true, force: true });
  return { cpu, kb };
}

const seen = new Map<string, { cpu: number; kb: number }[]>();
for (let r = 0; r < runs; r++)
  for (const [who, root] of r % 2 ? [...checkouts].reverse() : checkouts) {
    const got = await once(root);
    seen.set(who, [...(seen.get(who) ?? []), got]);
    process.stderr.write(`${who}: ${got.cpu} ms CPU, ${Math.round(got.kb / 1024)} MB\n`);
  }
process.stdout.write(
  '| checkout | serve start: CPU s (median, min–max) | peak MB |\n|---|---|---|\n',
);
for (const [who, list] of seen) {
  const cpus = list.map((x) => x.cpu / 1000);
  process.stdout.write(
    `| ${who} | ${fmt(median(cpus), 2)} (${fmt(Math.min(...cpus), 2)}–${fmt(Math.max(...cpus), 2)}) | ${fmt(median(list.map((x) => x.kb)) / 1024, 0)} |\n`,
  );
}
process.stdout.write(`\n${runs} runs each, alternating.\n`);
