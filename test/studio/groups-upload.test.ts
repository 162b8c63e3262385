/**
 * Uploading a groups file in the studio, against what `check --lang vi` (the command, runCliInProcess) says of the
 * same file: a refused file's problem with its row and its hint, the warnings of a file that is
 * kept (a figure the tracking sheet cannot hold, a column nothing prints); Excel's "Unicode
 * Text" (.txt, UTF-16) read as the CLI reads it; a file over README's limit refused on a page of
 * the studio (its bar, the way back to the form). Pages in Chromium at a desk (the phone's layout
 * of the groups page: phone-browser.test.ts); with PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/studio-groups/.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { type Client, plainText as plain, studioWithExample, type TestStudio } from './studio.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'test-output', 'studio-groups');
const slug = 'hai-phong';
const groupsPage = `/c/${slug}/groups`;

/** A row with two cells too many (an unquoted ";" in a name, as Excel users type it). */
const SPLIT_ROW = 'STT;Tên thôn\n1;Thôn A\n2;Thôn B;thừa;thừa\n3;Thôn C\n';
/** Thôn 1 with 5,000 households, and a column the office keeps for itself. */
const WARN =
  'STT;Tên thôn;Số hộ;Số nhân khẩu;Tuyến thu gom rác\n1;Thôn 1;5000;20;riêng\n2;Thôn 2;100;400;x\n';

interface Said {
  where: string;
  text: string;
  hint?: string;
}

/** `check --lang vi` on the example campaign and `groups`, the command's code in this process. */
const check = (groups: string) => checkVi(join(ROOT, 'examples/hai-phong/campaign.yaml'), groups);

