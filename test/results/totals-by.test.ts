/**
 * The campaign's `totals_by` (the groups column the results are totalled by, qa22 #8): the
 * column it names is used, so `check` no longer warns that nothing prints it (the list's other
 * unprinted columns still are); a column the list does not have is warned of, with the list's
 * column it likely means.
 */

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { campaign, groupsCsv, pct, vi } from '../support/election.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { write } = testFolder('phuong-print-totals-by-');
const UNUSED = 'cột này không phải cột phần mềm tự đọc, và chưa có nội dung nào in cột này';

/** The warning lines of `check` naming `column`. */
const about = (stderr: string, column: string) =>
  stderr.split('\n').filter((l) => l.includes(`“${column}”`));

describe('totals_by', () => {
  it('without it, the polling-area column is warned of as unused', async () => {
    const run = await checkVi(
      await write('campaign.yaml', campaign()),
      await write('groups.csv', groupsCsv),
    );
    expect(about(run.stderr, 'Khu vực bỏ phiếu').join('\n')).toContain(UNUSED);
  });

  it('naming it, the column is used: no warning of it; the unprinted "Điểm bỏ phiếu" still warned', async () => {
    const run = await checkVi(
      await write('campaign-by.yaml', campaign('totals_by: Khu vực bỏ phiếu\n')),
      await write('groups.csv', groupsCsv),
    );
    expect(run.code).toBe(0);
    expect(about(run.stderr, 'Khu vực bỏ phiếu')).toEqual([]);
    expect(about(run.stderr, 'Điểm bỏ phiếu').join('\n')).toContain(UNUSED);
  });

  it('a column the list does not have is said, with the one it likely means', async () => {
    const run = await checkVi(
      await write('campaign-typo.yaml', campaign('totals_by: Khu vực bỏ phiế\n')),
      await write('groups.csv', groupsCsv),
    );
    expect(run.stderr).toContain(
      'danh sách không có cột “Khu vực bỏ phiế”: trang Kết quả và báo cáo kết quả chưa cộng được số liệu theo cột này',
    );
    expect(run.stderr).toContain('Có phải cột “Khu vực bỏ phiếu” của danh sách?');
  });
});

describe('totals_by naming a column the list reads under its own role', () => {
  // Tổ 1–3 meet at one cultural house, 4–5 at another: "Nhà văn hóa" is the list's venue column,
  // "Tổ trưởng" its leader column; neither is among the list's other columns.
  const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số cử tri;Nhà văn hóa\n${[
    ['1', 'Nguyễn Văn An', 398, 'NVH khu 1'],
    ['2', 'Trần Thị Bình', 361, 'NVH khu 1'],
    ['3', 'Lê Văn Cường', 455, 'NVH khu 1'],
    ['4', 'Phạm Thị Dung', 322, 'NVH khu 2'],
    ['5', 'Hoàng Văn Em', 487, 'NVH khu 2'],
  ]
    .map(([id, leader, voters, venue]) => `${id};Tổ dân phố số ${id};${leader};${voters};${venue}`)
    .join('\n')}\n`;

  it('the meeting-place column is totalled by: no warning of it', async () => {
    const run = await checkVi(
      await write('campaign-venue.yaml', campaign('totals_by: Nhà văn hóa\n')),
      await write('groups-venue.csv', csv),
    );
    expect(run.code).toBe(0);
    expect(about(run.stderr, 'Nhà văn hóa')).toEqual([]);
  });

  it('and the report totals each cultural house (PDF and report.xlsx)', async () => {
    const voted = [
      ['1', 300],
      ['2', 200],
      ['3', 400],
      ['4', 250],
      ['5', 350],
    ] as const;
    const results = await write(
      'kq-venue.csv',
      `Mã tổ;Tên tổ dân phố;Số cử tri đã đi bầu\n${voted.map(([id, v]) => `${id};Tổ dân phố số ${id};${v}`).join('\n')}\n`,
    );
    const out = join(dirname(results), 'out-venue');
    const run = await runCliInProcess([
      'report',
      '--lang',
      'vi',
      '--campaign',
      await write('campaign-venue.yaml', campaign('totals_by: Nhà văn hóa\n')),
      '--groups',
      await write('groups-venue.csv', csv),
      '--results',
      results,
      '--out',
      out,
      '--date',
      '2026-03-15',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(await readFile(join(out, 'report.pdf'))));
    const sum = (ids: string[]) =>
      voted.filter(([id]) => ids.includes(id)).reduce((a, [, v]) => a + v, 0);
    const voters = (ids: string[]) =>
      [398, 361, 455, 322, 487]
        .filter((_, i) => ids.includes(String(i + 1)))
        .reduce((a, v) => a + v, 0);
    const one = ['1', '2', '3'];
    const two = ['4', '5'];
    expect(text).toContain('Số cử tri đã đi bầu theo nhà văn hóa:');
    expect(text).toContain(
      `NVH khu 1 (3/3 tổ đã báo cáo): ${sum(one)}/${vi(voters(one))} cử tri, chiếm tỷ lệ ${pct(sum(one), voters(one))}.`,
    );
    expect(text).toContain(
      `NVH khu 2 (2/2 tổ đã báo cáo): ${sum(two)}/${voters(two)} cử tri, chiếm tỷ lệ ${pct(sum(two), voters(two))}.`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(out, 'report.xlsx'))) as never);
    expect(wb.getWorksheet('Theo nhà văn hóa')?.getRow(3).getCell(1).value).toBe('NVH khu 1');
  });

  it('the leader column: said why the figures are not totalled by it, at the field and its line', async () => {
    const yaml = campaign('totals_by: Tổ trưởng\n');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('totals_by:')) + 1;
    const run = await checkVi(
      await write('campaign-leader.yaml', yaml),
      await write('groups-venue.csv', csv),
    );
    const said = about(run.stderr, 'Tổ trưởng').join('\n');
    expect(said).not.toContain('danh sách không có cột');
    expect(said).toContain(
      `campaign-leader.yaml, dòng ${line}, mục “totals_by”: cột “Tổ trưởng” của danh sách là họ tên tổ trưởng của từng tổ, không phải khu vực chung của nhiều tổ: trang Kết quả và báo cáo kết quả không cộng số liệu theo cột này`,
    );
  });
});
