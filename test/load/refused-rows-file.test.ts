/**
 * A row naming no group is said of the file it is in and of its rows (load/results-file.ts
 * `noGroup`, `disagreement`, shared by the residents list, load/roster-ward.ts): a residents
 * list's rows of one unknown group are one refusal naming "các dòng này" of the residents list,
 * a results file's row "dòng này" of the results file.
 */
import { describe, expect, it } from 'vitest';
import { readResultsRows } from '../../src/load/results-file.js';
import { parseWardRoster } from '../../src/load/roster-ward.js';
import type { Group } from '../../src/load/types.js';
import type { Measure } from '../../src/results/figures.js';

const group = (id: string, name: string, row: number): Group => ({
  id,
  name,
  source: { file: 'to.csv', row },
});
const GROUPS = [group('1', 'Tổ dân phố số 1', 2), group('2', 'Tổ dân phố số 2', 3)];
const UNKNOWN = 'Tổ dân phố Hòa Bình';
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

describe('a row naming no group', () => {
  it("is said of the residents list's rows, several in one refusal", async () => {
    const rows = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
    const report = await parseWardRoster(
      csv([
        'Tổ;Họ và tên chủ hộ;Địa chỉ',
        `Tổ dân phố số 1;Phạm Thị Dung;1 Lê Lợi`,
        ...rows.map((name, i) => `${UNKNOWN};${name};${i + 2} Lê Lợi`),
      ]),
      'ds-ho.csv',
      GROUPS,
    );
    expect(report.refused.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(report.refusals).toHaveLength(1);
    const r = report.refusals[0];
    const said = `${r?.describe('vi')}\n${r?.hintIn('vi')}`;
    expect(said).toContain(`“${UNKNOWN}” — dòng 3, 4, 5`);
    expect(said).toContain(`tên “${UNKNOWN}”`);
    expect(said).toContain('các dòng này của danh sách hộ, người dân');
    expect(said).not.toContain('dòng này của tệp');
    expect(said).not.toContain('kết quả');
  });

  it("is said of the residents list's one row when it is alone", async () => {
    const report = await parseWardRoster(
      csv(['Tổ;Họ và tên chủ hộ;Địa chỉ', `${UNKNOWN};Nguyễn Văn An;1 Lê Lợi`]),
      'ds-ho.csv',
      GROUPS,
    );
    const said = report.refusals.map((r) => `${r.describe('vi')}\n${r.hintIn('vi')}`).join('\n');
    expect(said).toContain(' dòng này của danh sách hộ, người dân');
    expect(said).not.toContain('các dòng này');
  });

  it("is said of the results file's row", async () => {
    const measure = {
      id: 'joined',
      label: 'Số người tham gia',
      unit: 'người',
    } as unknown as Measure;
    const read = await readResultsRows(
      csv(['Tên tổ dân phố;Số người tham gia', 'Tổ dân phố số 1;12', `${UNKNOWN};8`]),
      'ket-qua.csv',
      [measure],
      GROUPS,
    );
    const said = read.refused
      .flatMap((r) => r.problems.map((p) => `${p.describe('vi')}\n${p.hintIn('vi')}`))
      .join('\n');
    expect(said).toContain(`tên “${UNKNOWN}”`);
    expect(said).toContain(' dòng này của tệp kết quả');
    expect(said).not.toContain('danh sách hộ');
  });
});
