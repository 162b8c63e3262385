/**
 * `/admin/ward.zip` of a city-sized ward under `serve` (part of npm run bench:serve; not a test):
 * the server as a user runs it — `node bin/phuong-print.js serve` from dist/ (`npm run build`
 * first), its own process, its worker pool — over a 3,000-group ward on 127.0.0.1. Each run
 * starts a fresh server (cold disk cache), asks for the ward's ZIP, reads it for STREAM_SECONDS,
 * and meanwhile asks for an already cached document every 250 ms. Records the time to the ZIP's
 * first bytes, the server's peak RSS (VmHWM: the whole process, worker threads included), the
 * cached request's latency, what streamed and the CPU it took (the server's user + system time:
 * on a shared machine, the part of the throughput that does not depend on the load), and whether
 * rendering stops once the reader goes away (documents written to the disk cache after it).
 * Writes the "## ward.zip" section of bench/results.md (medians of RUNS runs). Linux (/proc).
 *
 * It is also the check the test suite had (test/serve/ward-zip-memory.test.ts, moved here: issue
 * 13, the scale checks in `npm run bench`): exit 1 when a run's peak RSS reaches the budget
 * (BUDGET_MB) or it streams less than STREAMED_MB, or when, while the archive streams, a leader's
 * page, a cold document of another group or a cached one is not answered.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupToken } from '../src/serve/tokens.js';
import { cachedDocuments, procCpuMs } from './cli-run.js';
import { writeSections } from './results-file.js';
import { fmt, MB, median } from './stats.js';
import { writeWard } from './ward.js';

const GROUPS = 3_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STREAM_SECONDS = 30;
const PROBE_MS = 250;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SECRET = 'bench-secret-0123456789abcdef';
const PASSWORD = 'bench-password';
/** Issue 16: the whole process, render threads included. */
const BUDGET_MB = 500;
/** At least this much streamed in a run: its peak RSS is that of a streaming server. */
const STREAMED_MB = 16;

interface Run {
  startMs: number;
  firstBytesMs: number;
  peakRssMb: number;
  streamedMb: number;
  /** The server's CPU time (all threads) while the ZIP streamed, in seconds. */
  cpuSeconds: number;
  probes: number[];
  /** Documents rendered in the 3 s after the reader left (0: the work stopped with it). */
  renderedAfterAbort: number;
  /** What was not answered while the archive streamed (a leader's page, a cold document…). */
  unanswered: string[];
  /** MB streamed when the peak RSS was read (STREAMED_MB at least, past STREAM_SECONDS if need be). */
  checkedMb: number;
}

/** A line of /proc/<pid>/status, in MB (VmHWM: the peak RSS). */
async function statusMb(pid: number, field: string): Promise<number> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]) / 1024;
}

