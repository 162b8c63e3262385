/**
 * Load stage, groups: Excel's CSV of a sheet whose header is two rows under merged cells ("Tổ
 * trưởng" over "Họ và tên | Số điện thoại", "Buổi học" over "Ngày học | Giờ học | Nơi học", qa50
 * M2). The CSV keeps no merges: a merged cell's text is in its first column, the others empty,
 * and the cells merged down are empty in the second row. Read as the workbook is; a column whose
 * header is left empty (the second row deleted) is said, not dropped; a group pasted twice is not
 * "a group left out" of the totals row (qa50 m6). Each file is written here (a temp dir), so the
 * expected values are its cells.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { xlsxBytes } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** As Excel's "CSV UTF-8" writes it with a Vietnamese list separator: BOM, ";", CRLF. */
const excelCsv = (rows: readonly (readonly (string | number | null)[])[]) =>
  `\uFEFF${rows.map((r) => r.map((c) => c ?? '').join(';')).join('\r\n')}\r\n`;

const TITLE = ['DANH SÁCH TỔ DÂN PHỐ - LỚP KỸ NĂNG SỐ', null, null, null, null, null, null, null];
const HEADER = ['STT', 'Tên tổ dân phố', 'Tổ trưởng', null, 'Số hộ', 'Buổi học', null, null];
const SECOND = [null, null, 'Họ và tên', 'Số điện thoại', null, 'Ngày học', 'Giờ học', 'Nơi học'];
const GROUPS = [
  [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 912345601, 215, 'Thứ Bảy, 12/12/2026', '8h00', 'NVH 3'],
  [2, 'Tổ dân phố số 2', 'Trần Thị Nhung', 983456702, 198, 'Thứ Bảy, 12/12/2026', '8h00', 'NVH 3'],
  [4, 'Tổ dân phố số 4', 'Phạm Thị Hoa', 868123404, 176, 'Chủ nhật, 13/12/2026', '14h00', 'NVH 7'],
];
const TOTALS = [null, 'Tổng cộng', null, null, 589, null, null, null];

async function report(name: string, text: string | Uint8Array) {
  const file = join(await makeTempDir(), name);
  await writeFile(file, text);
  return loadGroupsReport(file);
}

/** What a flyer prints of a group: its own fields and the columns it names by header. */
const printed = (r: Awaited<ReturnType<typeof report>>) =>
  r.groups.map((g) => ({
    id: g.id,
    name: g.name,
    leader: g.leader,
    phone: g.phone,
    households: g.households,
    columns: g.columns,
  }));

