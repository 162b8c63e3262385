/**
 * An .xlsx uploaded as the groups list that inflates far beyond its size while its headers
 * declare a few KB (a crafted "zip bomb", test/support/zip.ts): refused on the groups page in
 * the same Vietnamese sentence as an honest bomb, the list in use kept, the studio still
 * answering — the upload's bytes are counted as they inflate, before exceljs opens them. Real
 * sockets on loopback.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipInflatedBytes } from '../../src/load/limits.js';
import { removeTempDirs } from '../support/tmp.js';
import { zip } from '../support/zip.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe('a groups workbook whose headers lie about its size', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let bomb: Buffer;
  beforeAll(async () => {
    // Made before the studio starts (it runs in this thread): deflating 150 MB would hold up
    // its event loop, and its keep-alive timer would close the client's connection meanwhile.
    bomb = zip(
      { 'xl/worksheets/sheet1.xml': [{ bytes: Buffer.alloc(1024 * 1024, 'A'), times: 150 }] },
      9,
      () => 2048,
    );
    ({ s, c, folder } = await studioWithExample());
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('is refused on the groups page, the list in use kept', async () => {
    const before = await readFile(join(folder, 'groups.csv'), 'utf8');
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(zipInflatedBytes(bomb)).toBe(2048);
    const res = await c.upload(
      '/c/hai-phong/groups',
      'file',
      'danh-sach.xlsx',
      bomb,
      {},
      '/c/hai-phong/groups',
    );
    expect(res.status).toBe(422);
    const alert = visible(
      /<[a-z]+ class="notice error"[^>]*>([\s\S]*?)<\/(?:p|div)>/.exec(res.text)?.[1] ?? '',
    );
    expect(alert).toContain('Không dùng được tệp này.');
    expect(alert).toContain('Tệp Excel này khi mở ra sẽ chiếm hơn 100 MB');
    expect(alert).toContain('Danh sách cũ vẫn giữ nguyên.');
    expect(await readFile(join(folder, 'groups.csv'), 'utf8')).toBe(before);
    expect((await c.get('/c/hai-phong/groups')).status).toBe(200);
    expect(s.errors).toEqual([]);
  }, 60_000);
});
