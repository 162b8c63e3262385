/**
 * A folder backup moved to a new computer keeps the days the studio shows (review: every file
 * came back dated the restore's day): each campaign file's last change, put back by `restore`,
 * so the studio started on the restored folder lists its undated drafts in their order and under
 * their years, as the old computer's did. And a
 * campaign deleted, or a file removed, while the backup lists the folder is left out with a
 * line saying so, never Node's ENOENT.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDataFolder, restoreDataFolder } from '../../src/store/backup.js';
import { openStore } from '../../src/store/open-store.js';
import { Client, startStudio } from '../studio/studio.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** Campaign files with the day each was last saved (a morning in Viet Nam, UTC+7). */
const CAMPAIGNS: { slug: string; files: Record<string, string>; saved: string }[] = [
  {
    slug: 'nhap-ve-sinh',
    files: { 'campaign.yaml': 'title: Vệ sinh môi trường\n', 'studio-name.txt': 'Nháp vệ sinh\n' },
    saved: '2025-12-30T02:15:00Z',
  },
  {
    slug: 'nhap-tiem-chung',
    files: { 'campaign.yaml': 'title: Tiêm chủng\n', 'studio-name.txt': 'Nháp tiêm chủng\n' },
    saved: '2026-06-20T01:30:00Z',
  },
  {
    slug: 'phong-chay',
    files: {
      'campaign.yaml': 'title: Phòng cháy\nissued: 2026-05-04\n',
      'groups.csv': 'STT;Tên tổ dân phố\n1;Tổ dân phố số 1\n',
    },
    saved: '2026-05-06T03:00:00Z',
  },
];

async function oldDataFolder(data: string) {
  const store = await openStore({ dataDir: data });
  await store.close();
  for (const c of CAMPAIGNS) {
    const folder = join(data, 'campaigns', c.slug);
    await mkdir(folder, { recursive: true });
    for (const [name, text] of Object.entries(c.files)) {
      await writeFile(join(folder, name), text);
      await utimes(join(folder, name), new Date(c.saved), new Date(c.saved));
    }
  }
}

/**
 * What the studio's campaign list, started on `data`, shows: each campaign's name under the year
 * it is filed under (its heading), in the page's order.
 */
async function listed(data: string): Promise<string[][]> {
  const s = await startStudio({ dataDir: data });
  try {
    const c = new Client(s.url);
    await c.signIn();
    const page = (await c.get('/')).text;
    const rows: string[][] = [];
    let year = '';
    for (const [, heading, name] of page.matchAll(
      /<h2>(\d{4})<\/h2>|<a class="open" href="\/c\/[^"]+">([^<]+)<\/a>/g,
    )) {
      if (heading) year = heading;
      else rows.push([year, name ?? '']);
    }
    return rows;
  } finally {
    await s.close();
  }
}

