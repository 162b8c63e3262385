/**
 * Load stage, groups files as ward offices really make them (qa5): the official list's two-row
 * header under merged titles, the date and signature lines under the table, a Windows-1258 CSV
 * with "SĐT", phones typed every way, a Word file under an .xlsx name. Each file is made here
 * (exceljs, or the CSV's bytes) and loaded from disk as the studio and the CLI load it; the
 * assertions are what the office sees: the groups read, and the warnings' Vietnamese text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { userError, xlsxBytes } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function report(name: string, bytes: Uint8Array) {
  const file = join(await makeTempDir(), name);
  await writeFile(file, bytes);
  return { file, report: await loadGroupsReport(file) };
}

/** A CSV as Excel saves it (UTF-8, ";", CRLF), loaded from disk. */
const csvReport = (lines: readonly string[]) =>
  report('g.csv', new TextEncoder().encode(`${lines.join('\r\n')}\r\n`));

const brief = (gs: Group[]) => gs.map(({ source, ...g }) => ({ row: source.row, ...g }));

/** The fire-safety list of phường Ngọc Hà as the ward lays it out (qa5 a-pccc-ngoc-ha.xlsx). */
const TITLE: ExcelJS.CellValue[][] = [
  ['ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ'],
  [],
  ['DANH SÁCH TỔ DÂN PHỐ VÀ LỊCH KIỂM TRA PCCC HỘ GIA ĐÌNH NĂM 2026'],
  [],
  [
    'STT',
    'Tên tổ dân phố',
    'Tổ trưởng',
    null,
    'Nhà văn hóa',
    'Quy mô',
    null,
    'Lịch kiểm tra',
    null,
    'Cán bộ phụ trách',
  ],
  [
    null,
    null,
    'Họ và tên',
    'Số điện thoại',
    null,
    'Số hộ',
    'Số nhân khẩu',
    'Ngày kiểm tra',
    'Giờ kiểm tra',
  ],
];
const mergeHeader = (ws: ExcelJS.Worksheet) => {
  ws.mergeCells('A1:D1');
  ws.mergeCells('A3:J3');
  for (const range of ['A5:A6', 'B5:B6', 'C5:D5', 'E5:E6', 'F5:G5', 'H5:I5', 'J5:J6'])
    ws.mergeCells(range);
};

