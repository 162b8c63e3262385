/**
 * The studio's "In và tải về" tab as the office reads it, in Chromium at a desk (the phone's
 * layout of the tab: phone-browser.test.ts):
 * a ward of five thôn built, then its files listed in group order under their Vietnamese names
 * and saved under them; files older than the last save marked as old; after a restart, when
 * they were made (not "never built"); after a failed build, the same names and the ward's own
 * word, never kind ids ("notice") or a bare group code. With PHUONG_PRINT_TEST_SHOTS=1,
 * screenshots in test-output/studio-build/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { Client, restartStudio, studioWithExample, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio-build');
const slug = 'hai-phong';
/**
 * The file's rows in its own order, which the ZIPs' list keeps (qa26 F7: not the ids', in
 * neither number nor text order). Five thôn: the list's order and names are checked, not a
 * ward's size (ten were twice the drawing).
 */
const IDS = [10, 2, 7, 1, 5];
const NAMES = IDS.map((id) => `Thôn ${id}`);
const GROUPS = `${[
  'STT;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu',
  ...IDS.map((id) => `${id};Thôn ${id};Nguyễn Văn Bình;120;400`),
].join('\n')}\n`;
/** Group order: the groups file's rows' (its ids out of order). */
const inGroupOrder = NAMES;
/** A clock in Viet Nam, as the office reads one: "14:05 ngày 01/12/2026". */
function vietnamTime(ms: number): string {
  const part = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', ...o }).format(ms);
  return `${part({ hour: '2-digit', minute: '2-digit', hour12: false })} ngày ${part({ day: '2-digit', month: '2-digit', year: 'numeric' })}`;
}
/**
 * `app.close()`, bounded inside the test's 120 s: it waits for the studio's open connections and
 * threads, and a close that never ends fails naming what it waited for, not with vitest's bare
 * timeout (this file timed out so twice in CI, undiagnosed).
 */
async function closeWithin(app: FastifyInstance, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // What it still waits for, for whoever reads the failure.
      app.server.getConnections((_e, open) =>
        reject(
          new Error(
            `${what} did not close in 60 s (listening: ${app.server.listening}, open connections: ${open})`,
          ),
        ),
      );
    }, 60_000);
  });
  try {
    await Promise.race([app.close(), late]);
  } finally {
    clearTimeout(timer);
  }
}

const linkTexts = (page: Page, part: string) =>
  page.locator(`main a[href*="/out/${part}/"]`).allInnerTexts();

