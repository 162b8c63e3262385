/**
 * closing56: `serve`'s report buttons drew the report from a list with a row the figures cannot
 * count (a tổ whose name was left blank), while `phuong-print report` and the studio refuse it
 * (test/studio/results-uncounted-rows.test.ts). Now serve keeps the same rule: /admin/ket-qua
 * names each row with the studio's sentence and offers no report, and the report's address
 * answers 409 with that page instead of a PDF or a workbook. Real server on loopback.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { visible } from '../support/page-text.js';
import { resultsOfficeForTests } from './results-office.js';

const MEASURE = '{ id: bhyt, label: Số người tham gia BHYT mới, of: "Chỉ tiêu (người)" }';
// Rows as the office's spreadsheet numbers them: the header is row 1.
const QUOTAS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu;Chỉ tiêu (người)
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000;35
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800;30
3;;Hoàng Văn Sơn;0912 345 006;130;470;20
`;

const office = resultsOfficeForTests(measureCampaign(MEASURE), QUOTAS, 'phuong-print-uncounted-');

describe('serve: a quotas list with a row whose name is blank', () => {
  it('/admin/ket-qua names the row with the studio’s sentence and offers no report', async () => {
    await office.report('1', { bhyt: 30 });
    const page = await office.admin('/admin/ket-qua');
    expect(page.status).toBe(200);
    const html = await page.text();
    const text = visible(html);
    expect(text).toContain(
      'Danh sách tổ có 1 dòng không đọc được, nên không tính vào kết quả: tổ ở dòng đó không có trang tổ trưởng, không có trong bảng dưới, chỉ tiêu (số hộ, số người) của nó không được cộng vào tổng. Báo cáo kết quả (PDF, Excel) chưa tải được cho đến khi sửa các dòng đó trong tệp danh sách',
    );
    expect(text).toMatch(/Dòng 4 \(tổ 3\): Thiếu tên/);
    expect(html).not.toContain('Tải báo cáo kết quả (PDF)');
    expect(html).not.toContain('Tải bảng số liệu (Excel)');
  });

  it('the report asked for anyway is not drawn, and says why', async () => {
    for (const file of ['/admin/bao-cao.pdf', '/admin/bao-cao.xlsx']) {
      const answer = await office.admin(file);
      expect(answer.status, file).toBe(409);
      expect(answer.headers.get('content-type')).toContain('text/html');
      const text = visible(await answer.text());
      expect(text).toContain('Danh sách tổ có 1 dòng không đọc được, nên không tính vào kết quả');
      expect(text).toMatch(/Dòng 4 \(tổ 3\): Thiếu tên/);
    }
  });
});