describe('a CSV saved from a sheet with a two-row header under merged cells', () => {
  it('is read as the workbook is: the second header row names the columns, and is no group', async () => {
    const rows = [TITLE, HEADER, SECOND, ...GROUPS, TOTALS];
    const csv = await report('ds.csv', excelCsv(rows));
    expect(csv.failures).toEqual([]);
    expect(printed(csv)[2]).toEqual({
      id: '4',
      name: 'Tổ dân phố số 4',
      leader: 'Phạm Thị Hoa',
      phone: '0868 123 404',
      households: 176,
      columns: { 'Ngày học': 'Chủ nhật, 13/12/2026', 'Giờ học': '14h00', 'Nơi học': 'NVH 7' },
    });
    expect(csv.groups.map((g) => g.source.row)).toEqual([4, 5, 6]);
    expect(csv.warnings.map((w) => w.say('vi'))).not.toContainEqual(
      expect.stringContaining('không có tiêu đề'),
    );
    // The same sheet as a workbook, its merges kept: the same groups, by one rule.
    const xlsx = await report(
      'ds.xlsx',
      await xlsxBytes({ DS: rows }, (ws) => {
        ws.mergeCells('A1:H1');
        for (const col of ['A', 'B', 'E']) ws.mergeCells(`${col}2:${col}3`);
        ws.mergeCells('C2:D2');
        ws.mergeCells('F2:H2');
      }),
    );
    expect(printed(xlsx)).toEqual(printed(csv));
  });

  it('says each column left without a header once the second row is deleted, with its values', async () => {
    const r = await report('ds3.csv', excelCsv([TITLE, HEADER, ...GROUPS, TOTALS]));
    expect(r.failures).toEqual([]);
    expect(r.groups.map((g) => g.phone)).toEqual([undefined, undefined, undefined]);
    const unnamed = r.warnings.filter((w) => w.say('vi').includes('không có tiêu đề'));
    expect(unnamed.map((w) => [basename(w.where.file ?? ''), w.where.row])).toEqual([
      ['ds3.csv', 2],
      ['ds3.csv', 2],
      ['ds3.csv', 2],
    ]);
    expect(unnamed.map((w) => [w.say('vi'), w.hintIn('vi')])).toEqual([
      [
        'cột D (cột thứ 4) không có tiêu đề nhưng có 3 ô có nội dung (“912345601”, “983456702”…): cột này không được đọc',
        'Đặt tiêu đề cho cột này, ví dụ “Số điện thoại”, nếu cần in.',
      ],
      [
        'cột G (cột thứ 7) không có tiêu đề nhưng có 3 ô có nội dung (“8h00”, “8h00”…): cột này không được đọc',
        'Đặt tiêu đề cho cột này nếu cần in; nội dung in một cột theo tiêu đề của cột, {{group.[Tiêu đề]}}.',
      ],
      [
        'cột H (cột thứ 8) không có tiêu đề nhưng có 3 ô có nội dung (“NVH 3”, “NVH 3”…): cột này không được đọc',
        'Đặt tiêu đề cho cột này nếu cần in; nội dung in một cột theo tiêu đề của cột, {{group.[Tiêu đề]}}.',
      ],
    ]);
  });

  it('folds a second row of words the tool does not know when it names every column of its run', async () => {
    // "Buổi học" over "Ngày học | Giờ học | Nơi học" alone: no word of it a known header.
    const header = ['STT', 'Tên tổ dân phố', 'Số hộ', 'Buổi học', null, null];
    const second = [null, null, null, 'Ngày học', 'Giờ học', 'Nơi học'];
    // GROUPS without the leader's two columns.
    const groups = GROUPS.map((g) => g.filter((_, i) => i !== 2 && i !== 3));
    const r = await report('ds.csv', excelCsv([header, second, ...groups]));
    expect(r.failures).toEqual([]);
    expect(r.groups.map((g) => [g.source.row, g.columns])).toEqual(
      groups.map((g, i) => [i + 3, { 'Ngày học': g[3], 'Giờ học': g[4], 'Nơi học': g[5] }]),
    );
    // A row naming only part of the run is data missing its id and name: said, as a row.
    const part = await report(
      'ds.csv',
      excelCsv([header, [null, null, null, 'Thứ Bảy', null, 'Hội trường A'], ...groups]),
    );
    expect(part.failures.map((f) => f.row)).toEqual([2]);
    expect(part.groups).toHaveLength(3);
  });

  it('folds a second row of numbered words that are no group ("Năm 2025", "Đợt 1") under a merged title (review53 #2)', async () => {
    const header = ['STT', 'Tên tổ dân phố', 'Số hộ', 'Hộ nghèo', null, null];
    const groups = GROUPS.map((g) => [g[0] ?? null, g[1] ?? null, g[4] ?? null, 3, 2, 1]);
    for (const second of [
      [null, null, null, 'Năm 2024', 'Năm 2025', 'Năm 2026'],
      [null, null, null, 'Đợt 1', 'Đợt 2', 'Đợt 3'],
    ]) {
      const r = await report('ds.csv', excelCsv([header, second, ...groups]));
      expect(r.failures).toEqual([]);
      expect(r.groups.map((g) => Object.keys(g.columns ?? {}))).toEqual(
        groups.map(() => second.slice(3)),
      );
    }
  });

  it('folds a second row in Title Case ("Ngày Học | Ca Học") as its header, and keeps a row of names a row', async () => {
    const header = ['STT', 'Tên tổ dân phố', 'Số hộ', 'Lịch học', null, null];
    const second = [null, null, null, 'Ngày Học', 'Ca Học', 'Địa Điểm'];
    const groups = GROUPS.map((g) => g.filter((_, i) => i !== 2 && i !== 3));
    const r = await report('ds.csv', excelCsv([header, second, ...groups]));
    expect(r.failures).toEqual([]);
    // "Địa Điểm" is the place the tool knows ("Địa điểm"): each group's venue.
    expect(r.groups.map((g) => [g.source.row, g.columns, g.venue])).toEqual(
      groups.map((g, i) => [i + 3, { 'Ngày Học': g[3], 'Ca Học': g[4] }, g[5]]),
    );
    // Three persons' names in Title Case under the same run: data (a row missing its id).
    const names = [null, null, null, 'Nguyễn Văn Năm', 'Lê Văn Học', 'Trần Thị Lịch'];
    const people = await report('ds.csv', excelCsv([header, names, ...groups]));
    expect(people.failures.map((f) => f.row)).toEqual([2]);
    expect(people.groups).toHaveLength(3);
  });

  it('keeps a row under the header as a row when it is data: a name under "Tổ trưởng", no header word', async () => {
    const r = await report(
      'ds.csv',
      excelCsv([HEADER, [null, null, 'Lê Văn Tám', null, null, null, null, null], ...GROUPS]),
    );
    expect(r.headers.leader).toBe('Tổ trưởng');
    expect(r.failures.map((f) => f.row)).toEqual([2]);
    expect(r.groups).toHaveLength(3);
  });

  it('keeps a row of two names under a merged header as a row, not as its columns (qa51)', async () => {
    // Two different short phrases under the whole run of "Tổ trưởng;;": people, not headers.
    const names = [null, null, 'Lê Văn Tám', 'Trần Thị Bình', null, null, null, null];
    const r = await report('ds.csv', excelCsv([HEADER, names, ...GROUPS]));
    expect(r.headers.leader).toBe('Tổ trưởng');
    expect(r.failures.map((f) => f.row)).toEqual([2]);
    expect(r.groups.map((g) => g.leader)).toEqual(GROUPS.map((g) => g[2]));
  });

  it('keeps a row whose only word is a known header under a column of its own as a row (qa51)', async () => {
    // "Nhà văn hóa" names a place column, but here it is under "Địa điểm": a place.
    const header = ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Địa điểm'];
    const groups = GROUPS.map((g) => [g[0], g[1], g[2], g[7]].map((c) => c ?? null));
    const r = await report(
      'ds.csv',
      excelCsv([header, [null, null, null, 'Nhà văn hóa'], ...groups]),
    );
    expect(r.failures.map((f) => f.row)).toEqual([2]);
    expect(r.groups.map((g) => g.venue)).toEqual(groups.map((g) => g[3]));
  });
});

describe('a totals row under a group pasted twice', () => {
  it('is the sum of the groups once: no group is said to be left out, the duplicate is refused', async () => {
    const twice = [TITLE, HEADER, SECOND, ...GROUPS, GROUPS[1] as (string | number)[], TOTALS];
    const r = await report('ds.csv', excelCsv(twice));
    expect(r.failures.map((f) => [f.row, f.error.say('vi')])).toEqual([
      [7, 'mã “2” trùng với dòng 5'],
    ]);
    expect(r.warnings.map((w) => w.say('vi'))).not.toContainEqual(
      expect.stringContaining('dòng tổng cộng ghi'),
    );
    // A total that misses a group is still said.
    const short = await report(
      'ds.csv',
      excelCsv([...twice.slice(0, -1), [null, 'Tổng cộng', null, null, 413, null, null, null]]),
    );
    expect(short.warnings.map((w) => w.say('vi'))).toContainEqual(
      'dòng tổng cộng ghi 413 nhưng cộng các dòng phía trên được 787',
    );
  });
});
