/**
 * Bench: one `phuong-print build` as a child process, so that its memory is its own. In: CLI
 * arguments. Out: the --json summary, wall seconds measured here, and the peak RSS of the process
 * (worker threads live in it) — from GNU time when installed, else by polling /proc VmHWM.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/phuong-print.js');
const GNU_TIME = '/usr/bin/time';
const RSS_MARK = 'BENCH_MAXRSS_KB=';
const CPU_MARK = 'BENCH_CPU_S=';

export interface BuildSummary {
  built: number;
  reused: number;
  failed: unknown[];
  print: string[];
  zips: number;
  threads: number;
  seconds: number;
}

export interface CliRun {
  summary: BuildSummary;
  /** Wall time seen from here: process start-up and loading included. */
  wall: number;
  peakRssMb: number;
  /** User + system CPU seconds of the process (GNU time only): less sensitive than wall time to
   * other processes on the machine. */
  cpu?: number;
  /** 1-minute load average when the run started. */
  load: number;
  rssBy: 'GNU time' | '/proc VmHWM';
}

export const rssMethod = () => (existsSync(GNU_TIME) ? 'GNU time' : '/proc VmHWM');

/** One whole process's cost: wall ms; user and system CPU seconds and peak RSS (GNU time only). */
export interface Timed {
  wall: number;
  /** NaN without GNU time (user, sys, kb). */
  user: number;
  sys: number;
  kb: number;
}

/** `node args` run once in `cwd`, timed (under `/usr/bin/time` when installed); throws if it fails. */
export function timed(cwd: string, args: readonly string[]): Timed {
  const gnu = existsSync(GNU_TIME);
  const [cmd, argv] = gnu
    ? [GNU_TIME, ['-f', `${CPU_MARK}%U %S %M`, process.execPath, ...args]]
    : [process.execPath, [...args]];
  const started = performance.now();
  const r = spawnSync(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - started;
  if (r.status !== 0)
    throw new Error(`bench: node ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  const [user, sys, kb] = (r.stderr.split(CPU_MARK).at(-1) ?? '').trim().split(' ').map(Number);
  return gnu
    ? { wall, user: user ?? Number.NaN, sys: sys ?? Number.NaN, kb: kb ?? Number.NaN }
    : { wall, user: Number.NaN, sys: Number.NaN, kb: Number.NaN };
}

/** User + system CPU of a running process so far (its threads included), in ms (/proc, 100 Hz). */
export async function procCpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Documents in a `serve --cache-dir` folder (each one drawn): its `.bin` files, 0 before any. */
export async function cachedDocuments(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true }).catch(() => []);
  return files.filter((f) => f.endsWith('.bin')).length;
}

export async function vmHwmKb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0; // the process has ended between two polls
  }
}

export async function runBuild(args: string[]): Promise<CliRun> {
  const useTime = existsSync(GNU_TIME);
  const cmd = useTime ? GNU_TIME : process.execPath;
  const argv = [BIN, 'build', ...args, '--json', '--quiet'];
  const full = useTime ? ['-f', `${RSS_MARK}%M ${CPU_MARK}%U+%S`, process.execPath, ...argv] : argv;
  const load = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(cmd, full, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let polledKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(async () => {
        if (child.pid) polledKb = Math.max(polledKb, await vmHwmKb(child.pid));
      }, 25);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wall = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (!line) {
    throw new Error(`bench: build exited ${code} without a JSON summary:\n${stderr.slice(-2000)}`);
  }
  const summary = JSON.parse(line) as BuildSummary;
  if (summary.failed.length > 0) {
    throw new Error(
      `bench: ${summary.failed.length} groups failed: ${JSON.stringify(summary.failed[0])}`,
    );
  }
  const kb = useTime ? Number(stderr.split(RSS_MARK)[1]?.trim().split(/\s/)[0] ?? 0) : polledKb;
  const cpu = stderr
    .split(CPU_MARK)[1]
    ?.trim()
    .split(/\s/)[0]
    ?.split('+')
    .reduce((a, b) => a + Number(b), 0);
  return {
    summary,
    wall,
    peakRssMb: kb / 1024,
    cpu,
    load,
    rssBy: useTime ? 'GNU time' : '/proc VmHWM',
  };
}

/** Resolves once a `serve` child has said its leader links (its start is over); rejects if it ends. */
export async function serveStarted(child: ChildProcess): Promise<void> {
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('leader links:')) resolve();
    });
    child.once('exit', () => reject(new Error(`serve ended: ${out}`)));
  });
}
