/**
 * A merged ward's second old ward's file uploaded over the first's (qa28 m1): before, the 80 tổ
 * of Tân Bình were replaced by Hải Tân's 70 with "Đã tải lên danh sách tổ." alone — the same ids
 * and names ("Tổ dân phố 1"…), other leaders. The page after the upload says how many groups of
 * the list before the new file does not have, and how to give both old wards at once; a file
 * that keeps the list's groups (a leader's phone changed) says nothing of the kind. Seen in
 * Chromium at a phone's 360×740 too (screenshots with PHUONG_PRINT_TEST_SHOTS=1).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { exampleForTests, plainText as plain } from './studio.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'test-output', 'studio-groups-dropped');
const slug = 'hai-phong';
const page = `/c/${slug}/groups`;

/** An old ward's list: ids 1…n, "Tổ dân phố i", its own leaders. */
const oldWard = (n: number, leader: string, phone = '0912 000 00') =>
  [
    'Mã tổ;Tên tổ dân phố;Tổ trưởng;Số điện thoại',
    ...Array.from(
      { length: n },
      (_, i) => `${i + 1};Tổ dân phố ${i + 1};${leader} ${i + 1};${phone}${i % 10}`,
    ),
  ].join('\r\n');

const TAN_BINH = oldWard(8, 'Đặng Văn');
// Another old ward's leaders: other people, other phones.
const HAI_TAN = oldWard(6, 'Hoàng Thị', '0977 000 00');

describe('a file that drops groups of the list before it (qa28 m1)', () => {
  const ex = exampleForTests();

  it('says how many groups the new file drops, and how to combine old wards', async () => {
    expect(
      (await ex.c.upload(page, 'file', 'tan-binh.csv', Buffer.from(TAN_BINH), {}, page)).status,
    ).toBe(303);
    const res = await ex.c.upload(page, 'file', 'hai-tan.csv', Buffer.from(HAI_TAN), {}, page);
    expect(res.status).toBe(303);
    const text = plain((await ex.c.get(res.headers.get('location') ?? page)).text);
    expect(text).toContain('Đã tải lên danh sách tổ.');
    // Every one of Tân Bình's 8 tổ: ids 1–6 are Hải Tân's groups now (their leaders others).
    expect(text).toContain(
      '8 tổ của danh sách trước không có trong tệp mới: tệp mới đã thay danh sách trước.',
    );
    expect(text).toContain('mỗi phường, xã cũ một trang tính');
    expect(text).toMatch(/6 tổ(?: dân phố)? đọc được/);
  });

  it('says nothing of the kind when the new file keeps the groups', async () => {
    const phones = oldWard(6, 'Hoàng Thị', '0988 111 11');
    const res = await ex.c.upload(page, 'file', 'hai-tan.csv', Buffer.from(phones), {}, page);
    expect(res.status).toBe(303);
    const text = plain((await ex.c.get(res.headers.get('location') ?? page)).text);
    expect(text).toContain('Đã tải lên danh sách tổ.');
    expect(text).not.toContain('không có trong tệp mới');
  });

  /** The page after uploading `base`, then `next` over it (its changes to the links confirmed). */
  const afterUpdate = async (base: string, next: string) => {
    expect((await ex.c.upload(page, 'file', 'ds.csv', Buffer.from(base), {}, page)).status).toBe(
      303,
    );
    const res = await ex.c.upload(
      page,
      'file',
      'ds.csv',
      Buffer.from(next),
      { confirmShift: '1' },
      page,
    );
    expect(res.status).toBe(303);
    return plain((await ex.c.get(res.headers.get('location') ?? page)).text);
  };
  const lines = (csv: string) => csv.split('\r\n');
  const edited = (csv: string, edit: (cells: string[], i: number) => string[]) =>
    [
      lines(csv)[0],
      ...lines(csv)
        .slice(1)
        .map((l, i) => edit(l.split(';'), i).join(';')),
    ].join('\r\n');

  it('keeps the groups of the same list after the tổ elections (5 of 8 leaders new)', async () => {
    const elected = edited(TAN_BINH, ([id = '', name = '', leader = '', phone = ''], i) =>
      i < 5 ? [id, name, `Nguyễn Thị Mới ${i + 1}`, `0966 222 22${i}`] : [id, name, leader, phone],
    );
    const text = await afterUpdate(TAN_BINH, elected);
    expect(text).toContain('Đã tải lên danh sách tổ.');
    expect(text).not.toContain('không có trong tệp mới');
  });

  it('keeps the groups when the leaders are written with “Ông”/“Bà”', async () => {
    const titled = edited(TAN_BINH, ([id = '', name = '', leader = '', phone = ''], i) => [
      id,
      name,
      `${i % 2 ? 'Bà' : 'Ông'} ${leader}`,
      phone,
    ]);
    const text = await afterUpdate(TAN_BINH, titled);
    expect(text).toContain('Đã tải lên danh sách tổ.');
    expect(text).not.toContain('không có trong tệp mới');
  });

  it('keeps the groups when their names are reworded under the same ids', async () => {
    const reworded = edited(TAN_BINH, ([id = '', name = '', ...rest]) => [
      id,
      name.replace('Tổ dân phố ', 'Tổ dân phố số '),
      ...rest,
    ]);
    const text = await afterUpdate(TAN_BINH, reworded);
    expect(text).toContain('Đã tải lên danh sách tổ.');
    expect(text).not.toContain('không có trong tệp mới');
  });

  it.skipIf(!chromiumAvailable)('shows it on a phone, within the screen', async () => {
    const browser: Browser = await sharedChromium();
    try {
      const p = await newPageAt(browser, PHONE);
      const shot = screenshots(OUT, PHONE, () => p);
      await signInByCookie(p, ex.s.url);
      for (const [name, csv] of [
        ['tan-binh.csv', TAN_BINH],
        ['hai-tan.csv', HAI_TAN],
      ] as const) {
        await p.goto(`${ex.s.url}${page}`);
        await p
          .locator('#file')
          .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await Promise.all([
          p.waitForNavigation(),
          p.getByRole('button', { name: 'Tải lên', exact: true }).click(),
        ]);
      }
      const warn = p.locator('.notice.warn', { hasText: 'không có trong tệp mới' });
      await expect(warn.textContent()).resolves.toContain('8 tổ của danh sách trước');
      const box = await warn.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(360);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
      await shot('dropped');
    } finally {
      await closeContexts(browser);
    }
  });
});
