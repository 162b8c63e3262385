/**
 * Load stage, groups and rosters: lists typed with the old TCVN3 (ABC) fonts as qa37 found them
 * (M1, M4). A converted cell is not refused afterwards as "either way"; a list typed entirely in
 * TCVN3, header included, is read, its header settled by the tool's own column names; an .xlsx
 * cell set in a ".Vn" font is TCVN3 whatever it reads as.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseGroupsCsv, parseGroupsXlsx } from '../../src/load/groups/index.js';
import { parseRosterReport } from '../../src/load/roster.js';
import { tcvn3, userErrorSync } from '../support/inputs.js';

const utf8 = (s: string) => new TextEncoder().encode(`\uFEFF${s}`);
describe('a converted TCVN3 cell is not refused afterwards (qa37 M1)', () => {
  it('reads the leader "Lª Hµ" as Lê Hà', () => {
    const csv =
      'STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ dân phố số 1;Lª Hµ\n2;Tổ dân phố số 2;Nguyễn Văn Hùng\n';
    expect(tcvn3('Lê Hà')).toBe('Lª Hµ');
    const groups = parseGroupsCsv(utf8(csv), 'le-ha.csv');
    expect(groups.map((g) => g.leader)).toEqual(['Lê Hà', 'Nguyễn Văn Hùng']);
  });

  it('reads the address "Nhµ 5 ng¸ch 3" as Nhà 5 ngách 3', () => {
    const csv =
      'STT;Tên tổ dân phố;Tổ trưởng;Địa chỉ nhà văn hóa\n1;Tổ dân phố số 1;NguyÔn V¨n Hïng;Nhµ 5 ng¸ch 3\n2;Tổ dân phố số 2;TrÇn Hµ;Nhà văn hóa\n';
    const groups = parseGroupsCsv(utf8(csv), 'nha.csv');
    expect(groups.map((g) => [g.leader, g.venue])).toEqual([
      ['Nguyễn Văn Hùng', 'Nhà 5 ngách 3'],
      ['Trần Hà', 'Nhà văn hóa'],
    ]);
  });

  it('reads a roster whose addresses are TCVN3', async () => {
    const roster = `STT;Họ và tên;Địa chỉ\n1;${tcvn3('Nguyễn Văn Hùng')};${tcvn3('Số 12 phố Mê Linh')}\n2;${tcvn3('Trần Thị Thu Hằng')};${tcvn3('Nhà 5 ngách 3')}\n3;${tcvn3('Phạm Đức Thắng')};${tcvn3('14 phố Chợ Con')}\n`;
    const report = await parseRosterReport(utf8(roster), '1.csv');
    expect(report.residents.map((r) => [r.name, r.address])).toEqual([
      ['Nguyễn Văn Hùng', 'Số 12 phố Mê Linh'],
      ['Trần Thị Thu Hằng', 'Nhà 5 ngách 3'],
      ['Phạm Đức Thắng', '14 phố Chợ Con'],
    ]);
  });
});

describe('ordinary Unicode cells with Latin-1 symbols are not TCVN3 (review41 §1)', () => {
  it('keeps "Hotline · 1022", "© 2024 UBND" and "Bà Mùa · Tô Ná" as typed', () => {
    const csv =
      'STT;Tên tổ dân phố;Tổ trưởng;Địa chỉ nhà văn hóa\n1;Tổ dân phố số 1;Bà Mùa · Tô Ná;Hotline · 1022\n2;Tổ dân phố số 2;Lê Lai ·;© 2024 UBND\n';
    const groups = parseGroupsCsv(utf8(csv), 'symbols.csv');
    expect(groups.map((g) => [g.leader, g.venue])).toEqual([
      ['Bà Mùa · Tô Ná', 'Hotline · 1022'],
      ['Lê Lai ·', '© 2024 UBND'],
    ]);
  });
});

const HEADER = [
  'STT',
  'Tên tổ dân phố',
  'Tổ trưởng',
  'Địa chỉ nhà văn hóa',
  'Số hộ',
  'Số nhân khẩu',
];
const ROWS = [
  ['1', 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 'Nhà văn hóa số 1, 55 phố Mê Linh', '248', '861'],
  ['2', 'Tổ dân phố Hồ Nam', 'Trần Thị Thu Hằng', 'Số 12 ngõ 5', '345', '1152'],
];

describe('a list typed entirely in TCVN3, header included (qa37 M4)', () => {
  it('reads it: "Sè hé" is the column Số hộ, and an address "Sè 12 ngâ 5" is Số 12 ngõ 5', () => {
    const lines = [HEADER, ...ROWS].map((r) => r.map(tcvn3).join(';'));
    expect(lines[0]).toContain(';Sè hé;');
    expect(lines[2]).toContain(';Sè 12 ngâ 5;');
    const groups = parseGroupsCsv(utf8(lines.join('\r\n')), 'tcvn3.csv');
    expect(groups.map((g) => [g.name, g.leader, g.venue, g.households])).toEqual([
      ['Tổ dân phố số 1', 'Nguyễn Văn Hùng', 'Nhà văn hóa số 1, 55 phố Mê Linh', 248],
      ['Tổ dân phố Hồ Nam', 'Trần Thị Thu Hằng', 'Số 12 ngõ 5', 345],
    ]);
  });

  it('finds the header typed in TCVN3 under a title row (an old .xls: a merged title, then the table)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow([tcvn3('Danh sách tổ dân phố phường Lê Chân')]);
    sheet.mergeCells(1, 1, 1, HEADER.length);
    sheet.addRow([tcvn3('Năm 2026')]);
    sheet.addRow(HEADER.map(tcvn3));
    for (const r of ROWS) sheet.addRow(r.map((c, i) => (i === 0 || i >= 4 ? Number(c) : tcvn3(c))));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const groups = await parseGroupsXlsx(bytes, 'title.xlsx');
    expect(groups.map((g) => [g.name, g.leader, g.venue, g.households])).toEqual([
      ['Tổ dân phố số 1', 'Nguyễn Văn Hùng', 'Nhà văn hóa số 1, 55 phố Mê Linh', 248],
      ['Tổ dân phố Hồ Nam', 'Trần Thị Thu Hằng', 'Số 12 ngõ 5', 345],
    ]);
    // The same as CSV, with the title's row of empty cells.
    const lines = [
      [tcvn3('Danh sách tổ dân phố'), '', '', '', '', ''],
      HEADER.map(tcvn3),
      ...ROWS.map((r) => r.map(tcvn3)),
    ].map((r) => r.join(';'));
    const fromCsv = parseGroupsCsv(utf8(lines.join('\r\n')), 'title.csv');
    expect(fromCsv.map((g) => g.households)).toEqual([248, 345]);
  });

  it('still refuses a cell that reads either way in a row typed in Unicode', () => {
    const lines = [
      HEADER.map(tcvn3).join(';'),
      ROWS[0]?.map(tcvn3).join(';'),
      '2;Tổ dân phố Hồ Nam;Trần Thị Thu Hằng;Sè 12 ngâ 5;345;1152',
    ];
    const err = userErrorSync(() => parseGroupsCsv(utf8(lines.join('\n')), 'mix.csv'));
    expect(err.where).toEqual({ file: 'mix.csv', row: 3, field: 'Địa chỉ nhà văn hóa' });
  });

  it('does not take a Unicode leader "Tô Hà" of a TCVN3 list for TCVN3 ("Tụ HỔ"): the cell reads either way', () => {
    // "Hà" read as TCVN3 is "HỔ", a capital inside the word: no .VnTime typist wrote it so.
    const lines = [
      HEADER.map(tcvn3).join(';'),
      ROWS[0]?.map(tcvn3).join(';'),
      `2;${tcvn3('Tổ dân phố Hồ Nam')};Tô Hà;${tcvn3('Số 12 ngõ 5')};345;1152`,
    ];
    const err = userErrorSync(() => parseGroupsCsv(utf8(lines.join('\n')), 'to-ha.csv'));
    expect(err.where).toEqual({ file: 'to-ha.csv', row: 3, field: 'Tổ trưởng' });
    expect(err.say('vi')).toMatch(/ô này đọc thành tiếng Việt theo cả hai cách.*“Tô Hà”/);
    expect(err.say('vi')).not.toMatch(/không tự chuyển mã chắc chắn được/);
  });

  it('reads an .xlsx cell set in a .VnTime font as TCVN3 ("Sè 12 ngâ 5" is Số 12 ngõ 5)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(HEADER);
    for (const r of ROWS) {
      const row = sheet.addRow(r.map((c, i) => (i === 0 || i >= 4 ? Number(c) : tcvn3(c))));
      for (const i of [2, 3, 4]) row.getCell(i).font = { name: '.VnTime', size: 12 };
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const groups = await parseGroupsXlsx(bytes, 'font.xlsx');
    expect(groups.map((g) => [g.name, g.leader, g.venue])).toEqual([
      ['Tổ dân phố số 1', 'Nguyễn Văn Hùng', 'Nhà văn hóa số 1, 55 phố Mê Linh'],
      ['Tổ dân phố Hồ Nam', 'Trần Thị Thu Hằng', 'Số 12 ngõ 5'],
    ]);
  });

  it("reads each rich-text run of an .xlsx cell by the run's own font", async () => {
    // A leader's name begun in .VnTime and finished in Times New Roman, in one cell; and a
    // venue whose cell is set in .VnTime with its last run typed in Unicode in Arial.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(HEADER.slice(0, 4));
    const row = sheet.addRow([1, 'Tổ dân phố số 1', '', '']);
    row.getCell(3).value = {
      richText: [
        { text: tcvn3('Trần'), font: { name: '.VnTime', size: 12 } },
        { text: ' Thị Mai', font: { name: 'Times New Roman', size: 12 } },
      ],
    };
    row.getCell(4).font = { name: '.VnTime', size: 12 };
    row.getCell(4).value = {
      richText: [
        { text: tcvn3('Nhà văn hóa số 1, ') },
        { text: 'ngõ Hòa Bình', font: { name: 'Arial', size: 12 } },
      ],
    };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const groups = await parseGroupsXlsx(bytes, 'runs.xlsx');
    expect(groups.map((g) => [g.name, g.leader, g.venue])).toEqual([
      ['Tổ dân phố số 1', 'Trần Thị Mai', 'Nhà văn hóa số 1, ngõ Hòa Bình'],
    ]);
  });

  it('keeps Unicode typed into .VnTime cells of rows with only Latin-1 letters (review41 §2)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(HEADER.slice(0, 3));
    const typed = [
      [1, 'Thôn Sà Phìn', 'Giàng A Páo'],
      [2, 'Thôn Pác Bó', 'Mùa A Dê'],
      [3, 'Tô Hà', 'Lò Thị Mai'],
      // One leader pasted from an old TCVN3 list: converted by its text alone.
      [4, 'Bản Phố', 'Lª Hµ'],
    ];
    for (const r of typed) {
      const row = sheet.addRow(r);
      for (const i of [2, 3]) row.getCell(i).font = { name: '.VnTime', size: 12 };
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const groups = await parseGroupsXlsx(bytes, 'ban.xlsx');
    expect(groups.map((g) => [g.name, g.leader])).toEqual([
      ['Thôn Sà Phìn', 'Giàng A Páo'],
      ['Thôn Pác Bó', 'Mùa A Dê'],
      ['Tô Hà', 'Lò Thị Mai'],
      ['Bản Phố', 'Lê Hà'],
    ]);
  });

  it('keeps Unicode typed into cells still set in .VnTime (a row with Unicode letters)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(HEADER.slice(0, 4));
    const row = sheet.addRow([1, 'Tổ dân phố số 1', 'Lê Hà', 'Nhà văn hóa số 1']);
    for (const i of [2, 3, 4]) row.getCell(i).font = { name: '.VnTime', size: 12 };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const groups = await parseGroupsXlsx(bytes, 'unicode.xlsx');
    expect(groups.map((g) => [g.name, g.leader, g.venue])).toEqual([
      ['Tổ dân phố số 1', 'Lê Hà', 'Nhà văn hóa số 1'],
    ]);
  });
});
