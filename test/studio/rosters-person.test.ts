/**
 * A person's data on request (Decree 13/2023/NĐ-CP; qa46 F7): on the residents list's page the
 * office finds a person typed without accents, downloads that person's rows as a CSV, erases a
 * row (after a page naming the person and the tổ) from the stored list and the leaders' served
 * copy, so the tổ's tracking sheet no longer prints the name; the rows of a tổ not in the groups
 * list are said and removed. Each step is logged without the person's data; a wrong or missing
 * row id answers in Vietnamese.
 */
import { existsSync } from 'node:fs';
import { open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignPaths } from '../../src/studio/campaign-folders.js';
import { groupsOf, readList } from '../../src/studio/routes-rosters.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { leaderTrackerOf } from './office-steps.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-bao');
const WORKBOOK = join(FIXTURE, 'to-dan-pho-bao-so-3.xlsx');
const slug = 'bao-so-3';
const rostersPage = `/c/${slug}/rosters`;

/** The residents list: "Nguyễn Văn Ân" in tổ 1 and tổ 2, a namesake without accents, tổ 99 not in the groups list. */
const LIST = [
  'STT,Tổ,Họ và tên,Địa chỉ,Số CCCD',
  '1,1,Nguyễn Văn Ân,3 kiệt 11 Trần Hưng Đạo,001099000111',
  '2,1,Trần Thị Bình,6 kiệt 11 Trần Hưng Đạo,001099000222',
  '3,2,Nguyễn Văn An,9 kiệt 15 Lê Lợi,001099000333',
  '4,2,Nguyễn Văn Ân,12 kiệt 15 Lê Lợi,001099000111',
  '5,99,Lê Văn Cư,20 Hùng Vương,001099000555',
  '',
].join('\n');
const lines = LIST.split('\n').filter((l) => l !== '');
const HEADER = lines[0] ?? '';
const AN = 'Nguyễn Văn Ân';
const anRows = lines.filter((l) => l.includes(`,${AN},`));
/**
 * What the studio keeps of the list: every column but "Số CCCD", which no paper prints and
 * which is therefore not stored (qa46 F1) — so not handed out either.
 */
const UNKEPT = HEADER.split(',').indexOf('Số CCCD');
const kept = (line: string) =>
  line
    .split(',')
    .filter((_, i) => i !== UNKEPT)
    .join(',');
const anInGroup1 = anRows.find((l) => l.split(',')[1] === '1') ?? '';
const erasedAddress = anInGroup1.split(',')[3] ?? '';
const goneName = 'Lê Văn Cư';
/** Said beside the rows of a tổ not in the groups list: a cell written wrong is fixed, not deleted. */
const FIX_CELL = 'Nếu ghi nhầm tổ, sửa ô tổ trong tệp rồi tải lên lại thay vì xoá.';
/** A row's number in the office's own file (the header is row 1). */
const fileRowOf = (name: string) => lines.findIndex((l) => l.includes(`,${name},`)) + 1;

/** A stored or served list's text: a workbook's cells, a text file as it is. */
async function textOf(file: string): Promise<string> {
  if (!file.endsWith('.xlsx')) return (await readFile(file)).toString('utf8');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: string[] = [];
  for (const sheet of wb.worksheets)
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
  return cells.join('\n');
}

/** The campaign's stored residents list's path (rosters.xlsx as saved, as erased). */
async function storedPath(folder: string): Promise<string> {
  const name = (await readdir(folder)).find((f) => /^rosters\.(csv|xlsx)$/.test(f));
  return join(folder, name ?? 'rosters.xlsx');
}

/** The campaign's stored residents list. */
const storedList = async (folder: string): Promise<Buffer> => readFile(await storedPath(folder));

/** Every file under `dir` (its path inside), [] when it is not there. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  return all.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * The storm campaign with its groups workbook and `list` saved as its residents list, and the
 * office signed in.
 */
