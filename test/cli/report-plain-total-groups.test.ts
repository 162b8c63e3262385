/**
 * A plain total says how many groups gave it (qa55 M1): a blood drive's "Số đơn vị máu | túi" has
 * no base, and tổ 3 left its cell empty. The report said "Số tổ dân phố đã báo cáo: 3/4 tổ" then
 * "Số đơn vị máu: 29 túi.", read by a superior as of 3 tổ; it is of 2, as the office's Kết quả
 * page says ("(2 tổ đã báo cáo)"); report.xlsx's Ghi chú said nothing for tổ 3 either. The
 * report.pdf's text and report.xlsx's row, from `report --results`.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { reportRun } from '../support/office-runs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-report-plain-total-');

const GROUPS = [
  'STT,Tên tổ,Tổ trưởng,Số hộ,Số nhân khẩu,Chỉ tiêu (người)',
  '1,Tổ dân phố số 1,Nguyễn Văn An,120,450,15',
  '2,Tổ dân phố số 2,Trần Thị Bình,98,380,12',
  '3,Tổ dân phố số 3,Lê Văn Cường,140,520,18',
  '4,Tổ dân phố số 4,Phạm Thị Dung,75,300,10',
].join('\n');

async function reportOf(name: string, results: string) {
  const campaign = await write(
    'campaign.yaml',
    measureCampaign(
      '{ id: dangky, label: Số người đăng ký, of: Chỉ tiêu (người) }',
      '{ id: donvi, label: Số đơn vị máu, of: túi }',
    ),
  );
  const groups = await write('groups.csv', `${GROUPS}\n`);
  const file = await write(`${name}.csv`, results);
  const run = await reportRun({ campaign, groups, results: file }, path(name));
  expect(run.code, run.stderr).toBe(0);
  return collapseSpaces(await pdfText(path(`${name}/report.pdf`)));
}

describe('report: a plain total says how many groups gave it (qa55 M1)', () => {
  it('says "29 túi (2 tổ đã báo cáo)" when tổ 3 left the cell empty', async () => {
    const text = await reportOf(
      'empty-cell',
      'Tên tổ,Số người đăng ký,Số đơn vị máu\nTổ dân phố số 1,18,14\nTổ dân phố số 2,12,15\nTổ dân phố số 3,20,\n',
    );
    expect(text).toContain('Số tổ dân phố đã báo cáo: 3/4 tổ.');
    expect(text).toContain('- Số đơn vị máu: 29 túi (2 tổ đã báo cáo).');
    // The spreadsheet's row says which figure the tổ left out.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path('empty-cell/report.xlsx'));
    const sheet = wb.worksheets[0];
    const rows: string[] = [];
    sheet?.eachRow((row) => {
      rows.push(((row.values ?? []) as unknown[]).map(String).join('|'));
    });
    expect(rows.find((r) => r.includes('Tổ dân phố số 3'))).toContain('Chưa báo cáo số đơn vị máu');
    expect(rows.find((r) => r.includes('Tổ dân phố số 1'))).not.toContain('Chưa báo cáo');
  });

  it('says nothing more when every reporting tổ gave it', async () => {
    const text = await reportOf(
      'all',
      'Tên tổ,Số người đăng ký,Số đơn vị máu\nTổ dân phố số 1,18,14\nTổ dân phố số 2,12,15\n',
    );
    expect(text).toContain('- Số đơn vị máu: 29 túi.');
  });
});
