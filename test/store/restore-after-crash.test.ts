/**
 * Restoring a backup after a crash (qa27 F3). A server killed mid-work (SIGKILL: a power cut)
 * leaves its store's `-wal` and `-shm` beside it; the backup copied back over the store by hand,
 * SQLite replays that log, written after the backup, onto it: a damaged store. The studio must
 * not start on it silently (it refuses, in Vietnamese, saying what to do, and writes nothing);
 * `phuong-print restore` puts the backup back whole, the crashed store kept aside with its log.
 * Real SQLite files and a real crash: a child process writing when it is killed (once; each case
 * restores its own copy of the folder it left). The backups and the restores that succeed run
 * the CLI's code in the test's process (runCliInProcess; the real `restore`: restore-folder.test.ts);
 * the studio's refusal and the restore of a store's file refused beside another process are
 * real processes (that of its ZIP runs here: the holder is the other process either way).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { runCli, runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const VI = { LANG: 'vi_VN.UTF-8', PHUONG_PRINT_ADMIN_PASSWORD: 'mat-khau-rat-dai-2026' };

/**
 * The studio's users in the store, by name, the first admin aside: the rows a backup keeps (it
 * leaves sessions out), written before the backup and after it.
 */
async function userNames(dataDir: string): Promise<string[]> {
  const store = await openStore({ dataDir });
  try {
    const rows = await store.db.selectFrom('studio_users').select('name').execute();
    return rows
      .map((r) => r.name)
      .filter((n) => n !== 'admin')
      .sort();
  } finally {
    await store.close();
  }
}

/**
 * A data folder whose store holds 50 users, its backup (by `phuong-print backup`), then more
 * work written by a process killed with SIGKILL while it still has the store open: work past
 * an automatic checkpoint, and more in the log when it dies.
 */
async function crashOnce() {
  const dir = await makeTempDir();
  const data = join(dir, 'du-lieu');
  const store = await openStore({ dataDir: data });
  await store.db
    .insertInto('studio_users')
    .values({ name: 'admin', password_hash: 'x', is_admin: 1, created_at: '2026-01-05T00:00:00Z' })
    .execute();
  for (let i = 0; i < 50; i++) {
    await store.db
      .insertInto('studio_users')
      .values({
        name: `truoc-${i}`,
        password_hash: 'x',
        is_admin: 0,
        created_at: '2026-12-05T10:00:00.000Z',
      })
      .execute();
  }
  await store.close();
  const backup = join(dir, 'sao-luu-2026-12-05.sqlite');
  const made = await runCliInProcess(['backup', '--data', data, '--out', backup]);
  expect(made.code).toBe(0);
  const file = join(data, SQLITE_FILE_NAME);
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
       const db = new D(${JSON.stringify(file)});
       db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
       const add = db.prepare("insert into studio_users (name, password_hash, is_admin, created_at) values (?, ?, 0, '2026-12-06T00:00:00.000Z')");
       const del = db.prepare('delete from studio_users where name = ?');
       for (let i = 0; i < 400; i++) add.run('sau-' + i, 'y'.repeat(40));
       for (let i = 0; i < 50; i += 2) del.run('truoc-' + i);
       db.pragma('wal_checkpoint(PASSIVE)');
       for (let i = 400; i < 700; i++) add.run('sau-' + i, 'z'.repeat(40));
       process.stdout.write('ghi xong\\n');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((ok, fail) => {
    child.stdout.once('data', () => ok());
    child.once('exit', (code) => fail(new Error(`the writer ended first (${code})`)));
  });
  const died = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGKILL');
  await died;
  expect(existsSync(`${file}-wal`)).toBe(true);
  const inBackup = (await userNames(await folderOf(backup))).length;
  expect(inBackup).toBe(50);
  return dir;
}

let crashed: Promise<string> | undefined;

/**
 * The folder crashOnce leaves (the store, its log and index as the killed writer left them on
 * disk, and the backup), copied for each case: the crash and the backup are made once per file,
 * each case changes its own copy.
 */
async function crashedAfterBackup() {
  crashed ??= crashOnce();
  const dir = await makeTempDir();
  await cp(await crashed, dir, { recursive: true });
  const data = join(dir, 'du-lieu');
  const file = join(data, SQLITE_FILE_NAME);
  expect(existsSync(`${file}-wal`)).toBe(true);
  return { dir, data, file, backup: join(dir, 'sao-luu-2026-12-05.sqlite') };
}

/** A folder holding a copy of `backup` as its store (to read it without touching it). */
async function folderOf(backup: string): Promise<string> {
  const d = await makeTempDir();
  await copyFile(backup, join(d, SQLITE_FILE_NAME));
  return d;
}