async function studioWithList(name: string, list: Uint8Array) {
  const made = await studioWithCampaign(slug, [join(FIXTURE, 'campaign.yaml')]);
  const { c } = made;
  const groups = `/c/${slug}/groups`;
  const wb = await readFile(WORKBOOK);
  expect((await c.upload(groups, 'file', 'to-dan-pho.xlsx', wb, {}, groups)).status).toBe(303);
  const preview = await c.upload(rostersPage, 'file', name, list, {}, rostersPage);
  expect(preview.status).toBe(200);
  const pending = /name="pending" value="([^"]+)"/.exec(preview.text)?.[1] ?? '';
  expect((await c.post(`${rostersPage}/save`, { pending, name }, rostersPage)).status).toBe(303);
  return made;
}

/** The CSV's fields, its quotes aside (the rows here have no comma in a field). */
const fieldsOf = (line: string) => line.split(',').map((f) => f.replace(/^"|"$/g, ''));

describe("a person's rows of the residents list: found, downloaded, erased", () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let leaderTracker: () => Promise<string>;

  beforeAll(async () => {
    ({ s, c, folder } = await studioWithList('ds-nguoi-dan.csv', Buffer.from(LIST, 'utf8')));
    // The leaders' pages open: tổ 1's tracking sheet as its leader gets it.
    leaderTracker = await leaderTrackerOf(c, s.url, slug, 'Tổ dân phố 1');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  /** The search's result cards: name, tổ, and the links of each. */
  const search = async (q: string) => {
    const page = await c.get(`${rostersPage}/person?q=${encodeURIComponent(q)}`);
    expect(page.status).toBe(200);
    const cards = [...page.text.matchAll(/<li class="card">([\s\S]*?)<\/li>/g)].map((m) => ({
      text: plainText(m[1] ?? ''),
      csv: /href="([^"]*person\.csv\?row=[^"]+)"/.exec(m[1] ?? '')?.[1] ?? '',
      erase: /href="([^"]*person\/erase\?row=[^"]+)"/.exec(m[1] ?? '')?.[1] ?? '',
    }));
    return { page, cards };
  };

  it('offers the search and says the rows whose tổ is not in the groups list', async () => {
    const page = plainText((await c.get(rostersPage)).text);
    expect(page).toContain('Tìm một người');
    // "99" may be a tổ removed or a cell written wrong: not said to be a tổ "no longer" there,
    // and the page says to fix the cell rather than delete the row.
    expect(page).toContain('1 dòng ghi tổ không có trong danh sách tổ');
    expect(page).toContain(FIX_CELL);
    expect(page).not.toContain('không còn trong danh sách tổ');
  });

  it('finds "Nguyễn Văn Ân" typed "nguyen van an", in every tổ', async () => {
    const { cards } = await search('nguyen van an');
    const an = cards.filter((k) => k.text.includes(AN));
    expect(an).toHaveLength(anRows.length);
    expect(an.map((k) => k.text.includes('Tổ dân phố 1')).filter(Boolean)).toHaveLength(1);
    expect(cards.some((k) => k.text.includes('Trần Thị Bình'))).toBe(false);
    // A row's download holds that row only: the card says the other row of that name is its own.
    for (const k of an)
      expect(k.text).toContain(
        `${anRows.length - 1} dòng khác cùng họ tên: nếu là cùng một người, tải từng dòng`,
      );
  });

  it('downloads the chosen row only (not its namesake of another tổ) as a CSV Excel opens', async () => {
    const { cards } = await search('nguyen van an');
    const card = cards.find((k) => k.text.includes(AN) && k.text.includes('Tổ dân phố 1'));
    const got = await c.get(card?.csv.replace(/&amp;/g, '&') ?? '');
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toContain('text/csv');
    expect([...got.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Saved under the person's name, accents kept.
    const saved = /filename\*=UTF-8''([^;]+)/.exec(got.headers.get('content-disposition') ?? '');
    expect(decodeURIComponent(saved?.[1] ?? '')).toBe(`Dữ liệu ${AN}.csv`);
    // In the admin's log of files holding names ("Nhật ký tải tệp có họ tên"), without the name.
    const log = plainText((await c.get('/settings/nhat-ky-tai-tep')).text);
    expect(log).toContain(`admin ${slug} Dữ liệu của một người (CSV)`);
    expect(log).not.toContain(AN);
    const rows = new TextDecoder().decode(got.bytes).slice(1).trim().split(/\r?\n/).map(fieldsOf);
    // A header naming the list's columns, then the chosen row with every column kept: the
    // namesake of tổ 2 (another resident, maybe) is not in it.
    expect(rows[0]?.slice(1)).toEqual(kept(HEADER).split(','));
    const body = rows.slice(1);
    expect(body.map((r) => r.slice(1).join(','))).toEqual([kept(anInGroup1)]);
    expect(body.map((r) => r[0])).toEqual(['Tổ dân phố 1']);
  });

  it('answers a wrong or missing row id in Vietnamese, and erases nothing', async () => {
    const before = await storedList(folder);
    const wrong = await c.get(`${rostersPage}/person.csv?row=1-0123456789ab`);
    expect(wrong.status).toBe(404);
    expect(plainText(wrong.text)).toContain(
      'Không tìm thấy dòng này trong danh sách hộ, người dân',
    );
    const missing = await c.get(`${rostersPage}/person/erase`);
    expect(missing.status).toBe(404);
    expect(plainText(missing.text)).toContain('Chưa chọn dòng nào');
    const posted = await c.post(`${rostersPage}/person/erase`, { row: 'x' }, rostersPage);
    expect(posted.status).toBe(404);
    expect(plainText(posted.text)).toContain('Không tìm thấy dòng này');
    expect(await storedList(folder)).toEqual(before);
  });

  it("erases the row: the tổ's tracking sheet and the leaders' copy no longer hold it", async () => {
    expect(await leaderTracker()).toContain(AN);
    // The stored list holds the row before (the check below is not blind to a workbook).
    const list = (await filesUnder(folder)).find((f) => /rosters\.(csv|xlsx)$/.test(f)) ?? '';
    expect(await textOf(list)).toContain(erasedAddress);
    const { cards } = await search('nguyen van an');
    const card = cards.find((k) => k.text.includes(AN) && k.text.includes('Tổ dân phố 1'));
    const confirm = await c.get(card?.erase.replace(/&amp;/g, '&') ?? '');
    expect(confirm.status).toBe(200);
    const said = plainText(confirm.text);
    expect(said).toContain(`Xoá ${AN} (Tổ dân phố 1) khỏi danh sách hộ, người dân?`);
    expect(said).toContain('Bảng theo dõi đã in hoặc đã tải về trước đây vẫn có tên này');
    const row = /name="row" value="([^"]+)"/.exec(confirm.text)?.[1] ?? '';
    const erased = await c.post(`${rostersPage}/person/erase`, { row }, card?.erase ?? '');
    expect(erased.status).toBe(303);
    const after = plainText((await c.get(erased.headers.get('location') ?? '')).text);
    expect(after).toContain('Đã xoá 1 dòng khỏi danh sách hộ, người dân');
    expect(after).toContain('Bảng theo dõi đã in hoặc tải về trước đây vẫn có tên');

    // The office's preview of tổ 1's sheet and the leader's own: no longer the name.
    const preview = await c.get(`/c/${slug}/preview/file?group=1&kind=tracker.pdf`);
    expect(preview.status).toBe(200);
    const previewText = (await pdfPageTexts(preview.bytes)).join('\n');
    expect(previewText).toContain('Trần Thị Bình');
    expect(previewText).not.toContain(AN);
    const leaderText = await leaderTracker();
    expect(leaderText).toContain('Trần Thị Bình');
    expect(leaderText).not.toContain(AN);
    // Neither the stored list nor any served copy holds the row.
    const stored = [
      ...(await filesUnder(folder)),
      ...(await filesUnder(join(s.dataDir, 'published'))),
    ].filter((f) => /rosters/.test(f));
    expect(stored.length).toBeGreaterThan(1);
    for (const f of stored) expect(await textOf(f)).not.toContain(erasedAddress);
    // The namesake in tổ 2 stays.
    expect((await search('nguyen van an')).cards.filter((k) => k.text.includes(AN))).toHaveLength(
      1,
    );
    // Stored as a saved list is: rosters.xlsx, the owner's only, each row still at its row in the
    // office's file (a row said later is the row the office finds).
    const after1 = await storedPath(folder);
    expect(after1.endsWith('rosters.xlsx')).toBe(true);
    expect(((await stat(after1)).mode & 0o777).toString(8)).toBe('600');
    const binh = (await search('tran thi binh')).cards;
    expect(binh).toHaveLength(1);
    expect(binh[0]?.text).toContain(`Dòng trong tệp ${fileRowOf('Trần Thị Bình')}`);
  });

  it('removes the rows of a tổ not in the groups list, after a confirm page', async () => {
    const confirm = await c.get(`${rostersPage}/gone`);
    expect(confirm.status).toBe(200);
    expect(plainText(confirm.text)).toContain('“99”');
    expect(plainText(confirm.text)).toContain(FIX_CELL);
    expect(plainText(confirm.text)).not.toContain('không còn trong danh sách tổ');
    const ids = [...confirm.text.matchAll(/name="row" value="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ids).toHaveLength(1);
    const done = await c.post(`${rostersPage}/gone`, { row: ids[0] ?? '' }, `${rostersPage}/gone`);
    expect(done.status).toBe(303);
    const page = plainText((await c.get(rostersPage)).text);
    expect(page).not.toContain('1 dòng ghi tổ không có trong danh sách tổ');
    expect(await textOf(await storedPath(folder))).not.toContain(goneName);
  });

  it('logs who erased and downloaded, when and in which tổ, without the person', async () => {
    const page = plainText((await c.get(rostersPage)).text);
    expect(page).toContain('Nhật ký tải, xoá dữ liệu người dân');
    expect(page).toMatch(/admin xoá một người khỏi danh sách \(1 dòng; tổ Tổ dân phố 1\)/);
    expect(page).toMatch(/admin tải dữ liệu của một người \(1 dòng; tổ Tổ dân phố 1\)/);
    expect(page).toMatch(/admin xoá các dòng ghi tổ không có trong danh sách tổ \(1 dòng; tổ 99\)/);
    const log = await readFile(join(folder, 'studio-person-log.jsonl'), 'utf8');
    for (const l of lines.slice(1))
      for (const value of fieldsOf(l).slice(2)) expect(log).not.toContain(value);
    // The campaign's own: not in the folder's ZIP.
    const zip = await c.get(`/c/${slug}/campaign.zip`);
    expect(zip.status).toBe(200);
    expect(Object.keys(unzipSync(zip.bytes))).not.toContain(`${slug}/studio-person-log.jsonl`);
    expect(Object.keys(unzipSync(zip.bytes))).toContain(`${slug}/campaign.yaml`);
  });

  it("shows a big log's last 10 entries, reading its end only", async () => {
    // 600 MB before the last entries (a hole on disk): more than a string holds, so a page that
    // read the whole log could not show it.
    const log = await open(join(folder, 'studio-person-log.jsonl'), 'w');
    const entries = Array.from({ length: 12 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 11, 1, 1, i)).toISOString(),
      user: `nv${String(i + 1).padStart(2, '0')}`,
      what: 'exported',
      rows: 1,
      groups: ['Tổ dân phố 2'],
    }));
    const tail = Buffer.from(`\n${entries.map((e) => JSON.stringify(e)).join('\n')}\n`);
    await log.write(tail, 0, tail.length, 600 * 1024 * 1024);
    await log.close();
    const page = await c.get(rostersPage);
    expect(page.status).toBe(200);
    const text = plainText(page.text);
    // The newest first: nv12 … nv03; nv02 and nv01 are older than the ten shown.
    const shown = [
      ...text.matchAll(/(nv\d\d) tải dữ liệu của một người \(1 dòng; tổ Tổ dân phố 2\)/g),
    ];
    expect(shown.map((m) => m[1])).toEqual(
      entries
        .slice(2)
        .map((e) => e.user)
        .reverse(),
    );
    expect(text).toContain('Đây là 10 lần gần nhất; nhật ký còn giữ các lần cũ hơn.');
  });
});

