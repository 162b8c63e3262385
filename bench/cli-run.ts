/**
 * Bench: one `phuong-print build` as a child process, so that its memory is its own. In: CLI
 * arguments. Out: the --json summary, wall seconds measured here, and the peak RSS of the process
 * (worker threads live in it) — from GNU time when installed, else by polling /proc VmHWM.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

async function vmHwmKb(pid: number): Promise<number> {
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
