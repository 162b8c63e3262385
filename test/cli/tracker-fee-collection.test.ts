/**
 * A fund collected household by household (qa57, Quỹ phòng, chống thiên tai): each tổ is given
 * its "Số tiền phải thu (đồng)", the roster gives each household's "Số tiền phải nộp (đồng)" and
 * its "Diện miễn" ("Hộ nghèo"), and the payer signs the list ("Người nộp ký tên").
 * - M1: the list had no column for what each household paid once the sum was taken against the
 *   tổ's due (`of: Số tiền phải thu (đồng)`);
 * - M2: the roster's exemption and amount due were not printed, and the office was told to delete them;
 * - p3: 14 households split over 2 pages, 40 % of page 1 blank;
 * - p6: the payer's signature column was told to take an "x";
 * - p8: the groups file's "380.000 đ", "4,28 triệu" were no amount, though the leader form reads them.
 * Read from the built sheet's text and the build's Vietnamese warnings.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfWords, wordLines } from '../support/pdf-text.js';
import { columnAt, headerWord, rulesThrough } from '../support/table-rules.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = `${NOTICE_ONLY}title: Thu Quỹ phòng, chống thiên tai năm 2027
when: Từ ngày 05/12/2026 đến hết ngày 31/01/2027
where: Tại hộ gia đình (tổ trưởng đến thu)
actions:
  - step: Hộ gia đình nộp Quỹ cho tổ trưởng và người nộp ký tên vào danh sách thu.
    column: Người nộp ký tên
measures:
  - { id: ho, label: Số hộ đã nộp, of: Số hộ phải nộp }
  - { id: tien, label: Số tiền đã thu (đồng), of: Số tiền phải thu (đồng) }
`;
const groupsOf = (one: string, two: string) =>
  `STT,Tên tổ dân phố,Tổ trưởng,Số hộ,Số hộ phải nộp,Số tiền phải thu (đồng)\n1,Tổ dân phố số 1,Nguyễn Văn Hùng,14,12,"${one}"\n2,Tổ dân phố số 2,Trần Thị Thu Hằng,120,115,"${two}"\n`;

/** 14 households: the 4th and the 11th poor (0 đồng), the others 20.000 đồng a worker. */
const WORKERS = [2, 1, 2, 0, 0, 3, 0, 2, 3, 0, 3, 1, 0, 0];
const POOR = new Set([4, 11]);
const dueOf = (i: number) => (POOR.has(i + 1) ? 0 : 20_000 * Math.max(1, WORKERS[i] ?? 0));
const dong = (n: number) => n.toLocaleString('de-DE');
const ROSTER = `STT,Họ tên chủ hộ,Địa chỉ,Diện miễn,Số tiền phải nộp (đồng)\n${WORKERS.map(
  (_, i) =>
    `${i + 1},Chủ hộ ${i + 1},Số ${3 * i + 3} ngõ 12 Lạch Tray,${POOR.has(i + 1) ? 'Hộ nghèo' : ''},"${dong(dueOf(i))}"`,
).join('\n')}\n`;
const TOTAL = WORKERS.reduce((a, _, i) => a + dueOf(i), 0);

async function build(
  one: string,
  two: string,
  group: string,
  roster?: string,
  campaign = CAMPAIGN,
) {
  const dir = await makeTempDir('phuong-print-fee-');
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  await writeFile(join(dir, 'groups.csv'), groupsOf(one, two));
  const extra = ['--lang=vi', '--kind=tracker'];
  if (roster !== undefined) {
    await mkdir(join(dir, 'rosters'));
    await writeFile(join(dir, 'rosters', '1.csv'), roster);
    extra.push('--rosters', join(dir, 'rosters'));
  }
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), out, ...extra),
  );
  expect(r.code, r.stderr).toBe(0);
  const pdf = await readFile(join(out, group, 'tracker.pdf'));
  const lines = wordLines(await pdfWords(pdf)).map((l) => l.map((w) => w.text).join(' '));
  return { lines, text: lines.join('\n'), stderr: collapseSpaces(r.stderr), dir, pdf };
}

