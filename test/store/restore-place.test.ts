/**
 * Where `restore` unpacks a folder backup (review: the mount-point check was untested): beside
 * the data folder, the old one renamed away whole, only when the folder can be renamed; inside
 * it when it is a mount point — a Docker volume, or a bind mount of a folder of the same disk,
 * whose device is its parent's and which cannot be renamed (EBUSY) — or when its parent cannot
 * be written. A data folder that is a link keeps its link.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { mountPoints, restoresInside } from '../../src/store/backup.js';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const VI = { LANG: 'vi_VN.UTF-8' };
const run = promisify(execFile);

/**
 * A backup of a small data folder (a store, a campaign, a link secret), made once for the file:
 * a restore reads it and leaves it as it is. `backup` and `restore` run the CLI's code in the
 * test's process (the real programs: backup.test.ts, restore-after-crash.test.ts).
 */
let backup: Promise<string> | undefined;
const backupOnce = () => {
  backup ??= makeTempDir().then(backupOf);
  return backup;
};

async function backupOf(dir: string): Promise<string> {
  const source = join(dir, 'may-cu');
  const store = await openStore({ dataDir: source });
  await store.close();
  await mkdir(join(source, 'campaigns/tiem-chung'), { recursive: true });
  await writeFile(join(source, 'campaigns/tiem-chung/campaign.yaml'), 'title: Tiêm chủng\n');
  await mkdir(join(source, 'published'));
  await writeFile(join(source, 'published/tiem-chung.json'), '{"secret":"bi-mat"}\n');
  const zip = join(dir, 'sao-luu.zip');
  expect((await runCliInProcess(['backup', '--data', source, '--out', zip])).code).toBe(0);
  return zip;
}

describe('where a folder backup is unpacked', () => {
  it('decides inside for a mount point or an unwritable parent, beside otherwise', () => {
    const cases: [string, Parameters<typeof restoresInside>[0], boolean][] = [
      [
        'a folder under a writable one',
        { exists: true, parentWritable: true, mountPoint: false },
        false,
      ],
      ['no folder yet', { exists: false, parentWritable: true, mountPoint: false }, false],
      ['a Docker volume (/data)', { exists: true, parentWritable: true, mountPoint: true }, true],
      [
        'a folder under a root-owned one',
        { exists: true, parentWritable: false, mountPoint: false },
        true,
      ],
    ];
    for (const [what, facts, inside] of cases) {
      expect([what, restoresInside(facts)]).toEqual([what, inside]);
    }
  });

  it('reads the mount points the system lists, a name with a space too', async () => {
    const dir = await makeTempDir();
    const info = join(dir, 'mountinfo');
    await writeFile(
      info,
      [
        '27 1 254:0 / / rw,relatime - ext4 /dev/vda rw',
        '45 27 254:0 /srv/du-lieu /data rw,relatime - ext4 /dev/vda rw',
        '46 27 254:0 /srv/x /mnt/o\\040may rw,relatime - ext4 /dev/vda rw',
        '',
      ].join('\n'),
    );
    expect([...(await mountPoints(info))]).toEqual(['/', '/data', '/mnt/o may']);
    expect((await mountPoints(join(dir, 'none'))).size).toBe(0);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'restores inside a bind mount of a folder of the same disk, the old entries kept in it',
    async (ctx) => {
      const dir = await makeTempDir();
      const zip = await backupOnce();
      const disk = join(dir, 'o-dia');
      const data = join(dir, 'goc', 'du-lieu');
      await mkdir(disk);
      await mkdir(data, { recursive: true });
      await writeFile(join(disk, 'cu.txt'), 'the old folder\n');
      try {
        await run('mount', ['--bind', disk, data]);
      } catch {
        ctx.skip();
        return;
      }
      try {
        const res = await runCliInProcess(['restore', '--from', zip, '--data', data], { env: VI });
        expect(res.stderr).toBe('');
        expect(res.code).toBe(0);
        // Written on the mounted disk itself, the old entries kept in a folder inside it.
        expect(await readFile(join(disk, 'published/tiem-chung.json'), 'utf8')).toBe(
          '{"secret":"bi-mat"}\n',
        );
        const kept = (await readdir(disk)).find((n) => n.startsWith('truoc-khoi-phuc-'));
        expect(kept).toBeDefined();
        expect(await readFile(join(disk, kept ?? '', 'cu.txt'), 'utf8')).toBe('the old folder\n');
        expect(await readdir(join(dir, 'goc'))).toEqual(['du-lieu']);
      } finally {
        await run('umount', [data]);
      }
    },
    60_000,
  );

  it('restores a data folder that is a link where it points, the link kept', async () => {
    const dir = await makeTempDir();
    const zip = await backupOnce();
    const target = join(dir, 'o-usb', 'du-lieu');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'cu.txt'), 'the old folder\n');
    const data = join(dir, 'du-lieu');
    await symlink(target, data);
    const res = await runCliInProcess(['restore', '--from', zip, '--data', data], { env: VI });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect((await lstat(data)).isSymbolicLink()).toBe(true);
    expect(existsSync(join(target, SQLITE_FILE_NAME))).toBe(true);
    expect(existsSync(join(target, 'campaigns/tiem-chung/campaign.yaml'))).toBe(true);
  }, 60_000);
});
