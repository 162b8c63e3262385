/**
 * `phuong-print restore` of a folder backup (.zip) where the office really runs it (review36a):
 * a data folder whose parent the service's user cannot write (Docker's `/data` volume, a folder
 * under a root-owned /var/lib), a ZIP unzipped by hand (the modes it gives), a ZIP made by hand
 * of a running folder (its store's log), and the bad inputs each said in Vietnamese.
 * The real CLI for the restores into a locked parent; as root, the restore runs as `nobody`, the
 * service's user. The backups the cases restore, and the restores whose point is what they say or
 * write, run the CLI's code in the test's process (test/support/cli.ts runCliInProcess; the real
 * `backup` process: backup.test.ts), and the two locked-parent cases share one pair of backups.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { CLI_PATH, runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const VI = { LANG: 'vi_VN.UTF-8' };
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** A data folder with a store, a campaign, a link secret, a bin entry and a pending import. */
async function dataFolder(data: string) {
  const store = await openStore({ dataDir: data });
  await store.close();
  const files: Record<string, string> = {
    'campaigns/tiem-chung/campaign.yaml': 'title: Tiêm chủng\n',
    'published/tiem-chung.json': '{"secret":"bi-mat"}\n',
    'deleted/cu/campaign.yaml': 'title: Cũ\n',
    'results-imports/so-lieu.csv': 'to,so\n1,2\n',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(data, name, '..'), { recursive: true });
    await writeFile(join(data, name), text);
  }
}

/** The restore run as the studio's service user (`nobody` when the tests run as root). */
async function restoreAsService(from: string, data: string) {
  const { stdout, stderr, code } = await promisify(execFile)(
    process.execPath,
    [CLI_PATH, 'restore', '--from', from, '--data', data],
    {
      env: { ...process.env, LANG: 'vi_VN.UTF-8', LC_ALL: '' },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    },
  ).then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => e,
  );
  return { stdout, stderr, code };
}

/** Every entry under `dir`, relative, sorted. */
async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

let backups: Promise<{ zip: string; storeOnly: string }> | undefined;

/**
 * A folder backup (.zip) and a store backup (.sqlite) of one data folder, made once: the
 * restores read them and never change them. Readable by the service's user.
 */
function backupsOfOneFolder() {
  backups ??= (async () => {
    const dir = await makeTempDir();
    await chmod(dir, 0o755);
    const source = join(dir, 'may-cu');
    await dataFolder(source);
    const zip = join(dir, 'sao-luu.zip');
    expect((await runCliInProcess(['backup', '--data', source, '--out', zip])).code).toBe(0);
    await chmod(zip, 0o644);
    const storeOnly = join(dir, 'sao-luu.sqlite');
    expect((await runCliInProcess(['backup', '--data', source, '--out', storeOnly])).code).toBe(0);
    await chmod(storeOnly, 0o644);
    return { zip, storeOnly };
  })();
  return backups;
}

/**
 * A backup of a folder (backupsOfOneFolder), and the place to restore it: `parent/du-lieu` (owned by the service's
 * user) under a `parent` it cannot write, as `/data` under `/` in the Docker image.
 */
async function lockedParent(opts: { dataOwned: boolean }) {
  const { zip, storeOnly } = await backupsOfOneFolder();
  const dir = await makeTempDir();
  await chmod(dir, 0o755);
  const parent = join(dir, 'goc');
  const data = join(parent, 'du-lieu');
  await mkdir(data, { recursive: true });
  await writeFile(join(data, 'cu.txt'), 'the old folder\n');
  if (asRoot && opts.dataOwned) {
    await chown(data, NOBODY, NOBODY);
    await chown(join(data, 'cu.txt'), NOBODY, NOBODY);
  }
  if (!asRoot && !opts.dataOwned) await chmod(data, 0o555);
  await chmod(parent, 0o555);
  return { dir, zip, storeOnly, parent, data };
}