describe("a fund's collection list from a roster of amounts due and exemptions", () => {
  it('gives the sum paid room for nine handwritten digits, then the signature (h-left15b)', async () => {
    const { pdf, text } = await build('380.000', '4.280.000', 'to-dan-pho-so-1', ROSTER);
    const words = (await pdfWords(pdf)).filter((w) => w.page === 1);
    const first = words.find((w) => w.text === 'Chủ');
    if (!first) throw new Error('no first row');
    const paid = headerWord(words, 'thu', first);
    const signs = headerWord(words, 'ký', first);
    if (!paid || !signs) throw new Error('no header');
    const rules = await rulesThrough(pdf, first);
    const amount = columnAt(rules, paid);
    // "1.250.000" or "125.000.000" by hand: nine digits of about 2.5 mm and two dots, with
    // the pen's margin inside the rules.
    expect(amount.right - amount.left).toBeGreaterThanOrEqual(9 * 2.5 + 2 * 1.2 + 2);
    // The sum written, then the payer's signature beside it.
    expect(columnAt(rules, signs).left).toBeCloseTo(amount.right, 1);
    // And the instructions say them in that order.
    expect(text.indexOf('Cột “Số tiền đã thu (đồng)”')).toBeGreaterThan(0);
    expect(text.indexOf('Cột “Số tiền đã thu (đồng)”')).toBeLessThan(
      text.indexOf('Cột “Người nộp ký tên”'),
    );
    expect(text).toContain('Trang 1/1');
  });

  it('prints what each owes, who is exempt and a column for what each paid, on one signed page', async () => {
    const { lines, text, stderr } = await build('380.000', '4.280.000', 'to-dan-pho-so-1', ROSTER);
    expect(TOTAL).toBe(380_000);
    // M1: a column for the sum each household paid, said in the instructions.
    expect(text).toContain('Cột “Số tiền đã thu (đồng)”: ghi số tiền hộ đã nộp.');
    // M2: each household's amount due and exemption as the roster gives them, and their total.
    for (const [i] of WORKERS.entries()) {
      const row = lines.find((l) => l.startsWith(`${i + 1} Chủ hộ ${i + 1} `));
      expect(row, `row ${i + 1}`).toBeDefined();
      expect(row).toContain(POOR.has(i + 1) ? 'Hộ nghèo 0' : dong(dueOf(i)));
    }
    expect(lines.find((l) => l.startsWith('Tổng cộng'))).toContain(dong(TOTAL));
    expect(text).toContain('Hộ có ghi ở cột “Diện miễn” được miễn, không thu.');
    expect(stderr).not.toMatch(
      /“(?:Diện miễn|Số tiền phải nộp \(đồng\))” của danh sách người dân không được in/,
    );
    // p6: the payer signs; no "x".
    expect(text).toContain('Cột “Người nộp ký tên”: người nộp ký tên, mỗi dòng một chữ ký.');
    expect(text).not.toContain('Đánh dấu “x”');
    // p3: the 14 households, their total, the rate lines and the signature on one page.
    expect(text).toContain('Trang 1/1');
    expect(text).toContain('Số tiền đã thu: ……… đồng / 380.000 đồng');
  });

  it("says a roster whose dues do not add up to the tổ's amount due, naming the files, row and field (h-left15b)", async () => {
    // The 14 households owe 380.000 together (the input's own figures); the groups file says 400.000.
    const { stderr, dir } = await build('400.000', '4.280.000', 'to-dan-pho-so-1', ROSTER);
    expect(stderr).toContain(
      `${join(dir, 'groups.csv')}, dòng 2, cột “Số tiền phải thu (đồng)”: tổng số tiền trong danh sách người dân ${join(dir, 'rosters', '1.csv')} của Tổ dân phố số 1 là ${dong(TOTAL)} đồng, nhưng tệp danh sách tổ ghi 400.000`,
    );
    // The same roster against its tổ's own 380.000: nothing to say.
    const agreed = await build('380.000', '4.280.000', 'to-dan-pho-so-1', ROSTER);
    expect(agreed.stderr).not.toContain('tổng số tiền trong danh sách người dân');
  });

  it("reads the groups file's amount due as the leader form does: 380.000 đ, 4,28 triệu", async () => {
    const { text, stderr } = await build('380.000 đ', '4,28 triệu', 'to-dan-pho-so-2');
    expect(stderr).not.toContain('không có số');
    expect(text).toContain('Số tiền đã thu: ……… đồng / 4.280.000 đồng = ……… %');
  });

  it("keeps one column for a fund-raising target's sum on a sheet of no actions", async () => {
    const campaign = `${NOTICE_ONLY}title: Vận động Quỹ vì người nghèo
measures:
  - { id: tien, label: Số tiền đã vận động (đồng), of: Chỉ tiêu (đồng) }
`;
    const groups = 'STT,Tên tổ dân phố,Số hộ,Chỉ tiêu (đồng)\n1,Tổ dân phố số 1,14,"5.000.000"\n';
    const r = await buildCampaignText(campaign, groups, 'tracker');
    expect(r.code, r.stderr).toBe(0);
    expect(collapseSpaces(r.stderr)).not.toContain('có hai lần');
    const text = await r.text('to-dan-pho-so-1', 'tracker');
    // The result column's one line, not a second column's.
    expect(text).toContain('ghi vào cột “Số tiền đã vận động (đồng)” số đồng của hộ đó.');
    expect(text).not.toContain('Cột “Số tiền đã vận động (đồng)”: ghi số tiền');
  });

  it("sums a children's list's printed dues and says the exemption of children (review57b #4)", async () => {
    const campaign = CAMPAIGN.replace(
      '{ id: ho, label: Số hộ đã nộp, of: Số hộ phải nộp }',
      '{ id: tre, label: Số trẻ đã nộp, of: trẻ }',
    );
    // 18 children, the 6th, 12th and 18th exempt (0 đồng), the others 1.105.000 đồng.
    const due = (i: number) => (i % 6 === 5 ? 0 : 1_105_000);
    const children = `STT,Họ và tên,Ngày sinh,Địa chỉ,Diện miễn,Số tiền phải nộp (đồng)\n${[
      ...Array(18).keys(),
    ]
      .map(
        (i) =>
          `${i + 1},Nguyễn Văn Con ${i + 1},0${(i % 9) + 1}/03/2015,Số ${3 * i + 3} ngõ 12 Lạch Tray,${due(i) ? '' : 'Hộ cận nghèo'},"${dong(due(i))}"`,
      )
      .join('\n')}\n`;
    const { lines, text } = await build(
      '380.000',
      '4.280.000',
      'to-dan-pho-so-1',
      children,
      campaign,
    );
    const listed = [...Array(18).keys()].reduce((a, i) => a + due(i), 0);
    expect(listed).toBe(16_575_000);
    expect(lines.find((l) => l.startsWith('Cộng các dòng đã in'))).toContain(dong(listed));
    expect(text).toContain('Trẻ có ghi ở cột “Diện miễn” được miễn, không thu.');
    expect(text).not.toContain('Hộ có ghi ở cột');
    expect(text).not.toContain('nhân khẩu');
  });

  it("keeps a 'Diện miễn giảm' column's own header, and says 'không thu' only of 0 due (review57b #5)", async () => {
    const roster = ROSTER.replace('Diện miễn,', 'Diện miễn giảm,').replace(
      ',Hộ nghèo,"0"\n12,',
      ',Hộ cận nghèo - giảm 50%,"10.000"\n12,',
    );
    expect(roster).toContain('giảm 50%,"10.000"');
    const { lines, text } = await build('380.000', '4.280.000', 'to-dan-pho-so-1', roster);
    expect(lines.find((l) => l.startsWith('11 Chủ hộ 11 '))).toContain('10.000');
    expect(text).not.toContain('được miễn, không thu');
    expect(text).toContain(
      'Hộ có ghi ở cột “Diện miễn giảm” nộp số ở cột “Phải nộp (đồng)”; dòng ghi 0 thì không thu.',
    );
  });

  it("gives no household a column for a clean-up's budget spent (review57b #1)", async () => {
    const campaign = `${NOTICE_ONLY}title: Ra quân tổng vệ sinh môi trường
actions:
  - step: Các hộ dọn vệ sinh đường ngõ trước nhà
    column: Đã dọn
measures:
  - { id: ho, label: Số hộ tham gia, of: households }
  - { id: tien, label: Kinh phí đã chi (đồng), of: Kinh phí được cấp (đồng) }
`;
    const groups =
      'STT,Tên tổ dân phố,Số hộ,Kinh phí được cấp (đồng)\n1,Tổ dân phố số 1,14,"380.000"\n';
    const r = await buildCampaignText(campaign, groups, 'tracker');
    expect(r.code, r.stderr).toBe(0);
    const text = await r.text('to-dan-pho-so-1', 'tracker');
    expect(text).toContain('Đã dọn');
    expect(text).not.toContain('Cột “Kinh phí đã chi (đồng)”');
    expect(text).not.toContain('hộ đã nhận');
  });

  it("ticks a column that says a paper was signed elsewhere ('Đã ký tên …')", async () => {
    const campaign = `${NOTICE_ONLY}title: Ký cam kết phòng cháy
actions:
  - step: Chủ hộ ký bản cam kết phòng cháy, chữa cháy.
    column: Đã ký tên vào bản cam kết
`;
    const groups = 'STT,Tên tổ dân phố,Số hộ\n1,Tổ dân phố số 1,14\n';
    const r = await buildCampaignText(campaign, groups, 'tracker');
    expect(r.code, r.stderr).toBe(0);
    const text = await r.text('to-dan-pho-so-1', 'tracker');
    expect(text).toContain('Đánh dấu “x” vào ô');
    expect(text).not.toContain('mỗi dòng một chữ ký');
  });
});