const expected = Array.from({ length: 50 }, (_, i) => `truoc-${i}`).sort();

describe('restoring a backup after a crash', () => {
  it('the studio refuses the store the copied-back backup plus the old log make, and writes nothing', async () => {
    const { data, file, backup } = await crashedAfterBackup();
    // README's old way: copy the file back, the server stopped.
    await copyFile(backup, file);
    const res = await runCli(['studio', '--data', data, '--port', '0'], {
      env: VI,
      timeoutMs: 30_000,
    });
    expect(res.code).not.toBe(0);
    expect(res.stdout).not.toContain('studio đang chạy');
    expect(res.stderr).toContain(`kho dữ liệu ${file} bị hỏng`);
    expect(res.stderr).toContain('phần mềm chưa ghi gì vào đó');
    expect(res.stderr).toContain('phuong-print.sqlite-wal');
    expect(res.stderr).toContain('phuong-print restore --from');
    // Nothing of the log was written into the file: set the log aside and the backup is whole.
    expect(existsSync(`${file}-wal`)).toBe(true);
    await rename(`${file}-wal`, `${file}-wal.cu`);
    await rename(`${file}-shm`, `${file}-shm.cu`);
    expect(await userNames(data)).toEqual(expected);
  }, 60_000);

  it('`phuong-print restore` puts the backup back whole, the crashed store kept whole', async () => {
    const { data, file, backup } = await crashedAfterBackup();
    const res = await runCliInProcess(['restore', '--from', backup, '--data', data], { env: VI });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`đã khôi phục kho dữ liệu của ${data} từ ${backup}`);
    const kept = /được giữ lại ở (\S+)/.exec(res.stdout)?.[1] ?? '';
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
    expect(await userNames(data)).toEqual(expected);
    // The crashed store, kept with its log, still opens with the work done after the backup.
    const old = await makeTempDir();
    await copyFile(kept, join(old, SQLITE_FILE_NAME));
    expect(existsSync(`${kept}-wal`)).toBe(true);
    await copyFile(`${kept}-wal`, join(old, `${SQLITE_FILE_NAME}-wal`));
    const after = await userNames(old);
    expect(after).toContain('sau-699');
    expect(after).not.toContain('truoc-0');
    // The only log left is the kept store's own, under its name.
    expect((await readdir(data)).filter((n) => n.endsWith('-wal'))).toEqual([
      `${kept.slice(data.length + 1)}-wal`,
    ]);
  }, 60_000);

  it('restored after the backup was copied back by hand: the store kept is left as it was, the log beside it untouched', async () => {
    const { data, file, backup } = await crashedAfterBackup();
    await copyFile(backup, file);
    const log = await readFile(`${file}-wal`);
    const res = await runCliInProcess(['restore', '--from', backup, '--data', data], { env: VI });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const kept = /được giữ lại ở (\S+)/.exec(res.stdout)?.[1] ?? '';
    // Checking that no studio runs merged nothing into the file kept, nor removed its log.
    expect(Buffer.compare(await readFile(kept), await readFile(backup))).toBe(0);
    expect(Buffer.compare(await readFile(`${kept}-wal`), log)).toBe(0);
    expect(await userNames(data)).toEqual(expected);
    expect((await readdir(data)).filter((n) => n.includes('dang-kiem-tra'))).toEqual([]);
  }, 60_000);

  it('refuses while a studio still has the store open, and changes nothing', async () => {
    const { dir, data, file, backup } = await crashedAfterBackup();
    const zip = join(dir, 'sao-luu.zip');
    await rename(`${file}-wal`, `${file}-wal.cu`);
    await rename(`${file}-shm`, `${file}-shm.cu`);
    expect((await runCliInProcess(['backup', '--data', data, '--out', zip])).code).toBe(0);
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
         const db = new D(${JSON.stringify(file)});
         db.pragma('journal_mode = WAL');
         db.prepare('select count(*) from studio_sessions').get();
         process.stdout.write('mo\\n');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((ok) => child.stdout.once('data', () => ok()));
    try {
      const before = (await readdir(data)).sort();
      // The store's file, then its ZIP: the real program, then the command's code here (the
      // holder is the other process either way; a Node start-up is ~0.6 s of CPU).
      for (const [from, run] of [
        [backup, runCli],
        [zip, runCliInProcess],
      ] as const) {
        const res = await run(['restore', '--from', from, '--data', data], { env: VI });
        expect(res.code).not.toBe(0);
        expect(res.stderr).toContain(`phần mềm vẫn đang chạy trên thư mục ${data}`);
        expect((await readdir(data)).sort()).toEqual(before);
      }
    } finally {
      const died = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGKILL');
      await died;
    }
  }, 60_000);
});
