/**
 * The run's temporary files (memory-tmp.ts): in memory when /dev/shm is a tmpfs with room — for
 * the test's own process, the programs it starts and the folders `makeTempDir` makes — with the
 * disk's folder still at hand (`diskTempDir`); the folder gone after the run, and one left by a
 * run that was killed cleared by the next.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DISK_TMPDIR_ENV,
  onTmpfs,
  roomyTmpfs,
  TMPFS_OPT_OUT_ENV,
  useMemoryTmpdir,
} from './memory-tmp.js';
import { diskTempDir, makeTempDir, removeTempDirs } from './tmp.js';

afterAll(removeTempDirs);

/** A /dev/shm tmpfs with room (and the memory to hold it); the run not told to keep the disk. */
const roomy = roomyTmpfs();
const memory = roomy && process.env[TMPFS_OPT_OUT_ENV] !== '0';
/** The run folders of this host and pid namespace (a pid names a process only within its own). */
const ours = `/dev/shm/phuong-print-tests-${hostname()}-ns${statSync('/proc/self/ns/pid').ino}-`;

describe.runIf(memory)('on a machine with a roomy /dev/shm', () => {
  it("puts the test's, its programs' and makeTempDir's temporary files there", async () => {
    expect(tmpdir().startsWith(ours)).toBe(true);
    // Open to every user as /tmp is, for a program a test runs as the service's user.
    expect((statSync(tmpdir()).mode & 0o7777).toString(8)).toBe('1777');
    const child = spawnSync(process.execPath, ['-p', 'require("os").tmpdir()'], {
      encoding: 'utf8',
    });
    expect(child.stdout.trim()).toBe(tmpdir());
    const dir = await makeTempDir('phuong-print-memory-');
    expect(dirname(dir)).toBe(tmpdir());
    expect(onTmpfs(dir)).toBe(true);
  });

  it('keeps the folder the run started with for diskTempDir', async () => {
    const disk = process.env[DISK_TMPDIR_ENV] ?? '';
    expect(disk).not.toBe('');
    expect(disk.startsWith('/dev/shm/')).toBe(false);
    const dir = await diskTempDir('phuong-print-disk-');
    expect(dirname(dir)).toBe(disk);
    // On a machine whose /tmp is itself in memory the disk folder is too; not here, mostly.
    if (!onTmpfs(disk)) expect(onTmpfs(dir)).toBe(false);
  });
});

describe.runIf(roomy)('a run folder', () => {
  it('is removed with what is in it, and TMPDIR set back, by the teardown', () => {
    const before = process.env.TMPDIR;
    const optOut = process.env[TMPFS_OPT_OUT_ENV];
    delete process.env[TMPFS_OPT_OUT_ENV];
    try {
      const teardown = useMemoryTmpdir();
      expect(teardown).toBeDefined();
      const dir = process.env.TMPDIR ?? '';
      expect(dir.startsWith('/dev/shm/')).toBe(true);
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'out', 'notice.pdf'), 'a document');
      teardown?.();
      expect(existsSync(dir)).toBe(false);
      expect(process.env.TMPDIR).toBe(before);
    } finally {
      process.env.TMPDIR = before;
      if (optOut !== undefined) process.env[TMPFS_OPT_OUT_ENV] = optOut;
    }
  });

  /**
   * Runs the setup (and its teardown) with TMPFS_OPT_OUT_ENV as `optOut` among a killed run's
   * folder, a live run's and a folder of another pid namespace whose pid here is gone; returns
   * which of them are still there.
   */
  function setupAmong(optOut: string | undefined): Record<string, boolean> {
    const before = process.env.TMPDIR;
    const wasOptOut = process.env[TMPFS_OPT_OUT_ENV];
    if (optOut === undefined) delete process.env[TMPFS_OPT_OUT_ENV];
    else process.env[TMPFS_OPT_OUT_ENV] = optOut;
    // A pid no process has any more: one that has just exited.
    const gone = spawnSync('true').pid ?? 0;
    const folders = {
      killed: `${ours}${gone}-killed`,
      live: `${ours}${process.pid}-live`,
      // Another container's (same host name, /dev/shm shared; a made-up pid namespace): its
      // pid means nothing here, though no process has it here.
      otherNamespace: `/dev/shm/phuong-print-tests-${hostname()}-ns${gone}-${gone}-other`,
    };
    mkdirSync(join(folders.killed, 'out'), { recursive: true });
    writeFileSync(join(folders.killed, 'out', 'notice.pdf'), 'a document');
    mkdirSync(folders.live);
    mkdirSync(folders.otherNamespace);
    try {
      useMemoryTmpdir()?.();
      return Object.fromEntries(Object.entries(folders).map(([k, dir]) => [k, existsSync(dir)]));
    } finally {
      process.env.TMPDIR = before;
      if (wasOptOut === undefined) delete process.env[TMPFS_OPT_OUT_ENV];
      else process.env[TMPFS_OPT_OUT_ENV] = wasOptOut;
      spawnSync('rm', ['-rf', ...Object.values(folders)]);
    }
  }

  it("of a killed run is removed by the next run's setup; a live run's is left alone", () => {
    expect(setupAmong(undefined)).toEqual({ killed: false, live: true, otherNamespace: true });
  });

  it('of a killed run is removed also by a run told to keep its files on the disk', () => {
    expect(setupAmong('0')).toEqual({ killed: false, live: true, otherNamespace: true });
  });
});
