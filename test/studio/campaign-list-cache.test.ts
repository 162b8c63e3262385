/**
 * The list of campaigns keeps what it read of each campaign until its files change (an unchanged
 * campaign is not parsed again on each view): an edit of campaign.yaml made outside the studio,
 * the same size with a new modification time, shows on the next view, a campaign folder
 * removed outside the studio is no longer listed, and a print record or a copy's review file
 * appearing or removed changes its row ("chưa in", "bản sao, chưa sửa …") at once.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeManifest } from '../../src/output/manifest.js';
import { COPY_REVIEW_FILE } from '../../src/studio/copy-review.js';
import { removeTempDirs } from '../support/tmp.js';
import { copiedCampaign } from './office-steps.js';
import { visible } from './results-figures.js';
import { type Client, SETTLED_MS, studioWithExample, type TestStudio } from './studio.js';

describe('the list of campaigns after changes made outside the studio', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let second: string;
  let copy: string;
  /**
   * When each campaign's files last changed (this test's writes, or the studio's). `settled`
   * waits until they have been left alone SETTLED_MS, as a list viewed a while after the last
   * save: only as long as that is still to come (a fixed wait in each case made the file ~11 s of
   * sleeping, most of it for files that had long settled).
   */
  const changedAt = new Map<string, number>();
  const changed = (...slugs: string[]) => {
    for (const slug of slugs) changedAt.set(slug, Date.now());
  };
  const settled = (slug: string) =>
    sleep(Math.max(0, (changedAt.get(slug) ?? Date.now()) + SETTLED_MS - Date.now()));
  /** The visible text of a campaign's row on the list. */
  const rowOf = async (slug: string) => {
    const home = (await c.get('/')).text;
    const at = home.indexOf(`href="/c/${slug}"`);
    return at < 0 ? undefined : visible(home.slice(at).split('</li>')[0] ?? '');
  };

  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample({}, 'hai-phong'));
    second = join(s.dataDir, 'campaigns', 'hai-phong-2');
    changed('hai-phong');
    await cp(folder, second, { recursive: true });
    changed('hai-phong-2');
    copy = await copiedCampaign(c, 'hai-phong', 'Đợt hai thử danh sách');
    changed(copy);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('shows campaign.yaml as edited on disk, not as first read', async () => {
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    const number = /^ {2}number: (\d+)/m.exec(yaml)?.[1] ?? '';
    const symbol = /^ {2}symbol: (\S+)/m.exec(yaml)?.[1] ?? '';
    expect(number).toMatch(/^\d$/);
    const other = String((Number(number) % 9) + 1);
    // Read once the files have settled, as a list viewed a while after the last save.
    await settled('hai-phong');
    expect(await rowOf('hai-phong')).toContain(`Số 0${number}/${symbol}`);
    // The same size, another number: only the file's times tell the edit.
    const edited = yaml.replace(/^( {2}number: )\d+/m, `$1${other}`);
    expect(edited.length).toBe(yaml.length);
    await writeFile(file, edited);
    changed('hai-phong');
    await settled('hai-phong');
    const row = await rowOf('hai-phong');
    expect(row).toContain(`Số 0${other}/${symbol}`);
    expect(row).not.toContain(`Số 0${number}/${symbol}`);
  });

  it('no longer lists a campaign whose folder was removed', async () => {
    await settled('hai-phong-2');
    expect(await rowOf('hai-phong-2')).toBeDefined();
    await rm(second, { recursive: true });
    expect(await rowOf('hai-phong-2')).toBeUndefined();
    expect(await rowOf('hai-phong')).toBeDefined();
  });

  it('says “chưa in” again once the print record is gone, and not once it is back', async () => {
    const manifest = join(folder, 'out', 'manifest.json');
    await settled('hai-phong');
    expect(await rowOf('hai-phong')).toContain('chưa tạo tệp in');
    // A CLI build's record appearing (its contents are not what the list reads).
    await mkdir(join(folder, 'out'), { recursive: true });
    await writeFile(manifest, '{}');
    changed('hai-phong');
    expect(await rowOf('hai-phong')).not.toContain('chưa tạo tệp in');
    await settled('hai-phong');
    expect(await rowOf('hai-phong')).not.toContain('chưa tạo tệp in');
    await rm(manifest);
    changed('hai-phong');
    expect(await rowOf('hai-phong')).toContain('chưa tạo tệp in');
  });

  it('says the day the recorded build began, from a manifest written now or before', async () => {
    const out = join(folder, 'out');
    await mkdir(out, { recursive: true });
    const files = [
      { group: '1', kind: 'invitation', path: 'a.pdf', pages: 1, bytes: 1, sha256: '' },
    ];
    // Noon in Viet Nam on 04/03/2025, written as a build writes its record now.
    try {
      await writeManifest(out, {
        tool: 'phuong-print',
        inputs: 'x',
        files,
        print: [],
        zips: [],
        builtAt: Date.parse('2025-03-04T05:00:00Z'),
      });
      // The campaign's files are newer than these made-up builds: the row says the prints are
      // old ("tệp in cũ: đã sửa sau lần tạo tệp in …"), with the build's day all the same.
      expect(await rowOf('hai-phong')).toContain('lần tạo tệp in 04/03/2025');
      // A record written before `builtAt` came first: after the file list.
      const before = { tool: 'phuong-print', inputs: 'x', files, print: [], zips: [] };
      const builtAt = Date.parse('2024-02-03T05:00:00Z');
      await writeFile(join(out, 'manifest.json'), JSON.stringify({ ...before, builtAt }, null, 2));
      expect(await rowOf('hai-phong')).toContain('lần tạo tệp in 03/02/2024');
    } finally {
      // A manifest left behind would make the later cases' rows "đã in".
      await rm(out, { recursive: true, force: true });
      changed('hai-phong');
    }
  });

  it('drops “bản sao, chưa sửa …” once the copy’s review file is removed', async () => {
    // The copy was made with the other campaigns (beforeAll): settled since, or waited for.
    await settled(copy);
    expect(await rowOf(copy)).toContain('bản sao, chưa sửa');
    await rm(join(s.dataDir, 'campaigns', copy, COPY_REVIEW_FILE));
    expect(await rowOf(copy)).not.toContain('bản sao');
  });
});
