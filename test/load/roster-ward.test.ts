/**
 * One residents list for the whole ward, its rows naming their group (qa21 finding 4): the storm
 * campaign's workbook, whose sheet "DS hộ sơ tán" (Tổ, Họ tên chủ hộ, Địa chỉ, Số người, Ghi
 * chú) lists the households of tổ 1–3 to evacuate, beside its groups' sheet; and a CSV typed as
 * offices type it, its group cells by id, by name, loosely, wrongly or not at all.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { loadRostersReport } from '../../src/load/roster-folder.js';
import { parseWardRoster } from '../../src/load/roster-ward.js';
import type { Group } from '../../src/load/types.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const WORKBOOK = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'qa21-bao',
  'to-dan-pho-bao-so-3.xlsx',
);

/** The households of the sheet "DS hộ sơ tán" by the tổ its first cell names, as Excel holds them. */
async function householdsInSheet(): Promise<Map<string, { name: string; address: string }[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(WORKBOOK);
  const sheet = wb.getWorksheet('DS hộ sơ tán');
  const byGroup = new Map<string, { name: string; address: string }[]>();
  sheet?.eachRow((row, n) => {
    if (n === 1) return;
    const group = String(row.getCell(1).value);
    const list = byGroup.get(group) ?? [];
    list.push({ name: String(row.getCell(2).value), address: String(row.getCell(3).value) });
    byGroup.set(group, list);
  });
  return byGroup;
}

afterAll(removeTempDirs);

describe('a ward-wide residents list', () => {
  let groups: Group[];
  beforeAll(async () => {
    groups = await loadGroups(WORKBOOK);
  });

  it("splits the storm workbook's sheet of households to evacuate by its Tổ column", async () => {
    const expected = await householdsInSheet();
    expect([...expected.keys()]).toEqual(['1', '2', '3']);
    const report = await parseWardRoster(await readFile(WORKBOOK), WORKBOOK, groups);
    expect([...report.rosters.keys()]).toEqual(['1', '2', '3']);
    for (const [id, households] of expected) {
      const got = report.rosters.get(id) ?? [];
      expect(got.map((r) => ({ name: r.name, address: r.address }))).toEqual(households);
      expect(got.every((r) => r.household)).toBe(true);
    }
    expect(report.households).toBe(true);
    expect(report.refused).toEqual([]);
    expect(report.failed.size).toBe(0);
    // A count of each household ("Số người") is kept with its row, for a measure that counts it
    // (qa58 M2): the loading says nothing of it; `check` says, by its header, that no paper prints it.
    const said = report.warnings.map((w) => w.say('vi'));
    const checked = await runCliInProcess([
      'check',
      '--campaign',
      join(WORKBOOK, '..', 'campaign.yaml'),
      '--groups',
      WORKBOOK,
      '--rosters',
      WORKBOOK,
      '--lang',
      'vi',
    ]);
    expect(
      checked.stderr
        .split('\n')
        .filter((l) => l.includes('cột “Số người”') && l.includes('không được in')),
    ).toHaveLength(1);
    // "Ghi chú" is the office's own notes, as the groups file's: no warning, said apart (review).
    expect(said.filter((s) => s.includes('Ghi chú'))).toEqual([]);
    expect(report.notesColumns).toEqual(['Ghi chú']);
    for (const households of expected.values())
      for (const h of households) expect(said.join('\n')).not.toContain(h.name);
  });

  it('refuses, row by row, what names no group; a bad row fails its own group only', async () => {
    const dir = await makeTempDir('phuong-print-ward-roster-');
    const file = join(dir, 'ds-ho.csv');
    await writeFile(
      file,
      [
        'STT;Tổ;Họ và tên chủ hộ;Địa chỉ;Năm sinh',
        '1;1;Trần Văn Ba;12 kiệt 5;1958', // row 2: tổ 1 by its id
        '2;Tổ dân phố 2;Lê Thị Tư;3 kiệt 7;', // row 3: tổ 2 by its name
        '3;Tổ 2;Phạm Văn Năm;5 kiệt 7;', // row 4: "Tổ 2", a guess: refused, the group named
        '4;99;Đỗ Thị Sáu;1 kiệt 9;', // row 5: no group has it
        '5;;Ngô Văn Bảy;2 kiệt 9;', // row 6: no group written
        '6;3;;;', // row 7: the group and nothing else
        '7;3;#REF!;8 kiệt 9;1970', // row 8: a name that is a formula error: tổ 3 fails
        '8;Tổng cộng;;;', // row 9: the totals row
        '9;01;Bùi Thị Chín;9 kiệt 5;1960', // row 10: "01", zeros added to tổ 1's id: a guess
        ';;Cộng;;', // row 11: the totals word where the names are, the group's cells empty (qa22 #4)
      ].join('\n'),
    );
    const report = await parseWardRoster(await readFile(file), file, groups);
    expect(report.rosters.get('1')?.map((r) => r.source.row)).toEqual([2]);
    expect(report.rosters.get('2')?.map((r) => r.source.row)).toEqual([3]);
    // The list's STT counts the ward's rows: each group's sheet numbers its own.
    expect(report.rosters.get('2')?.[0]?.no).toBeUndefined();
    expect(report.rosters.has('3')).toBe(false);
    expect(problemsOf(report.failed.get('3') as never).map((p) => p.where.row)).toEqual([8]);
    const refused = report.refused.map((r) => [r.row, r.problems.map((p) => p.say('vi')).join()]);
    expect(refused.map(([row]) => row)).toEqual([4, 5, 6, 10]);
    expect(refused[0]?.[1]).toContain('“Tổ dân phố 2”');
    expect(refused[1]?.[1]).toContain('“99”');
    expect(refused[2]?.[1]).toContain('không ghi tổ nào');
    const said = report.warnings.map((w) => `${w.where.row}: ${w.say('vi')}`);
    expect(said).toContain('7: dòng chỉ ghi tổ, không có họ tên hay địa chỉ: bỏ qua dòng này');
    expect(said.some((s) => s.startsWith('9: ') && s.includes('Tổng cộng'))).toBe(true);
    expect(said.some((s) => s.startsWith('11: ') && s.includes('“Cộng”'))).toBe(true);
  });

  it('is what --rosters reads when given a file instead of a folder', async () => {
    const ids = groups.map((g) => g.id);
    const report = await loadRostersReport(WORKBOOK, ids, ids, { groups });
    const expected = await householdsInSheet();
    expect([...report.rosters.keys()]).toEqual([...expected.keys()]);
    expect(report.rosters.get('1')?.residents.map((r) => r.name)).toEqual(
      expected.get('1')?.map((h) => h.name),
    );
    expect(report.rosters.get('1')?.file).toBe(WORKBOOK);
  });
});
