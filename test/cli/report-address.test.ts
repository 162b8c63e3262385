/**
 * Where the report of results goes (qa43 M2): it goes up, signed by the Chủ tịch, so its
 * "Nơi nhận" is not the notice's "Thường trực Đảng ủy phường; Chủ tịch, các PCT UBND phường".
 * The office writes `report.recipients` and `report.cc` in campaign.yaml (the studio's
 * "Báo cáo kết quả" fields); without them the report is addressed to the city's committee, a
 * blank for its name, "Như trên; Lưu: VT, KT." (the notice's own "Lưu" line).
 * The campaign is qa43's fee campaign (test/fixtures/qa43/campaign.yaml), its 20 tổ.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const CAMPAIGN = fileURLToPath(new URL('../fixtures/qa43/campaign.yaml', import.meta.url));
const GROUPS = fileURLToPath(new URL('../fixtures/qa40/groups20.csv', import.meta.url));
const RESULTS =
  'STT;Tên tổ dân phố;Số hộ đã nộp phí;Số tiền đã thu (đồng);Số người tham gia tổng vệ sinh\n' +
  '1;Tổ dân phố Đông Hưng;120;28.800.000;300\n';

const { path, write } = testFolder('phuong-print-report-address-');

async function report(campaign: string, out: string) {
  const results = await write(`${out}.csv`, RESULTS);
  return runCliInProcess([
    'report',
    ...['--campaign', campaign, '--groups', GROUPS, '--results', results],
    ...['--out', path(out), '--lang', 'vi', '--date', '2026-12-06'],
  ]);
}

describe('the report’s Kính gửi and Nơi nhận (qa43 M2)', () => {
  it('goes up to the city by default, "Như trên; Lưu: VT, KT.", blank for the city’s name', async () => {
    const run = await report(CAMPAIGN, 'default');
    expect(run.code).toBe(0);
    const text = collapseSpaces(await pdfText(path('default/report.pdf')));
    expect(text).toContain('Kính gửi: Ủy ban nhân dân thành phố ……');
    expect(text).toContain('Nơi nhận: - Như trên; - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(text).not.toContain('Thường trực Đảng ủy');
    expect(text).not.toContain('các PCT UBND');
  });

  it('goes to the committee "Cơ quan chủ quản" names, not the ward’s own (qa51 M2)', async () => {
    const qa51 = (name: string) =>
      fileURLToPath(new URL(`../fixtures/qa51/${name}`, import.meta.url));
    const results = await write(
      'qa51.csv',
      'STT;Tên tổ dân phố;Số người tham gia;Số hộ tham gia\n1;Tổ dân phố số 1;120;80\n',
    );
    const run = await runCliInProcess([
      'report',
      ...['--campaign', qa51('campaign.yaml'), '--groups', qa51('groups.csv')],
      ...['--results', results, '--out', path('qa51'), '--lang', 'vi', '--date', '2026-12-07'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(path('qa51/report.pdf')));
    // The campaign's issuer.parent: ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI.
    expect(text).toContain('Kính gửi: Ủy ban nhân dân thành phố Hà Nội');
    expect(text).not.toContain('Kính gửi: Ủy ban nhân dân phường Ngọc Hà');
  });

  it('prints the office’s own report.recipients and report.cc', async () => {
    const yaml = (await readFile(CAMPAIGN, 'utf8')).replace(
      /^measures:/m,
      [
        'report:',
        '  recipients:',
        '    - Ủy ban nhân dân thành phố Hải Phòng',
        '    - Sở Nông nghiệp và Môi trường thành phố',
        '  cc:',
        '    - Như trên;',
        '    - Thường trực Đảng ủy phường;',
        '    - "Lưu: VT, KT."',
        'measures:',
      ].join('\n'),
    );
    const run = await report(await write('own-campaign.yaml', yaml), 'own');
    expect(run.code).toBe(0);
    const text = collapseSpaces(await pdfText(path('own/report.pdf')));
    expect(text).toContain(
      'Kính gửi: - Ủy ban nhân dân thành phố Hải Phòng; - Sở Nông nghiệp và Môi trường thành phố.',
    );
    expect(text).toMatch(/Nơi nhận:.*- Như trên;.*- Thường trực Đảng ủy phường;.*- Lưu: VT, KT\./);
    expect(text).not.toContain('thành phố ……');
  });

  it('keeps the office’s to-do out, and marks the area’s rate that holds a figure above its base (qa43 m6)', async () => {
    // Quyết Thắng: 250 households paid of the list's 202, confirmed (--confirm).
    const results = await write(
      'above.csv',
      'STT;Tên tổ dân phố;Số hộ đã nộp phí;Số tiền đã thu (đồng);Số người tham gia tổng vệ sinh\n' +
        '5;Tổ dân phố Quyết Thắng;250;40.000.000;400\n',
    );
    const run = await runCliInProcess([
      'report',
      ...['--campaign', CAMPAIGN, '--groups', GROUPS, '--results', results, '--confirm'],
      ...['--out', path('above'), '--lang', 'vi', '--date', '2026-12-06'],
    ]);
    expect(run.code).toBe(0);
    const text = collapseSpaces(await pdfText(path('above/report.pdf')));
    expect(text).toContain(
      '(*) Số liệu vượt số hộ của tổ trong danh sách, đã được xác nhận khi báo cáo (tổ có số liệu này không được xếp hạng).',
    );
    expect(text).not.toContain('đề nghị kiểm tra lại');
    expect(text).not.toContain('cho đến khi kiểm tra xong');
    // 250 of Khu vực bỏ phiếu số 1's 880 households: 28,4%, marked as the ward's 4,6% is.
    expect(text).toContain('Khu vực bỏ phiếu số 1 (1/5 tổ đã báo cáo): số hộ đã nộp phí: tỷ lệ');
    expect(text).toMatch(/cả khu vực bỏ phiếu: 250\/880 hộ, chiếm tỷ lệ 28,4%\*/);
  });
});
