/**
 * Decree 13/2023/NĐ-CP, personal data kept no longer than needed: once the leaders' pages are
 * open, the studio keeps beside the campaigns (DATA/published/) the copy the leaders are served
 * and a record of what they were handed. A replaced leader's name and phone, and a removed
 * group's leader, stayed there for the campaign's life. Now, after the office uploads a list that
 * replaces tổ 5's leader and removes tổ 7, none of those names or phones is in any file of the
 * published folder (read on disk), while the leaders tab still says tổ 5 has a new leader.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'doi-to-truong';
let s: TestStudio;
let office: Client;
let folder: string;
/** The example's groups list as first published (the first test changes it). */
let firstList = '';

beforeAll(async () => {
  ({
    s,
    c: office,
    folder,
  } = await studioWithExample({ baseUrl: 'https://in.phuong-le-chan.vn' }, SLUG));
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

/** Every file under `dir` that holds one of `words` (as UTF-8 bytes), by its path. */
async function filesHolding(dir: string, words: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const bytes = await readFile(path);
    for (const w of words) if (bytes.includes(Buffer.from(w))) found.push(`${path}: ${w}`);
  }
  return found;
}

it('forgets a replaced leader and a removed group’s leader in the published folder', async () => {
  const groups = join(folder, 'groups.csv');
  const csv = await readFile(groups, 'utf8');
  firstList = csv;
  const lines = csv.split(/\r?\n/);
  const rowOf = (id: string) => lines.find((l) => l.startsWith(`${id};`)) ?? '';
  const [, , leader5 = '', phone5 = ''] = rowOf('5').split(';');
  const [, , leader7 = '', phone7 = ''] = rowOf('7').split(';');
  expect([leader5, phone5, leader7, phone7].every((w) => w.length > 5)).toBe(true);
  const gone = [leader5, phone5, leader7, phone7];

  expect((await office.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(303);
  const published = join(s.dataDir, 'published');
  // Served now: the copy the leaders get holds the list as it is (the test reads what it should).
  expect(await filesHolding(published, gone)).not.toEqual([]);

  const replaced = rowOf('5').replace(leader5, 'Trịnh Công Vinh').replace(phone5, '0935 112 233');
  const next = lines
    .filter((l) => !l.startsWith('7;'))
    .map((l) => (l.startsWith('5;') ? replaced : l))
    .join('\r\n');
  // A group left out of a published list: the studio asks first.
  expect((await uploadGroups(next)).status).toBe(409);
  expect((await uploadGroups(next, true)).status).toBe(303);

  expect(await filesHolding(published, gone)).toEqual([]);
  // The record still tells the leader changed: the tab asks to send tổ 5's link to the new one.
  expect(plainText((await office.get(`/c/${SLUG}/leaders`)).text)).toContain(
    'Tổ trưởng mới: Trịnh Công Vinh (0935 112 233) — gửi đường dẫn cho người mới',
  );
});

/** The groups list uploaded on the groups tab; `confirm`: "Vẫn dùng tệp này" ticked, the file chosen again. */
const uploadGroups = (csv: string, confirm = false) =>
  office.upload(
    `/c/${SLUG}/groups`,
    'file',
    'groups.csv',
    Buffer.from(csv),
    confirm ? { confirmShift: '1' } : {},
    `/c/${SLUG}/groups`,
  );

it('does not call a group removed by one upload and put back by the next a new one', async () => {
  // The upload above left tổ 7 out (by mistake, say); the office now uploads the list it had.
  const original = firstList;
  expect(original).toMatch(/^7;/m);
  // A group added back leaves none out: saved without asking.
  expect((await uploadGroups(original)).status).toBe(303);
  const tab = plainText((await office.get(`/c/${SLUG}/leaders`)).text);
  expect(tab).toContain('Tổ dân phố số 7');
  expect(tab).toContain('Có lại trong danh sách sau khi bị bỏ ra: đường dẫn vẫn như cũ.');
  expect(tab).not.toContain('mới (thêm sau khi gửi đường dẫn)');
});
