/**
 * A quotas list with a row the figures cannot count (qa58 M3): a tổ whose name was left blank,
 * and "Tổ dân phố số 3" typed twice, every cell the same but STT and Ghi chú ("nhập trùng"). The
 * studio's report left the first out without a word ("5/7 tổ", the ward's quota 20 short) and
 * counted the second twice (quota 198 instead of 158), while `phuong-print report` refused the
 * list. Now one rule: the copy is refused as one group entered twice (the CLI's check and the
 * studio alike), and while any row is not counted the Kết quả tab names each row with what to
 * do, offers no report, and the report's address says why instead of drawing it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { exampleWithMeasures } from './fee-campaigns.js';
import { leaderLinks, report } from './results-figures.js';
import { Client, plainText, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const MEASURE = '{ id: bhyt, label: Số người tham gia BHYT mới, of: "Chỉ tiêu (người)" }';
// Rows as the office's spreadsheet numbers them: the header is row 1.
const QUOTAS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu;Chỉ tiêu (người);Ghi chú
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000;35;
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800;30;
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;150;500;40;
4;;Hoàng Văn Sơn;0912 345 006;130;470;20;
5;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;150;500;40;nhập trùng
`;

let s: TestStudio;
let office: Client;
let folder: string;
beforeAll(async () => {
  ({ s, c: office, folder } = await exampleWithMeasures([MEASURE], QUOTAS));
  const links = await leaderLinks(office, SLUG);
  await report(new Client(s.url), links.get('Tổ dân phố số 1') ?? '', {
    'Số người tham gia BHYT mới': '30',
  });
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a quotas list with a blank name and a row typed twice', () => {
  it('Kết quả names each row not counted, with what to do, and offers no report', async () => {
    const page = await office.get(`/c/${SLUG}/results`);
    const text = plainText(page.text);
    expect(text).toContain('Danh sách tổ có 2 dòng không đọc được, nên không tính vào kết quả');
    expect(text).toMatch(/Dòng 5 \(tổ 4\): Thiếu tên\. Ghi tên tổ/);
    expect(text).toMatch(
      /Dòng 6 \(Tổ dân phố số 3\): Dòng này chép lại dòng 4: cùng tên, cùng tổ trưởng, cùng mọi số liệu \(chỉ khác cột “STT” và ghi chú\), nên là một tổ nhập hai lần; không tính lần thứ hai\. Xoá một trong hai dòng/,
    );
    // The three tổ counted, the copy not among them: 1/3 reported, not 1/4.
    expect(text).toContain('Đã báo cáo: 1/3 tổ');
    expect(page.text).not.toContain('Tải báo cáo kết quả (PDF)');
  });

  it('the report asked for anyway is not drawn, and says why', async () => {
    for (const file of ['bao-cao.pdf', 'ket-qua.xlsx']) {
      const answer = await office.get(`/c/${SLUG}/results/${file}`);
      expect(answer.status).toBe(409);
      expect(plainText(answer.text)).toContain('Dòng 5 (tổ 4): Thiếu tên.');
    }
  });

  it('the CLI refuses the same list for its report, naming the copy at check', async () => {
    const dir = await makeTempDir('phuong-print-uncounted-');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, QUOTAS.replace('4;;Hoàng Văn Sơn', '4;Tổ dân phố số 6;Hoàng Văn Sơn'));
    const campaign = join(folder, 'campaign.yaml');
    const checked = await checkVi(campaign, groups);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(
      /dòng 6, cột “Tên tổ dân phố”: dòng này chép lại dòng 4: cùng tên, cùng tổ trưởng/,
    );
    const out = join(dir, 'report');
    const made = await runCliInProcess([
      'report',
      '--lang',
      'vi',
      '--campaign',
      campaign,
      '--groups',
      groups,
      '--out',
      out,
    ]);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain('dòng 6');
  });
});
