/**
 * The storm campaign made in the studio only (qa21 finding 4): its groups workbook has a second
 * sheet "DS hộ sơ tán" with the households of tổ 1–3 to evacuate. The groups page says that sheet
 * is not the groups list and points at the residents list upload; the same workbook uploaded
 * there is previewed (households per tổ), saved, and the tracking sheet of Tổ dân phố 1 — in the
 * preview and in the build — prints its six households by name instead of blank numbered rows
 * (one for each of the 18 households to evacuate and three spare, qa54 M3; not one for each of the
 * tổ's 181). Replaced by a list refusing a row, then deleted: the blank rows come back.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildUntil } from './office-steps.js';
import { Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';
import { workbookFirstGroups } from './workbook-first-groups.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-bao');
const WORKBOOK = join(FIXTURE, 'to-dan-pho-bao-so-3.xlsx');
/**
 * The groups uploaded: the workbook's first 4 (tổ 1–3 of the residents list, and tổ 4 it names no household of), not its 15 — each
 * build draws every group's tracking sheet of ~200 numbered rows.
 */
const GROUPS = 4;
const slug = 'bao-so-3';
const groupsPage = `/c/${slug}/groups`;
const rostersPage = `/c/${slug}/rosters`;
const trackerOf = (group: string) => `/c/${slug}/preview/file?group=${group}&kind=tracker.pdf`;

/**
 * From the workbook as Excel holds it: tổ 1's households count and its households to evacuate,
 * and tổ 4's households to evacuate.
 */
async function workbookFacts() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(WORKBOOK);
  const groups = wb.getWorksheet('Tổ dân phố');
  if (!groups) throw new Error('no sheet "Tổ dân phố"');
  const header = (groups.getRow(1).values as unknown[]).map(String);
  const households = Number(groups.getRow(2).getCell(header.indexOf('Số hộ')).value);
  // What the campaign's measure counts ("Số hộ đã sơ tán an toàn" of "Số hộ phải sơ tán").
  const toEvacuate = Number(groups.getRow(2).getCell(header.indexOf('Số hộ phải sơ tán')).value);
  const fourth = groups.getRow(5);
  if (String(fourth.getCell(1).value) !== '4') throw new Error('row 5 is not tổ 4');
  const toEvacuate4 = Number(fourth.getCell(header.indexOf('Số hộ phải sơ tán')).value);
  const names: string[] = [];
  wb.getWorksheet('DS hộ sơ tán')?.eachRow((row, n) => {
    if (n > 1 && String(row.getCell(1).value) === '1') names.push(String(row.getCell(2).value));
  });
  return { households, toEvacuate, toEvacuate4, names };
}

/** The highest row number a tracking sheet's text prints on a line of its own (its STT column). */
const lastRow = (text: string) =>
  Math.max(...[...text.matchAll(/^\s*(\d{1,4})\s*$/gm)].map((m) => Number(m[1])));

/**
 * A sheet of blank rows for `toEvacuate` households: one for each and three spare, its last page
 * filled with more (README, tracker), far fewer than the tổ's households.
 */
function expectRowsFor(text: string, toEvacuate: number, households: number) {
  expect(lastRow(text)).toBeGreaterThanOrEqual(toEvacuate + 3);
  expect(lastRow(text)).toBeLessThan(households / 2);
}