describe('restoring a folder backup', () => {
  it('into a data folder whose parent cannot be written (Docker /data): restored inside it, the old entries kept in it', async () => {
    const { zip, parent, data } = await lockedParent({ dataOwned: true });
    const res = await restoreAsService(zip, data);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`đã khôi phục thư mục dữ liệu ${data} từ ${zip}`);
    const kept = /được giữ lại ở (\S+)/.exec(res.stdout)?.[1] ?? '';
    expect(kept.startsWith(join(data, 'truoc-khoi-phuc-'))).toBe(true);
    expect(await readFile(join(kept, 'cu.txt'), 'utf8')).toBe('the old folder\n');
    expect(await readFile(join(data, 'published/tiem-chung.json'), 'utf8')).toBe(
      '{"secret":"bi-mat"}\n',
    );
    expect(existsSync(join(data, 'cu.txt'))).toBe(false);
    expect(existsSync(join(data, SQLITE_FILE_NAME))).toBe(true);
    // Nothing half-done left, inside or beside.
    expect(await readdir(parent)).toEqual(['du-lieu']);
    expect((await readdir(data)).filter((n) => n.includes('partial'))).toEqual([]);
    // The next backup does not carry the kept old folder.
    const again = join(parent, '..', 'lan-sau.zip');
    expect((await runCliInProcess(['backup', '--data', data, '--out', again])).code).toBe(0);
    const { unzipSync } = await import('fflate');
    const names = Object.keys(unzipSync(await readFile(again)));
    expect(names.some((n) => n.startsWith('truoc-khoi-phuc-'))).toBe(false);
    expect(names).toContain('published/tiem-chung.json');
  }, 60_000);

  it('into a folder this user cannot write: one Vietnamese sentence with what to do, nothing left behind', async () => {
    const { zip, storeOnly, parent, data } = await lockedParent({ dataOwned: false });
    const before = await tree(parent);
    for (const from of [zip, storeOnly]) {
      const res = await restoreAsService(from, data);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toContain(`không khôi phục được vào ${data}`);
      expect(res.stderr).toContain('chown -R');
      expect(res.stderr).not.toMatch(/EACCES|permission denied/i);
      expect(await tree(parent)).toEqual(before);
    }
  }, 60_000);

  it('unzipped by hand, the link secrets, the bin, the imports and the store are the owner’s only', async () => {
    const { zip } = await backupsOfOneFolder();
    const out = join(await makeTempDir(), 'giai-nen');
    await promisify(execFile)('sh', ['-c', `umask 022 && unzip -q "${zip}" -d "${out}"`]);
    const mode = async (rel: string) => ((await stat(join(out, rel))).mode & 0o777).toString(8);
    for (const f of [
      SQLITE_FILE_NAME,
      'published/tiem-chung.json',
      'deleted/cu/campaign.yaml',
      'results-imports/so-lieu.csv',
      'campaigns/tiem-chung/campaign.yaml',
    ]) {
      expect([f, await mode(f)]).toEqual([f, '600']);
    }
    for (const d of ['published', 'deleted', 'deleted/cu', 'results-imports', 'campaigns']) {
      expect([d, await mode(d)]).toEqual([d, '700']);
    }
  }, 60_000);

  it('a ZIP made by hand of a running folder: its store’s log and half-written files are left out, with a warning', async () => {
    const dir = await makeTempDir();
    const source = join(dir, 'may-cu');
    await dataFolder(source);
    const store = await readFile(join(source, SQLITE_FILE_NAME));
    const zip = join(dir, 'nen-tay.zip');
    await writeFile(
      zip,
      zipSync({
        [SQLITE_FILE_NAME]: store,
        [`${SQLITE_FILE_NAME}-wal`]: strToU8('not this store’s log'),
        [`${SQLITE_FILE_NAME}-shm`]: strToU8('x'),
        'campaigns/tiem-chung/campaign.yaml': strToU8('title: Tiêm chủng\n'),
        'campaigns/tiem-chung/campaign.yaml.tmp': strToU8('tit'),
      }),
    );
    const data = join(dir, 'du-lieu');
    const res = await runCliInProcess(['restore', '--from', zip, '--data', data], { env: VI });
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('cảnh báo: đã bỏ qua trong tệp sao lưu');
    expect(res.stderr).toContain(`${SQLITE_FILE_NAME}-wal`);
    expect(await tree(data)).toEqual([
      'campaigns',
      'campaigns/tiem-chung',
      'campaigns/tiem-chung/campaign.yaml',
      SQLITE_FILE_NAME,
    ]);
    const reopened = await openStore({ dataDir: data });
    await reopened.close();
  }, 60_000);

  it('a folder, clashing names or a NUL in a name: said in Vietnamese, nothing written', async () => {
    const dir = await makeTempDir();
    const data = join(dir, 'du-lieu');
    const folder = join(dir, 'thu-muc');
    await mkdir(folder);
    const cases: [string, string][] = [
      [folder, `${folder}: đây là một thư mục, không phải tệp sao lưu`],
    ];
    const clash = join(dir, 'trung-ten.zip');
    await writeFile(
      clash,
      zipSync({
        'campaigns/a': strToU8('a file'),
        'campaigns/a/campaign.yaml': strToU8('title: A\n'),
      }),
    );
    cases.push([clash, `${clash}: tệp này có cả một tệp và một thư mục cùng tên campaigns/a`]);
    const nul = join(dir, 'ten-nul.zip');
    await writeFile(nul, zipSync({ 'campaigns/a\0b.yaml': strToU8('title: A\n') }));
    cases.push([nul, `${nul}: tệp này có một tệp mang tên không thể giải nén an toàn`]);
    for (const [from, said] of cases) {
      const res = await runCliInProcess(['restore', '--from', from, '--data', data], { env: VI });
      expect(res.code).not.toBe(0);
      expect(res.stderr).toContain(said);
      // The temporary folder's random name (…-EYGE3B) is not an error code: left out first.
      expect(res.stderr.replaceAll(dir, '<dir>')).not.toMatch(
        /\bE[A-Z]{3,}\b|ERR_|must be|illegal operation/,
      );
      expect(existsSync(data)).toBe(false);
      expect((await readdir(dir)).filter((n) => n.includes('partial'))).toEqual([]);
    }
  }, 60_000);
});

