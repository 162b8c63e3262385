/**
 * "In và tải về" at a merged ward's size (qa44 m8): 44 groups' ZIPs listed one a row were a
 * 21,000 px page on a phone for 220 tổ, with no way to take them all at once. Now one download
 * holds every group's ZIP (each under the name it downloads with; a name two groups share gets
 * the group's id, so none overwrites another when unpacked), the list shows its first 30 rows
 * with the rest folded, and a search finds a group's ZIP. The build's output is laid down as a
 * build leaves it (manifest.json and the ZIPs), so the case needs no drawing.
 */
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, signInByCookie } from './chromium-pages.js';
import { layDownZips } from './laid-down-zips.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const OLD_WARDS = ['Lạch Tray', 'Hàng Kênh', 'Dư Hàng Kênh', 'An Biên'];
/** 4 old wards × 10 tổ, then four tổ of one name (ids 41–44). */
const GROUPS = [
  ...OLD_WARDS.flatMap((w, k) =>
    Array.from({ length: 10 }, (_, i) => ({
      id: String(k * 10 + i + 1),
      name: `Tổ dân phố số ${i + 1} (${w} cũ)`,
    })),
  ),
  ...[41, 42, 43, 44].map((id) => ({ id: String(id), name: 'Tổ dân phố Cầu Đất' })),
];

let s: TestStudio;
let c: Client;
let browser: Browser | undefined;
/** Each group's ZIP's bytes, by id. */
let zips: Map<string, Uint8Array>;

beforeAll(async () => {
  let folder: string;
  ({ s, c, folder } = await studioWithExample());
  zips = await layDownZips(folder, GROUPS);
  if (chromiumAvailable) browser = await sharedChromium();
});
afterAll(async () => {
  if (browser) await closeContexts(browser);
  await s.close();
  await removeTempDirs();
});

it('downloads every group’s ZIP in one, none overwriting another', async () => {
  const page = (await c.get('/c/hai-phong/build')).text;
  const link =
    /<a class="button secondary" href="([^"]+)" data-file-name="([^"]+)">([^<]+)<\/a>/.exec(page);
  expect(link?.[3]).toMatch(/^Tải tất cả 44 tệp ZIP \(một tệp, /);
  const res = await c.get(link?.[1] ?? '-');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  const inside = unzipSync(res.bytes);
  const names = Object.keys(inside);
  expect(names).toHaveLength(44);
  expect(names[0]).toBe(
    'Tổ dân phố số 1 (Lạch Tray cũ) - Tất cả tài liệu - số 05-UBND-VHXH - phường Lê Chân.zip',
  );
  expect(names.slice(40)).toEqual(
    [41, 42, 43, 44].map(
      (id) =>
        `Tổ dân phố Cầu Đất (mã ${id}) - Tất cả tài liệu - số 05-UBND-VHXH - phường Lê Chân.zip`,
    ),
  );
  // Each is the group's own ZIP, byte for byte.
  expect(Buffer.from(inside[names[11] ?? ''] ?? [])).toEqual(Buffer.from(zips.get('12') ?? []));
});

it('lists 30 ZIPs with the rest folded, and finds one by a search', async () => {
  const page = (await c.get('/c/hai-phong/build')).text;
  const list = page.slice(page.indexOf('id="zip"'));
  const [shown = '', folded = ''] = list.split('<details class="more-zips">');
  expect(shown.match(/\/out\/zip\//g)).toHaveLength(30);
  expect(plainText(folded)).toContain('Xem thêm 14 tệp ZIP');
  expect(folded.match(/\/out\/zip\//g)).toHaveLength(14);
  const found = (await c.get(`/c/hai-phong/build?tim=${encodeURIComponent('hang kenh 7')}`)).text;
  const items = [...found.matchAll(/href="\/c\/hai-phong\/out\/zip\/[^"]+"[^>]*>([^<]+)</g)].map(
    (m) => m[1],
  );
  expect(items).toEqual(['Tổ dân phố số 7 (Hàng Kênh cũ)', 'Tổ dân phố số 7 (Dư Hàng Kênh cũ)']);
  expect(plainText(found)).toContain('2/44 tệp khớp với “hang kenh 7”.');
});

it.skipIf(!chromiumAvailable)(
  'keeps the page short on a phone: the folded rows hidden until opened',
  async () => {
    for (const size of [PHONE, DESK]) {
      const page = await newPageAt(browser as Browser, size);
      await signInByCookie(page, s.url);
      await page.goto(`${s.url}/c/hai-phong/build`);
      if (process.env.PHUONG_PRINT_TEST_SHOTS === '1')
        await page.screenshot({
          path: `test-output/build-all-zips-${size.name}.png`,
          fullPage: true,
        });
      const hidden = await page.locator('details.more-zips a').first().isVisible();
      expect(hidden).toBe(false);
      await page.getByText('Xem thêm 14 tệp ZIP').click();
      expect(await page.locator('details.more-zips a').first().isVisible()).toBe(true);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(size.viewport.width);
      await page.context().close();
    }
  },
);
