/**
 * `report --results` in a ward merged from two old wards (qa20 finding 5): the groups list has a
 * "Tổ dân phố số 1" in each old ward, printed "Tổ dân phố số 1 (Hàng Bạc cũ)" and "(Hàng Bồ
 * cũ)". A results row naming "Tổ dân phố số 1" alone fits both: it is said so, with both groups
 * and their ids (before: "no group has that name"). The name as printed, the name with the old
 * ward written another way, or the name with the old ward in a column of its own are the group.
 * The command's code runs in this process (runCliInProcess); figures read from report.xlsx.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergedWardXlsx } from '../support/merged-ward.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { figuresIn, reportInVietnamese } from './report-figures.js';

afterAll(removeTempDirs);

const MEASURE = 'Số người dân tham gia cuộc thi';
let dir: string;
let groups: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-report-merged-');
  groups = join(dir, 'hoan-kiem.xlsx');
  await writeFile(groups, await mergedWardXlsx());
});

const report = (results: string, out: string) =>
  reportInVietnamese({ campaign: EXAMPLE_CAMPAIGN, groups, results, out, date: '2025-11-12' });
describe('report --results in a merged ward: a name two old wards share', () => {
  it('says the name fits both groups, naming each with its id, and asks for the id', async () => {
    const results = join(dir, 'kq-ten.csv');
    await writeFile(results, `Tên tổ dân phố,${MEASURE}\nTổ dân phố số 1,45\n`);
    const r = await report(results, join(dir, 'out-ten'));
    expect(r.code).toBe(1);
    const said = r.stderr.split('\n').filter((l) => /^(lỗi|gợi ý):/.test(l));
    expect(said.slice(0, 2)).toEqual([
      `lỗi: ${results}, dòng 2, cột “Tên tổ dân phố”: tên “Tổ dân phố số 1” khớp với 2 tổ trong tệp danh sách (“Tổ dân phố số 1 (Hàng Bạc cũ)” (mã 1), “Tổ dân phố số 1 (Hàng Bồ cũ)” (mã 5)): không biết là tổ nào`,
      'gợi ý: Ghi vào dòng này mã tổ nêu trên, hoặc tên tổ như khi in, kèm tên phường cũ (ví dụ “Tổ dân phố số 1 (Hàng Bạc cũ)”).',
    ]);
    expect(r.stderr).not.toContain('không có tổ nào tên');
  });

  it('takes the name as printed, with the old ward written another way, or in its own column', async () => {
    const results = join(dir, 'kq-phuong-cu.csv');
    await writeFile(
      results,
      [
        `Tên tổ dân phố,Phường cũ,${MEASURE}`,
        `Tổ dân phố số 1 (Hàng Bồ cũ),,45`,
        `Tổ dân phố số 2,Hàng Bạc,30`,
        `Tổ dân phố số 2,P. Hàng Bồ (cũ),31`,
        `Tổ dân phố số 3 - Hàng Bồ,,28`,
        `Tổ dân phố số 1,Phường Hàng Bạc,12`,
      ].join('\n'),
    );
    const out = join(dir, 'out-phuong-cu');
    const r = await report(results, out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('lỗi:');
    const figures = await figuresIn(out, MEASURE);
    expect(figures.get('Tổ dân phố số 1 (Hàng Bồ cũ)')).toBe(45);
    expect(figures.get('Tổ dân phố số 2 (Hàng Bạc cũ)')).toBe(30);
    expect(figures.get('Tổ dân phố số 2 (Hàng Bồ cũ)')).toBe(31);
    expect(figures.get('Tổ dân phố số 3 (Hàng Bồ cũ)')).toBe(28);
    expect(figures.get('Tổ dân phố số 1 (Hàng Bạc cũ)')).toBe(12);
  });
});