describe('restore into a data folder that is a link to a folder not there', () => {
  it('says the link and its missing folder (a disk not mounted), and changes nothing', async () => {
    const dir = await makeTempDir();
    const source = join(dir, 'nguon');
    await mkdir(join(source, 'campaigns', 'a'), { recursive: true });
    await writeFile(join(source, 'campaigns', 'a', 'campaign.yaml'), 'title: A\n');
    const zip = join(dir, 'sao-luu.zip');
    expect((await runCliInProcess(['backup', '--data', source, '--out', zip])).code).toBe(0);
    const missing = join(dir, 'o-dia-ngoai', 'du-lieu');
    const data = join(dir, 'du-lieu');
    await symlink(missing, data);
    const r = await runCliInProcess(['restore', '--lang', 'vi', '--from', zip, '--data', data]);
    expect(r.code).not.toBe(0);
    const [error, hint, ...rest] = r.stderr.trim().split('\n');
    expect(error).toBe(
      `lỗi: ${data}: thư mục dữ liệu này là đường dẫn tắt tới thư mục ${missing}, nhưng thư mục đó không có: chưa khôi phục gì`,
    );
    expect(hint).toMatch(
      /^gợi ý: Nếu thư mục đó nằm trên ổ đĩa khác, hãy cắm và gắn \(mount\) ổ đĩa/,
    );
    expect(rest).toEqual([]);
    expect(await readdir(dir)).toEqual(['du-lieu', 'nguon', 'sao-luu.zip'].sort());
  });
});
