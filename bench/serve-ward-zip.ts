/**
 * `/admin/ward.zip` of a city-sized ward under `serve` (part of npm run bench:serve; not a test):
 * a 3,000-group ward served from a child process on 127.0.0.1 with its worker pool, as `serve`
 * runs it. Each run starts a fresh server (cold disk cache), asks for the ward's ZIP, reads it
 * for STREAM_SECONDS, and meanwhile asks for an already cached document every 250 ms. Records
 * the time to the ZIP's first bytes, the server's peak RSS (the whole process: worker threads
 * included), the cached request's latency, what streamed, and whether rendering stops once the
 * reader goes away. Writes the "## ward.zip" section of bench/results.md (medians of RUNS runs).
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSections } from './results-file.js';
import { BENCH_SECRET, startBenchServer } from './serve-child.js';
import { fmt, median } from './stats.js';
import { writeWard } from './ward.js';

const GROUPS = 3_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STREAM_SECONDS = 30;
const PROBE_MS = 250;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PASSWORD = 'bench-password';

interface Stats {
  rssMb: number;
  maxRssMb: number;
  rendered: number;
}

async function server(): Promise<void> {
  const { address, startMs, rendered } = await startBenchServer({ adminPassword: PASSWORD });
  process.on('message', (m) => {
    if (m !== 'stats') return;
    process.send?.({
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rendered: rendered(),
    } satisfies Stats);
  });
  process.send?.({ address, startMs });
}

interface Run {
  startMs: number;
  firstBytesMs: number;
  peakRssMb: number;
  streamedMb: number;
  probes: number[];
  /** Documents rendered in the 3 s after the reader left (0: the work stopped with it). */
  renderedAfterAbort: number;
}

async function oneRun(groups: string, dir: string): Promise<Run> {
  const cache = await mkdtemp(join(dir, 'cache-'));
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_GROUPS: groups, BENCH_CACHE: cache },
  });
  try {
    const ready = await new Promise<{ address: string; startMs: number }>((resolve) =>
      child.once('message', (m) => resolve(m as { address: string; startMs: number })),
    );
    const stats = () =>
      new Promise<Stats>((resolve) => {
        child.once('message', (m) => resolve(m as Stats));
        child.send('stats');
      });
    const { groupToken } = await import('../src/serve/tokens.js');
    const cached = `${ready.address}/g/${groupToken(BENCH_SECRET, '1')}/poster-a4.pdf`;
    await (await fetch(cached)).arrayBuffer();

    const { hostname, port } = new URL(ready.address);
    const auth = `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`;
    const t0 = performance.now();
    let firstBytesMs = Number.NaN;
    let bytes = 0;
    const zip = request({
      host: hostname,
      port,
      path: '/admin/ward.zip',
      headers: { authorization: auth },
    });
    zip.on('response', (res) => {
      res.on('data', (chunk: Buffer) => {
        if (bytes === 0) firstBytesMs = performance.now() - t0;
        bytes += chunk.length;
      });
      res.on('error', () => {});
    });
    zip.on('error', () => {});
    zip.end();

    const probes: number[] = [];
    let peakRssMb = 0;
    const until = t0 + STREAM_SECONDS * 1000;
    while (performance.now() < until) {
      const p0 = performance.now();
      await (await fetch(cached)).arrayBuffer();
      probes.push(performance.now() - p0);
      peakRssMb = Math.max(peakRssMb, (await stats()).rssMb);
      await new Promise((r) => setTimeout(r, PROBE_MS));
    }
    const streamedMb = bytes / 2 ** 20;
    zip.destroy();
    const atAbort = (await stats()).rendered;
    // Renders already handed to the workers finish; no further group should start.
    await new Promise((r) => setTimeout(r, 3000));
    const after = await stats();
    peakRssMb = Math.max(peakRssMb, after.maxRssMb);
    return {
      startMs: ready.startMs,
      firstBytesMs,
      peakRssMb,
      streamedMb,
      probes,
      renderedAfterAbort: after.rendered - atAbort,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-bench-zip-'));
  const groups = join(dir, 'groups.csv');
  await writeWard(groups, GROUPS);
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await oneRun(groups, dir);
      process.stdout.write(
        `run ${i + 1}: first bytes ${fmt(r.firstBytesMs, 0)} ms, peak RSS ${r.peakRssMb} MB, cached p50 ${fmt(median(r.probes), 1)} ms, max ${fmt(Math.max(...r.probes), 1)} ms, ${fmt(r.streamedMb)} MB in ${STREAM_SECONDS} s, ${r.renderedAfterAbort} rendered after abort\n`,
      );
      runs.push(r);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const med = (f: (r: Run) => number) => median(runs.map(f));
  const all = runs.flatMap((r) => r.probes).sort((a, b) => a - b);
  const p95 = all[Math.floor(all.length * 0.95)] ?? Number.NaN;
  const section = [
    '## ward.zip',
    '',
    `\`npm run bench:serve\` (bench/serve-ward-zip.ts) — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${load} at start.`,
    `A ${GROUPS.toLocaleString('en')}-group ward (test/support/ward.ts), the server in its own process with its worker pool (one thread per core), a fresh disk cache each run. \`/admin/ward.zip\` is read for ${STREAM_SECONDS} s while one cached document (a poster) is asked for every ${PROBE_MS} ms; then the reader goes away. Medians of ${RUNS} runs.`,
    '',
    '| measure | median | budget (issue 16) |',
    '|---|---|---|',
    `| server start (load and check the ward) | ${fmt(med((r) => r.startMs) / 1000, 1)} s | |`,
    `| ward.zip: first bytes | ${fmt(
      med((r) => r.firstBytesMs),
      0,
    )} ms | < 2 s |`,
    `| server peak RSS (whole process, workers included) | ${fmt(
      med((r) => r.peakRssMb),
      0,
    )} MB | < 500 MB |`,
    `| cached request during the stream: p50 / p95 / max | ${fmt(median(all), 1)} / ${fmt(p95, 1)} / ${fmt(all.at(-1), 1)} ms | < 200 ms |`,
    `| streamed in ${STREAM_SECONDS} s | ${fmt(
      med((r) => r.streamedMb),
      1,
    )} MB | |`,
    `| documents rendered in the 3 s after the reader left | ${fmt(
      med((r) => r.renderedAfterAbort),
      0,
    )} | (the group under way) |`,
    '',
    "A cold ward ZIP is bound by rendering (every group's documents, the share PNG the slowest):",
    "it streams document by document as they render (the first bytes come after the first group's",
    'notice), and the whole archive of a 3,000-group ward takes as long as rendering the ward (see',
    '## build). With a load average well above the cores, other work had the CPU: figures are',
    'pessimistic.',
  ].join('\n');
  process.stdout.write(`${section}\n`);
  await writeSections(join(ROOT, 'bench/results.md'), [['ward\\.zip', section]]);
}

if (process.argv.includes('--server')) await server();
else await main();
