/**
 * Load stage, XLSX as ward offices lay out their sheets: a title above the table, merged header
 * cells and two-row headers, empty and formatted rows at the end, numbers where text was meant
 * (phones losing their leading 0), extra sheets. Workbooks are built with exceljs so each case
 * shows exactly what is in the file.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseGroupsXlsx } from '../../src/load/groups/index.js';
import { parseRosterReport } from '../../src/load/roster.js';
import type { Group } from '../../src/load/types.js';
import { tcvn3, userError, xlsxBytes } from '../support/inputs.js';

type Rows = ExcelJS.CellValue[][];

const brief = (gs: Group[]) =>
  gs.map(({ source, ...g }) => ({ ...g, row: source.row }) as Record<string, unknown>);

describe('headers', () => {
  it('finds the header under a merged title, and folds a two-row header with merges', async () => {
    const bytes = await xlsxBytes(
      {
        'Danh sách': [
          ['DANH SÁCH TỔ DÂN PHỐ PHƯỜNG LÊ CHÂN'],
          [],
          ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Dân số', null],
          [null, null, null, 'Số hộ', 'Số nhân khẩu'],
          [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 248, 861],
          [2, 'Tổ dân phố số 2', null, 310, 1024],
        ],
      },
      (ws) => {
        ws.mergeCells('A1:E1');
        ws.mergeCells('A3:A4');
        ws.mergeCells('B3:B4');
        ws.mergeCells('C3:C4');
        ws.mergeCells('D3:E3');
      },
    );
    expect(brief(await parseGroupsXlsx(bytes, 'g.xlsx'))).toEqual([
      {
        id: '1',
        name: 'Tổ dân phố số 1',
        leader: 'Nguyễn Văn Hùng',
        households: 248,
        population: 861,
        row: 5,
      },
      // Its Tổ trưởng cell is empty: the list gives it no leader (qa58 p1).
      {
        id: '2',
        name: 'Tổ dân phố số 2',
        households: 310,
        population: 1024,
        noLeader: true,
        row: 6,
      },
    ]);
  });

  it('finds a header under a plain title and notes rows', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['Ủy ban nhân dân phường Lê Chân'],
        ['Cập nhật ngày 01/10/2025', null, 'Người lập: Phòng VH-XH'],
        ['Mã tổ', 'Tên tổ', 'SĐT'],
        ['TDP01', 'Tổ 1', '0912 345 678'],
      ],
    });
    expect(brief(await parseGroupsXlsx(bytes, 'g.xlsx'))).toEqual([
      { id: 'TDP01', name: 'Tổ 1', phone: '0912 345 678', row: 4 },
    ]);
  });

  it('looks for the header in the first 10 rows only, and says so', async () => {
    const filler: Rows = Array.from({ length: 10 }, (_, i) => [`Ghi chú ${i + 1}`]);
    const bytes = await xlsxBytes({ S: [...filler, ['STT', 'Tên tổ dân phố'], [1, 'Tổ 1']] });
    const err = await userError(() => parseGroupsXlsx(bytes, 'g.xlsx'));
    expect(err.where).toEqual({ file: 'g.xlsx', row: 1 });
    expect(err.message).toContain('no "STT" column');
    expect(err.hint).toContain('first 10 rows');
  });
});

describe('rows', () => {
  it('ignores empty, blank and formatted-only rows at the end (and between)', async () => {
    const bytes = await xlsxBytes(
      {
        S: [
          ['STT', 'Tên tổ dân phố', 'Số hộ'],
          [1, 'Tổ 1', 10],
          [null, '   ', ''],
          [2, 'Tổ 2', 20],
          ['', '', null],
          ['\u00A0', '\u200B', '\t'],
        ],
      },
      (ws) => {
        // Rows Excel keeps after their contents were deleted: styled, bordered, no value.
        for (let r = 10; r <= 40; r++) {
          ws.getRow(r).getCell(1).border = { top: { style: 'thin' } };
          ws.getRow(r).getCell(2).fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: 'FFFFFF00' },
          };
        }
      },
    );
    const groups = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(groups.map((g) => [g.id, g.name, g.households, g.source.row])).toEqual([
      ['1', 'Tổ 1', 10, 2],
      ['2', 'Tổ 2', 20, 4],
    ]);
  });
});

describe('numbers stored as numbers', () => {
  it('restores the leading 0 of mobile and landline phones typed into number cells', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['STT', 'Tên tổ dân phố', 'Số điện thoại', 'Số hộ', 'Số nhân khẩu'],
        [1, 'Tổ 1', 912345678, 1234, 4321],
        [2, 'Tổ 2', 2253857123, { formula: '10*10', result: 100 }, 300],
        [3, 'Tổ 3', '0904 540 490', 5, 9],
        [4, 'Tổ 4', 19001234, 5, 9],
      ],
    });
    const groups = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(groups.map((g) => [g.id, g.phone, g.households, g.population])).toEqual([
      ['1', '0912 345 678', 1234, 4321],
      ['2', '0225 3857 123', 100, 300],
      ['3', '0904 540 490', 5, 9],
      ['4', '19001234', 5, 9],
    ]);
  });

  it('catches a number-cell phone whose lost digits cannot be told', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['STT', 'Tên tổ dân phố', 'Số điện thoại'],
        [1, 'Tổ 1', 12345678],
      ],
    });
    const err = await userError(() => parseGroupsXlsx(bytes, 'g.xlsx'));
    expect(err.where).toEqual({ file: 'g.xlsx', row: 2, field: 'Số điện thoại' });
    expect(err.message).toContain('number cell');
    expect(err.hint).toContain('Text');
  });

  it('says it in a roster too, without quoting the number (personal data), and reads the row: a roster prints no phone (qa46 F10)', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['Họ và tên', 'Số điện thoại'],
        ['Nguyễn Văn An', 12345678],
      ],
    });
    const { residents, warnings } = await parseRosterReport(bytes, 'r.xlsx');
    expect(residents.map((r) => [r.name, r.phone])).toEqual([['Nguyễn Văn An', undefined]]);
    const said = warnings.find((w) => w.where.row === 2);
    expect(said?.where).toEqual({ file: 'r.xlsx', row: 2, field: 'Số điện thoại' });
    expect(said?.describe()).not.toContain('12345678');
  });
});

describe('sheets', () => {
  // Notes, a table of other figures, then the list.
  const NOTES_AND_LIST = {
    'Hướng dẫn': [['Điền mỗi tổ một dòng'], ['Không đổi tên cột']],
    'Thống kê': [
      ['Năm', 'Số hộ'],
      [2024, 9000],
    ],
    'Tổ dân phố': [['DANH SÁCH'], ['STT', 'Tên tổ dân phố'], [7, 'Tổ 7']],
  };

  it('takes the sheet with the columns, after notes and other tables', async () => {
    const bytes = await xlsxBytes(NOTES_AND_LIST);
    expect(brief(await parseGroupsXlsx(bytes, 'g.xlsx'))).toEqual([
      { id: '7', name: 'Tổ 7', row: 3 },
    ]);
  });

  it('refuses two sheets with the columns when neither was open when the file was saved', async () => {
    const bytes = await xlsxBytes({
      ...NOTES_AND_LIST,
      'Bản cũ': [
        ['STT', 'Tên tổ dân phố'],
        [99, 'Tổ cũ'],
      ],
    });
    const e = await userError(() => parseGroupsXlsx(bytes, 'g.xlsx'));
    expect(e.describe('en')).toBe(
      'g.xlsx: the workbook has 2 sheets with a list: “Tổ dân phố”, “Bản cũ”, and none of them was open when it was saved',
    );
  });
});

describe('text in cells', () => {
  it('converts a name typed with a TCVN3 font into a workbook', async () => {
    const abc = tcvn3('Tổ dân phố Cầu Đất');
    const bytes = await xlsxBytes({
      S: [
        ['STT', 'Tên tổ dân phố'],
        [1, abc],
        [2, 'Tổ\u00A0dân  phố\tsố\u200B 2'.normalize('NFD')],
      ],
    });
    const groups = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(groups.map((g) => g.name)).toEqual(['Tổ dân phố Cầu Đất', 'Tổ dân phố số 2']);
  });
});
