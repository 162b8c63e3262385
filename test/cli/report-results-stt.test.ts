/**
 * `report --results` with an office's own results sheet (qa21 findings 1 and 6): an "STT" column
 * that counts the rows is not the groups' ids, so a row whose name gives another group than its
 * STT is that group, and said; a real id column ("Mã tổ") whose row's name gives another group
 * refuses the row, naming both, and one whose name is like no group's is the id's group, said; a
 * merged title above the header and a measure header cut short ("Số hộ tham gia") are read, the
 * shortened header said; a header with no figure column says that, not the title four times.
 * Expected figures and names come from the files written here.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { testFolder } from '../support/tmp.js';
import { figuresIn, reportInVietnamese } from './report-figures.js';

const LABEL = 'Số hộ tham gia tổng vệ sinh';
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu
1;Tổ 1;Nguyễn Văn An;200;800
2;Tổ 2;Trần Thị Bình;210;840
3;Tổ 3;Lê Văn Cường;220;880
4;Tổ 4;Phạm Thị Dung;230;920
5;Tổ 5;Hoàng Văn Em;240;960
`;

const { write, path } = testFolder('phuong-print-results-stt-');

type Cell = string | number;

/** An office's workbook: an optional title merged across the header's width, the header, rows. */
async function workbook(name: string, header: Cell[], rows: Cell[][], title?: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  if (title) {
    ws.addRow([title]);
    ws.mergeCells(1, 1, 1, header.length);
  }
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const file = path(name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function report(
  results: string,
  measures = [`{ id: tvs, label: "${LABEL}", of: households }`],
) {
  const out = path(`out-${results.split('/').pop()}`);
  const run = await reportInVietnamese({
    campaign: await write('campaign.yaml', measureCampaign(...measures)),
    groups: await write('groups.csv', GROUPS),
    results,
    out,
    date: '2026-04-21',
  });
  return { run, out };
}

describe('report --results: the row counter and the name of the group', () => {
  it('takes each row as the group its name gives when the STT counts the rows, and says so', async () => {
    // Tổ 2 did not report: from the second row on, STT is one less than the group's number.
    const file = await workbook(
      'stt.xlsx',
      ['STT', 'Tổ dân phố', LABEL],
      [
        [1, 'Tổ 1', 120],
        [2, 'Tổ 3', 150],
        [3, 'Tổ 4', 160],
        [4, 'Tổ 5', 170],
      ],
    );
    const { run, out } = await report(file);
    expect(run.code, run.stderr).toBe(0);
    const figures = await figuresIn(out, LABEL, 'Tổ');
    expect(figures.get('Tổ 1')).toBe(120);
    expect(figures.get('Tổ 2')).toBe(null);
    expect(figures.get('Tổ 3')).toBe(150);
    expect(figures.get('Tổ 4')).toBe(160);
    expect(figures.get('Tổ 5')).toBe(170);
    expect(run.stderr).toContain(
      `cảnh báo: ${file}, mục “STT”: cột “STT” là số thứ tự dòng, không phải mã tổ: ở 3 dòng, số này là mã của một tổ khác với tên ghi trong dòng, nên mỗi dòng được ghi cho tổ theo tên (dòng 3: STT 2, tên ghi “Tổ 3”; dòng 4: STT 3, tên ghi “Tổ 4”; dòng 5: STT 4, tên ghi “Tổ 5”)`,
    );
  });

  it('refuses a row whose name is only a guess, without reading its STT as a group (qa43 minor 7)', async () => {
    const file = await workbook(
      'stt-doan.xlsx',
      ['STT', 'Tổ dân phố', LABEL],
      [
        [1, 'Tổ 1', 120],
        [2, 'TDP 3', 150],
      ],
    );
    const { run } = await report(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `lỗi: ${file}, dòng 3, cột “Tổ dân phố”: tên ghi “TDP 3” không phải tên tổ nào trong tệp danh sách\ngợi ý: Cột “STT” chỉ là số thứ tự dòng, không phải mã tổ: ghi tên tổ đúng như trong tệp danh sách (“Tổ 3”)`,
    );
  });

  it('refuses a row whose "Mã tổ" and name name two groups, naming both', async () => {
    const file = await workbook(
      'ma-to.xlsx',
      ['Mã tổ', 'Tên tổ dân phố', LABEL],
      [
        [1, 'Tổ 1', 120],
        [2, 'Tổ 3', 150],
        // A name written loosely for the id's own group agrees with it.
        [4, 'TDP 4', 160],
      ],
    );
    const { run } = await report(file);
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('lỗi:'));
    expect(errors[0]).toBe(
      `lỗi: ${file}, dòng 3, cột “Tên tổ dân phố”: mã 2 là “Tổ 2”, nhưng tên ghi “Tổ 3”`,
    );
    expect(run.stderr).toContain(
      'gợi ý: Trong tệp danh sách, “Tổ 3” có mã 3: sửa mã hoặc tên ở dòng này cho đúng tổ đã báo cáo.',
    );
    expect(run.stderr).not.toContain('dòng 4');
  });

  it('takes a "Mã tổ" row by its id when its name is like no group’s, and says both cells', async () => {
    const file = await workbook(
      'ma-to-ten-khac.xlsx',
      ['Mã tổ', 'Tên tổ dân phố', LABEL],
      [
        [1, 'Tổ 1', 120],
        [2, 'Khu tập thể Nhà máy Dệt', 150],
      ],
    );
    const { run, out } = await report(file);
    expect(run.code, run.stderr).toBe(0);
    const figures = await figuresIn(out, LABEL, 'Tổ');
    expect(figures.get('Tổ 2')).toBe(150);
    expect(run.stderr).toContain(
      `cảnh báo: ${file}, mục “Tên tổ dân phố”: ở 1 dòng, tên ghi không giống tên tổ nào trong tệp danh sách: mỗi dòng được ghi cho tổ theo mã (dòng 3: mã 2 là “Tổ 2”, tên ghi “Khu tập thể Nhà máy Dệt”)`,
    );
  });
});

describe('report --results: the office sheet’s header', () => {
  it('finds the header under a merged title and reads a measure header cut short, saying so', async () => {
    const file = await workbook(
      'tieu-de.xlsx',
      ['STT', 'Tổ dân phố', 'Số hộ tham gia', 'Ghi chú'],
      [
        [1, 'Tổ 1', 120],
        [2, 'Tổ 2', 130, 'báo qua Zalo'],
        [3, 'Tổ 3', 140],
      ],
      'TỔNG HỢP KẾT QUẢ RA QUÂN TỔNG VỆ SINH ĐỢT 1/2026',
    );
    const { run, out } = await report(file);
    expect(run.code, run.stderr).toBe(0);
    const figures = await figuresIn(out, LABEL, 'Tổ');
    expect([1, 2, 3, 4].map((n) => figures.get(`Tổ ${n}`))).toEqual([120, 130, 140, null]);
    expect(run.stderr).toContain(
      `cảnh báo: ${file}, mục “Số hộ tham gia”: cột “Số hộ tham gia” được đọc là số liệu “${LABEL}”, dù tiêu đề cột không ghi đúng tên số liệu như trong chiến dịch`,
    );
  });

  it('says a header under a title has no figure column, not the title over and over', async () => {
    const file = await workbook(
      'khong-so-lieu.xlsx',
      ['STT', 'Tổ dân phố', 'Ghi chú'],
      [[1, 'Tổ 1', 'xong']],
      'TỔNG HỢP KẾT QUẢ',
    );
    const { run } = await report(file);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      `lỗi: ${file}: dòng tiêu đề (dòng 2) có cột tổ “Tổ dân phố” nhưng không có cột số liệu nào (chỉ có: "STT", "Tổ dân phố", "Ghi chú")`,
    );
  });

  it('asks which measure a header cut short is when it begins two', async () => {
    const file = await workbook(
      'hai-so-lieu.xlsx',
      ['STT', 'Tổ dân phố', 'Số hộ tham gia'],
      [[1, 'Tổ 1', 120]],
    );
    const other = 'Số hộ tham gia diệt lăng quăng';
    const { run } = await report(file, [
      `{ id: tvs, label: "${LABEL}", of: households }`,
      `{ id: lq, label: "${other}", of: households }`,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      `lỗi: ${file}, mục “Số hộ tham gia”: cột “Số hộ tham gia” gần giống tên nhiều số liệu (“${LABEL}”, “${other}”), không biết là số liệu nào: tệp không có cột số liệu nào được đọc`,
    );
  });
});