/** What `check` says of `groups`: its errors and warnings, each with its hint. */
async function checkSays(groups: string): Promise<Said[]> {
  const r = await check(groups);
  const said: Said[] = [];
  for (const line of r.stderr.split('\n')) {
    const problem = /^(?:lỗi|cảnh báo): [^,]+, (.+?): (.+)$/.exec(line);
    if (problem) said.push({ where: problem[1] ?? '', text: problem[2] ?? '' });
    const hint = /^gợi ý: (.+)$/.exec(line);
    const last = said[said.length - 1];
    if (hint && last) last.hint = hint[1];
  }
  return said;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
describe('uploading a groups file', () => {
  let s: TestStudio;
  let c: Client;
  let dir: string;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample());
    dir = await makeTempDir('groups-upload-');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('refuses a broken file with the row and the hint check gives', async () => {
    const file = join(dir, 'thon.csv');
    await writeFile(file, SPLIT_ROW);
    const [cli] = await checkSays(file);
    expect(cli?.where).toBe('dòng 3');
    const res = await c.upload(
      groupsPage,
      'file',
      'thon.csv',
      Buffer.from(SPLIT_ROW),
      {},
      groupsPage,
    );
    expect(res.status).toBe(422);
    const text = plain(res.text);
    expect(text).toContain(`${capital(cli?.where ?? '')}: ${cli?.text}`);
    expect(text).toContain(cli?.hint ?? 'no hint from check');
    expect(text).toContain('Danh sách cũ vẫn giữ nguyên');
  });

  it('claims no old list when a campaign that has none refuses its first file', async () => {
    // The example campaign's copy without its groups file: a campaign made and not yet given one.
    const first = join(s.dataDir, 'campaigns', 'chua-co-danh-sach');
    await cp(join(s.dataDir, 'campaigns', slug), first, { recursive: true });
    await rm(join(first, 'groups.csv'));
    const page = '/c/chua-co-danh-sach/groups';
    const res = await c.upload(page, 'file', 'thon.csv', Buffer.from(SPLIT_ROW), {}, page);
    expect(res.status).toBe(422);
    const text = plain(res.text);
    expect(text).toContain('Không dùng được tệp này.');
    expect(text).not.toContain('Danh sách cũ');
  });

  it('reads Excel’s Unicode Text (.txt, UTF-16) as the CLI does', async () => {
    const table = 'STT\tTên thôn\tSố hộ\r\n1\tThôn Tân Phú\t120\r\n2\tThôn Hòa Khánh\t95\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(table, 'utf16le')]);
    const file = join(dir, 'thon-unicode.txt');
    await writeFile(file, bytes);
    const cli = await check(file);
    expect(cli.code, cli.stderr).toBe(0);
    const res = await c.upload(groupsPage, 'file', 'thon-unicode.txt', bytes, {}, groupsPage);
    expect(res.status).toBe(303);
    const page = plain((await c.get(groupsPage)).text);
    expect(page).toContain('2 thôn đọc được');
    expect(page).toContain('Thôn Hòa Khánh');
  });

  it('calls the groups thôn when only the header says so (names are place names)', async () => {
    // Under the header, a row numbering the columns, as official forms have: not a thôn.
    const table =
      'STT;Tên thôn;Trưởng thôn\n(1);(2);(3)\n1;Đoàn Kết;Lê Văn Ba\n2;Tân Lập;Vũ Thị Tư\n';
    const res = await c.upload(groupsPage, 'file', 'thon.csv', Buffer.from(table), {}, groupsPage);
    expect(res.status).toBe(303);
    const page = plain((await c.get(groupsPage)).text);
    expect(page).toContain('2 thôn đọc được');
    expect(page).not.toContain('tổ dân phố đọc được');
    expect(page).toContain('Không đọc: dòng đánh số các cột');
  });

  it('says a column of phones left without a header, and shows it by its letter (qa50 M2)', async () => {
    const table =
      'STT;Tên thôn;;Trưởng thôn\n1;Đoàn Kết;0912345678;Lê Văn Ba\n2;Tân Lập;0987654321;Vũ Thị Tư\n';
    const res = await c.upload(groupsPage, 'file', 'thon.csv', Buffer.from(table), {}, groupsPage);
    expect(res.status).toBe(303);
    const html = (await c.get(groupsPage)).text;
    expect(plain(html)).toContain(
      'Dòng 1: cột C (cột thứ 3) không có tiêu đề nhưng có 2 ô có nội dung (“0912345678”, “0987654321”): cột này không được đọc. Đặt tiêu đề cho cột này, ví dụ “Số điện thoại”, nếu cần in.',
    );
    expect(html).toContain('<th scope="col">Cột C (không có tiêu đề)</th>');
    expect(html).toContain('data-label="Cột C (không có tiêu đề)">0912345678</td>');
  });

  it('names the list in use by the file the office uploaded, not the folder’s groups.csv', async () => {
    const table = 'STT;Tên thôn\n1;Thôn Tân Phú\n2;Thôn Hòa Khánh\n';
    // As a browser may send it: a path before the name, and a right-to-left override in it
    // (shown, it would turn "csv.exe" round); both left out of the name shown.
    const sent = 'C:\\fakepath\\Danh sách\u202E thôn 2026.csv';
    const res = await c.upload(groupsPage, 'file', sent, Buffer.from(table), {}, groupsPage);
    expect(res.status).toBe(303);
    const page = plain((await c.get(groupsPage)).text);
    expect(page).toMatch(/Tệp hiện dùng: Danh sách thôn 2026\.csv ?, tải lên lúc \d\d:\d\d ngày/);
    expect(page).not.toContain('\u202E');
    // Kept as the build reads it.
    const folder = join(s.dataDir, 'campaigns', slug);
    expect(await readFile(join(folder, 'groups.csv'), 'utf8')).toBe(table);
    // A list put in the folder some other way (by hand) is not given the upload's name.
    await writeFile(join(folder, 'groups.csv'), `${table}3;Thôn Mới\n`);
    expect(plain((await c.get(groupsPage)).text)).toContain('Tệp hiện dùng: groups.csv.');
  });

  it.skipIf(!chromiumAvailable)(
    'shows check’s warnings, and refuses a file over the limit inside the studio',
    async () => {
      const file = join(dir, 'thon-warn.csv');
      await writeFile(file, WARN);
      const warnings = await checkSays(file);
      expect(warnings.length).toBe(2);
      const up = await c.upload(
        groupsPage,
        'file',
        'thon-warn.csv',
        Buffer.from(WARN),
        {},
        groupsPage,
      );
      expect(up.status).toBe(303);
      // README's limit for a groups file ("… and 32 MB").
      const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
      const limit = Number(/characters a cell and (\d+) MB/.exec(readme)?.[1]);
      expect(limit).toBeGreaterThan(0);
      const big = join(dir, 'qua-lon.csv');
      await writeFile(big, Buffer.alloc((limit + 1) * 1024 * 1024, 'a'));

      const browser: Browser = await sharedChromium();
      try {
        const page = await newPageAt(browser, DESK);
        const shot = screenshots(OUT, DESK, () => page);
        await signInByCookie(page, s.url);
        await page.goto(`${s.url}${groupsPage}`);
        const shown = (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';
        for (const w of warnings) {
          // Said as check says it; a row's place as check names it; a hint that names what
          // the office never sees (README, a command-line option, campaign.yaml) in the
          // studio's words instead.
          expect(shown).toContain(w.text);
          const cliOnly = /README|--rosters|campaign\.yaml/.test(w.hint ?? '');
          if (!cliOnly) expect(shown).toContain(w.hint ?? 'no hint from check');
          if (w.where.startsWith('dòng')) expect(shown).toContain(capital(w.where));
        }
        for (const cli of ['README', '--rosters', 'campaign.yaml']) {
          expect(shown, cli).not.toContain(cli);
        }
        await shot('warnings');

        await page.locator('#file').setInputFiles(big);
        await Promise.all([
          page.waitForNavigation(),
          page.getByRole('button', { name: 'Tải lên', exact: true }).click(),
        ]);
        const refused = (await page.locator('body').textContent())?.replace(/\s+/g, ' ') ?? '';
        expect(refused).toContain(`(${limit} MB)`);
        // The studio's bar (signed in) and the way back to the groups form.
        expect(refused).toContain('Đăng xuất (admin)');
        await shot('too-large');
        await page.getByRole('link', { name: 'Quay lại trang trước' }).click();
        await page.waitForURL(`${s.url}${groupsPage}`);
        await page.context().close();
      } finally {
        await closeContexts(browser);
      }
    },
  );
});
