/**
 * The notice's own appendices (notice.appendix) edited in the studio, as the office edits "Kính
 * gửi" and "Nơi nhận": no YAML to write. In Chromium at a desk: the field "Phụ lục kèm theo"
 * offers an empty appendix to fill (its title, its text); saved, campaign.yaml holds it and the
 * notice the studio previews prints "PHỤ LỤC", its title and its text after the signature; the
 * page then shows it as "Phụ lục 1" with room for another; emptied, it leaves the file. The
 * expected words are the ones typed. With PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/studio-notice-appendix/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chromiumAvailable, closeContexts, sharedChromium, WAIT } from '../serve/chromium.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { signedInStudio, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-notice-appendix',
);
const GROUPS = 'STT;Tên khu phố\n1;Khu phố 1\n2;Khu phố 2\n';
const TITLE = 'DANH SÁCH GIẤY TỜ CẦN MANG THEO';
const LINES = ['- Thẻ căn cước gắn chip của chủ hộ.', '- Sổ tiêm chủng của trẻ dưới 6 tuổi.'];

describe.skipIf(!chromiumAvailable)('the notice’s appendices in the studio', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  const shot = screenshots(OUT, DESK, () => page);
  const file = () => join(s.dataDir, 'campaigns', 'phu-luc', 'campaign.yaml');
  beforeAll(async () => {
    ({ s } = await signedInStudio());
    const folder = join(s.dataDir, 'campaigns', 'phu-luc');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'campaign.yaml'), NOTICE_ONLY);
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    browser = await sharedChromium();
    page = await newPageAt(browser, DESK);
    await signInByCookie(page, s.url);
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  const saved = async () => {
    // The save's own answer (the page replaces its form in place: an earlier "Đã lưu" stays).
    const answer = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/c/phu-luc'),
    );
    await page.getByRole('button', { name: 'Lưu' }).click();
    await answer;
    await expect
      .poll(() => page.locator('#edit-area .notice.ok').textContent())
      .toContain('Đã lưu');
  };

  it('adds a Phụ lục typed in the form, saved to campaign.yaml and printed on the notice', async () => {
    await page.goto(`${s.url}/c/phu-luc`);
    const field = page.locator('.appendix-field');
    // Folded while the campaign has none, under what the clerk adds there (form-folds.test.ts).
    expect(await field.isVisible()).toBe(false);
    await page.locator('details.optional-part > summary', { hasText: 'Thêm cho văn thư' }).click();
    // Before any: one empty appendix to fill, named as such; nothing in the file says appendix.
    expect(await field.locator('legend').allInnerTexts()).toEqual(['Thêm phụ lục']);
    expect(await page.locator('.notice.info', { hasText: 'notice.appendix' }).count()).toBe(0);
    await field.getByLabel('Tên phụ lục').fill(TITLE);
    await field.getByLabel('Nội dung phụ lục').fill(LINES.join('\n'));
    await shot('typed');
    await saved();

    const data = parse(await readFile(file(), 'utf8'));
    expect(data.notice.appendix).toEqual([{ title: TITLE, body: LINES.join('\n') }]);

    // The notice the studio previews (its own PDF, pdftotext): after the signature, the
    // appendix as Decree 30 heads it, then the lines typed (their "- " made list marks).
    const res = await page.request.get(`${s.url}/c/phu-luc/preview/file?group=1&kind=notice.pdf`);
    expect(res.status()).toBe(200);
    const text = collapseSpaces(await pdfText(new Uint8Array(await res.body())));
    const at = text.indexOf('PHỤ LỤC');
    expect(at, text).toBeGreaterThan(text.indexOf('Trần Thị Mỹ Hạnh'));
    const annex = text.slice(at);
    expect(annex).toContain(TITLE);
    for (const line of LINES) expect(annex).toContain(line.slice(2));

    // Shown again as the first appendix, with room for another.
    await page.goto(`${s.url}/c/phu-luc`);
    expect(await field.locator('legend').allInnerTexts()).toEqual([
      'Phụ lục 1',
      'Thêm một phụ lục nữa',
    ]);
    expect(await field.getByLabel('Tên phụ lục').first().inputValue()).toBe(TITLE);
    expect(await field.getByLabel('Nội dung phụ lục').first().inputValue()).toBe(LINES.join('\n'));
    await shot('saved');
  });

  it('keeps the file’s writing when the appendix is not changed, and takes it out when emptied', async () => {
    await page.goto(`${s.url}/c/phu-luc`);
    const before = await readFile(file(), 'utf8');
    await page.getByLabel('Địa danh', { exact: true }).fill('Phường Tân Định');
    await saved();
    const after = await readFile(file(), 'utf8');
    // The text kept as a block under "body: |", as import-docx writes it.
    expect(after).toContain('body: |');
    expect(after.slice(after.indexOf('appendix:'))).toBe(before.slice(before.indexOf('appendix:')));

    const field = page.locator('.appendix-field');
    await field.getByLabel('Tên phụ lục').first().fill('');
    await field.getByLabel('Nội dung phụ lục').first().fill('');
    await saved();
    expect(parse(await readFile(file(), 'utf8')).notice.appendix).toBeUndefined();
    // None left: folded again, its one empty appendix inside.
    await expect.poll(() => field.isVisible(), WAIT).toBe(false);
    expect(await field.locator('legend').allTextContents()).toEqual(['Thêm phụ lục']);
  });

  it('leaves a hand-written appendix as written when another field is saved', async () => {
    // review44 #2: a title over two lines (the notice prints it line by line), a double space,
    // comments and quotes of the office's own; saving any field rewrote them all.
    // (Written as the YAML library writes an untouched file back, so only the save's own
    // rewriting could change it.)
    const APPENDIX = [
      '  appendix:',
      '    # viết tay',
      '    - title: |-',
      '        DANH SÁCH',
      '        CÁC HỘ  CẦN PHUN THUỐC',
      '      body: "Dòng 1" # ghi chú',
      "    - { title: 'Phụ lục hai', body: Dòng A }",
      '',
    ].join('\n');
    const folder = join(s.dataDir, 'campaigns', 'viet-tay');
    await mkdir(folder, { recursive: true });
    const handWritten = `${NOTICE_ONLY}${APPENDIX}`;
    await writeFile(join(folder, 'campaign.yaml'), handWritten);
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    await page.goto(`${s.url}/c/viet-tay`);
    const field = page.locator('.appendix-field');
    // The title shown over its two lines, as it prints.
    expect(await field.getByLabel('Tên phụ lục').first().inputValue()).toBe(
      'DANH SÁCH\nCÁC HỘ CẦN PHUN THUỐC',
    );
    const answer = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/c/viet-tay'),
    );
    await page.getByLabel('Địa danh', { exact: true }).fill('Phường Tân Định');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await answer;
    await expect
      .poll(() => page.locator('#edit-area .notice.ok').textContent())
      .toContain('Đã lưu');
    const after = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    expect(after).toContain('Phường Tân Định');
    expect(after).toContain(`\n${APPENDIX}`);
  });

  it('fits a phone’s width', async () => {
    const phone = await newPageAt(browser, PHONE);
    await signInByCookie(phone, s.url);
    await phone.goto(`${s.url}/c/phu-luc`);
    await phone.locator('details.optional-part > summary', { hasText: 'Thêm cho văn thư' }).click();
    const box = await phone.locator('.appendix-field textarea').first().boundingBox();
    expect(box?.width).toBeGreaterThan(250);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await phone.locator('.appendix-field').scrollIntoViewIfNeeded();
    await screenshots(OUT, PHONE, () => phone)('appendix');
  });
});
