/**
 * A merged ward's groups workbook kept one sheet per old ward, each sheet numbered from 1 in its
 * "STT" column as every office numbers it (qa20 finding 4: the second sheet's rows failed as "mã
 * “1” trùng với dòng 3 ở trang tính …", and the note counted "(1 tổ)" for a sheet of 4). Each
 * group's id is now its number after its sheet's short name (HBac-1, HBo-1), said once; the
 * sheets' note counts every group row; a clash inside one sheet stays that row's error. The ids
 * build (every group's notice) and name the groups in a results file, as does the name with its
 * old ward, in the name or a column of its own (report.xlsx). The commands' code runs in this
 * process (runCliInProcess).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkGroupsFile, runCliInProcess } from '../support/cli.js';
import { HEADER } from '../support/merged-ward.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { HANG_BAC, hangBo, sheetRows, wardSheetsXlsx } from '../support/ward-sheets.js';

afterAll(removeTempDirs);

const lines = (stderr: string, kind: 'lỗi' | 'cảnh báo') =>
  stderr.split('\n').filter((l) => l.startsWith(`${kind}: `));

/** Old Hàng Bồ's sheet numbered from 1, as old Hàng Bạc's is. */
const HANG_BO = hangBo(1);
const MEASURE = 'Số người dân tham gia cuộc thi';

