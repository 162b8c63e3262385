/**
 * "Tải tất cả" (every group's ZIP in one): the names inside are told apart as Windows and macOS
 * unpack them, regardless of case ("Tổ 1.zip" and "tổ 1.zip" are one file there), and the id
 * added to tell them apart is made a safe file name (an id "3/5" would be a folder "3/" inside).
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { layDownZips } from './laid-down-zips.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const GROUPS = [
  { id: '1', name: 'Tổ 1' },
  { id: '3/5', name: 'tổ 1' },
  { id: '7', name: 'Tổ 7' },
];

let s: TestStudio;
let c: Client;
let zips: Map<string, Uint8Array>;

beforeAll(async () => {
  let folder: string;
  ({ s, c, folder } = await studioWithExample());
  zips = await layDownZips(folder, GROUPS);
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

it('names every ZIP inside apart regardless of case, each a safe file name', async () => {
  const page = (await c.get('/c/hai-phong/build')).text;
  const href = /<a class="button secondary" href="([^"]+)" data-file-name=/.exec(page)?.[1];
  const res = await c.get(href ?? '-');
  expect(res.status).toBe(200);
  const inside = unzipSync(res.bytes);
  const names = Object.keys(inside);
  expect(names).toHaveLength(3);
  // Distinct as a case-blind file system sees them.
  expect(new Set(names.map((n) => n.toLocaleLowerCase('vi'))).size).toBe(3);
  for (const n of names) expect(n).not.toMatch(/[/\\:*?"<>|]/);
  // Each name leads to its group's own ZIP: the two "Tổ 1" by their ids.
  const of = (id: string) =>
    names.find((n) => Buffer.from(inside[n] ?? []).equals(Buffer.from(zips.get(id) ?? [])));
  expect(of('1')).toBe('Tổ 1 - Tất cả tài liệu - số 05-UBND-VHXH - phường Lê Chân (mã 1).zip');
  expect(of('3/5')).toBe('tổ 1 - Tất cả tài liệu - số 05-UBND-VHXH - phường Lê Chân (mã 3 5).zip');
  expect(of('7')).toBe('Tổ 7 - Tất cả tài liệu - số 05-UBND-VHXH - phường Lê Chân.zip');
});