describe('a residents list uploaded in the studio', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let facts: Awaited<ReturnType<typeof workbookFacts>>;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithCampaign(slug, [join(FIXTURE, 'campaign.yaml')]));
    facts = await workbookFacts();
    const up = await c.upload(
      groupsPage,
      'file',
      'to-dan-pho-bao-so-3.xlsx',
      await workbookFirstGroups(WORKBOOK, 'Tổ dân phố', GROUPS),
      {},
      groupsPage,
    );
    expect(up.status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it("points the groups page's note on the sheet of households at the residents list upload", async () => {
    const page = (await c.get(groupsPage)).text;
    const text = plainText(page);
    // The workbook's households sheet is not stored with the campaign (personal data), and said.
    expect(text).toContain('Tệp tải lên còn có trang “DS hộ sơ tán” (danh sách hộ, người dân');
    expect(text).toContain('tải chính tệp này lên ở mục “Danh sách hộ, người dân”');
    expect(page).toContain(`href="${rostersPage}"`);
    expect(text).toContain('Chưa có: bảng theo dõi của mỗi tổ in các dòng trống đánh số');
  });

  it('prints a blank numbered row for every household to evacuate, and three spare, before the list is given', async () => {
    expect(facts.households).toBe(181);
    const text = (await pdfPageTexts((await c.get(trackerOf('1'))).bytes)).join('\n');
    expectRowsFor(text, facts.toEvacuate, facts.households);
    for (const name of facts.names) expect(text).not.toContain(name);
  });

  it('previews the upload, saves it, and the tracking sheet prints the named households', async () => {
    // Built before any list: once one is saved, the build tab says the sheets printed have blank
    // rows, not that a list was "uploaded again" (review).
    await buildUntil(c, slug, 'done');
    const bytes = await readFile(WORKBOOK);
    const preview = await c.upload(
      rostersPage,
      'file',
      'DS ho so tan.xlsx',
      bytes,
      {},
      rostersPage,
    );
    expect(preview.status).toBe(200);
    const text = plainText(preview.text);
    expect(text).toContain('Xem trước: DS ho so tan.xlsx');
    expect(text).toContain('18 hộ của 3 tổ đọc được');
    // Beside the count the groups sheet gives, warned: 6 of the 18 households to evacuate.
    expect(facts.toEvacuate).toBe(18);
    expect(text).toContain(
      `Tổ dân phố 1 6 hộ — danh sách tổ ghi ${facts.toEvacuate} hộ phải sơ tán rồi ${facts.toEvacuate - 6} dòng trống đánh số (7–${facts.toEvacuate})`,
    );
    expect(text).toContain('Danh sách có ít hộ hơn nhiều so với danh sách tổ ở 3 tổ');
    // Nothing used before it is saved; no resident's name on the office's page.
    for (const name of facts.names) expect(preview.text).not.toContain(name);
    const before = await pdfPageTexts((await c.get(trackerOf('1'))).bytes);
    expectRowsFor(before.join('\n'), facts.toEvacuate, facts.households);

    const pending = /name="pending" value="([^"]+)"/.exec(preview.text)?.[1] ?? '';
    const saved = await c.post(
      `${rostersPage}/save`,
      { pending, name: 'DS ho so tan.xlsx' },
      rostersPage,
    );
    expect(saved.status).toBe(303);
    const buildTab = plainText((await c.get(`/c/${slug}/build`)).text);
    expect(buildTab).toContain(
      'Danh sách hộ, người dân đã được tải lên sau lần tạo tệp in trước: các bảng theo dõi đã tạo còn dòng trống',
    );
    expect(buildTab).not.toContain('tải lên lại');
    const page = plainText((await c.get(`${rostersPage}?saved=1`)).text);
    expect(page).toContain('Tệp đang dùng: DS ho so tan.xlsx');
    expect(plainText((await c.get(groupsPage)).text)).toMatch(
      /Đang dùng DS ho so tan\.xlsx ?: 18 hộ của 3 tổ, 3 tổ có ít hộ hơn nhiều so với danh sách tổ \(bảng theo dõi in thêm dòng trống đánh số\)\./,
    );

    const pages = await pdfPageTexts((await c.get(trackerOf('1'))).bytes);
    const all = pages.join('\n');
    // The six named on the first page, then blank numbered rows up to the 18 to evacuate, not
    // the 181 rows of the whole tổ.
    for (const name of facts.names) expect(pages[0]).toContain(name);
    expect(all).toMatch(new RegExp(`^\\s*${facts.toEvacuate}\\s*$`, 'm'));
    expect(all).not.toMatch(new RegExp(`^\\s*${facts.households}\\s*$`, 'm'));
    // A tổ the list names no household of keeps its blank rows.
    const fourth = (await pdfPageTexts((await c.get(trackerOf('4'))).bytes)).join('\n');
    expectRowsFor(fourth, facts.toEvacuate4, facts.households);

    // "Tạo tệp in": the built sheet is the same.
    await buildUntil(c, slug, 'done');
    const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    const entry = manifest.files.find(
      (f: { group: string; kind: string }) => f.group === '1' && f.kind === 'tracker',
    );
    const built = await pdfPageTexts(await readFile(join(folder, 'out', entry.path)));
    expect(built).toEqual(pages);
  });

  it("gives the leaders' pages the list: tổ 1's tracking sheet names its households, tổ 2's none of them", async () => {
    const opened = await c.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`);
    expect(opened.status).toBe(303);
    const page = (await c.get(`/c/${slug}/leaders`)).text;
    const links = new Map(
      [
        ...page.matchAll(
          /class="leader-link">\s*<h2 class="group-name"><strong>([^<]+)<\/strong>[\s\S]*?class="leader-url" value="([^"]+)"/g,
        ),
      ].map((m) => [m[1] ?? '', new URL(m[2] ?? '').pathname]),
    );
    const leader = new Client(s.url);
    const trackerText = async (group: string) => {
      const own = (await leader.get(links.get(group) ?? '')).text;
      const href = /href="([^"]+tracker\.pdf)"/.exec(own)?.[1] ?? '';
      const pdf = await leader.get(href);
      expect(pdf.status).toBe(200);
      return (await pdfPageTexts(pdf.bytes)).join('\n');
    };
    const first = await trackerText('Tổ dân phố 1');
    for (const name of facts.names) expect(first).toContain(name);
    const second = await trackerText('Tổ dân phố 2');
    for (const name of facts.names) expect(second).not.toContain(name);
    await c.post(`/c/${slug}/leaders/stop`, {}, `/c/${slug}/leaders`);
  });

  it('refuses a row naming no group in the preview, and deletes the list', async () => {
    const csv = `Tổ;Họ và tên chủ hộ;Địa chỉ\n1;Hồ Văn Mười;2 kiệt 11\nTổ 99;Lê Văn Một;4 kiệt 9\n`;
    const preview = await c.upload(
      rostersPage,
      'file',
      'moi.csv',
      new TextEncoder().encode(csv),
      {},
      rostersPage,
    );
    const text = plainText(preview.text);
    expect(text).toContain('1 dòng không dùng được');
    // Saved after the build of the test before: the build tab says its sheets are of the old list.
    const buildPage = `/c/${slug}/build`;
    const notice = 'Danh sách hộ, người dân đã được tải lên lại sau lần tạo tệp in trước';
    expect(plainText((await c.get(buildPage)).text)).not.toContain(notice);
    const pending = /name="pending" value="([^"]+)"/.exec(preview.text)?.[1] ?? '';
    const saved = await c.post(`${rostersPage}/save`, { pending, name: 'moi.csv' }, rostersPage);
    expect(saved.status).toBe(303);
    expect(plainText((await c.get(buildPage)).text)).toContain(notice);
    expect(text).toMatch(/Dòng 3, cột “Tổ”: [^.]*“Tổ 99”/);
    const deleted = await c.post(`${rostersPage}/delete`, {}, rostersPage);
    expect(deleted.status).toBe(303);
    const pages = await pdfPageTexts((await c.get(trackerOf('1'))).bytes);
    expectRowsFor(pages.join('\n'), facts.toEvacuate, facts.households);
  });
});