describe('a merged ward’s sheets each numbered from 1 (qa20)', () => {
  it('gives each group its sheet’s short name before its number, said once with every sheet’s groups', async () => {
    const r = await checkGroupsFile('hoan-kiem.xlsx', await wardSheetsXlsx([HANG_BAC, HANG_BO], 0));
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stderr, 'lỗi')).toEqual([]);
    expect(r.stdout).toMatch(/^ổn: 5 tổ, /);
    const [parts, ids] = lines(r.stderr, 'cảnh báo');
    expect(parts).toContain(`“${HANG_BAC.name}” (3 tổ), “${HANG_BO.name}” (2 tổ)`);
    expect(ids).toBe(
      `cảnh báo: ${r.file}: mỗi trang tính đánh số tổ từ 1: mã của mỗi tổ là số đó ghi sau tên viết tắt của trang, trang “${HANG_BAC.name}”: HBac-1, HBac-2, HBac-3; trang “${HANG_BO.name}”: HBo-1, HBo-2`,
    );
    expect(r.stderr).not.toContain('trùng với dòng');
  });

  it('takes "01" on one sheet as the "1" of another, as the groups loader compares ids (review)', async () => {
    // Old Hàng Bồ's sheet typed with leading zeros ("01", "02"): still numbered from 1.
    const rows = sheetRows(HANG_BO).map((r, i) => (i === 0 ? r : [`0${r[0]}`, ...r.slice(1)]));
    const r = await checkGroupsFile(
      'so-0.xlsx',
      await wardSheetsXlsx([HANG_BAC, { ...HANG_BO, rows }], 0),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('mỗi trang tính đánh số tổ từ 1');
    expect(r.stderr).toContain('HBo-01');
  });

  it('keeps a clash inside one sheet an error, and counts that sheet’s every group row', async () => {
    // Old Hàng Bạc's third group typed "2" again; the sheet has three group rows.
    const rows = sheetRows(HANG_BAC).map((r, i) => (i === 3 ? [2, ...r.slice(1)] : r));
    expect(rows[0]).toEqual(HEADER);
    const r = await checkGroupsFile(
      'trung.xlsx',
      await wardSheetsXlsx([{ ...HANG_BAC, rows }, HANG_BO], 0),
    );
    expect(r.code).toBe(1);
    expect(lines(r.stderr, 'lỗi')).toEqual([
      `lỗi: tổ HBac-2: ${r.file}, trang tính “${HANG_BAC.name}”, dòng 4, cột “STT”: mã “2” trùng với dòng 3`,
    ]);
    expect(lines(r.stderr, 'cảnh báo')[0]).toContain(
      `“${HANG_BAC.name}” (3 tổ), “${HANG_BO.name}” (2 tổ)`,
    );
  });

  it('builds every group, and a results file names them by id, or by name and old ward', async () => {
    const dir = await makeTempDir('phuong-print-sheet-ids-');
    const groups = join(dir, 'hoan-kiem.xlsx');
    await writeFile(groups, await wardSheetsXlsx([HANG_BAC, HANG_BO], 0));
    const out = join(dir, 'out');
    const built = await runCliInProcess([
      ...buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--kind', 'notice', '--quiet'),
      '--lang',
      'vi',
    ]);
    expect(built.code, built.stderr).toBe(0);
    const folders = (await readdir(out, { withFileTypes: true }))
      .filter((d) => d.isDirectory() && d.name.startsWith('to-dan-pho-'))
      .map((d) => d.name);
    expect(folders).toHaveLength(5);

    const results = join(dir, 'ket-qua.csv');
    await writeFile(
      results,
      [
        `Mã tổ,Tên tổ dân phố,Phường cũ,${MEASURE}`,
        'HBo-1,,,45',
        ',Tổ dân phố số 2 (Hàng Bạc cũ),,30',
        '1,Tổ dân phố số 1,Hàng Bạc,12',
        ',Tổ dân phố số 2,P. Hàng Bồ (cũ),31',
        'HBac-3,Tổ dân phố số 3,,28',
      ].join('\n'),
    );
    const report = await runCliInProcess([
      'report',
      '--lang',
      'vi',
      '--campaign',
      EXAMPLE_CAMPAIGN,
      '--groups',
      groups,
      '--results',
      results,
      '--out',
      join(dir, 'report'),
      '--date',
      '2025-11-12',
    ]);
    expect(report.code, report.stderr).toBe(0);
    expect(lines(report.stderr, 'lỗi')).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'report', 'report.xlsx'));
    const rows: unknown[][] = [];
    wb.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    const header = rows.find((r) => r.includes(MEASURE)) ?? [];
    const [id, figure] = [header.indexOf('Mã tổ'), header.indexOf(MEASURE)];
    const figures = new Map(rows.map((r) => [String(r[id]), r[figure]]));
    expect(Object.fromEntries(figures)).toMatchObject({
      'HBac-1': 12,
      'HBac-2': 30,
      'HBac-3': 28,
      'HBo-1': 45,
      'HBo-2': 31,
    });
  });

  it('asks which group a results row means by a number two sheets have', async () => {
    const dir = await makeTempDir('phuong-print-sheet-ids-');
    const groups = join(dir, 'hoan-kiem.xlsx');
    await writeFile(groups, await wardSheetsXlsx([HANG_BAC, HANG_BO], 0));
    const results = join(dir, 'ket-qua.csv');
    await writeFile(results, `STT,${MEASURE}\n1,45\n`);
    const r = await runCliInProcess([
      'report',
      '--lang',
      'vi',
      '--campaign',
      EXAMPLE_CAMPAIGN,
      '--groups',
      groups,
      '--results',
      results,
      '--out',
      join(dir, 'report'),
      '--date',
      '2025-11-12',
    ]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr, 'lỗi')[0]).toBe(
      `lỗi: ${results}, dòng 2, cột “STT”: mã “1” khớp với 2 tổ trong tệp danh sách (“Tổ dân phố số 1 (Hàng Bạc cũ)” (mã HBac-1), “Tổ dân phố số 1 (Hàng Bồ cũ)” (mã HBo-1)): mỗi trang tính của tệp danh sách đánh số tổ từ 1`,
    );
  });

  it('names the groups a sheet’s own number is, when `build --group` is given it (session 30)', async () => {
    const dir = await makeTempDir('phuong-print-sheet-ids-');
    const groups = join(dir, 'hoan-kiem.xlsx');
    await writeFile(groups, await wardSheetsXlsx([HANG_BAC, HANG_BO], 0));
    const r = await runCliInProcess([
      ...buildArgs(EXAMPLE_CAMPAIGN, groups, join(dir, 'out'), '--kind', 'notice', '--quiet'),
      '--group',
      '2',
      '--lang',
      'vi',
    ]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr, 'lỗi')).toEqual([
      `lỗi: ${groups}, tùy chọn --group: không có tổ mã “2”`,
    ]);
    // Both sheets' second groups, as the sheets name them, and the first one's id to type.
    expect(r.stderr).toContain(
      `gợi ý: Mỗi trang tính của tệp danh sách đánh số tổ từ 1, và mã của mỗi tổ có thêm tên viết tắt của trang: “2” là “Tổ dân phố số 2 (Hàng Bạc cũ)” (mã HBac-2), “Tổ dân phố số 2 (Hàng Bồ cũ)” (mã HBo-2): dùng --group HBac-2.`,
    );
  });
});