describe('a person erased from a list uploaded as a workbook', () => {
  let s: TestStudio;
  let c: Client;

  /** From the workbook as Excel holds it: tổ 1's households to evacuate, and all of them. */
  async function households() {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(WORKBOOK);
    const names: { group: string; name: string }[] = [];
    wb.getWorksheet('DS hộ sơ tán')?.eachRow((row, n) => {
      if (n > 1)
        names.push({ group: String(row.getCell(1).value), name: String(row.getCell(2).value) });
    });
    return names;
  }

  beforeAll(async () => {
    ({ s, c } = await studioWithList('DS ho so tan.xlsx', await readFile(WORKBOOK)));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it("keeps every other household on the sheets, the file's name shown as uploaded", async () => {
    const all = await households();
    const group1 = all.filter((h) => h.group === '1').map((h) => h.name);
    const erased = group1[1] ?? '';
    const { text } = await c.get(`${rostersPage}/person?q=${encodeURIComponent(erased)}`);
    const erase = /href="([^"]*person\/erase\?row=[^"]+)"/.exec(text)?.[1] ?? '';
    const confirm = await c.get(erase);
    const row = /name="row" value="([^"]+)"/.exec(confirm.text)?.[1] ?? '';
    expect((await c.post(`${rostersPage}/person/erase`, { row }, erase)).status).toBe(303);
    const page = plainText((await c.get(rostersPage)).text);
    expect(page).toContain('Tệp đang dùng: DS ho so tan.xlsx');
    expect(page).toContain(`${all.length - 1} hộ của 3 tổ đọc được`);
    const pdf = await c.get(`/c/${slug}/preview/file?group=1&kind=tracker.pdf`);
    const sheet = (await pdfPageTexts(pdf.bytes)).join('\n');
    expect(sheet).not.toContain(erased);
    for (const name of group1.filter((n) => n !== erased)) expect(sheet).toContain(name);
  });
});

