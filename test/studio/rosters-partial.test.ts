/**
 * A partial household list (qa22 #2, #5): the xã's fire-safety campaign (thôn.csv: Thôn Câu Hạ
 * 212 households) and the household list a clerk started (ds-ho-an-thang.xlsx: 6 households of
 * Câu Hạ, 4 of Phương Chử Đông, 4 of Phương Chử Tây, none of Câu Thượng written as the groups
 * file writes it, and rows naming thôn by names the groups file does not have). The preview and
 * the saved page say each thôn's listed households beside the groups file's count and warn of
 * the far fewer; the refused rows are one line per thing written and reason, each row's number
 * in it; Câu Hạ's tracking sheet names its six households, then blank numbered rows up to 212.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../support/pdf-text.js';
import { PCCC_GROUPS, PCCC_ROSTERS } from '../support/qa22-pccc.js';
import { removeTempDirs } from '../support/tmp.js';
import { pcccStudio, sendFile } from './campaign-files.js';
import { type Client, plainText, type TestStudio } from './studio.js';

const LIST = PCCC_ROSTERS;
const slug = 'pccc';
const rostersPage = `/c/${slug}/rosters`;
const trackerOf = (group: string) => `/c/${slug}/preview/file?group=${group}&kind=tracker.pdf`;

/** The groups file's households by thôn name, and the list's rows by the thôn cell written. */
async function inputs() {
  const lines = (await readFile(PCCC_GROUPS, 'utf8')).trim().split('\n');
  const header = (lines[0] ?? '').split(';');
  const households = new Map(
    lines.slice(1).map((l) => {
      const cells = l.split(';');
      return [cells[header.indexOf('Tên thôn')] ?? '', Number(cells[header.indexOf('Số hộ')])];
    }),
  );
  const ids = new Map(
    lines.slice(1).map((l) => {
      const cells = l.split(';');
      return [cells[header.indexOf('Tên thôn')] ?? '', cells[header.indexOf('Mã')] ?? ''];
    }),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(LIST);
  const rows = new Map<string, { row: number; name: string }[]>();
  wb.worksheets[0]?.eachRow((row, n) => {
    const thon = String(row.getCell(4).value ?? '');
    if (n <= 3 || !thon) return;
    rows.set(thon, [...(rows.get(thon) ?? []), { row: n, name: String(row.getCell(2).value) }]);
  });
  return { households, ids, rows };
}

describe('a partial household list in the studio', () => {
  let s: TestStudio;
  let c: Client;
  let facts: Awaited<ReturnType<typeof inputs>>;
  let preview: string;
  beforeAll(async () => {
    ({ s, c } = await pcccStudio(slug));
    facts = await inputs();
    const answer = await sendFile(c, rostersPage, 'ds-ho-an-thang.xlsx', await readFile(LIST));
    expect(answer.status).toBe(200);
    preview = answer.text;
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it("says each thôn's listed households beside the groups file's count, and warns of the far fewer", () => {
    const text = plainText(preview);
    const cauHa = facts.households.get('Thôn Câu Hạ') ?? 0;
    const listed = facts.rows.get('Thôn Câu Hạ')?.length ?? 0;
    expect([listed, cauHa]).toEqual([6, 212]);
    expect(text).toContain(
      `Thôn Câu Hạ ${listed} hộ — danh sách thôn ghi ${cauHa} hộ rồi ${cauHa - listed} dòng trống đánh số (${listed + 1}–${cauHa})`,
    );
    expect(text).toContain('Danh sách có ít hộ hơn nhiều so với danh sách thôn ở 3 thôn');
    expect(text).toContain(`Thôn Câu Hạ: ${listed}/${cauHa} hộ`);
    // The thôn given no row at all is named in the warning too.
    expect(text).toContain('không có dòng nào của 1 thôn (Thôn Câu Thượng)');
    expect(text).toContain('Bảng theo dõi của các thôn này vẫn in đủ số dòng');
    // No resident's name on the office's page.
    for (const rows of facts.rows.values())
      for (const r of rows) expect(preview).not.toContain(r.name);
  });

  it('says the refused rows once per thing written and reason, each row number in it', () => {
    const text = plainText(preview);
    const rowsOf = (thon: string) => (facts.rows.get(thon) ?? []).map((r) => r.row).join(', ');
    expect(rowsOf('Câu Thượng')).toBe('15, 16, 17, 18');
    expect(text).toContain(`“Câu Thượng” — dòng ${rowsOf('Câu Thượng')}, cột “Thôn”:`);
    expect(text).toContain(`“Thôn 1” — dòng ${rowsOf('Thôn 1')}, cột “Thôn”:`);
    // A row refused alone is said as before, by its row.
    expect(text).toContain(`Dòng ${rowsOf('Thôn Đồng Xuân')}, cột “Thôn”:`);
    const list = /<h2>Các dòng không dùng được<\/h2><ul class="problems">([\s\S]*?)<\/ul>/.exec(
      preview,
    )?.[1];
    const items = (list ?? '').match(/<li>/g) ?? [];
    // One line per distinct cell written: "Thôn 1", "TDP 1", "Câu Thượng", "Thôn 2", "Thôn 3",
    // "TDP 4", "Thôn Đồng Xuân" (not the 15 rows one by one).
    expect(items).toHaveLength(7);
    expect(text).toContain('15 dòng không dùng được');
  });

  it("saves it: the saved page says the same, and Câu Hạ's sheet names its households, then rows to 212", async () => {
    const pending = /name="pending" value="([^"]+)"/.exec(preview)?.[1] ?? '';
    const saved = await c.post(
      `${rostersPage}/save`,
      { pending, name: 'ds-ho-an-thang.xlsx' },
      rostersPage,
    );
    expect(saved.status).toBe(303);
    const page = plainText((await c.get(rostersPage)).text);
    expect(page).toContain('Thôn Câu Hạ 6 hộ — danh sách thôn ghi 212 hộ');
    expect(page).toContain('Danh sách có ít hộ hơn nhiều so với danh sách thôn ở 3 thôn');
    expect(page).toContain(`“Câu Thượng” — dòng 15, 16, 17, 18, cột “Thôn”:`);

    const cauHa = facts.households.get('Thôn Câu Hạ') ?? 0;
    const pages = await pdfPageTexts(
      (await c.get(trackerOf(facts.ids.get('Thôn Câu Hạ') ?? ''))).bytes,
    );
    const all = pages.join('\n');
    const names = (facts.rows.get('Thôn Câu Hạ') ?? []).map((r) => r.name);
    expect(names).toHaveLength(6);
    // The listed households first, numbered 1–6, then blank numbered rows up to the thôn's count.
    const lines = all
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    for (const [i, name] of names.entries())
      expect(lines[lines.indexOf(name) - 1]).toBe(String(i + 1));
    for (const name of names) expect(pages[0]).toContain(name);
    const numbers = lines.filter((l) => /^\d+$/.test(l)).map(Number);
    expect(numbers.slice(0, cauHa)).toEqual(Array.from({ length: cauHa }, (_, i) => i + 1));
    expect(all).toContain(`/ ${cauHa} hộ`);
  });
});
