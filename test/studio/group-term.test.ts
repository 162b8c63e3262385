/**
 * A ward whose groups are "thôn" (a commune): its campaign says `group_term: thôn`, its groups
 * file names its thôn. Every campaign page of the studio names its groups "thôn" — the tab
 * "Danh sách thôn" on each page, the groups page's count, its help and its problems — and never
 * "tổ". Pages fetched over HTTP; the groups and build pages also opened in Chromium at a desk
 * (with PHUONG_PRINT_TEST_SHOTS=1, screenshots in test-output/studio-term/).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import {
  asCommuneIssuer,
  GROUP_WORD_TO,
  TERM,
  THON_GROUPS,
  UNIT,
  UNIT_WORD_PHUONG,
  withGroupTerm,
} from '../support/group-term.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { pressPrintAll } from './print-all.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio-term');
const slug = 'xa-an-binh';

describe("the studio in the ward's word for its groups", () => {
  let s: TestStudio;
  let c: Client;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (chromiumAvailable) browser = await sharedChromium();
    const example = await studioWithExample({ groups: THON_GROUPS }, slug);
    s = example.s;
    c = example.c;
    const file = join(example.folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    const commune = asCommuneIssuer(withGroupTerm(yaml));
    // The issuer is a commune ("XÃ AN BÌNH"): pages that mean the whole unit say "xã".
    expect(commune).toContain(`ward: ${UNIT} An Bình`);
    await writeFile(file, commune, 'utf8');
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it.each([
    ['edit', ''],
    ['groups', '/groups'],
    ['preview', '/preview'],
    ['build', '/build'],
  ])('the %s page names the groups tab "Danh sách thôn"', async (_, path) => {
    const page = await c.get(`/c/${slug}${path}`);
    expect(page.status).toBe(200);
    const tabs = /<ul class="tabs">.*?<\/ul>/s.exec(page.text)?.[0] ?? '';
    expect(tabs).toContain(`Danh sách ${TERM}`);
    expect(tabs).not.toMatch(GROUP_WORD_TO);
  });

  it('the groups page counts, helps and names its problems in thôn', async () => {
    const page = (await c.get(`/c/${slug}/groups`)).text;
    expect(page).toContain(`2 ${TERM} đọc được`);
    expect(page).toContain(`<title>Danh sách ${TERM}:`);
    expect(page).toContain(`“Tên ${TERM}”`);
    // The row without a name: the loader's hint in the ward's word.
    expect(page).toContain(`Ghi tên ${TERM}, ví dụ “Thôn số 5”.`);
    const main = /<main>.*<\/main>/s.exec(page)?.[0] ?? '';
    expect(main.replace(/<[^>]+>/g, ' ')).not.toMatch(GROUP_WORD_TO);
  });

  it('says what was uploaded in thôn', async () => {
    const page = await c.get(`/c/${slug}/groups?uploaded=1`);
    expect(page.text).toContain(`Đã tải lên danh sách ${TERM}.`);
  });

  it('a preview the groups file stops names the groups page in thôn', async () => {
    const dir = join(s.dataDir, 'campaigns', slug);
    const good = await readFile(join(dir, 'groups.csv'), 'utf8');
    // No column of names at all: the file cannot be used, the preview says where to fix it.
    await writeFile(join(dir, 'groups.csv'), 'STT;Số hộ\n1;248\n', 'utf8');
    try {
      const panel = (await c.get(`/c/${slug}/preview/panel`)).text;
      expect(panel).toContain('Chưa xem trước được');
      expect(panel).toContain(`<a href="/c/${slug}/groups">Sửa ở trang Danh sách ${TERM}</a>`);
    } finally {
      await writeFile(join(dir, 'groups.csv'), good, 'utf8');
    }
  });

  it("a build's failed row is said in Vietnamese with its hint, in thôn", async () => {
    const started = await pressPrintAll(c, slug);
    expect(started.status).toBe(303);
    await expect
      .poll(async () => JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state, {
        timeout: 240_000,
        interval: 100,
      })
      .toBe('done');
    const page = (await c.get(`/c/${slug}/build`)).text;
    expect(page).toContain(`Đã tạo tệp in cho 2/3 ${TERM}`);
    expect(page).toContain(`Các ${TERM} chưa tạo được tệp in`);
    // The row without a name: the problem and how to fix it, both in Vietnamese.
    expect(page).toContain(`Thôn 2 (dòng 3): Thiếu tên. Ghi tên ${TERM}, ví dụ “Thôn số 5”.`);
    expect(page).not.toMatch(/the name is empty|Write the group/);
  }, 300_000);

  it('the build page names the whole unit "xã", never "phường"', async () => {
    const page = (await c.get(`/c/${slug}/build`)).text;
    expect(page).toContain(`<h2>Tệp in cho cả ${UNIT}</h2>`);
    expect(page).toContain(`Mở trang trưởng ${TERM} và lấy đường dẫn, mã QR của từng ${TERM}`);
    // The notice's title in the list of print files, from templates/web/labels.hbs.
    expect(page).toContain(`Thông báo của ${UNIT}</a>`);
    const main = /<main>.*<\/main>/s.exec(page)?.[0] ?? '';
    expect(main.replace(/<[^>]+>/g, ' ')).not.toMatch(UNIT_WORD_PHUONG);
  });

  it('the leaders’ tab says "trưởng thôn" and "xã", never "tổ" or "phường"', async () => {
    const page = (await c.get(`/c/${slug}/leaders`)).text;
    expect(page).toContain(`Trang trưởng ${TERM}</a>`);
    expect(page).toContain(`Mở trang cho 2 ${TERM} của ${UNIT}`);
    const main = /<main>.*<\/main>/s.exec(page)?.[0] ?? '';
    const text = main.replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(UNIT_WORD_PHUONG);
    expect(text).not.toMatch(GROUP_WORD_TO);
  });

  describe.skipIf(!chromiumAvailable)('in Chromium, at a desk', () => {
    it('shows the tab and the table in thôn', async () => {
      if (!browser) throw new Error('no browser');
      const page = await newPageAt(browser, DESK);
      const shot = screenshots(OUT, DESK, () => page);
      await signInByCookie(page, s.url);
      await page.goto(`${s.url}/c/${slug}/groups`);
      const tab = page.getByRole('link', { name: `Danh sách ${TERM}` });
      expect(await tab.getAttribute('aria-current')).toBe('page');
      await shot('groups');
      await page.goto(`${s.url}/c/${slug}/build`);
      // The last build's outcome (the failed thôn and its hint), in view.
      await page.locator('#build-status').scrollIntoViewIfNeeded();
      await shot('build');
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).not.toMatch(GROUP_WORD_TO);
      // The commune's build page, as a reader sees it: its print files are "cả xã".
      expect(main).toContain(`Tệp in cho cả ${UNIT}`);
      expect(main).not.toMatch(UNIT_WORD_PHUONG);
    });
  });
});
