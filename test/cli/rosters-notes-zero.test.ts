/**
 * The storm campaign's ward-wide list of households to evacuate ("DS hộ sơ tán": Tổ, Họ tên chủ
 * hộ, Địa chỉ, Số người, Ghi chú), given with the groups sheet as --rosters (review):
 * - its "Ghi chú" column ("Có người già, cần hỗ trợ") is the office's own notes, as the groups
 *   file's is: `check` says so once, as information; `build` does not warn of it on every run;
 * - a tổ whose "Số hộ phải sơ tán" is 0 has no household to list: it is not named among the
 *   groups the list gives no row.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-bao');
const CAMPAIGN = join(FIXTURE, 'campaign.yaml');
const WORKBOOK = join(FIXTURE, 'to-dan-pho-bao-so-3.xlsx');

afterAll(removeTempDirs);

/** What the office is told, as one line (the terminal's wrapping aside). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a residents list with notes, and tổ with nothing to evacuate', () => {
  /** The tổ the list names no row of, split by the groups sheet's "Số hộ phải sơ tán". */
  const zero: string[] = [];
  const some: string[] = [];
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(WORKBOOK);
    const listed = new Set<string>();
    wb.getWorksheet('DS hộ sơ tán')?.eachRow((row, n) => {
      if (n > 1) listed.add(String(row.getCell(1).value));
    });
    const sheet = wb.getWorksheet('Tổ dân phố');
    if (!sheet) throw new Error('no sheet "Tổ dân phố"');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.eachRow((row, n) => {
      if (n === 1 || listed.has(String(row.getCell(header.indexOf('Mã tổ')).value))) return;
      const name = String(row.getCell(header.indexOf('Tên tổ dân phố')).value);
      const due = row.getCell(header.indexOf('Số hộ phải sơ tán')).value;
      (due === 0 ? zero : some).push(name);
    });
    // The fixture has both kinds.
    expect(zero.length).toBeGreaterThan(0);
    expect(some.length).toBeGreaterThan(0);
  });

  it('build: no warning of the "Ghi chú" column, and the tổ with 0 to evacuate not said to lack rows', async () => {
    const out = await makeTempDir('phuong-print-rosters-notes-');
    // The command's code in this process (runCliInProcess: the same exit code and output, without
    // a Node start-up): what build says is the point; the real program reads this workbook as
    // its rosters in rosters-file.test.ts.
    const run = await runCliInProcess([
      ...buildArgs(CAMPAIGN, WORKBOOK, out, '--kind', 'tracker', '--rosters', WORKBOOK),
      '--lang',
      'vi',
    ]);
    expect(run.code).toBe(0);
    const said = flat(run.stderr);
    expect(said).not.toContain('Ghi chú');
    // Its other column the sheet does not print is still said.
    expect(said).toContain('cột “Số người” của danh sách người dân không được in ở đâu');
    const none = /không có dòng nào của (\d+) tổ \(([^)]*)\)/.exec(said);
    expect(Number(none?.[1])).toBe(some.length);
    for (const name of zero) expect(none?.[2]).not.toMatch(new RegExp(`${name}(,|$)`));
  });

  it('check: the "Ghi chú" column said once, as information', async () => {
    const run = await checkVi(CAMPAIGN, WORKBOOK, {}, ['--rosters', WORKBOOK]);
    const said = flat(run.stderr);
    expect(said.match(/“Ghi chú”/g)).toHaveLength(1);
    expect(said).toContain(
      `${WORKBOOK}: cột “Ghi chú”: ghi chú riêng của văn phòng, giữ nguyên trong tệp và không in ra giấy`,
    );
    expect(said).not.toContain('cột “Ghi chú” của danh sách người dân không được in ở đâu');
  });
});
