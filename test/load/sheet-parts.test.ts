/**
 * A groups workbook kept one sheet per old ward (qa17), read in this process: sheets that share
 * a year in their names ("… 2026") are still parts, and a problem of a row says its sheet, whose
 * row numbers another sheet repeats.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type WardSheet, wardSheetsXlsx } from '../support/ward-sheets.js';

afterAll(removeTempDirs);

async function load(sheets: readonly WardSheet[], active?: number) {
  const file = join(await makeTempDir(), 'g.xlsx');
  await writeFile(file, await wardSheetsXlsx(sheets, active));
  return loadGroupsReport(file);
}

describe('a list kept one sheet per old ward', () => {
  it('reads sheets named with the same year as parts, each group under its sheet', async () => {
    const sheets = [
      { name: 'Hàng Bạc 2026', firstId: 1, leaders: ['Nguyễn Thị Thoa', 'Lê Văn Hùng'] },
      { name: 'Hàng Đào 2026', firstId: 3, leaders: ['Phạm Văn Tuấn'] },
    ];
    const r = await load(sheets, 0);
    expect(r.failures).toEqual([]);
    expect(r.groups.map((g) => [g.id, g.name, g.source.sheet, g.source.row])).toEqual([
      ['1', 'Tổ dân phố số 1 (Hàng Bạc 2026)', 'Hàng Bạc 2026', 2],
      // Under its sheet too, though no other sheet has its name (qa44 M4).
      ['2', 'Tổ dân phố số 2 (Hàng Bạc 2026)', 'Hàng Bạc 2026', 3],
      ['3', 'Tổ dân phố số 1 (Hàng Đào 2026)', 'Hàng Đào 2026', 2],
    ]);
  });

  it("says a row's problem with its sheet", async () => {
    const hangDao = 'Phường Hàng Đào (cũ)';
    const r = await load([
      { name: 'Phường Hàng Bạc (cũ)', firstId: 1, leaders: ['Nguyễn Thị Thoa', 'Lê Văn Hùng'] },
      // Its second group's leader cell holds a deputy too: warned, at row 3 of this sheet.
      {
        name: hangDao,
        firstId: 3,
        leaders: ['Phạm Văn Tuấn', 'Trần Thị Mai, Tổ phó: Lê Văn Cường'],
      },
    ]);
    const leader = r.warnings.filter((w) => w.where.field === 'Tổ trưởng');
    expect(leader.map((w) => w.describe('vi').split(': ')[0])).toEqual([
      `${r.groups[0]?.source.file}, trang tính “${hangDao}”, dòng 3, cột “Tổ trưởng”`,
    ]);
  });
});
