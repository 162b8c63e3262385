/**
 * Leaders' first visits (not a test; `npx tsx bench/serve-first-visit.ts`, after `npm run build`):
 * the built `serve --dev` over the example ward (32 groups, a fresh disk cache), one page opened
 * to start its worker threads, then LEADERS leaders open their pages at the same moment (the Zalo
 * link sent to every group). Prints each page's latency and the server's CPU (the process, its
 * worker threads included, from /proc) until the last page is answered, and until every
 * group's documents are drawn (the pages show the ZIP's size; after the pages, since h-serve2). `--cli <path>` runs another build's bin (a before/after).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_SECRET, groupToken } from '../src/serve/tokens.js';
import { cachedDocuments, procCpuMs, serveStarted } from './cli-run.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LEADERS = 30;
const PORT = 8797;

const cliArg = process.argv.indexOf('--cli');
const CLI = cliArg > 0 ? (process.argv[cliArg + 1] ?? '') : join(ROOT, 'bin/phuong-print.js');

/** Waits for `done`, polled every `everyMs`; throws after 120 s (a document that fails to draw). */
async function until(what: string, done: () => Promise<boolean>, everyMs: number): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error(`bench: ${what} not after 120 s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Waits until the server has used no CPU for a second (its background drawing done). */
async function idle(pid: number): Promise<number> {
  let last = await procCpuMs(pid);
  let now = last;
  await until(
    'the server idle',
    async () => {
      await new Promise((r) => setTimeout(r, 1000));
      [last, now] = [now, await procCpuMs(pid)];
      return now - last < 30;
    },
    0,
  );
  return now;
}

async function main() {
  const cache = await mkdtemp(join(tmpdir(), 'phuong-print-first-visit-'));
  const child = spawn(
    process.execPath,
    [
      CLI,
      'serve',
      '--dev',
      '--port',
      String(PORT),
      '--cache-dir',
      cache,
      '--no-watch',
      '--campaign',
      join(ROOT, 'examples/hai-phong/campaign.yaml'),
      '--groups',
      join(ROOT, 'examples/hai-phong/groups.csv'),
      '--rosters',
      join(ROOT, 'examples/hai-phong/rosters'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PHUONG_PRINT_SECRET: '' } },
  );
  const pid = child.pid ?? 0;
  try {
    await serveStarted(child);
    const get = async (id: number) => {
      const res = await fetch(`http://127.0.0.1:${PORT}/g/${groupToken(DEV_SECRET, String(id))}/`);
      const html = await res.text();
      if (res.status !== 200) throw new Error(`group ${id}: ${res.status}`);
      return html;
    };
    const page = async (id: number) => {
      const t = performance.now();
      await get(id);
      return performance.now() - t;
    };
    /**
     * Every group's documents are drawn: the disk cache holds as many as the first group's
     * (drawn by the warm visit) times the groups visited. Read from the folder, not the pages, so
     * that the bench draws no page of its own while the server's CPU is measured.
     */
    let perGroup = 0;
    const drawn = () =>
      until(
        "every group's documents drawn",
        async () => (await cachedDocuments(cache)) >= perGroup * (LEADERS + 1),
        500,
      );
    // One visit first: the worker threads start, their fonts load.
    const warm = await page(1);
    await idle(pid);
    perGroup = await cachedDocuments(cache);
    if (perGroup === 0) throw new Error('bench: the first visit drew no document');
    const cpu0 = await procCpuMs(pid);
    const t0 = performance.now();
    const times = await Promise.all(Array.from({ length: LEADERS }, (_, i) => page(i + 2)));
    const allAnswered = performance.now() - t0;
    const cpuPages = (await procCpuMs(pid)) - cpu0;
    await drawn();
    const allDrawn = performance.now() - t0;
    const cpuAll = (await procCpuMs(pid)) - cpu0;
    // A second visit of the same pages (all drawn by now).
    await idle(pid);
    const cpu1 = await procCpuMs(pid);
    const again = await Promise.all(Array.from({ length: LEADERS }, (_, i) => page(i + 2)));
    const cpuAgain = (await procCpuMs(pid)) - cpu1;
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    const r = {
      leaders: LEADERS,
      cores: availableParallelism(),
      load: loadavg()[0]?.toFixed(1),
      warmFirstPageMs: Math.round(warm),
      p50Ms: at(0.5),
      maxMs: Math.round(sorted.at(-1) ?? 0),
      allAnsweredMs: Math.round(allAnswered),
      cpuUntilAnsweredMs: Math.round(cpuPages),
      allDrawnMs: Math.round(allDrawn),
      cpuUntilAllDrawnMs: Math.round(cpuAll),
      secondVisitMaxMs: Math.round(Math.max(...again)),
      secondVisitCpuMs: Math.round(cpuAgain),
    };
    process.stdout.write(`${JSON.stringify(r)}\n`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(cache, { recursive: true, force: true });
  }
}

await main();
