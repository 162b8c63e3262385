/**
 * The print tab after "Tạo tệp in", in the order the office works (h-ux): the files to download
 * (the whole ward's, then each group's ZIP) come right after "Đã tạo tệp in", and "Xoá tệp in" —
 * freeing the disk, a later chore — after them, not between the result and the downloads.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { buildAndWait } from './build-wait.js';
import { plainText, studioWithExample } from './studio.js';

afterAll(removeTempDirs);

describe('the print tab after printing', () => {
  it('offers the downloads before “Xoá tệp in”', async () => {
    const { s, c, folder } = await studioWithExample({ groups: wardCsv(2) });
    try {
      expect((await buildAndWait(c, 'hai-phong')).state).toBe('done');
      const tab = plainText((await c.get('/c/hai-phong/build')).text);
      const done = tab.indexOf('Đã tạo tệp in cho');
      const wardFiles = tab.indexOf('Tệp in cho cả phường');
      const zips = tab.indexOf('Tệp ZIP của từng tổ');
      const free = tab.indexOf('Xoá tệp in (');
      expect(done).toBeGreaterThan(0);
      expect(wardFiles).toBeGreaterThan(done);
      expect(zips).toBeGreaterThan(wardFiles);
      expect(free).toBeGreaterThan(zips);
      // Still before the leaders' part, which is the tab's last.
      expect(tab.indexOf('Trang tải về cho tổ trưởng')).toBeGreaterThan(free);
      // The bản gốc goes to the bodies its "Kính gửi" lists; with none, to its "Nơi nhận" (qa53 p6).
      expect(tab).toContain('gửi các cơ quan ở “Kính gửi” và lưu văn thư');
      const file = join(folder, 'campaign.yaml');
      const yaml = await readFile(file, 'utf8');
      const unaddressed = yaml.replace(/^ {2}recipients:.*\n(?: {4}- .*\n)+/mu, '');
      expect(unaddressed).not.toContain('Thường trực Đảng ủy;');
      await writeFile(file, unaddressed);
      const after = plainText((await c.get('/c/hai-phong/build')).text);
      expect(after).toContain('gửi các cơ quan ở “Nơi nhận” và lưu văn thư');
    } finally {
      await s.close();
    }
  }, 120_000);
});