describe.skipIf(!chromiumAvailable)('the build tab', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let browser: Browser;
  let restarted: FastifyInstance | undefined;
  /** The studio's address after the restart the first test makes; the second goes on there. */
  let url = '';
  let yaml = '';
  /** The file's one desk page (a page's renderer starts once), signed in on the studio at `base`. */
  let desk: Page | undefined;
  const deskAt = async (base: string) => {
    desk ??= await newPageAt(browser, DESK);
    await signInByCookie(desk, base);
    return desk;
  };
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample({ groups: GROUPS }));
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await restarted?.close();
    await s?.close();
    await removeTempDirs();
  });

  it('lists the files in Vietnamese and group order, marks old ones, survives a restart and a failed build', async () => {
    const clicked = Date.now();
    expect((await buildAndWait(c, slug)).state).toBe('done');
    const manifestFile = join(folder, 'out', 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    // When the build began: its files are made from the inputs as they were then.
    expect(manifest.builtAt).toBeGreaterThanOrEqual(clicked);
    expect(manifest.builtAt).toBeLessThanOrEqual(Date.now());
    // The groups the papers were printed for, every kind built at once: what the groups page
    // reads as "papers printed" before a new list renumbers them
    // (groups-row-slips-reupload.test.ts starts from a CLI build's manifest).
    const byId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);
    expect([...manifest.groups].sort(byId)).toEqual(
      IDS.map((id) => ({ id: String(id), name: `Thôn ${id}` })).sort(byId),
    );
    const notice = manifest.print.find((b: { kind: string }) => b.kind === 'notice');
    // A large ward's print file: the page count with Vietnamese grouping.
    notice.pages = 3672;
    await writeFile(manifestFile, JSON.stringify(manifest));

    let page = await deskAt(s.url);
    const shot = screenshots(OUT, DESK, () => page);
    await page.goto(`${s.url}/c/${slug}/build`);
    expect(await linkTexts(page, 'zip')).toEqual(inGroupOrder);
    const built = (await page.locator('main').textContent()) ?? '';
    expect(built).toContain('Thông báo của phường');
    expect(built).toContain('3.672 trang');
    expect(built).toContain('Tệp ZIP của từng thôn');
    expect(built).not.toContain('Tệp in cũ');
    await shot('built');

    // Saved under their Vietnamese names.
    const name = async (path: string) =>
      decodeURIComponent(
        /filename\*=UTF-8''(.+)$/.exec(
          (await c.get(`/c/${slug}/out/${path}`)).headers.get('content-disposition') ?? '',
        )?.[1] ?? '',
      );
    expect(await name(notice.path)).toBe(
      'Thông báo của phường - tất cả các thôn - số 05-UBND-VHXH - phường Lê Chân.pdf',
    );
    const zip7 = manifest.zips.find((z: { group: string }) => z.group === '7');
    expect(await name(zip7.path)).toBe(
      'Thôn 7 - Tất cả tài liệu - số 05-UBND-VHXH - phường Lê Chân.zip',
    );

    // An edit after the build: its files are old.
    const campaignFile = join(folder, 'campaign.yaml');
    yaml = await readFile(campaignFile, 'utf8');
    // (No wait first: the edit's time is compared in milliseconds with the build's start.)
    await writeFile(campaignFile, yaml.replace(/^issued: .*$/m, 'issued: 2025-10-10'));
    const edited = vietnamTime(Date.now());
    await page.reload();
    const old = (await page.locator('main').textContent()) ?? '';
    // With the time the build began (qa49 m4: a save during the build is earlier than the
    // files' "làm lúc", and "sửa sau khi tạo các tệp" contradicted them).
    expect(old).toContain(
      `Tệp in cũ: chiến dịch được sửa lúc ${edited}, sau khi lần tạo tệp in bắt đầu lúc ${vietnamTime(manifest.builtAt)} đã đọc nội dung, nên các tệp dưới đây`,
    );
    expect(old).toContain('Tạo tệp in');
    await shot('old-files');

    // A restart: the studio no longer knows the build, but the files are there.
    const madeAt = vietnamTime(manifest.builtAt);
    // The office's tab closed first, as a restart drops its connections: a close that waits on a
    // connection of the browser's is then not this case's (the close timed out twice in CI).
    await desk?.context().close();
    desk = undefined;
    await closeWithin(s.app, 'the studio before its restart');
    ({ app: restarted, url } = await restartStudio(s));
    page = await deskAt(url);
    await page.goto(`${url}/c/${slug}/build`);
    const afterRestart = (await page.locator('main').textContent()) ?? '';
    expect(afterRestart).not.toContain('Chưa tạo tệp in lần nào');
    expect(afterRestart).toContain(`Đã tạo tệp in lúc ${madeAt}`);
    expect(afterRestart).toContain('Tệp in cũ');
    await shot('after-restart');

    // A body the build cannot print: the build fails; the old files keep their names.
    await writeFile(
      campaignFile,
      yaml.replace(/^ {2}body: \|\n/m, '  body: |\n    <b>Chú ý</b>\n'),
    );
    const client = new Client(url);
    await client.signIn();
    expect((await buildAndWait(client, slug)).state).toBe('failed');
    await page.goto(`${url}/c/${slug}/build`);
    const failed = (await page.locator('main').textContent()) ?? '';
    expect(failed).toContain('Chưa tạo được tệp in');
    const prints = await linkTexts(page, 'print');
    expect(prints[0]).toBe('Thông báo của phường');
    for (const kind of ['notice', 'flyer', 'checklist', 'tracker', 'poster'])
      expect(prints.join('|')).not.toMatch(new RegExp(`(^|\\|)${kind}`));
    expect(await linkTexts(page, 'zip')).toEqual(inGroupOrder);
    expect(failed).toContain('Tệp ZIP của từng thôn');
    expect(failed).toContain('Gửi cho trưởng thôn');
    expect(failed).not.toMatch(/(?<!\p{L})tổ(?!\p{L})/u);
    await shot('failed-build');
  });

  it('names the ZIPs of a build made from the list used before as they were made (qa7 D6)', async () => {
    // The campaign prints again; another list is now in use: ids 1 and 2 name other thôn, 5 is
    // gone. The ZIPs on the page are still the last build's.
    expect(url, 'the first case built the campaign and restarted the studio').not.toBe('');
    await writeFile(join(folder, 'campaign.yaml'), yaml);
    const renamed = new Map([
      ['1', 'Thôn Hòa Bình'],
      ['2', 'Thôn Hòa Hiệp'],
    ]);
    await writeFile(
      join(folder, 'groups.csv'),
      `${[
        'STT;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu',
        ...IDS.filter((id) => id !== 5).map(
          (id) => `${id};${renamed.get(String(id)) ?? `Thôn ${id}`};Mai Văn Khác;120;400`,
        ),
      ].join('\n')}\n`,
    );
    const page = await deskAt(url);
    await page.goto(`${url}/c/${slug}/build`);
    // Every ZIP under the name its papers print, Thôn 5's included.
    expect(await linkTexts(page, 'zip')).toEqual(inGroupOrder);
    const item = (name: string) =>
      page.locator('main li', { has: page.getByRole('link', { name, exact: true }) });
    expect(await item('Thôn 1').textContent()).toContain(
      'Danh sách đang dùng ghi mã này là “Thôn Hòa Bình”',
    );
    expect(await item('Thôn 2').textContent()).toContain('“Thôn Hòa Hiệp”');
    expect(await item('Thôn 5').textContent()).toContain('Không còn trong danh sách đang dùng');
    expect(await item('Thôn 7').textContent()).not.toContain('Danh sách đang dùng');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(
      'Trong các tệp ZIP dưới đây, 3 tệp được tạo theo danh sách thôn trước đây (có ghi chú bên cạnh)',
    );
    expect(main).not.toContain('Thôn Hòa Bình - Tất cả');
    await screenshots(OUT, DESK, () => page)('other-list');

    // Saved under the name it was made with, and it holds that thôn's papers.
    const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    const client = new Client(url);
    await client.signIn();
    const zip1 = manifest.zips.find((z: { group: string }) => z.group === '1');
    const answer = await client.get(`/c/${slug}/out/${zip1.path}`);
    expect(
      decodeURIComponent(
        /filename\*=UTF-8''(.+)$/.exec(answer.headers.get('content-disposition') ?? '')?.[1] ?? '',
      ),
    ).toBe('Thôn 1 - Tất cả tài liệu - số 05-UBND-VHXH - phường Lê Chân.zip');
    const names = Object.keys(unzipSync(answer.bytes));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n.normalize('NFC')).toMatch(/^Thôn 1 - /);
  });
});
