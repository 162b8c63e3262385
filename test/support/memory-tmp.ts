/**
 * Where a test run's temporary files go: a memory file system (Linux's /dev/shm) when there is one
 * with room, else the system's temporary folder. Much of the tests' wall time was waiting on the
 * disk (SQLite's fsyncs, build outputs, copies of the example campaign): 27 studio files took
 * 85–121 s with their files in memory against 202–219 s on a busy /tmp, with the same CPU
 * (bench/results.md, "h-shm"). What a test checks is the same on either.
 *
 * The global setup makes one folder per run there and hands it to every fork (and every process
 * a test starts) as TMPDIR, so `os.tmpdir()`, `makeTempDir` and the program's own temporary
 * folders all land in it; the folder the run started with stays known as DISK_TMPDIR_ENV, for
 * the few tests that need what only a disk has (`chattr +i`: test/support/read-only.ts).
 */
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment variable holding the run's temporary folder on the disk (the original TMPDIR). */
export const DISK_TMPDIR_ENV = 'PHUONG_PRINT_TEST_DISK_TMPDIR';
/** Set to 0 to keep the tests' temporary files in the system's temporary folder. */
export const TMPFS_OPT_OUT_ENV = 'PHUONG_PRINT_TEST_TMPFS';

const TMPFS_MAGIC = 0x01021994;
/** Less than this free and the system's temporary folder is used: Docker's default /dev/shm is 64 MB. */
export const MIN_FREE_BYTES = 2 * 1024 ** 3;
const SHM = '/dev/shm';
/**
 * `phuong-print-tests-<host>-ns<pid namespace>-<pid>-XXXXXX`: whose run it was, for clearing a
 * killed run's folder. A pid names a process only within its pid namespace: two containers with
 * the same host name (`--network host`) sharing /dev/shm must not take each other's live runs for
 * dead. The "ns" keeps a run of the code before it (`<host>-<pid>-`) from reading the namespace
 * as a dead pid and removing a live run's folder.
 */
export const runPrefix = () => `phuong-print-tests-${hostname()}-ns${pidNamespace()}-`;

/** The inode of this process's pid namespace (0 where /proc has no such link). */
function pidNamespace(): number {
  try {
    return statSync('/proc/self/ns/pid').ino;
  } catch {
    return 0;
  }
}

/**
 * The memory a tmpfs can still take (bytes): what /proc/meminfo says is available, plus free swap.
 * A tmpfs may be sized above the machine's memory (/dev/shm is half of it by default, and any
 * size can be given); its files are in memory, so a nearly full machine has no room there.
 */
function memoryRoom(): number {
  try {
    const info = readFileSync('/proc/meminfo', 'utf8');
    const kb = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(info)?.[1] ?? 0);
    return (kb('MemAvailable') + kb('SwapFree')) * 1024;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Whether `path` is on a tmpfs (a file system in memory). */
export function onTmpfs(path: string): boolean {
  return statfsSync(path).type === TMPFS_MAGIC;
}

/** Whether `path` is a tmpfs with at least MIN_FREE_BYTES free, and as much memory to hold them. */
export function roomyTmpfs(path = SHM): boolean {
  try {
    const fs = statfsSync(path);
    const free = Math.min(fs.bavail * fs.bsize, memoryRoom());
    return fs.type === TMPFS_MAGIC && free >= MIN_FREE_BYTES;
  } catch {
    return false;
  }
}

/** Whether process `pid` still runs (EPERM: it does, as another user's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the folders of earlier runs on this host (and pid namespace) whose vitest is gone
 * (killed before its teardown): a run stopped with kill -9 must not keep its gigabyte of memory
 * for good.
 */
function clearDeadRuns(): void {
  const host = runPrefix();
  let names: string[];
  try {
    names = readdirSync(SHM);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(host)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(host.length))?.[1] ?? 0);
    if (pid === 0 || alive(pid)) continue;
    try {
      rmSync(join(SHM, name), { recursive: true, force: true });
    } catch {
      // A tmpfs still mounted in it (EBUSY): left to whoever mounted it.
    }
  }
}

/**
 * Points TMPDIR at a fresh folder in /dev/shm when that is a tmpfs with room, and returns the
 * function that removes the folder again (undefined when the system's temporary folder is kept).
 * Called once by the global setup, before the forks start: they inherit the environment.
 */
export function useMemoryTmpdir(): (() => void) | undefined {
  const before = process.env.TMPDIR;
  process.env[DISK_TMPDIR_ENV] ??= tmpdir();
  if (process.platform !== 'linux') return undefined;
  // First: the folders of killed runs may be what leaves /dev/shm without room, and a run told to
  // keep the disk must still give back the memory an earlier one left.
  clearDeadRuns();
  if (process.env[TMPFS_OPT_OUT_ENV] === '0' || !roomyTmpfs(SHM)) return undefined;
  let dir: string;
  try {
    dir = mkdtempSync(join(SHM, `${runPrefix()}${process.pid}-`));
  } catch {
    return undefined; // Not writable by this user.
  }
  // As /tmp: programs a test runs as another user (restore-folder's service user) make their
  // own temporary files here and reach the test's folders (each test opens its own to them).
  chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (e) {
      // A tmpfs a failed test left mounted in it (EBUSY): its files are gone, the folder stays.
      console.warn(`could not remove the tests' temporary folder ${dir}: ${String(e)}`);
    }
  };
}