async function oneRun(groups: string, dir: string): Promise<Run> {
  const cache = await mkdtemp(join(dir, 'cache-'));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin/phuong-print.js'),
      'serve',
      ...['--campaign', join(ROOT, 'examples/hai-phong/campaign.yaml'), '--groups', groups],
      ...['--port', '0', '--cache-dir', cache, '--no-watch', '--rate-limit', '1000000'],
    ],
    {
      env: {
        ...process.env,
        PHUONG_PRINT_SECRET: SECRET,
        PHUONG_PRINT_ADMIN_PASSWORD: PASSWORD,
        PHUONG_PRINT_LANG: 'en',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pid = child.pid ?? 0;
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        const m = /on (http:\/\/[\d.]+:\d+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
    });
    const startMs = performance.now() - started;
    const cached = `${address}/g/${groupToken(SECRET, '1')}/poster-a4.pdf`;
    await (await fetch(cached)).arrayBuffer();

    const { hostname, port } = new URL(address);
    const auth = `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`;
    const cpu0 = await procCpuMs(pid);
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

    const unanswered: string[] = [];
    const answered = async (url: string, starts: string) => {
      const r = await fetch(url);
      const body = Buffer.from(await r.arrayBuffer());
      if (r.status !== 200 || !body.toString('utf8', 0, starts.length).startsWith(starts)) {
        unanswered.push(`${new URL(url).pathname}: ${r.status}`);
      }
    };
    // Once the archive streams: a leader's page, and a cold document of a group far from the
    // ones the archive is at.
    while (bytes === 0 && performance.now() < t0 + 60_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await answered(`${address}/g/${groupToken(SECRET, '7')}/`, '<!');
    await answered(`${address}/g/${groupToken(SECRET, String(GROUPS - 1))}/flyer.pdf`, '%PDF-');
    const probes: number[] = [];
    const until = t0 + STREAM_SECONDS * 1000;
    while (performance.now() < until) {
      const p0 = performance.now();
      await answered(cached, '%PDF-');
      probes.push(performance.now() - p0);
      await new Promise((r) => setTimeout(r, PROBE_MS));
    }
    const streamedMb = bytes / MB;
    const cpu = ((await procCpuMs(pid)) - cpu0) / 1000;
    // On a loaded machine, on until STREAMED_MB have come (the budget is a streaming server's).
    while (bytes < STREAMED_MB * MB && performance.now() < until + 300_000) {
      await new Promise((r) => setTimeout(r, PROBE_MS));
    }
    const checkedMb = bytes / MB;
    zip.destroy();
    const atAbort = await cachedDocuments(cache);
    // Renders already handed to the workers finish; no further document should start.
    await new Promise((r) => setTimeout(r, 3000));
    return {
      startMs,
      firstBytesMs,
      peakRssMb: await statusMb(pid, 'VmHWM'),
      streamedMb,
      cpuSeconds: cpu,
      probes,
      renderedAfterAbort: (await cachedDocuments(cache)) - atAbort,
      unanswered,
      checkedMb,
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
        `run ${i + 1}: first bytes ${fmt(r.firstBytesMs, 0)} ms, peak RSS ${fmt(r.peakRssMb, 0)} MB, cached p50 ${fmt(median(r.probes), 1)} ms, max ${fmt(Math.max(...r.probes), 1)} ms, ${fmt(r.streamedMb)} MB in ${STREAM_SECONDS} s (${fmt(r.cpuSeconds)} s CPU), ${r.renderedAfterAbort} rendered after abort, load ${fmt(loadavg()[0])}\n`,
      );
      runs.push(r);
      if (r.peakRssMb >= BUDGET_MB || r.unanswered.length > 0 || r.checkedMb < STREAMED_MB) {
        process.stderr.write(
          `run ${i + 1} FAILED: peak RSS ${fmt(r.peakRssMb, 0)} MB (budget ${BUDGET_MB} MB), ${fmt(r.checkedMb)} MB streamed, not answered: ${r.unanswered.join(', ') || 'none'}\n`,
        );
        process.exitCode = 1;
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const med = (f: (r: Run) => number) => median(runs.map(f));
  const range = (f: (r: Run) => number, digits: number) =>
    `${fmt(Math.min(...runs.map(f)), digits)}–${fmt(Math.max(...runs.map(f)), digits)}`;
  const all = runs.flatMap((r) => r.probes).sort((a, b) => a - b);
  const p95 = all[Math.floor(all.length * 0.95)] ?? Number.NaN;
  const section = [
    '## ward.zip',
    '',
    `\`npm run bench:serve\` (bench/serve-ward-zip.ts) — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${load} at start.`,
    `A ${GROUPS.toLocaleString('en')}-group ward (test/support/ward.ts), served as a user runs it (\`node bin/phuong-print.js serve\`, its worker pool: one thread per core, the default 64 MB memory cache), a fresh disk cache each run. \`/admin/ward.zip\` is read for ${STREAM_SECONDS} s while one cached document (a poster) is asked for every ${PROBE_MS} ms; then the reader goes away. Medians of ${RUNS} runs (range in brackets); load average ${fmt(loadavg()[0])} at the end.`,
    '',
    '| measure | median | budget (issue 16) |',
    '|---|---|---|',
    `| server start (the process, to listening) | ${fmt(med((r) => r.startMs) / 1000, 1)} s | |`,
    `| ward.zip: first bytes | ${fmt(
      med((r) => r.firstBytesMs),
      0,
    )} ms | < 2 s |`,
    `| server peak RSS (VmHWM: whole process, workers included) | ${fmt(
      med((r) => r.peakRssMb),
      0,
    )} MB (${range((r) => r.peakRssMb, 0)}) | < ${BUDGET_MB} MB |`,
    `| cached request during the stream: p50 / p95 / max | ${fmt(median(all), 1)} / ${fmt(p95, 1)} / ${fmt(all.at(-1), 1)} ms | < 200 ms |`,
    `| streamed in ${STREAM_SECONDS} s | ${fmt(
      med((r) => r.streamedMb),
      1,
    )} MB (${range((r) => r.streamedMb, 1)}) | |`,
    `| server CPU time per 100 MB streamed (all threads) | ${fmt(
      med((r) => (r.cpuSeconds / r.streamedMb) * 100),
      1,
    )} s | |`,
    `| documents rendered in the 3 s after the reader left | ${fmt(
      med((r) => r.renderedAfterAbort),
      0,
    )} | (the group under way) |`,
    '',
    "A cold ward ZIP is bound by rendering (every group's documents, the share PNG the slowest):",
    'it streams document by document as they render (the first bytes come after the first',
    "group's notice). It renders in one thread: two documents in flight, and the server's pool",
    'hands a thread two tasks (`SERVE_POOL`), so that thread never waits between documents and',
    "the other is left to the leaders' cold documents; the archive's documents go through the",
    'disk cache only (not the memory cache).',
    '',
    `The bench fails (exit 1) when a run's peak RSS reaches ${BUDGET_MB} MB, or a leader's page, a cold`,
    'document of another group or the cached one goes unanswered while the archive streams: the test',
    "suite's check (test/serve/ward-zip-memory.test.ts) moved here.",
    ...(Number(load) > availableParallelism()
      ? ['With a load average above the cores, other work had the CPU: figures are pessimistic.']
      : []),
  ].join('\n');
  process.stdout.write(`${section}\n`);
  await writeSections(join(ROOT, 'bench/results.md'), [['ward\\.zip', section]]);
}

await main();