describe('a person erased from a list an older version stored whole', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;

  beforeAll(async () => {
    ({ s, c, folder } = await studioWithList('ds-nguoi-dan.csv', Buffer.from(LIST, 'utf8')));
    // As stored before only the columns read were kept: the upload itself, "Số CCCD" in it.
    await rm(join(folder, 'rosters.xlsx'));
    await writeFile(join(folder, 'rosters.csv'), LIST, { mode: 0o600 });
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('keeps only the columns read once a row is erased: the ID card numbers go', async () => {
    const before = await textOf(await storedPath(folder));
    const ids = lines.slice(1).map((l) => fieldsOf(l)[UNKEPT] ?? '');
    for (const id of ids) expect(before).toContain(id);
    const { text } = await c.get(`${rostersPage}/person?q=${encodeURIComponent(goneName)}`);
    const erase = /href="([^"]*person\/erase\?row=[^"]+)"/.exec(text)?.[1] ?? '';
    const confirm = await c.get(erase.replace(/&amp;/g, '&'));
    const row = /name="row" value="([^"]+)"/.exec(confirm.text)?.[1] ?? '';
    expect((await c.post(`${rostersPage}/person/erase`, { row }, erase)).status).toBe(303);
    const path = await storedPath(folder);
    expect(path.endsWith('rosters.xlsx')).toBe(true);
    expect(((await stat(path)).mode & 0o777).toString(8)).toBe('600');
    const after = await textOf(path);
    expect(after).not.toContain(goneName);
    expect(after).not.toContain('Số CCCD');
    for (const id of ids) expect(after).not.toContain(id);
    expect(after).toContain('Trần Thị Bình');
  });

  it("reads the list against the groups a person's page has read (the groups file parsed once)", async () => {
    const c0 = campaignPaths(join(s.dataDir, 'campaigns'), slug);
    const known = await groupsOf(c0);
    // The groups file not there any more: read from what was read before, not again.
    const report = await readList(
      { ...c0, groups: join(folder, 'missing-groups.xlsx') },
      c0.rosters ?? '',
      known,
    );
    expect(report.table.rows.map((r) => r.cells.includes('Trần Thị Bình'))).toContain(true);
  });
});
