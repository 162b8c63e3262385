/**
 * A groups workbook's other sheets stay on the office's computer. The storm campaign's workbook
 * (qa21) holds the groups and, on a second sheet, the households to evacuate: their names and
 * addresses. The tool reads the groups' sheet only, but the file went whole into the campaign
 * folder's ZIP, into a copy of the campaign, and into the copy the leaders' pages are served
 * from. Now the studio keeps the sheet it reads and says so on the groups page; an older
 * campaign's workbook, stored whole, goes into the ZIP, a copy and the leaders' served copy
 * without the sheet (a served copy an older studio made whole is kept so before it is served).
 */
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { copyOf, folderZip, sendFile } from './campaign-files.js';
import { Client, plainText, restartStudio, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-bao');
const WORKBOOK = join(FIXTURE, 'to-dan-pho-bao-so-3.xlsx');
const GROUPS_SHEET = 'Tổ dân phố';
const HOUSEHOLDS_SHEET = 'DS hộ sơ tán';

/** From the workbook as Excel holds it: the groups sheet's rows, and the households' names and addresses. */
async function workbookFacts() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(WORKBOOK);
  const rowsOf = (sheet: ExcelJS.Worksheet | undefined) => {
    const rows: string[][] = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    return rows;
  };
  const households = rowsOf(wb.getWorksheet(HOUSEHOLDS_SHEET)).slice(1);
  return {
    sheets: wb.worksheets.map((s) => s.name),
    groupRows: rowsOf(wb.getWorksheet(GROUPS_SHEET)),
    // Each household's name and address (columns 2 and 3 of the sheet).
    personal: households.flatMap((r) => [r[1] ?? '', r[2] ?? '']).filter((t) => t !== ''),
  };
}

/** A workbook's sheets and the text of every part of it (shared strings, sheets, names). */
async function workbookOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.getWorksheet(GROUPS_SHEET)?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  const text = Object.values(unzipSync(bytes))
    .map((b) => new TextDecoder().decode(b))
    .join('\n');
  return { sheets: wb.worksheets.map((s) => s.name), rows, text };
}