describe('a folder backup moved to another computer', () => {
  it('keeps each campaign file’s last change, the drafts’ days and the list’s order', async () => {
    const dir = await makeTempDir();
    const source = join(dir, 'may-cu');
    await oldDataFolder(source);
    // The list's order and years, from the files' own days (Viet Nam's day): the drafts by their
    // last change (20 June 2026, 30 December 2025), the other by its issue day (4 May 2026).
    const expected = [
      ['2026', 'Nháp tiêm chủng'],
      ['2026', 'Phòng cháy'],
      ['2025', 'Nháp vệ sinh'],
    ];
    expect(await listed(source)).toEqual(expected);
    const zip = join(dir, 'sao-luu.zip');
    // The commands' code in this process (runCliInProcess): the real programs' backup and
    // restore run in backup.test.ts and restore-folder.test.ts; the days kept are this code's.
    const backup = await runCliInProcess(['backup', '--data', source, '--out', zip]);
    expect(backup.stderr).toBe('');
    const target = join(dir, 'may-moi', 'du-lieu');
    const restore = await runCliInProcess(['restore', '--from', zip, '--data', target]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    for (const c of CAMPAIGNS) {
      for (const name of Object.keys(c.files)) {
        const rel = join('campaigns', c.slug, name);
        const was = (await stat(join(source, rel))).mtimeMs;
        const now = (await stat(join(target, rel))).mtimeMs;
        // ZIP's DOS dates step by 2 s.
        expect([rel, Math.abs(now - was) < 2000]).toEqual([rel, true]);
        expect(await readFile(join(target, rel), 'utf8')).toBe(c.files[name]);
      }
    }
    expect(await listed(target)).toEqual(expected);
  }, 60_000);
});

describe('a folder backup while campaigns are deleted', () => {
  it('leaves out a campaign deleted and a file removed after the folder was listed, and says so', async () => {
    const dir = await makeTempDir();
    const data = join(dir, 'du-lieu');
    await oldDataFolder(data);
    const campaigns = join(data, 'campaigns');
    const removed = join(campaigns, 'phong-chay', 'groups.csv');
    // The office deletes a campaign and replaces a file just after the backup lists the folders
    // holding them: the stub is node's own readdir, with the deletions done after it answers.
    const fs = {
      readdir: (async (path: string, opts: object) => {
        const entries = await readdir(path, opts as { withFileTypes: true });
        if (path === campaigns) await rm(join(campaigns, 'nhap-ve-sinh'), { recursive: true });
        if (path === join(campaigns, 'phong-chay')) await rm(removed);
        return entries;
      }) as unknown as typeof readdir,
      open: (await import('node:fs/promises')).open,
    };
    const out = join(dir, 'sao-luu.zip');
    const done = await backupDataFolder(data, out, { fs });
    expect(done.gone.sort()).toEqual(['campaigns/nhap-ve-sinh', 'campaigns/phong-chay/groups.csv']);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const names = Object.keys(unzipSync(await readFile(out)));
    expect(names).toContain('campaigns/nhap-tiem-chung/campaign.yaml');
    expect(names).toContain('campaigns/phong-chay/campaign.yaml');
    expect(names.filter((n) => n.includes('nhap-ve-sinh') || n.endsWith('groups.csv'))).toEqual([]);
    // The office that downloads it (the studio's Sao lưu) reads what it lacks inside it.
    const note = unzipSync(await readFile(out))['THIEU-TRONG-BAN-SAO-LUU.txt'];
    const said = new TextDecoder().decode(note ?? new Uint8Array());
    expect(said).toContain(
      'thiếu 2 mục dưới đây: chúng bị xoá hoặc đổi tên trong lúc đang sao lưu',
    );
    expect(said).toContain('- campaigns/nhap-ve-sinh\r\n- campaigns/phong-chay/groups.csv');
    // And restore puts the folder back without it, saying what the backup lacks (review 38 #6).
    const target = join(dir, 'khoi-phuc');
    const run = await runCliInProcess(['restore', '--from', out, '--data', target, '--lang', 'vi']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'cảnh báo: bản sao lưu này thiếu 2 mục, bị xoá hoặc đổi tên trong lúc đang sao lưu: campaigns/nhap-ve-sinh, campaigns/phong-chay/groups.csv; các mục khác đã được khôi phục đủ',
    );
    expect(existsSync(join(target, 'campaigns', 'phong-chay', 'campaign.yaml'))).toBe(true);
    expect(existsSync(join(target, 'THIEU-TRONG-BAN-SAO-LUU.txt'))).toBe(false);
  });
});

describe('a folder backup with files dated before 1980', () => {
  it('backs up a logo dated 1970 (copied from a tar or a camera card) and restores that date', async () => {
    const dir = await makeTempDir();
    const source = join(dir, 'may-cu');
    await oldDataFolder(source);
    const logo = join('campaigns', 'phong-chay', 'logo.png');
    await writeFile(join(source, logo), 'PNG');
    await utimes(join(source, logo), 0, 0);
    const zip = join(dir, 'sao-luu.zip');
    await backupDataFolder(source, zip);
    const target = join(dir, 'may-moi');
    await restoreDataFolder(zip, target);
    expect((await stat(join(target, logo))).mtimeMs).toBe(0);
    // And the restored folder backs up again.
    await backupDataFolder(target, join(dir, 'lan-hai.zip'));
    expect(Object.keys(unzipSync(await readFile(join(dir, 'lan-hai.zip'))))).toContain(logo);
  });
});

// review59b #3: an upload held in a campaign's folder for the office's answer (an hour at most,
// the office's file, perhaps with personal data) is no part of the data a backup carries.
describe('a folder backup while an upload waits for its answer', () => {
  it('leaves the held upload out, the campaign’s own files in', async () => {
    const dir = await makeTempDir();
    const data = join(dir, 'du-lieu');
    await oldDataFolder(data);
    const held = join('campaigns', 'phong-chay', '.upload-groups-held-1.csv');
    await writeFile(join(data, held), 'STT,Họ tên,Số CCCD\n1,Nguyễn Văn A,031234567890\n');
    const out = join(dir, 'sao-luu.zip');
    await backupDataFolder(data, out);
    const names = Object.keys(unzipSync(await readFile(out)));
    expect(names).toContain('campaigns/phong-chay/campaign.yaml');
    expect(names.filter((n) => n.includes('.upload-'))).toEqual([]);
  });
});
