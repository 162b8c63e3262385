/**
 * `report` on the files an office really has: a results sheet ending with its "Tổng cộng" row
 * (skipped with a note naming the group column, as the groups loader skips one), a row naming no
 * group (said at the column that names it), and a group whose population is 0 in the groups file
 * ("not counted yet": the report says why it has no rate and no rank). The command's code
 * runs in this process (runCliInProcess).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, exampleAsDraft } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const HEADER =
  'STT;Tên tổ dân phố;Số người dân tham gia cuộc thi;Số người dân nhận giấy chứng nhận';
let dir: string;
let groups: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-report-inputs-');
  groups = join(dir, 'groups.csv');
  // Group 4's population typed as 0 ("not counted yet").
  const csv = await readFile(EXAMPLE_GROUPS, 'utf8');
  await writeFile(groups, csv.replace(/^(4;Tổ dân phố số 4;.*;\d+);\d+$/m, '$1;0'));
});

const report = (results: string, out: string, campaign = EXAMPLE_CAMPAIGN) =>
  runCliInProcess([
    'report',
    '--lang',
    'vi',
    '--campaign',
    campaign,
    '--groups',
    groups,
    '--results',
    results,
    '--out',
    out,
    '--date',
    '2025-11-12',
  ]);

describe('report --results', () => {
  it("skips the sheet's totals row with a note, and says why a group with population 0 has no rate", async () => {
    const results = join(dir, 'kq.csv');
    await writeFile(
      results,
      `${HEADER}\n3;Tổ dân phố số 3;300;120\n4;Tổ dân phố số 4;50;20\n;Tổng cộng;350;140\n`,
    );
    const out = join(dir, 'out');
    const r = await report(results, out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${results}, dòng 4, cột “Tên tổ dân phố”: đây là dòng tổng cộng (“Tổng cộng”), không phải một tổ dân phố: đã bỏ qua dòng này`,
    );
    const text = collapseSpaces(await pdfText(await readFile(join(out, 'report.pdf'))));
    expect(text).toContain(
      'Các tổ dân phố có 0 nhân khẩu trong danh sách nên không tính tỷ lệ số người dân tham gia cuộc thi, không xếp hạng (1 tổ): Tổ dân phố số 4.',
    );
  });

  it("rates the ward over the groups with a population only, and says the others' figures apart (qa9 Q4)", async () => {
    const results = join(dir, 'kq-ty-le.csv');
    await writeFile(results, `${HEADER}\n3;Tổ dân phố số 3;300;120\n4;Tổ dân phố số 4;50;20\n`);
    const out = join(dir, 'out-ty-le');
    const r = await report(results, out);
    expect(r.code, r.stderr).toBe(0);
    // The ward's population: the groups file's, group 4's 0 (no people: its figures are asked about, 'chưa xác nhận') adding nothing.
    const rows = (await readFile(groups, 'utf8')).trim().split('\n').slice(1);
    const base = rows.reduce((sum, row) => sum + Number(row.split(';').at(-1)), 0);
    const thousands = (n: number) => n.toLocaleString('de-DE');
    const rate = (Math.round((300 * 1000) / base) / 10).toFixed(1).replace('.', ',');
    const text = collapseSpaces(await pdfText(await readFile(join(out, 'report.pdf'))));
    // Group 3 is the only one with a population that reported: its rate leads, the ward's
    // counting the other groups with a population as 0 (qa22 #8).
    const own = Number(
      rows
        .find((row) => row.startsWith('3;'))
        ?.split(';')
        .at(-1),
    );
    const others = rows.filter((row) => Number(row.split(';').at(-1)) > 0).length - 1;
    const ownRate = (Math.round((300 * 1000) / own) / 10).toFixed(1).replace('.', ',');
    expect(text).toContain(
      `- Số người dân tham gia cuộc thi: tỷ lệ ${ownRate}% ở 1 tổ có số nhân khẩu đã báo cáo (300/${thousands(own)} nhân khẩu); toàn phường: 350 người; riêng các tổ có số nhân khẩu trong danh sách: 300/${thousands(base)} nhân khẩu, chiếm tỷ lệ ${rate}% (không tính 50 người dân tham gia cuộc thi của 1 tổ có 0 nhân khẩu) (tính ${others} tổ chưa báo cáo là 0); trong đó 50 người dân tham gia cuộc thi của 1 tổ là số liệu chưa xác nhận (khác xa số trong danh sách).`,
    );
    // The table's total beside that rate: marked, and the mark said under the table (qa19:
    // "Toàn phường 910 | 94,2" read as a rate of 910); the only note, so its mark is "*".
    expect(text).toContain(`Toàn phường (tính ${others} tổ chưa báo cáo là 0) 350 ${rate}*`);
    expect(text).toContain(
      `(*) Tỷ lệ “Số người dân tham gia cuộc thi” của toàn phường tính trên các tổ có số nhân khẩu trong danh sách: 300/${thousands(base)} nhân khẩu`,
    );
  });

  it('cites a draft notice without the number and day the văn thư writes by hand, and says so (qa7 D8)', async () => {
    // The example as a draft: no number, the day left blank ("ngày   tháng   năm 2025").
    const campaign = join(dir, 'du-thao.yaml');
    const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    await writeFile(campaign, exampleAsDraft(yaml, 'du-thao-2025'));
    const results = join(dir, 'kq-du-thao.csv');
    await writeFile(results, `${HEADER}\n3;Tổ dân phố số 3;300;120\n`);
    const out = join(dir, 'out-du-thao');
    const r = await report(results, out, campaign);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${campaign}, mục “notice.number”: văn bản chưa có số (dự thảo để văn thư ghi tay), nên báo cáo kết quả không ghi số của văn bản`,
    );
    expect(r.stderr).toContain(
      `cảnh báo: ${campaign}, mục “notice.undated”: văn bản chưa có ngày ban hành (undated: true), nên báo cáo kết quả không ghi ngày của văn bản`,
    );
    const text = collapseSpaces(await pdfText(await readFile(join(out, 'report.pdf'))));
    // The campaign's symbol and subject, as the notice printed them; no blank number, and not
    // issued's day (09/10/2025), which the draft never printed.
    expect(text).toContain('Kết quả thực hiện Công văn của Ủy ban nhân dân phường Lê Chân');
    expect(text).toContain('Thực hiện Công văn về việc phát động tham gia Cuộc thi');
    expect(text).not.toContain('/UBND-VHXH');
    expect(text).not.toContain('09/10/2025');
    expect(text).not.toMatch(/Công văn số/);
  });

  it("cites the notice's day as a citation numbers it: no leading 0 on months 3 to 12 (Decree 30)", async () => {
    // "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020": the day's 0 below 10, the month's for
    // January and February only, as the notice's own date line numbers them.
    const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    const results = join(dir, 'kq-ngay.csv');
    await writeFile(results, `${HEADER}\n3;Tổ dân phố số 3;300;120\n`);
    for (const [issued, cited] of [
      ['2026-09-05', 'ngày 05/9/2026'],
      ['2026-02-03', 'ngày 03/02/2026'],
    ] as const) {
      const campaign = join(dir, `ngay-${issued}.yaml`);
      await writeFile(campaign, yaml.replace(/^issued: \S+/m, `issued: ${issued}`));
      const out = join(dir, `out-ngay-${issued}`);
      const r = await report(results, out, campaign);
      expect(r.code, r.stderr).toBe(0);
      const text = collapseSpaces(await pdfText(await readFile(join(out, 'report.pdf'))));
      expect(text).toContain(cited);
      const padded = `ngày ${issued.split('-').reverse().join('/')}`;
      if (padded !== cited) expect(text).not.toContain(padded);
    }
  });

  it('of a draft with no id: made from the file, which keeps nothing; with --data the id is asked for at the top of the file (qa8 R2)', async () => {
    const campaign = join(dir, 'du-thao-khong-id.yaml');
    const yaml = exampleAsDraft(await readFile(EXAMPLE_CAMPAIGN, 'utf8'), 'x').replace(
      /^id: x\n/m,
      '',
    );
    await writeFile(campaign, yaml);
    const results = join(dir, 'kq-khong-id.csv');
    await writeFile(results, `${HEADER}\n3;Tổ dân phố số 3;317;120\n`);
    const out = join(dir, 'out-khong-id');
    const r = await report(results, out, campaign);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('lỗi');
    const text = collapseSpaces(await pdfText(await readFile(join(out, 'report.pdf'))));
    expect(text).toContain('Tổ dân phố số 3 317');
    // Kept in a data folder, the figures need the campaign's id: asked for where it goes.
    const stored = await runCliInProcess([
      ...['report', '--lang', 'vi', '--campaign', campaign, '--groups', groups],
      ...['--results', results, '--out', join(dir, 'out-khong-id-data')],
      ...['--data', join(dir, 'data-khong-id'), '--date', '2025-11-12'],
    ]);
    expect(stored.code).toBe(1);
    expect(stored.stderr).toContain(
      `lỗi: ${campaign}, dòng 1, mục “id”: chiến dịch chưa có mã (id)`,
    );
  });

  it('names the column a row names its group in when no group has that name', async () => {
    const results = join(dir, 'kq-sai.csv');
    await writeFile(results, `${HEADER}\n3;Tổ dân phố số 3;300;120\n;Tổ dân phố số 99;5;1\n`);
    const r = await report(results, join(dir, 'out-sai'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `lỗi: ${results}, dòng 3, cột “Tên tổ dân phố”: tệp danh sách tổ không có tổ nào tên “Tổ dân phố số 99”`,
    );
  });
});
