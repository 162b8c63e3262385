/**
 * `report --results` naming its groups as the office typed them (qa19 finding 3): a name with an
 * en dash (Word's and Excel's AutoCorrect) or in capitals is the group the groups file names with
 * a hyphen; a short form ("Tổ 2") is refused with the group likely meant ("TDP số 10", which spelt out is a group's name, is taken); a group
 * whose row is hidden in the groups workbook is said to be that, at its row; every refused row is
 * said in one run. The command's code runs in this process (runCliInProcess).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupsWithHiddenRow } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { figuresIn, reportInVietnamese } from './report-figures.js';

afterAll(removeTempDirs);

const MEASURE = 'Số người dân tham gia cuộc thi';
let dir: string;
let groups: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-report-names-');
  groups = join(dir, 'groups.xlsx');
  const bytes = await groupsWithHiddenRow();
  await writeFile(groups, bytes);
});

const report = (results: string, out: string, groupsFile = groups) =>
  reportInVietnamese({
    campaign: EXAMPLE_CAMPAIGN,
    groups: groupsFile,
    results,
    out,
    date: '2025-11-12',
  });
describe('report --results: group names as typed', () => {
  it('takes a name with an en dash, capitals or spaces as the group the groups file names', async () => {
    const results = join(dir, 'kq-gach.csv');
    await writeFile(results, `Tên tổ dân phố;${MEASURE}\nTổ 3 – Khu 1;150\nTỔ DÂN PHỐ  SỐ 1;120\n`);
    const out = join(dir, 'out-gach');
    const r = await report(results, out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('lỗi:');
    const figures = await figuresIn(out, MEASURE);
    expect(figures.get('Tổ 3 - Khu 1')).toBe(150);
    expect(figures.get('Tổ dân phố số 1')).toBe(120);
  });

  it('refuses short forms with the group likely meant, and a hidden group at its row, all in one run', async () => {
    const results = join(dir, 'kq-viet-tat.csv');
    await writeFile(
      results,
      `Tên tổ dân phố;${MEASURE}\nTổ 2;170\nTDP số 10;240\nTổ dân phố số 4 (đã sáp nhập);80\nTổ dân phố số 99;5\n`,
    );
    const out = join(dir, 'out-viet-tat');
    const r = await report(results, out);
    expect(r.code).toBe(1);
    const said = r.stderr.split('\n').filter((l) => /^(lỗi|gợi ý):/.test(l));
    expect(said).toEqual([
      `lỗi: ${results}, dòng 2, cột “Tên tổ dân phố”: tệp danh sách tổ không có tổ nào tên “Tổ 2”: có phải “Tổ dân phố số 2” (mã 2)?`,
      'gợi ý: Nếu đúng, sửa tên ở dòng này cho đúng như trong tệp danh sách (“Tổ dân phố số 2”), hoặc ghi mã tổ là 2.',
      `lỗi: ${results}, dòng 4, cột “Tên tổ dân phố”: dòng 5 của groups.xlsx (“Tổ dân phố số 4 (đã sáp nhập)”) đang bị ẩn trong Excel: tệp danh sách không đọc dòng đó, nên số liệu của dòng này không thuộc tổ nào`,
      'gợi ý: Nếu tổ này vẫn báo cáo, cho hiện lại dòng đó trong tệp danh sách (chọn các dòng bao quanh › Unhide/Bỏ ẩn) rồi lưu tệp; nếu tổ đã giải thể hoặc sáp nhập, xoá dòng này trong tệp kết quả.',
      `lỗi: ${results}, dòng 5, cột “Tên tổ dân phố”: tệp danh sách tổ không có tổ nào tên “Tổ dân phố số 99”`,
      'gợi ý: Đối chiếu dòng này của tệp kết quả với tệp danh sách tổ: mã tổ (cột “STT” hoặc “Mã”) hoặc tên phải là của một tổ trong đó.',
      `lỗi: ${results}: tệp kết quả có 3 lỗi: chưa nhập và chưa báo cáo gì`,
      'gợi ý: Sửa từng dòng nêu ở trên rồi chạy lại.',
    ]);
    // One bad row refuses the file: no report of the others.
    expect(existsSync(join(out, 'report.pdf'))).toBe(false);
  });

  it('suggests the id a results file typed without its leading zeros, never taking it', async () => {
    const results = join(dir, 'kq-ma.csv');
    await writeFile(results, `STT;${MEASURE}\n010;240\n`);
    const r = await report(results, join(dir, 'out-ma'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `lỗi: ${results}, dòng 2, cột “STT”: tệp danh sách tổ không có tổ nào mã “010”: có phải mã “10” (Tổ dân phố số 10)?`,
    );
  });
  it('takes an id Excel saved without its leading zeros, naming each row and the id taken (qa20 #11)', async () => {
    const csv = join(dir, 'groups-ma-0.csv');
    await writeFile(
      csv,
      'Mã tổ;Tên tổ dân phố;Số hộ;Số nhân khẩu\n01;Tổ dân phố số 1;100;400\n02;Tổ dân phố số 2;90;350\nKP3;Tổ dân phố số 3;80;300\n',
    );
    const results = join(dir, 'kq-ma-0.csv');
    await writeFile(results, `Mã tổ;${MEASURE}\n1;80\n02;70\n`);
    const out = join(dir, 'out-ma-0');
    const r = await report(results, out, csv);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${results}, mục “Mã tổ”: 1 dòng ghi mã tổ thiếu số 0 ở đầu (Excel bỏ số 0 ở đầu khi lưu thành CSV); mỗi dòng được hiểu là tổ duy nhất có mã đó (dòng 2: “1” → “01” (Tổ dân phố số 1))`,
    );
    const figures = await figuresIn(out, MEASURE);
    expect(figures.get('Tổ dân phố số 1')).toBe(80);
    expect(figures.get('Tổ dân phố số 2')).toBe(70);
  });

  it('tells to correct the id, not the name, when an id is refused with the one likely meant', async () => {
    const csv = join(dir, 'groups-ma-kp.csv');
    await writeFile(
      csv,
      'Mã tổ;Tên tổ dân phố;Số hộ;Số nhân khẩu\nKP1;Tổ dân phố số 1;100;400\nKP2;Tổ dân phố số 2;90;350\n',
    );
    const results = join(dir, 'kq-ma-kp.csv');
    await writeFile(results, `Mã tổ;${MEASURE}\nkp1;80\n`);
    const r = await report(results, join(dir, 'out-ma-kp'), csv);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      `lỗi: ${results}, dòng 2, cột “Mã tổ”: tệp danh sách tổ không có tổ nào mã “kp1”: có phải mã “KP1” (Tổ dân phố số 1)?`,
      'gợi ý: Nếu đúng, sửa mã ở dòng này thành KP1 cho đúng như trong tệp danh sách.',
    ]);
  });

  it('asks for the id when a name fits two groups whose names differ only by a dash', async () => {
    const csv = join(dir, 'groups-gach.csv');
    await writeFile(
      csv,
      'STT;Tên tổ dân phố;Số hộ;Số nhân khẩu\n1;Tổ 1 - Khu 2;100;400\n2;Tổ 1 – Khu 2;90;350\n',
    );
    const results = join(dir, 'kq-hai-to.csv');
    await writeFile(results, `Tên tổ dân phố;${MEASURE}\nTổ 1 – Khu 2;80\nTỔ 1 - KHU 2;70\n`);
    const r = await report(results, join(dir, 'out-hai-to'), csv);
    expect(r.code).toBe(1);
    // The name as typed is one group's ("Tổ 1 – Khu 2", row 2): only row 3 is refused.
    expect(r.stderr.split('\n').filter((l) => l.startsWith('lỗi:'))).toEqual([
      `lỗi: ${results}, dòng 3, cột “Tên tổ dân phố”: tên “TỔ 1 - KHU 2” khớp với 2 tổ trong tệp danh sách (“Tổ 1 - Khu 2” (mã 1), “Tổ 1 – Khu 2” (mã 2)): không biết là tổ nào`,
    ]);
  });
});
