/**
 * The print tab after "Tạo tệp in", in the order the office works (h-ux): the files to download
 * (the whole ward's, then each group's ZIP) come right after "Đã tạo tệp in", and "Xoá tệp in" —
 * freeing the disk, a later chore — after them, not between the result and the downloads.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { buildAndWait } from './build-wait.js';
import { plainText, studioWithExample } from './studio.js';

afterAll(removeTempDirs);

describe('the print tab after printing', () => {
  it('offers the downloads before “Xoá tệp in”', async () => {
    const { s, c, folder } = await studioWithExample();
    try {
      await writeFile(join(folder, 'groups.csv'), wardCsv(2));
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
    } finally {
      await s.close();
    }
  }, 120_000);
});
