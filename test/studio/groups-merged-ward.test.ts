/**
 * The studio's groups page given a merged ward's list in two parts (qa6 H1, H9): the office
 * uploads the workbook with its old wards' section rows and subtotals, and the page reads all its
 * groups with no red row, says each heading and subtotal was skipped as `check --lang vi` says it
 * (the command's code in this process), and lists the two "Tổ dân phố số 1" as the documents print
 * them, each with its old ward. The page also opened in Chromium at a desk (the phone's layout of
 * the groups page: phone-browser.test.ts); with PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/studio-groups-merged/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { checkGroupsFile } from '../support/cli.js';
import { mergedWardXlsx } from '../support/merged-ward.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { exampleForTests } from './studio.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'test-output', 'studio-groups-merged');
const groupsPage = '/c/hai-phong/groups';

/** check's warnings about rows ("dòng 7: đây là dòng tiêu đề phần …"), as the page says them. */
function rowWarnings(stderr: string): string[] {
  return stderr.split('\n').flatMap((line) => {
    const m = /^cảnh báo: [^,]+, (dòng \d+): (.+)$/.exec(line);
    return m ? [`D${(m[1] ?? '').slice(1)}: ${m[2]}`] : [];
  });
}

describe('a merged ward’s list in the studio', () => {
  const ex = exampleForTests();

  it('reads every group, says what it skipped as check does, and names same-named groups apart', async () => {
    const bytes = await mergedWardXlsx();
    const cli = await checkGroupsFile('hoan-kiem.xlsx', bytes);
    const said = rowWarnings(cli.stderr);
    // The two headings and the three totals rows.
    expect(said.filter((w) => w.includes('đã bỏ qua dòng này'))).toHaveLength(5);
    const up = await ex.c.upload(
      groupsPage,
      'file',
      'hoan-kiem.xlsx',
      Buffer.from(bytes),
      {},
      groupsPage,
    );
    expect(up.status).toBe(303);
    const text = (await ex.c.get(groupsPage)).text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    // Not read, and counted apart: the two headings, the three totals rows and the three lines
    // under the table (the date and the signature, rows 21–23).
    expect(text).toContain('8 tổ đọc được; 8 dòng không đọc');
    expect(text).not.toContain('dòng có lỗi');
    for (const w of said) expect(text).toContain(w);
    expect(text).toContain('Tổ dân phố số 1 (Hàng Bạc cũ)');
    expect(text).toContain('Tổ dân phố số 1 (Hàng Bồ cũ)');
  });

  it.skipIf(!chromiumAvailable)('shows the page at a desk', async () => {
    const browser = await sharedChromium();
    try {
      const page = await newPageAt(browser, DESK);
      const shot = screenshots(OUT, DESK, () => page);
      await signInByCookie(page, ex.s.url);
      await page.goto(`${ex.s.url}${groupsPage}`);
      expect(await page.locator('main').textContent()).toContain('8 tổ đọc được; 8 dòng không đọc');
      await shot('top');
      await page.locator('.notice.warn').scrollIntoViewIfNeeded();
      await shot('notes');
      await page
        .getByRole('cell', { name: 'Tổ dân phố số 1 (Hàng Bồ cũ)' })
        .scrollIntoViewIfNeeded();
      await shot('table');
      await page.context().close();
    } finally {
      await closeContexts(browser);
    }
  });
});
