/**
 * A merged ward's groups workbook kept one sheet per old ward (qa17: only the sheet open when it
 * was saved was read, most of the ward dropped). `check --lang vi` and `build` (the commands'
 * code in this process) read every part's sheet, say which they read with each one's groups, and
 * tell same-named groups apart by their sheet on the notice (pdftotext), as a one-sheet list's
 * section headings do; ids used again on another sheet fail the later row, as on one sheet, with
 * both sheets named. Sheets whose names say nothing but that list other groups are read with a
 * warning that says it is unsure; versions of one list are read as before.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExampleVi, checkGroupsFile } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  HANG_BAC,
  hangBo,
  sheetRows,
  type WardSheet,
  wardSheetsXlsx,
} from '../support/ward-sheets.js';

afterAll(removeTempDirs);

const lines = (stderr: string, kind: 'lỗi' | 'cảnh báo') =>
  stderr.split('\n').filter((l) => l.startsWith(`${kind}: `));

const HANG_BO = hangBo(4);

describe('a merged ward’s list kept one sheet per old ward (qa17)', () => {
  it('check reads every sheet and says so, each with its groups', async () => {
    // The first sheet open when saved: before, only it was read and the other "not read".
    const r = await checkGroupsFile('hoan-kiem.xlsx', await wardSheetsXlsx([HANG_BAC, HANG_BO], 0));
    expect(r.code, r.stderr).toBe(0);
    const all = HANG_BAC.leaders.length + HANG_BO.leaders.length;
    expect(r.stdout).toMatch(new RegExp(`^ổn: ${all} tổ, `));
    expect(lines(r.stderr, 'lỗi')).toEqual([]);
    expect(lines(r.stderr, 'cảnh báo')[0]).toBe(
      `cảnh báo: ${r.file}: danh sách chia thành từng trang tính theo từng phần của phường (phường, xã cũ): đã đọc cả 2 trang, “${HANG_BAC.name}” (${HANG_BAC.leaders.length} tổ), “${HANG_BO.name}” (${HANG_BO.leaders.length} tổ); tổ nào trùng tên với tổ ở trang khác được in kèm tên trang của mình`,
    );
    expect(r.stderr).not.toContain('không được đọc');
    // The same names of the two sheets are told apart, said with each row's sheet.
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: 4 tổ (dòng 2, 3 ở trang “${HANG_BAC.name}”; 2, 3 ở trang “${HANG_BO.name}”) trùng tên với tổ ở trang tính khác: mỗi tổ được in kèm tên trang của mình, ví dụ “Tổ dân phố số 1 (Hàng Bạc cũ)” (dòng 2 ở trang “${HANG_BAC.name}”) và “Tổ dân phố số 1 (Hàng Bồ cũ)” (dòng 2 ở trang “${HANG_BO.name}”)`,
    );
  });

  it('prints each same-named group with its old ward on its notice', async () => {
    const dir = await makeTempDir('phuong-print-sheets-');
    const groups = join(dir, 'hoan-kiem.xlsx');
    await writeFile(groups, await wardSheetsXlsx([HANG_BAC, HANG_BO], 0));
    const out = join(dir, 'out');
    const { r, folders } = await buildExampleVi(groups, out, 'notice');
    expect(r.code, r.stderr).toBe(0);
    const texts = await Promise.all(
      folders.map(async (f) => collapseSpaces(await pdfText(join(out, f, 'notice.pdf')))),
    );
    const sent = texts.flatMap((t) => /Bản gửi: (.+?), phường/.exec(t)?.[1] ?? []).sort();
    expect(sent).toEqual(
      [
        'Tổ dân phố số 1 (Hàng Bạc cũ)',
        'Tổ dân phố số 2 (Hàng Bạc cũ)',
        // With its sheet though no other sheet has its name (qa44 M4).
        'Tổ dân phố số 3 (Hàng Bạc cũ)',
        'Tổ dân phố số 1 (Hàng Bồ cũ)',
        'Tổ dân phố số 2 (Hàng Bồ cũ)',
      ].sort(),
    );
  });

  it('fails a row whose id another sheet used when that sheet is numbered on, naming both sheets', async () => {
    // Old Hàng Bồ numbered on from 2 (a typo for 4): not each sheet from 1, so no ids are given.
    const overlapping = { ...HANG_BO, firstId: 2 };
    const r = await checkGroupsFile('stt-2.xlsx', await wardSheetsXlsx([HANG_BAC, overlapping], 0));
    expect(r.code).toBe(1);
    expect(lines(r.stderr, 'lỗi')).toEqual(
      overlapping.leaders.map(
        (_, i) =>
          `lỗi: tổ ${i + 2}: ${r.file}, trang tính “${HANG_BO.name}”, dòng ${i + 2}, cột “STT”: mã “${i + 2}” trùng với dòng ${i + 3} ở trang tính “${HANG_BAC.name}”`,
      ),
    );
    expect(r.stderr).toContain(
      'gợi ý: Mỗi tổ cần một mã riêng, kể cả giữa các trang tính: đánh số tổ của mỗi trang từ 1 (mã được ghi kèm tên trang) hoặc tiếp theo số cuối của trang trước, hoặc thêm cột “Mã tổ” ghi cho mỗi tổ một mã riêng.',
    );
  });

  it('labels a sheet named "Sheet1" by the old ward its title row names', async () => {
    const sheets = [
      { ...HANG_BAC, name: 'Sheet1', titles: ['DANH SÁCH TỔ DÂN PHỐ PHƯỜNG HÀNG BẠC (CŨ)'] },
      { ...HANG_BO, name: 'Sheet2', titles: ['DANH SÁCH TỔ DÂN PHỐ PHƯỜNG HÀNG BỒ (CŨ)'] },
    ];
    const r = await checkGroupsFile('titles.xlsx', await wardSheetsXlsx(sheets, 1));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('đã đọc cả 2 trang, “Sheet1” (3 tổ), “Sheet2” (2 tổ)');
    expect(r.stderr).toContain(
      '“Tổ dân phố số 1 (Hàng Bạc cũ)” (dòng 3 ở trang “Sheet1”) và “Tổ dân phố số 1 (Hàng Bồ cũ)” (dòng 3 ở trang “Sheet2”)',
    );
    expect(r.stderr).not.toContain('không rõ');
  });

  it('reads sheets whose names say nothing but list other groups, saying it is unsure', async () => {
    const sheets = [
      { ...HANG_BAC, name: 'Sheet1' },
      { ...HANG_BO, name: 'Sheet2' },
    ];
    const r = await checkGroupsFile('unsure.xlsx', await wardSheetsXlsx(sheets, 0));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 5 tổ, /);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: không rõ các trang tính “Sheet1”, “Sheet2” là các phần của phường hay các bản của cùng một danh sách (mỗi năm, mỗi đợt một bản): tên trang “Sheet1”, “Sheet2” không ghi phường, xã cũ nào, nhưng các trang có tổ khác nhau; đã đọc tất cả, coi là các phần của phường`,
    );
  });

  it('says the notes sheet and the hidden list it does not read beside the parts', async () => {
    const sheets: WardSheet[] = [
      { name: 'Hướng dẫn', firstId: 0, leaders: [], rows: [['Điền mỗi tổ một dòng']] },
      HANG_BAC,
      HANG_BO,
      { ...HANG_BAC, name: 'Hàng Bạc 2024', hidden: true },
    ];
    const r = await checkGroupsFile('notes.xlsx', await wardSheetsXlsx(sheets, 1));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 5 tổ, /);
    expect(lines(r.stderr, 'cảnh báo')).toEqual(
      expect.arrayContaining([
        `cảnh báo: ${r.file}: các trang bị ẩn cũng có danh sách nhưng không được đọc: “Hàng Bạc 2024”`,
        `cảnh báo: ${r.file}: các trang không có danh sách (không có cột “STT” và “Tên tổ dân phố”), không được đọc: “Hướng dẫn”`,
      ]),
    );
  });

  it('reads versions of one list (one per round) as before: the one open when saved', async () => {
    const sheets = [
      { ...HANG_BAC, name: 'Đợt 1' },
      { ...HANG_BAC, name: 'Đợt 2', leaders: [...HANG_BAC.leaders, 'Vũ Văn Nam'] },
    ];
    const r = await checkGroupsFile('rounds.xlsx', await wardSheetsXlsx(sheets, 1));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 4 tổ, /);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: đọc trang tính “Đợt 2” (trang đang mở khi lưu tệp); trang cũng có danh sách nhưng không được đọc: “Đợt 1”`,
    );
    // Named nothing, the same groups: versions too.
    const copies = [
      { ...HANG_BAC, name: 'Sheet1' },
      { ...HANG_BAC, name: 'Sheet2' },
    ];
    const c = await checkGroupsFile('copies.xlsx', await wardSheetsXlsx(copies, 0));
    expect(c.stdout).toMatch(/^ổn: 3 tổ, /);
    expect(c.stderr).toContain('không được đọc: “Sheet2”');
  });
});

describe('a problem of a row in a merged ward’s list kept one sheet per old ward', () => {
  it('names the row’s sheet with its number (the numbers repeat from sheet to sheet)', async () => {
    // Old Hàng Bồ's second group (row 3 of its sheet) without its gathering place.
    const rows = sheetRows(HANG_BO).map((r, i) => (i === 2 ? [...r.slice(0, 5), ''] : r));
    const dir = await makeTempDir('phuong-print-sheets-');
    const campaign = join(dir, 'campaign.yaml');
    const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    const line = 'Tập trung tại {{group.[Địa điểm tập trung]}}.';
    await writeFile(campaign, yaml.replace('  body: |\n', `  body: |\n    ${line}\n\n`));
    const r = await checkGroupsFile(
      'hoan-kiem.xlsx',
      await wardSheetsXlsx([HANG_BAC, { ...HANG_BO, rows }], 0),
      campaign,
    );
    expect(r.code, r.stderr).toBe(0);
    const empty = lines(r.stderr, 'cảnh báo').filter((l) => l.includes('để trống'));
    expect(empty.length, r.stderr).toBeGreaterThan(0);
    for (const line of empty)
      expect(line).toContain(`(3 ở trang “${HANG_BO.name}”: Tổ dân phố số 2`);
  });
});
