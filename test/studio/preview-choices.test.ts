/**
 * The preview's group search when what is typed fits several groups (qa44 m7): a merged ward's
 * four old wards each have a "Tổ dân phố số 10", and four groups may share one name. The first in
 * the file was shown as if it were the one asked for; now the page shows it and lists every group
 * found, each a link to its own preview.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const OLD_WARDS = ['Lạch Tray', 'Hàng Kênh', 'Dư Hàng Kênh', 'An Biên'];

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  // 4 old wards × 30 tổ, each named with its old ward, then four tổ of one name (ids 121–124).
  const rows = OLD_WARDS.flatMap((ward, w) =>
    Array.from({ length: 30 }, (_, i) => `${w * 30 + i + 1},Tổ dân phố số ${i + 1} (${ward} cũ)`),
  );
  for (let id = 121; id <= 124; id++) rows.push(`${id},Tổ dân phố Cầu Đất`);
  ({ s, c } = await studioWithExample({ groups: `STT,Tên tổ dân phố\n${rows.join('\n')}\n` }));
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

/** The preview page for what the office typed: the group shown, and the choices offered. */
async function preview(typed: string) {
  const page = (await c.get(`/c/hai-phong/preview?find=${encodeURIComponent(typed)}`)).text;
  const shown = /<input[^>]*id="p-group"[^>]*value="([^"]*)"/.exec(page)?.[1];
  const list = /<ul class="preview-choices">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
  const choices = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
    plainText(m[1] ?? '').trim(),
  );
  const links = [...list.matchAll(/href="([^"]*)"/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&'),
  );
  return { page, shown, choices, links };
}

it('lists the four old wards’ “Tổ dân phố số 10” to choose from, the first shown', async () => {
  const p = await preview('to 10');
  expect(p.shown).toBe('Tổ dân phố số 10 (Lạch Tray cũ)');
  expect(plainText(p.page)).toContain(
    'Có 4 tổ khớp với “to 10”: đang xem Tổ dân phố số 10 (Lạch Tray cũ).',
  );
  expect(p.choices).toEqual([
    'Tổ dân phố số 10 (Lạch Tray cũ) (đang xem)',
    ...OLD_WARDS.slice(1).map((w) => `Tổ dân phố số 10 (${w} cũ)`),
  ]);
  // Each other choice opens that group's preview.
  const other = (await c.get(p.links[1] ?? '')).text;
  expect(/<input[^>]*id="p-group"[^>]*value="([^"]*)"/.exec(other)?.[1]).toBe(
    'Tổ dân phố số 10 (Dư Hàng Kênh cũ)',
  );
});

it('lists four groups of one name by their ids', async () => {
  const p = await preview('tổ dân phố cầu đất');
  expect(p.choices).toEqual([
    'Tổ dân phố Cầu Đất (mã 121) (đang xem)',
    'Tổ dân phố Cầu Đất (mã 122)',
    'Tổ dân phố Cầu Đất (mã 123)',
    'Tổ dân phố Cầu Đất (mã 124)',
  ]);
});

it('offers no choice when one group is found, and counts those beyond 30', async () => {
  const one = await preview('hang kenh 10');
  expect(one.shown).toBe('Tổ dân phố số 10 (Hàng Kênh cũ)');
  // "hang kenh" begins words of Dư Hàng Kênh's names too: two found.
  expect(one.choices).toHaveLength(2);
  const single = await preview('Tổ dân phố số 7 (An Biên cũ)');
  expect(single.shown).toBe('Tổ dân phố số 7 (An Biên cũ)');
  expect(single.choices).toEqual([]);
  const many = await preview('lach tray');
  expect(many.choices).toHaveLength(30);
  const all = await preview('to dan pho');
  expect(all.choices).toHaveLength(30);
  expect(plainText(all.page)).toContain('Và 94 tổ khác: gõ thêm chữ để thu hẹp.');
});