describe('a two-row header under merged titles (qa5 G1)', () => {
  it('reads the leader, phone, households, population and the schedule columns, and no "STT" group', async () => {
    const bytes = await xlsxBytes(
      {
        'DS TDP 2026': [
          ...TITLE,
          [
            1,
            'Tổ dân phố số 1',
            'Nguyễn Thị Thuỹ',
            '0912 345 678',
            'NVH TDP 1',
            215,
            702,
            '14/12/2026',
            '7:30',
            'Đ/c Lê Văn Đức',
          ],
          [
            2,
            'Tổ dân phố số 2',
            'Lưu Thị Ngữ',
            '0912 345 679',
            'NVH TDP 2',
            188,
            610,
            '14/12/2026',
            '14:00',
            'Đ/c Lê Văn Đức',
          ],
        ],
      },
      mergeHeader,
    );
    const { report: r } = await report('a-pccc-ngoc-ha.xlsx', bytes);
    expect(brief(r.groups)).toEqual([
      {
        row: 7,
        id: '1',
        name: 'Tổ dân phố số 1',
        leader: 'Nguyễn Thị Thuỹ',
        phone: '0912 345 678',
        venue: 'NVH TDP 1',
        households: 215,
        population: 702,
        columns: {
          'Ngày kiểm tra': '14/12/2026',
          'Giờ kiểm tra': '7:30',
          'Cán bộ phụ trách': 'Đ/c Lê Văn Đức',
        },
      },
      {
        row: 8,
        id: '2',
        name: 'Tổ dân phố số 2',
        leader: 'Lưu Thị Ngữ',
        phone: '0912 345 679',
        venue: 'NVH TDP 2',
        households: 188,
        population: 610,
        columns: {
          'Ngày kiểm tra': '14/12/2026',
          'Giờ kiểm tra': '14:00',
          'Cán bộ phụ trách': 'Đ/c Lê Văn Đức',
        },
      },
    ]);
    expect(r.failures).toEqual([]);
    expect(r.warnings.map((w) => w.describe('vi'))).toEqual([]);
  });

  it('warns, naming both columns, when a title merged over two columns has no row naming them', async () => {
    const bytes = await xlsxBytes(
      {
        S: [
          ['STT', 'Tên tổ dân phố', 'Quy mô', null],
          [1, 'Tổ dân phố số 1', 215, 702],
        ],
      },
      (ws) => ws.mergeCells('C1:D1'),
    );
    const { file, report: r } = await report('g.xlsx', bytes);
    expect(brief(r.groups)).toEqual([
      { row: 2, id: '1', name: 'Tổ dân phố số 1', columns: { 'Quy mô': '215' } },
    ]);
    expect(r.warnings.map((w) => [w.describe('vi'), w.hintIn('vi')])).toContainEqual([
      `${file}, dòng 1: các cột C, D có cùng tiêu đề “Quy mô”: chỉ đọc cột C`,
      'Đặt cho mỗi cột một tiêu đề riêng; dưới ô tiêu đề gộp nhiều cột, ghi tên từng cột ở dòng ngay dưới.',
    ]);
  });

  it('keeps the leader named under a merged title when the column beside it has no name', async () => {
    const bytes = await xlsxBytes(
      {
        S: [
          ['STT', 'Tên tổ dân phố', 'Tổ trưởng', null],
          [null, null, 'Họ và tên', null],
          [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', '0912 345 678'],
        ],
      },
      (ws) => {
        for (const range of ['A1:A2', 'B1:B2', 'C1:D1']) ws.mergeCells(range);
      },
    );
    const { report: r } = await report('g.xlsx', bytes);
    expect(brief(r.groups)).toEqual([
      {
        row: 3,
        id: '1',
        name: 'Tổ dân phố số 1',
        leader: 'Nguyễn Văn Hùng',
        columns: { 'cột D (Tổ trưởng)': '0912 345 678' },
      },
    ]);
  });

  it('skips the header written again under the table (a printed list) with a note', async () => {
    const { file, report: r } = await csvReport([
      'STT;Tên tổ dân phố;Số hộ',
      '1;Tổ dân phố số 1;215',
      'STT;Tên tổ dân phố;Số hộ',
      '2;Tổ dân phố số 2;188',
    ]);
    expect(r.groups.map((g) => g.id)).toEqual(['1', '2']);
    expect(r.warnings.map((w) => w.describe('vi'))).toEqual([
      `${file}, dòng 3: dòng này lặp lại dòng tiêu đề, không phải một tổ dân phố: đã bỏ qua dòng này`,
    ]);
  });
});

describe('the lines under the table (qa5 G8)', () => {
  const footer = (rows: ExcelJS.CellValue[][]) =>
    xlsxBytes({
      S: [
        ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ'],
        [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 215],
        [2, 'Tổ dân phố số 2', 'Trần Thị Lan', 188],
        ...rows,
      ],
    });

  it('skips the date and signature lines after a totals row (signers under the names too), with one note naming them', async () => {
    const bytes = await footer([
      [null, 'Tổng cộng', null, 403],
      [],
      ['Ngọc Hà, ngày 01 tháng 12 năm 2026'],
      [null, 'NGƯỜI LẬP BIỂU', 'TM. UBND PHƯỜNG'],
      [null, 'Nguyễn Thị Hoa', 'Trần Văn Nam'],
    ]);
    const { file, report: r } = await report('g.xlsx', bytes);
    expect(r.groups.map((g) => g.name)).toEqual(['Tổ dân phố số 1', 'Tổ dân phố số 2']);
    expect(r.failures).toEqual([]);
    expect(r.warnings.map((w) => [w.describe('vi'), w.hintIn('vi')])).toEqual([
      [
        `${file}, dòng 4: đây là dòng tổng cộng (“Tổng cộng”), không phải một tổ dân phố: đã bỏ qua dòng này`,
        undefined,
      ],
      [
        `${file}: dòng 6–8 nằm dưới bảng (ngày tháng, chữ ký), không phải tổ dân phố: đã bỏ qua`,
        'Nếu trong đó có một tổ dân phố, ghi tên vào cột “Tên tổ dân phố”.',
      ],
    ]);
  });

  it('skips them without a totals row when the first cell is a sentence, not an id', async () => {
    const bytes = await footer([[], ['Ngọc Hà, ngày 01 tháng 12 năm 2026'], ['NGƯỜI LẬP BIỂU']]);
    const { file, report: r } = await report('g.xlsx', bytes);
    expect(r.groups).toHaveLength(2);
    expect(r.failures).toEqual([]);
    expect(r.warnings.map((w) => w.describe('vi'))).toEqual([
      `${file}: dòng 5–6 nằm dưới bảng (ngày tháng, chữ ký), không phải tổ dân phố: đã bỏ qua`,
    ]);
  });

  it('still reports a last group whose name is missing', async () => {
    const bytes = await footer([[3, null, 'Lê Văn Ba', 120]]);
    const { file, report: r } = await report('g.xlsx', bytes);
    expect(r.failures.map((f) => f.error.describe('vi'))).toEqual([
      `${file}, dòng 4, cột “Tên tổ dân phố”: thiếu tên`,
    ]);
  });
});

describe('phones typed every way, and other things a list holds (qa5 G12)', () => {
  it('prints a mobile typed with the country code, an apostrophe or dots as 0912 345 684, a landline so typed as 024 3845 1234, two numbers of a cell each so, and warns of one that is none', async () => {
    const bytes = await xlsxBytes({
      S: [
        ['STT', 'Tên tổ dân phố', 'Số điện thoại'],
        [1, 'Tổ dân phố số 1', '84912345684'],
        [2, 'Tổ dân phố số 2', '+84 912 345 684'],
        [3, 'Tổ dân phố số 3', "'0912345686"],
        [4, 'Tổ dân phố số 4', '0912.345.684'],
        [5, 'Tổ dân phố số 5', '0912 345 685'],
        [6, 'Tổ dân phố số 6', '+84 24 3845 1234'],
        [7, 'Tổ dân phố số 7', '0912345683 (Zalo)'],
        [8, 'Tổ dân phố số 8', '091 234'],
        [9, 'Tổ dân phố số 9', '0912345684 - 02253842111'],
        [10, 'Tổ dân phố số 10', '0912.345.684/0987 654 321'],
        [11, 'Tổ dân phố số 11', '0912345684; 024 3845 1234'],
        [12, 'Tổ dân phố số 12', '+84 912 345 684 – 0987654321, 0912345685'],
        // Landlines typed with dots or dashes, grouped by their area code as mobiles are (qa15).
        [13, 'Tổ dân phố số 13', '0274.3822.999'],
        [14, 'Tổ dân phố số 14', '024-3845-1234'],
      ],
    });
    const { file, report: r } = await report('g.xlsx', bytes);
    expect(r.groups.map((g) => g.phone)).toEqual([
      '0912 345 684',
      '0912 345 684',
      '0912 345 686',
      '0912 345 684',
      '0912 345 685',
      '024 3845 1234',
      '0912345683 (Zalo)',
      '091 234',
      '0912 345 684 - 0225 3842 111',
      '0912 345 684 / 0987 654 321',
      '0912 345 684; 024 3845 1234',
      '0912 345 684 - 0987 654 321, 0912 345 685',
      '0274 3822 999',
      '024 3845 1234',
    ]);
    expect(r.warnings.map((w) => [w.describe('vi'), w.hintIn('vi')])).toEqual([
      [
        `${file}, dòng 9, cột “Số điện thoại”: số điện thoại “091 234” không giống số điện thoại ở Việt Nam (số 0 và 9 hoặc 10 chữ số): sẽ in đúng như đã ghi`,
        'Kiểm tra lại số; ghi theo dạng 0912 345 678 (di động) hoặc 024 3845 1234 (cố định).',
      ],
    ]);
  });

  it('gives back the 0 a number cell lost when Excel saved the list as CSV (qa17)', async () => {
    const { report: r } = await csvReport([
      'STT;Tên tổ dân phố;Số điện thoại',
      '1;Tổ dân phố số 1;903111222',
      '2;Tổ dân phố số 2;2253842111',
      '3;Tổ dân phố số 3;12345678',
    ]);
    expect(r.groups.map((g) => g.phone)).toEqual(['0903 111 222', '0225 3842 111', '12345678']);
    // Only the one that is no phone is warned of.
    expect(r.warnings.map((w) => w.where.row)).toEqual([4]);
  });

  it("warns of a deputy or a phone in the leader's cell, quoted whole, and not of a name (qa16, qa17)", async () => {
    const { report: r } = await csvReport([
      'STT;Tên khu phố;Trưởng khu phố',
      '1;Khu phố 1;Đặng Hữu Phước (Tổ phó: Võ Văn Ba)',
      '2;Khu phố 2;Lê Văn Trưởng',
      '3;Khu phố 3;Nguyễn Thị An - 0912345678',
      '4;Khu phố 4;Phó Đức Phương',
    ]);
    expect(r.warnings.map((w) => [w.where.row, w.describe('en')])).toEqual([
      [2, expect.stringContaining('more than a name: "(Tổ phó: Võ Văn Ba)" prints with it')],
      [4, expect.stringContaining('more than a name: "- 0912345678" prints with it')],
    ]);
  });

  it('reads Phó before a name as a surname, a second leader, and Phó before a title as a deputy', async () => {
    const { report: r } = await csvReport([
      'STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại',
      '1;Tổ dân phố số 1;Nguyễn Thị Hường, Phó Đức Phương;0912 345 678 - 0987 654 321',
      '2;Tổ dân phố số 2;Trần Văn Tâm, Phó Tổ Trưởng: Lê Văn Cường;0912 345 679',
      '3;Tổ dân phố số 3;Đặng Hữu Phước, Phó: Võ Văn Ba;0912 345 680',
      '4;Tổ dân phố số 4;Nguyễn Văn An, Phó Chỉ Huy Trưởng;0912 345 681',
      '5;Tổ dân phố số 5;Nguyễn Văn An, Phó Hiệu Trưởng;0912 345 682',
      '6;Tổ dân phố số 6;Nguyễn Văn An, Phó Thường Trực;0912 345 683',
      '7;Tổ dân phố số 7;Nguyễn Văn An, Phó Tổng Giám Đốc;0912 345 684',
      '8;Tổ dân phố số 8;Nguyễn Văn An, Phó Mặt Trận;0912 345 685',
    ]);
    // Rows 5-9: one leader with a deputy's title, warned of, never a second leader "Phó …".
    expect(r.groups.slice(3).map((g) => g.leader)).toEqual(
      Array(5).fill(expect.stringMatching(/^Nguyễn Văn An, Phó /)),
    );
    // Row 2's cell is two persons, each said with their phone.
    expect(r.warnings.map((w) => [w.where.row, w.describe('en')])).toEqual([
      [
        2,
        expect.stringContaining(
          '2 leaders in one cell ("Nguyễn Thị Hường, Phó Đức Phương") and 2 phones: printed each with the phone in the same place, "Nguyễn Thị Hường (0912 345 678), Phó Đức Phương (0987 654 321)"',
        ),
      ],
      [3, expect.stringContaining('more than a name: ", Phó Tổ Trưởng: Lê Văn Cường" prints')],
      [4, expect.stringContaining('more than a name: ", Phó: Võ Văn Ba" prints')],
      [5, expect.stringContaining('more than a name: ", Phó Chỉ Huy Trưởng" prints')],
      [6, expect.stringContaining('more than a name: ", Phó Hiệu Trưởng" prints')],
      [7, expect.stringContaining('more than a name: ", Phó Thường Trực" prints')],
      [8, expect.stringContaining('more than a name: ", Phó Tổng Giám Đốc" prints')],
      [9, expect.stringContaining('more than a name: ", Phó Mặt Trận" prints')],
    ]);
  });

  it('warns of a name typed in small letters among capitalised ones, and keeps it as typed', async () => {
    const { file, report: r } = await csvReport([
      'STT;Tên tổ dân phố',
      '10;Tổ dân phố số 10',
      '11;tổ dân phố số 11',
      '12;Tổ dân phố số 12',
    ]);
    expect(r.groups.map((g) => g.name)).toEqual([
      'Tổ dân phố số 10',
      'tổ dân phố số 11',
      'Tổ dân phố số 12',
    ]);
    expect(r.warnings.map((w) => [w.describe('vi'), w.hintIn('vi')])).toEqual([
      [
        `${file}, dòng 3, cột “Tên tổ dân phố”: tên “tổ dân phố số 11” viết thường chữ đầu, trong khi các tên khác viết hoa: sẽ in đúng như đã ghi`,
        'Nếu cần viết hoa (“Tổ dân phố số 11”), sửa lại trong tệp.',
      ],
    ]);
  });

  it('proposes a proper name capitalised word by word (qa11 Q20: "Thôn tân lập")', async () => {
    const { report: r } = await csvReport([
      'STT;Tên thôn',
      '1;Thôn Đông',
      '2;thôn tân lập',
      '3;Thôn Bắc',
    ]);
    expect(r.warnings.map((w) => w.hintIn('vi'))).toEqual([
      'Nếu cần viết hoa (“Thôn Tân Lập”), sửa lại trong tệp.',
    ]);
  });

  it('reads a Word document renamed .xlsx, or .csv, as the Word table it is (qa16)', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const word = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('Danh sách tổ dân phố'),
              new Table({
                rows: [
                  ['STT', 'Tên tổ dân phố'],
                  ['1', 'Tổ dân phố Cát Bi'],
                ].map((r) => new TableRow({ children: r.map(cell) })),
              }),
            ],
          },
        ],
      }),
    );
    for (const name of ['danh-sach-to.xlsx', 'danh-sach-to.csv']) {
      const file = join(await makeTempDir(), name);
      await writeFile(file, word);
      const r = await loadGroupsReport(file);
      expect(r.groups.map((g) => [g.id, g.name])).toEqual([['1', 'Tổ dân phố Cát Bi']]);
    }
    // One with no table is said as the Word document it is.
    const empty = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Danh sách tổ dân phố')] }] }),
    );
    const file = join(await makeTempDir(), 'danh-sach-to.xlsx');
    await writeFile(file, empty);
    const err = await userError(() => loadGroupsReport(file));
    expect(err.describe('vi')).toContain('văn bản Word không có bảng nào');
  });
});
