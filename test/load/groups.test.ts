/**
 * Load stage, groups: CSV and XLSX files as ward offices write them → Group[], and the errors a
 * user sees for files that cannot be read. Inputs are built as bytes here, so each case shows
 * exactly what is in the file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadGroups, parseGroupsCsv, parseGroupsXlsx } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { checkGroupsFile } from '../support/cli.js';
import { userError, userErrorSync, xlsxBytes } from '../support/inputs.js';

const example = (name: string) =>
  fileURLToPath(new URL(`../../examples/hai-phong/${name}`, import.meta.url));

const HEADER = 'STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu';
const ROWS = [
  '1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;Nhà văn hóa Tổ dân phố số 1, 12 phố Lê Chân;245;812',
  '2;Tổ dân phố số 2;Trần Thị Thu Hằng;;Nhà văn hóa Tổ dân phố số 2, 7 phố Tô Hiệu;310;1024',
];
const EXPECTED: Omit<Group, 'source'>[] = [
  {
    id: '1',
    name: 'Tổ dân phố số 1',
    leader: 'Nguyễn Văn Hùng',
    phone: '0912 345 678',
    venue: 'Nhà văn hóa Tổ dân phố số 1, 12 phố Lê Chân',
    households: 245,
    population: 812,
  },
  {
    id: '2',
    name: 'Tổ dân phố số 2',
    leader: 'Trần Thị Thu Hằng',
    venue: 'Nhà văn hóa Tổ dân phố số 2, 7 phố Tô Hiệu',
    households: 310,
    population: 1024,
  },
];

const BOM = [0xef, 0xbb, 0xbf];
function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([...BOM, ...body]) : body;
}
function csv(lines: string[], eol = '\r\n'): string {
  return lines.join(eol) + eol;
}
const withoutSource = (groups: Group[]) => groups.map(({ source: _, ...g }) => g);

describe('example campaign groups', () => {
  it('CSV and XLSX load to the same 32 groups', async () => {
    const fromCsv = await loadGroups(example('groups.csv'));
    const fromXlsx = await loadGroups(example('groups.xlsx'));
    expect(fromCsv).toHaveLength(32);
    expect(withoutSource(fromXlsx)).toEqual(withoutSource(fromCsv));
    expect(fromCsv.map((g) => g.id)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1)));
    expect(fromCsv[31]?.name).toBe('Tổ dân phố số 32');
    expect(fromCsv[0]).toEqual({
      id: '1',
      name: 'Tổ dân phố số 1',
      leader: 'Nguyễn Văn Hùng',
      phone: '0912 345 678',
      venue: 'Nhà văn hóa Tổ dân phố số 1, 55 phố Mê Linh',
      households: 248,
      population: 861,
      source: { file: example('groups.csv'), row: 2 },
    });
    expect(fromXlsx[31]?.source).toEqual({ file: example('groups.xlsx'), row: 33 });
    expect(fromCsv.filter((g) => g.leader === undefined).map((g) => g.id)).toEqual(['14', '27']);
    for (const g of fromCsv) {
      expect(g.households).toBeGreaterThanOrEqual(120);
      expect(g.households).toBeLessThanOrEqual(450);
      expect(g.population).toBeGreaterThanOrEqual(400);
      expect(g.population).toBeLessThanOrEqual(1600);
    }
  });
});

describe('CSV encodings and layouts', () => {
  const text = csv([HEADER, ...ROWS]);

  it('reads UTF-8 with and without BOM alike', () => {
    expect(withoutSource(parseGroupsCsv(utf8(text, true), 'a.csv'))).toEqual(EXPECTED);
    expect(withoutSource(parseGroupsCsv(utf8(text), 'a.csv'))).toEqual(EXPECTED);
  });

  it('detects ";", "," and tab delimiters', () => {
    for (const d of [',', '\t']) {
      const lines = [HEADER, ...ROWS].map((l) =>
        l
          .split(';')
          .map((c) => (c.includes(',') ? `"${c}"` : c))
          .join(d),
      );
      expect(withoutSource(parseGroupsCsv(utf8(csv(lines)), 'a.csv'))).toEqual(EXPECTED);
    }
  });

  it('reads CRLF and LF line endings and numbers rows from the header', () => {
    for (const eol of ['\r\n', '\n']) {
      const groups = parseGroupsCsv(utf8(csv([HEADER, ...ROWS], eol)), 'a.csv');
      expect(withoutSource(groups)).toEqual(EXPECTED);
      expect(groups.map((g) => g.source)).toEqual([
        { file: 'a.csv', row: 2 },
        { file: 'a.csv', row: 3 },
      ]);
    }
  });

  it('reads UTF-16 LE and BE with BOM (Excel "Unicode text")', () => {
    const tabbed = csv([HEADER, ...ROWS].map((l) => l.replaceAll(';', '\t')));
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(tabbed, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(tabbed, 'utf-16be')]);
    expect(withoutSource(parseGroupsCsv(le, 'u.txt.csv'))).toEqual(EXPECTED);
    expect(withoutSource(parseGroupsCsv(be, 'u.txt.csv'))).toEqual(EXPECTED);
  });

  it('turns decomposed (NFD) text into the same NFC strings', () => {
    const nfd = utf8(text.normalize('NFD'));
    expect(text.normalize('NFD')).not.toBe(text);
    const groups = parseGroupsCsv(nfd, 'a.csv');
    expect(withoutSource(groups)).toEqual(EXPECTED);
    expect(groups[1]?.leader).toBe('Trần Thị Thu Hằng'.normalize('NFC'));
  });

  it('removes zero-width characters and turns NBSP and tabs into single spaces', () => {
    const dirty = csv([
      'STT;Tên tổ dân phố;Tổ trưởng',
      '\u200B1\uFEFF;  Tổ\u00A0dân   phố\tsố 1 ;Nguyễn\u200D Văn Hùng',
    ]);
    const [g] = parseGroupsCsv(utf8(dirty), 'a.csv');
    expect(g).toMatchObject({ id: '1', name: 'Tổ dân phố số 1', leader: 'Nguyễn Văn Hùng' });
  });

  it('keeps quoted delimiters and line breaks inside a cell', () => {
    const quoted = csv([
      'STT;Tên tổ dân phố;Địa chỉ nhà văn hóa',
      '1;Tổ 1;"số 5; ngõ 2\r\nphố Lê Chân"',
      '2;Tổ 2;',
    ]);
    const groups = parseGroupsCsv(utf8(quoted), 'a.csv');
    expect(groups[0]?.venue).toBe('số 5; ngõ 2 phố Lê Chân');
    expect(groups[1]?.source.row).toBe(3);
  });

  it('ignores trailing empty rows Excel writes, and blank lines', () => {
    const padded = csv([
      HEADER,
      ROWS[0] ?? '',
      ';;;;;;',
      '',
      ROWS[1] ?? '',
      ';;;;;;',
      ';;;;;;',
      ' ; ;;;;;',
    ]);
    const groups = parseGroupsCsv(utf8(padded, true), 'a.csv');
    expect(withoutSource(groups)).toEqual(EXPECTED);
    expect(groups[1]?.source.row).toBe(5);
  });

  it('refuses windows-1258 bytes instead of printing mojibake', () => {
    // iconv-lite writes "?" for each letter Windows-1258 has no single byte for: already lost.
    const legacy = iconv.encode(text, 'windows-1258');
    const err = userErrorSync(() => parseGroupsCsv(legacy, 'to-dan-pho.csv'));
    expect(err.describe()).toContain('to-dan-pho.csv');
    expect(err.message).toMatch(/^the file's Vietnamese letters were replaced by "\?"/);
    expect(err.hint).toContain('UTF-8');
    expect(err.hint).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('says a workbook renamed to .csv is a workbook', () => {
    const err = userErrorSync(() =>
      parseGroupsCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'x.csv'),
    );
    expect(err.message).toContain('Excel workbook (.xlsx)');
  });

  it('names the row that has the wrong number of fields', () => {
    const bad = csv([HEADER, ROWS[0] ?? '', '2;Tổ 2;Lê Văn A;;số 5; ngõ 2;10;30']);
    const err = userErrorSync(() => parseGroupsCsv(utf8(bad), 'a.csv'));
    expect(err.where).toEqual({ file: 'a.csv', row: 3 });
    expect(err.message).toBe('the row has 8 fields but the header has 7');
  });
});

describe('headers', () => {
  it.each([
    [
      'no diacritics, lower case',
      'stt;ten to dan pho;to truong;so dien thoai;dia chi nha van hoa;so ho;so nhan khau',
    ],
    [
      'upper case',
      'STT;TÊN TỔ DÂN PHỐ;TỔ TRƯỞNG;SỐ ĐIỆN THOẠI;ĐỊA CHỈ NHÀ VĂN HOÁ;SỐ HỘ;SỐ NHÂN KHẨU',
    ],
    ['English aliases', 'id;Name;LEADER;phone;venue;households;population'],
    ['other accepted names', 'Mã tổ:;Tên tổ (*);Họ tên tổ trưởng;SĐT;Nhà văn hóa;Số hộ*;Dân số'],
  ])('matches headers written with %s', (_, header) => {
    const groups = parseGroupsCsv(utf8(csv([header, ...ROWS])), 'a.csv');
    expect(withoutSource(groups)).toEqual(EXPECTED);
  });

  it('keeps unknown columns by their header, in any column order', () => {
    const text = csv(['Ghi chú;Tên tổ dân phố;Số hộ;STT', 'x;Tổ dân phố số 9;120;9']);
    expect(withoutSource(parseGroupsCsv(utf8(text), 'a.csv'))).toEqual([
      { id: '9', name: 'Tổ dân phố số 9', households: 120, columns: { 'Ghi chú': 'x' } },
    ]);
  });

  it('reports a missing name column with the accepted headers', () => {
    const err = userErrorSync(() =>
      parseGroupsCsv(utf8(csv(['STT;Tổ trưởng', '1;Lê Văn A'])), 'a.csv'),
    );
    // On the header row, not "at" a column the file does not have; the message names it.
    expect(err.where).toEqual({ file: 'a.csv', row: 1 });
    expect(err.message).toContain('no "Tên tổ dân phố" column');
    expect(err.message).toContain('"STT", "Tổ trưởng"');
    // The first few (README.md lists them all): a hint, not the whole list.
    expect(err.hint).toContain('"Tên tổ dân phố", "Tên tổ", "Tổ dân phố", "Tên TDP"');
    expect(err.hint).toContain(', …');
  });

  it('knows the other names of a residential unit and of its head', () => {
    const text = csv([
      'STT;Tên khu phố;Trưởng khu phố;Địa điểm sinh hoạt;Ngày tập huấn',
      '3;Khu phố 3;Lê Văn Tám;12 Hai Bà Trưng;sáng 11/03/2026',
    ]);
    expect(withoutSource(parseGroupsCsv(utf8(text), 'a.csv'))).toEqual([
      {
        id: '3',
        name: 'Khu phố 3',
        leader: 'Lê Văn Tám',
        venue: '12 Hai Bà Trưng',
        columns: { 'Ngày tập huấn': 'sáng 11/03/2026' },
      },
    ]);
    const thon = csv(['STT;Thôn;Trưởng thôn', '1;Thôn Đông;Hà Văn Sáu']);
    expect(withoutSource(parseGroupsCsv(utf8(thon), 'a.csv'))).toEqual([
      { id: '1', name: 'Thôn Đông', leader: 'Hà Văn Sáu' },
    ]);
  });

  it('reports a missing id column', () => {
    const err = userErrorSync(() => parseGroupsCsv(utf8(csv(['Tên tổ dân phố', 'Tổ 1'])), 'a.csv'));
    expect(err.where).toEqual({ file: 'a.csv', row: 1 });
    expect(err.message).toContain('no "STT" column');
  });
});

describe('row validation', () => {
  const header = 'Mã tổ;Tên tổ dân phố;Số hộ;Số nhân khẩu';

  it('rejects a duplicate id, naming both rows and the column as written', () => {
    const text = csv([header, '5;Tổ 5;;', '6;Tổ 6;;', 'TDP7;Tổ 7;;', '5;Tổ năm;;']);
    const err = userErrorSync(() => parseGroupsCsv(utf8(text), 'g.csv'));
    expect(err.where).toEqual({ file: 'g.csv', row: 5, field: 'Mã tổ' });
    expect(err.message).toBe('the id "5" is already used by row 2');
    expect(err.describe()).toBe('g.csv, row 5, field "Mã tổ": the id "5" is already used by row 2');
  });

  it('rejects a repeated id whatever else is wrong with the row that has it first (qa13)', async () => {
    // Row 3 has group 2 with a count in words; row 4 repeats its id. Row 4 was built as group 2
    // (its files and ZIP listed beside the group's earlier ones) and nothing said the id twice.
    const text = csv([
      'STT;Tên tổ dân phố;Tổ trưởng;Số hộ',
      '1;Tổ dân phố Hòa Bình 1;Nguyễn Văn Thành;120',
      '2;Tổ dân phố Hòa Bình 2;Trần Thị Lệ Thủy;chín mươi',
      '2;Tổ dân phố Hòa Bình 2b;Lê Quốc Khánh;143',
      '3;Tổ dân phố Hòa Bình 3;Lê Văn A;50',
    ]);
    const r = await checkGroupsFile('groups.csv', utf8(text));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('dòng 3, cột “Số hộ”: “chín mươi”');
    expect(r.stderr).toContain('dòng 4, cột “STT”: mã “2” trùng với dòng 3');
  });

  it('refuses a phone Excel shortened to "9.87654E+08" (its digits lost), naming the row', async () => {
    // A number cell saved to CSV as a narrow column shows it (qa18): printed so on every flyer.
    const text = csv([
      HEADER,
      ...ROWS.slice(0, 1),
      '2;Tổ dân phố số 2;Trần Thị Thu Hằng;9.87654E+08;;310;1024',
    ]);
    const r = await checkGroupsFile('groups.csv', utf8(text));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'dòng 3, cột “Số điện thoại”: số điện thoại “9.87654E+08” là số đã bị Excel rút gọn',
    );
  });

  it('treats ids differing only in case as duplicates (they name the same file)', () => {
    const text = csv([header, 'TDP7;Tổ 7;;', 'tdp7;Tổ bảy;;']);
    expect(userErrorSync(() => parseGroupsCsv(utf8(text), 'g.csv')).where.row).toBe(3);
  });

  it('rejects an empty id and an empty name with row and field', () => {
    const noId = userErrorSync(() =>
      parseGroupsCsv(utf8(csv([header, '1;Tổ 1;;', ' ;Tổ 2;;'])), 'g.csv'),
    );
    expect(noId.where).toEqual({ file: 'g.csv', row: 3, field: 'Mã tổ' });
    const noName = userErrorSync(() =>
      parseGroupsCsv(utf8(csv([header, '1;Tổ 1;;', '2;\u00A0;10;'])), 'g.csv'),
    );
    expect(noName.where).toEqual({ file: 'g.csv', row: 3, field: 'Tên tổ dân phố' });
    expect(noName.message).toBe('the name is empty');
  });

  it('accepts Vietnamese thousands separators in counts', () => {
    const text = csv([header, '1;Tổ 1;1.234;12 345', '2;Tổ 2;0;1\u00A0600', '3;Tổ 3;;']);
    const groups = parseGroupsCsv(utf8(text), 'g.csv');
    expect(groups.map((g) => [g.households, g.population])).toEqual([
      [1234, 12345],
      // 0 is "not counted yet" (a warning says so): no rate is counted against it.
      [undefined, 1600],
      [undefined, undefined],
    ]);
    expect('households' in (groups[2] ?? {})).toBe(false);
  });

  it.each(['abc', '3.5 hộ', '1,120.5', '1,12,000'])('rejects "%s" as a count', (value) => {
    const text = csv([header, '1;Tổ 1;10;20', `2;Tổ 2;"${value}";20`]);
    const err = userErrorSync(() => parseGroupsCsv(utf8(text), 'g.csv'));
    expect(err.where).toEqual({ file: 'g.csv', row: 3, field: 'Số hộ' });
    expect(err.message).toBe(`"${value}" is not a whole number`);
  });

  it.each(['12,5', '1.23', '1,5', '0,75', '1,1200'])(
    'rejects "%s" as a count with a decimal part, at its row and column',
    (value) => {
      const text = csv([header, '1;Tổ 1;10;20', `2;Tổ 2;"${value}";20`]);
      const err = userErrorSync(() => parseGroupsCsv(utf8(text), 'g.csv'));
      expect(err.where).toEqual({ file: 'g.csv', row: 3, field: 'Số hộ' });
      expect(err.message).toBe(`"${value}" has a decimal part: a count is a whole number`);
    },
  );

  it('reads thousands grouped by a comma, as an English-locale Excel writes them', () => {
    const text = csv([header, '1;Tổ 1;"1,120";"12,345"', '2;Tổ 2;"999";"1,234,567"']);
    const groups = parseGroupsCsv(utf8(text), 'g.csv');
    expect(groups.map((g) => [g.households, g.population])).toEqual([
      [1120, 12345],
      [999, 1234567],
    ]);
  });

  it('rejects a spreadsheet formula error instead of printing it', () => {
    const text = csv([header, '1;#REF!;10;20']);
    expect(userErrorSync(() => parseGroupsCsv(utf8(text), 'g.csv')).where.field).toBe(
      'Tên tổ dân phố',
    );
  });

  it('rejects a file with a header and no groups', () => {
    const err = userErrorSync(() => parseGroupsCsv(utf8(csv([header, ';;;'])), 'g.csv'));
    expect(err.message).toBe('the file has a header but no groups');
  });
});

describe('XLSX', () => {
  it('reads numbers, rich text, formulas and dates as text', async () => {
    const bytes = await xlsxBytes({
      'Danh sách': [
        ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số điện thoại', 'Số hộ', 'Ghi chú'],
        [
          7,
          { richText: [{ text: 'Tổ dân phố ' }, { text: 'số 7', font: { bold: true } }] },
          { formula: 'A1', result: 'Lê Thị Ngọc Ánh' },
          912345678,
          { formula: '100+20', result: 120 },
          new Date(Date.UTC(2025, 9, 11)),
        ],
        [8, 'Tổ dân phố số 8', null, 2253812345, 95, null],
      ],
    });
    const groups = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(withoutSource(groups)).toEqual([
      {
        id: '7',
        name: 'Tổ dân phố số 7',
        leader: 'Lê Thị Ngọc Ánh',
        phone: '0912 345 678',
        households: 120,
        // As the clerk typed it and Excel shows it, not ISO.
        columns: { 'Ghi chú': '11/10/2025' },
      },
      {
        id: '8',
        name: 'Tổ dân phố số 8',
        phone: '0225 3812 345',
        households: 95,
        columns: { 'Ghi chú': '' },
      },
    ]);
  });

  it('reads each number or date cell as Excel shows it in Viet Nam (its number format)', async () => {
    // [header, what Excel stores, the cell's number format, what was typed / Excel shows]
    const cells: [string, ExcelJS.CellValue, string | undefined, string][] = [
      // Typing 7:30 stores the day's fraction under Excel's built-in "h:mm": a paper says the
      // hour "7 giờ 30", as the studio's "Thời gian" example writes it (qa51 p5).
      ['Giờ tiêm', 0.3125, 'h:mm', '7 giờ 30'],
      ['Giờ chiều', 13 / 24, 'h:mm', '13 giờ 00'],
      ['Giờ (hh:mm)', 0.3125, 'hh:mm', '7 giờ 30'],
      ['Giờ có giây', 0.3125, 'h:mm:ss', '7 giờ 30'],
      // A duration is no hour of the day: as Excel shows it.
      ['Số giờ', 1.5, '[h]:mm', '36:00'],
      [
        'Ngày giờ họp',
        new Date(Date.UTC(2026, 11, 15, 19, 30)),
        'dd/mm/yyyy hh:mm',
        '15/12/2026 19:30',
      ],
      // Built-in short date (14) and date-time (22): the computer's regional dd/mm/yyyy.
      ['Ngày tiêm', new Date(Date.UTC(2026, 11, 15)), undefined, '15/12/2026'],
      ['Lúc', new Date(Date.UTC(2026, 11, 15, 7, 5)), 'm/d/yy "h":mm', '15/12/2026 7:05'],
      ['Tỷ lệ tiêm', 0.85, '0%', '85%'],
      ['Tỷ lệ lẻ', 0.8534, '0.00%', '85,34%'],
      ['Kinh phí', 3_000_000, '#,##0 "đ"', '3.000.000 đ'],
      ['Diện tích', 12.5, undefined, '12,5'],
      ['Diện tích 1 số lẻ', 12, '0.0', '12,0'],
      ['Dân số cũ', 1_234_567, '#,##0', '1.234.567'],
    ];
    const bytes = await xlsxBytes(
      {
        S: [
          ['STT', 'Tên tổ dân phố', ...cells.map(([h]) => h)],
          [1, 'Tổ dân phố số 1', ...cells.map(([, v]) => v)],
        ],
      },
      (ws) => {
        cells.forEach(([, , numFmt], i) => {
          if (numFmt) ws.getCell(2, i + 3).numFmt = numFmt;
        });
      },
    );
    const [group] = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(group?.columns).toEqual(Object.fromEntries(cells.map(([h, , , shown]) => [h, shown])));
  });

  it('reads a number id as its digits, whatever its format shows: links and figures are tied to ids', async () => {
    const bytes = await xlsxBytes(
      {
        S: [
          ['STT', 'Tên tổ dân phố'],
          [1, 'Tổ dân phố số 1'],
          [1002, 'Tổ dân phố số 1002'],
        ],
      },
      (ws) => {
        ws.getCell('A2').numFmt = '000';
        ws.getCell('A3').numFmt = '#,##0';
      },
    );
    const groups = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(groups.map((g) => g.id)).toEqual(['1', '1002']);
  });

  it('takes a count formatted with thousands dots, and a phone whose format shows its 0', async () => {
    const bytes = await xlsxBytes(
      {
        S: [
          ['STT', 'Tên tổ dân phố', 'Số điện thoại', 'Số nhân khẩu'],
          [1, 'Tổ dân phố số 1', 912_345_678, 1_234],
        ],
      },
      (ws) => {
        ws.getCell('C2').numFmt = '0### ### ###';
        ws.getCell('D2').numFmt = '#,##0';
      },
    );
    const [group] = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(group).toMatchObject({ phone: '0912 345 678', population: 1234 });
  });

  it('gives a mobile typed as text without its 0 the 0 back, as a number cell’s (qa17)', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['STT', 'Tên tổ', 'SĐT'],
        ['1', 'Tổ 1', '912345678'],
      ],
    });
    expect((await parseGroupsXlsx(bytes, 'g.xlsx'))[0]?.phone).toBe('0912 345 678');
  });

  it('uses spreadsheet row numbers, skipping empty rows and sheets without a header', async () => {
    const bytes = await xlsxBytes({
      'Ghi chú': [['Danh sách do phường cập nhật']],
      'Tổ dân phố': [
        [],
        ['STT', 'Tên tổ dân phố', 'Số nhân khẩu'],
        [1, 'Tổ 1', 400],
        [null, '  ', null],
        [2, 'Tổ 2', '1.600'],
        [],
        ['', '', ''],
      ],
    });
    const groups = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(groups.map((g) => [g.id, g.population, g.source.row])).toEqual([
      ['1', 400, 3],
      ['2', 1600, 5],
    ]);
  });

  it('reports errors with the spreadsheet row', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['STT', 'Tên tổ dân phố', 'Số hộ'],
        [1, 'Tổ 1', 'nhiều'],
      ],
    });
    const err = await userError(() => parseGroupsXlsx(bytes, 'g.xlsx'));
    expect(err.where).toEqual({ file: 'g.xlsx', row: 2, field: 'Số hộ' });
  });

  it('reports a missing column when no sheet has the header', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['Họ tên', 'Tuổi'],
        ['A', 3],
      ],
    });
    const err = await userError(() => parseGroupsXlsx(bytes, 'g.xlsx'));
    expect(err.where.field).toBeUndefined();
    expect(err.message).toContain('no "STT" column');
  });

  it('refuses bytes that are not a workbook', async () => {
    const err = await userError(() => parseGroupsXlsx(utf8('STT;Tên\r\n'), 'g.xlsx'));
    expect(err.where).toEqual({ file: 'g.xlsx' });
    expect(err.hint).toContain('.xlsx');
  });
});

describe('loadGroups', () => {
  it('dispatches on the extension regardless of case and refuses others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'groups-'));
    try {
      const upper = join(dir, 'TO.CSV');
      await writeFile(upper, utf8(csv([HEADER, ...ROWS]), true));
      expect(withoutSource(await loadGroups(upper))).toEqual(EXPECTED);
      const ods = join(dir, 'to.ods');
      await writeFile(ods, 'x');
      const err = await userError(() => loadGroups(ods));
      expect(err.where).toEqual({ file: ods });
      expect(err.hint).toContain('.xlsx');
      const missing = await userError(() => loadGroups(join(dir, 'none.csv')));
      expect(missing.message).toBe('the file does not exist');
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
