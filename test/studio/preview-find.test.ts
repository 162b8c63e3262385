/**
 * The preview's group search (from 100 groups): a group typed by its whole name or id, marks and
 * case aside, is that group — not the first group in the file whose name merely holds the words
 * ("khu pho 2" is Khu phố 2, though Khu phố 120 comes first) (review 2026-12-01 L3).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  // 120 khu phố numbered against their ids: id 1 is Khu phố 120, id 119 is Khu phố 2.
  const rows = Array.from({ length: 120 }, (_, i) => `${i + 1},Khu phố ${120 - i}`);
  ({ s, c } = await studioWithExample({ groups: `STT,Tên khu phố\n${rows.join('\n')}\n` }));
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

/** The group the preview shows for what the office typed: its name in the search box. */
async function shown(typed: string): Promise<string | undefined> {
  const page = (await c.get(`/c/hai-phong/preview?find=${encodeURIComponent(typed)}`)).text;
  return /<input[^>]*id="p-group"[^>]*value="([^"]*)"/.exec(page)?.[1];
}

it('takes a whole name or id before a name that only holds the words', async () => {
  expect(await shown('khu pho 2')).toBe('Khu phố 2');
  expect(await shown('KHU PHỐ 3')).toBe('Khu phố 3');
  // An id typed is that group (id 2 is Khu phố 119), not the first name holding a "2".
  expect(await shown('2')).toBe('Khu phố 119');
  // Words of no whole name: the first group holding them, as before.
  expect(await shown('pho 99')).toBe('Khu phố 99');
});