/** Every file under `dir`, [] when it is not there. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  return all.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

let facts: Awaited<ReturnType<typeof workbookFacts>>;
beforeAll(async () => {
  facts = await workbookFacts();
  // The fixture is what the test is about: a groups sheet and a sheet of households.
  expect(facts.sheets).toEqual([GROUPS_SHEET, HOUSEHOLDS_SHEET]);
  expect(facts.personal.length).toBeGreaterThan(10);
});
afterAll(removeTempDirs);

describe('a groups workbook uploaded in the studio', () => {
  const slug = 'bao-so-3';
  let s: TestStudio;
  let c: Client;

  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign(slug, [join(FIXTURE, 'campaign.yaml')]));
    const up = await sendFile(
      c,
      `/c/${slug}/groups`,
      'Danh sach to bao so 3.xlsx',
      await readFile(WORKBOOK),
    );
    expect(up.status).toBe(303);
  });
  afterAll(() => s?.close());

  it('is kept without its sheet of households, and the groups page says so', async () => {
    const page = plainText((await c.get(`/c/${slug}/groups?uploaded=1`)).text);
    expect(page).toContain(
      `Tệp tải lên còn có trang “${HOUSEHOLDS_SHEET}” (danh sách hộ, người dân: họ tên, địa chỉ, số điện thoại là thông tin cá nhân). Phần mềm chỉ đọc trang “${GROUPS_SHEET}” nên chỉ lưu trang đó. Các trang khác không được lưu trên phần mềm: không có trong tệp ZIP của thư mục chiến dịch, bản sao chiến dịch hay trang của tổ trưởng. Tệp gốc trên máy của bạn vẫn giữ nguyên. Muốn in tên các hộ lên bảng theo dõi, hãy tải chính tệp này lên ở mục “Danh sách hộ, người dân” bên dưới.`,
    );
    // The list is still the file's: every group row on the page.
    for (const row of facts.groupRows.slice(1)) expect(page).toContain(row[1]);
  });

  it("puts the groups' sheet alone into the folder's ZIP, unchanged", async () => {
    const entries = await folderZip(c, slug);
    const groups = entries[`${slug}/groups.xlsx`];
    expect(groups).toBeDefined();
    const wb = await workbookOf(groups ?? new Uint8Array());
    expect(wb.sheets).toEqual([GROUPS_SHEET]);
    expect(wb.rows).toEqual(facts.groupRows);
    const everything = [
      wb.text,
      ...Object.values(entries).map((b) => new TextDecoder().decode(b)),
    ].join('\n');
    for (const t of facts.personal) expect(everything).not.toContain(t);
  });

  it("serves the leaders' pages from a copy without the households", async () => {
    expect((await c.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`)).status).toBe(303);
    const leaders = (await c.get(`/c/${slug}/leaders`)).text;
    const link = /class="leader-url" value="([^"]+)"/.exec(leaders)?.[1] ?? '';
    const own = await new Client(s.url).get(new URL(link).pathname);
    expect(own.status).toBe(200);
    const served = await filesUnder(join(s.dataDir, 'published', `${slug}.served`));
    const workbooks = served.filter((f) => f.endsWith('.xlsx'));
    expect(workbooks.length).toBeGreaterThan(0);
    for (const f of workbooks) {
      const wb = await workbookOf(await readFile(f));
      expect(wb.sheets).toEqual([GROUPS_SHEET]);
      for (const t of facts.personal) expect(wb.text).not.toContain(t);
    }
    await c.post(`/c/${slug}/leaders/stop`, {}, `/c/${slug}/leaders`);
  });
});

describe('a workbook an older studio stored whole', () => {
  const slug = 'bao-cu';
  let s: TestStudio;
  let c: Client;

  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign(slug, [join(FIXTURE, 'campaign.yaml')]));
    await copyFile(WORKBOOK, join(s.dataDir, 'campaigns', slug, 'groups.xlsx'));
  });
  afterAll(() => s?.close());

  it("goes into the folder's ZIP without its sheet of households", async () => {
    const entries = await folderZip(c, slug);
    const wb = await workbookOf(entries[`${slug}/groups.xlsx`] ?? new Uint8Array());
    expect(wb.sheets).toEqual([GROUPS_SHEET]);
    expect(wb.rows).toEqual(facts.groupRows);
    for (const t of facts.personal) expect(wb.text).not.toContain(t);
  });

  it('is copied into a new campaign without it, the list the same', async () => {
    const copy = await copyOf(s, c, slug, 'Bão số 4');
    const wb = await workbookOf(await readFile(join(s.dataDir, 'campaigns', copy, 'groups.xlsx')));
    expect(wb.sheets).toEqual([GROUPS_SHEET]);
    expect(wb.rows).toEqual(facts.groupRows);
    for (const t of facts.personal) expect(wb.text).not.toContain(t);
    const page = plainText((await c.get(`/c/${copy}/groups`)).text);
    for (const row of facts.groupRows.slice(1)) expect(page).toContain(row[1]);
  });

  /** The leaders' served copies' workbooks: each holds the groups' sheet alone. */
  async function servedHoldsNoHouseholds() {
    const served = await filesUnder(join(s.dataDir, 'published', `${slug}.served`));
    const workbooks = served.filter((f) => f.endsWith('.xlsx'));
    expect(workbooks.length).toBeGreaterThan(0);
    for (const f of workbooks) {
      const wb = await workbookOf(await readFile(f));
      expect(wb.sheets).toEqual([GROUPS_SHEET]);
      expect(wb.rows).toEqual(facts.groupRows);
      for (const t of facts.personal) expect(wb.text).not.toContain(t);
    }
    return workbooks;
  }

  /** A leader's page, by the link the office's tab gives. */
  async function leaderPage(c: Client) {
    const leaders = (await c.get(`/c/${slug}/leaders`)).text;
    const link = /class="leader-url" value="([^"]+)"/.exec(leaders)?.[1] ?? '';
    expect(link).not.toBe('');
    return new Client(s.url).get(new URL(link).pathname);
  }

  it("serves the leaders' pages from a copy without the households", async () => {
    expect((await c.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`)).status).toBe(303);
    const own = await leaderPage(c);
    expect(own.status).toBe(200);
    await servedHoldsNoHouseholds();
  });

  it('after a restart, a copy an older studio served whole is kept to the groups sheet before it is served', async () => {
    // The copy as an older studio left it: the workbook whole (and no mark of being kept so),
    // and the campaign saved since in a version that does not load, so the copy is served.
    const [copy] = await servedHoldsNoHouseholds();
    const dir = join(copy ?? '', '..', '..');
    await copyFile(WORKBOOK, copy ?? '');
    await rm(join(dir, '.read-only'), { force: true });
    expect((await workbookOf(await readFile(copy ?? ''))).sheets).toEqual(facts.sheets);
    await writeFile(join(s.dataDir, 'campaigns', slug, 'campaign.yaml'), 'title: [unclosed\n');
    await s.app.close();
    const again = await restartStudio(s);
    s.app = again.app;
    s.url = again.url;
    const c2 = new Client(again.url);
    for (const [k, v] of c.cookies) c2.cookies.set(k, v);
    const own = await leaderPage(c2);
    expect(own.status).toBe(200);
    expect(plainText(own.text)).toContain(facts.groupRows[1]?.[1]);
    await servedHoldsNoHouseholds();
  });
});
