/**
 * A group's day typed so that the papers tell a wrong day (qa23 #4): in a column the campaign
 * prints whose cells are mostly dates, "5/12" (no year, the notice's own date), "thứ bảy 12/12"
 * (no year) and a date before the notice's are warned of by `check` at their row and column,
 * with the cell and the notice's date; a text with its year, a later date, and an address
 * "ngõ 5/12" in a column of addresses are not. The schedule is test/support/inputs.ts's.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import {
  SCHEDULE_CAMPAIGN,
  SCHEDULE_ISSUED,
  scheduleWorkbook,
  xlsxBytes,
} from '../support/inputs.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function check(campaign: string, workbook?: Uint8Array) {
  const dir = await makeTempDir('phuong-print-printed-days-');
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  const groups = join(dir, 'lich.xlsx');
  await writeFile(groups, workbook ?? (await scheduleWorkbook()));
  const run = await checkVi(join(dir, 'campaign.yaml'), groups);
  return { run, groups, said: collapseSpaces(run.stderr) };
}

describe('a day the campaign prints', () => {
  it('with no year, or on the notice’s date or before it, is warned of at its row and column', async () => {
    const { run, groups, said } = await check(SCHEDULE_CAMPAIGN);
    expect(run.code, run.stderr).toBe(0);
    const at = (row: number) => `cảnh báo: ${groups}, dòng ${row}, cột “Ngày làm”:`;
    expect(said).toContain(
      `${at(4)} “5/12” không có năm và trùng ngày ban hành ${SCHEDULE_ISSUED}`,
    );
    expect(said).toContain(
      `${at(5)} “thứ bảy 12/12” không có năm, trong khi các ô khác của cột ghi ngày đủ năm (văn bản ban hành ngày ${SCHEDULE_ISSUED})`,
    );
    expect(said).toContain(
      `${at(8)} “01/12/2026” trước ngày ban hành ${SCHEDULE_ISSUED}: người dân nhận giấy khi ngày đó đã qua`,
    );
    expect(said).toContain(
      'gợi ý: Kiểm tra lại ô đó: ghi ngày đủ ngày/tháng/năm, sau ngày ban hành.',
    );
    // Only those three: not "Chủ nhật, 13/12/2026", not the address "ngõ 5/12".
    expect(said.match(/cột “Ngày làm”/g)).toHaveLength(3);
    expect(said).not.toContain('cột “Địa chỉ”');
  });

  it('with no year after a time with dots ("7.30 ngày 20/11") is warned of too', async () => {
    // Group 8's day typed as its time and day: "7.30" is no day, "20/11" is one with no year.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await scheduleWorkbook()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    sheet.getCell('C9').value = '7.30 ngày 20/11';
    const { run, groups, said } = await check(
      SCHEDULE_CAMPAIGN,
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${groups}, dòng 9, cột “Ngày làm”: “7.30 ngày 20/11” không có năm`,
    );
  });

  it('that is no day of the calendar ("31/11/2026") is warned of at its row and column', async () => {
    // Group 8's day mistyped: November has 30 days.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await scheduleWorkbook()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    sheet.getCell('C9').value = 'Thứ hai, 31/11/2026';
    const { run, groups, said } = await check(
      SCHEDULE_CAMPAIGN,
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${groups}, dòng 9, cột “Ngày làm”: ngày 31/11/2026 không có trong lịch`,
    );
    expect(said).toContain('gợi ý: Kiểm tra lại ô đó theo lịch (ngày/tháng/năm).');
  });

  it('with no year in a column half of whose cells are dates is warned of at each row (qa53 m1)', async () => {
    const day = (d: number) => new Date(Date.UTC(2026, 11, d));
    const half = await xlsxBytes({
      Lịch: [
        ['STT', 'Tên tổ dân phố', 'Ngày làm', 'Giờ', 'Địa chỉ'],
        [1, 'Tổ dân phố số 1', day(12), '7h30 - 11h00', 'Nhà văn hóa tổ 1'],
        [2, 'Tổ dân phố số 2', day(12), '7h30 - 11h00', 'Nhà văn hóa tổ 2'],
        [3, 'Tổ dân phố số 3', 'Chủ nhật, 13/12', '7h30 - 11h00', 'Nhà văn hóa tổ 3'],
        [4, 'Tổ dân phố số 4', 'Chủ nhật, 13/12', '7h30 - 11h00', 'Nhà văn hóa tổ 4'],
      ],
    });
    const { run, groups, said } = await check(SCHEDULE_CAMPAIGN, half);
    expect(run.code, run.stderr).toBe(0);
    for (const row of [4, 5])
      expect(said).toContain(
        `cảnh báo: ${groups}, dòng ${row}, cột “Ngày làm”: “Chủ nhật, 13/12” không có năm, trong khi các ô khác của cột ghi ngày đủ năm`,
      );
  });

  it('on the notice’s date itself, typed with its year, is warned of too', async () => {
    const { said } = await check(
      SCHEDULE_CAMPAIGN.replace('issued: 2026-12-05', 'issued: 2026-12-12'),
    );
    expect(said).toContain(
      '“12/12/2026” trùng ngày ban hành 12/12/2026: người dân nhận giấy đúng ngày đó',
    );
  });

  it('is not read as a day in a column the campaign does not print', async () => {
    const { run } = await check(
      SCHEDULE_CAMPAIGN.replace('ngày {{group.[Ngày làm]}}, ', '').replace(
        'when: "Ngày {{group.[Ngày làm]}}, {{group.Giờ}}"',
        'when: "{{group.Giờ}}"',
      ),
    );
    expect(run.stderr).not.toContain('ngày ban hành');
  });
});
