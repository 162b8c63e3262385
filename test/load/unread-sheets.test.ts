/**
 * A groups workbook with another sheet beside its list of groups (qa21 finding 4: a storm's
 * "DS hộ sơ tán", the households to evacuate, under the groups' sheet): the sheet not read is
 * said, naming it and the header it lacks, not dropped unsaid; an empty "Sheet2", a sheet of
 * notes and a hidden sheet the office put away are not said. Loaded from disk as the CLI and the studio load it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { workbook } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const GROUPS = [
  ['STT', 'Tên tổ dân phố', 'Tổ trưởng'],
  [1, 'Tổ dân phố 1', 'Nguyễn Văn An'],
  [2, 'Tổ dân phố 2', 'Trần Thị Bình'],
];
const EVACUATE = [
  ['Tổ', 'Họ tên chủ hộ', 'Địa chỉ', 'Số người'],
  ['Tổ dân phố 1', 'Lê Văn Cường', '12 kiệt 45 Ngô Quyền', 4],
];

const MEETINGS = [
  ['Ngày', 'Nội dung họp'],
  ['05/9/2026', 'Triển khai phương án phòng chống bão'],
];

async function load(sheets: Parameters<typeof workbook>[0], hidden: string[] = []) {
  const file = join(await makeTempDir(), 'to-dan-pho.xlsx');
  await writeFile(file, await workbook(sheets, 0, hidden));
  const report = await loadGroupsReport(file);
  return { file, report, said: report.warnings.map((w) => w.describe('vi')) };
}

describe('a groups workbook with a sheet that is not a list of groups (qa21)', () => {
  it('names the sheet not read and the header it lacks', async () => {
    const { report, said } = await load({ 'Tổ dân phố': GROUPS, 'Lịch họp': MEETINGS });
    expect(report.groups.map((g) => g.name)).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2']);
    expect(said).toContainEqual(
      expect.stringContaining(
        'đã đọc trang tính “Tổ dân phố”; các trang tính khác không có dòng tiêu đề gồm “STT”, “Tên tổ dân phố” nên không được đọc: “Lịch họp”',
      ),
    );
  });

  it('says a sheet of households by group is a residents list, and how to give it', async () => {
    const { file, report, said } = await load({ 'Tổ dân phố': GROUPS, 'DS hộ sơ tán': EVACUATE });
    expect(report.groups.map((g) => g.name)).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2']);
    const [note, ...others] = said.filter((s) => s.includes('DS hộ sơ tán'));
    expect(others).toEqual([]);
    expect(note).toContain(
      'trang tính “DS hộ sơ tán” là danh sách hộ, người dân theo tổ, không phải danh sách tổ',
    );
    const hint = report.warnings.find((w) => w.describe('vi') === note)?.hintIn('vi');
    expect(hint).toContain(`--rosters "${file.split('/').pop()}"`);
  });

  it('says nothing of an empty sheet, nor of a hidden one', async () => {
    const { said } = await load({ 'Tổ dân phố': GROUPS, Sheet2: [], 'Cũ 2024': EVACUATE }, [
      'Cũ 2024',
    ]);
    expect(said.filter((s) => s.includes('không được đọc'))).toEqual([]);
  });
});
