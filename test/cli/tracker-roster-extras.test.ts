/**
 * qa56 M4: a mừng thọ plan asks the list of elders "họ tên, ngày tháng năm sinh, địa chỉ", each
 * signing on receipt. The roster had STT; Họ và tên; Ngày sinh; Tuổi; Mức quà; Địa chỉ, and the
 * receipt list printed number, name, address, the signature and an empty "Tổng cộng" row, while
 * `check` told the office to delete "Ngày sinh" and "Mức quà" as personal data nobody needs. Now
 * the list prints each elder's birth as the roster writes it and the amount handed, their total
 * on "Tổng cộng"; a roster without them gets the sheet as before, without a totals row that has
 * nothing to add up. Read from the PDF's text and the build's warnings.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText, pdfWords, wordLines } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const ELDERS = `STT;Họ và tên;Ngày sinh;Tuổi;Mức quà;Địa chỉ
1;Nguyễn Thị Lan;12/03/1957;70;100.000 đồng;Số 12 ngõ 5 Mê Linh
2;Trần Văn Bình;01/01/1952;75;100000;Số 3 Mê Linh
3;Lê Văn Cường;15/07/1947;80;350.000 đ;Số 7 Mê Linh
4;Phạm Thị Dung;1942;85;350.000;Số 21 Mê Linh
5;Đỗ Thị Phúc;1925;102;1.000.000 đồng;Số 1 Mê Linh
`;
const PLAIN = `STT;Họ và tên;Địa chỉ
1;Vũ Văn Giang;Số 4 Hàng Kênh
2;Bùi Thị Hoa;Số 8 Hàng Kênh
`;

const campaignOf = (
  step: string,
  column: string,
) => `${NOTICE_ONLY}title: Mừng thọ người cao tuổi năm 2027
actions:
  - step: ${step}
    column: ${column}
measures:
  - { id: cu, label: Số người cao tuổi được mừng thọ, of: Số cụ mừng thọ }
`;
const RECEIPT = [
  'Người cao tuổi đến nhận quà và ký nhận vào danh sách.',
  'Đã nhận quà, ký nhận',
] as const;

/** Each data row of a `;` table, by its header. */
const rowsOf = (csv: string) => {
  const [head, ...lines] = csv.trim().split('\n');
  const names = (head ?? '').split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [names[i], v])));
};

/** "1.000.000 đồng", "100000", "350.000 đ" → đồng, as the office reads them. */
const dong = (cell: string) => Number(cell.replace(/[^\d]/g, ''));
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');

async function build([step, column]: readonly [string, string], elders = ELDERS) {
  const dir = await makeTempDir('phuong-print-roster-extras-');
  await mkdir(join(dir, 'rosters'));
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'groups.csv');
  await writeFile(campaign, campaignOf(step, column));
  await writeFile(
    groups,
    'STT;Tên tổ dân phố;Số hộ;Số cụ mừng thọ\n1;Tổ dân phố số 1;248;5\n2;Tổ dân phố số 2;345;2\n',
  );
  await writeFile(join(dir, 'rosters', '1.csv'), elders);
  await writeFile(join(dir, 'rosters', '2.csv'), PLAIN);
  const out = join(dir, 'out');
  const rosters = ['--rosters', join(dir, 'rosters')];
  const r = await runCliInProcess(
    buildArgs(campaign, groups, out, '--lang=vi', '--kind=tracker', ...rosters),
  );
  expect(r.code, r.stderr).toBe(0);
  // The sheet's printed lines, by place (a row's cells left to right).
  const sheet = async (slug: string) => {
    const pdf = await readFile(join(out, slug, 'tracker.pdf'));
    const lines = wordLines(await pdfWords(pdf)).map((l) => l.map((w) => w.text).join(' '));
    return { text: collapseSpaces(await pdfText(pdf)), lines };
  };
  return {
    stderr: r.stderr,
    roster: join(dir, 'rosters', '1.csv'),
    one: await sheet('to-dan-pho-so-1'),
    two: await sheet('to-dan-pho-so-2'),
  };
}

describe('a receipt list from a roster with birth dates and amounts (qa56 M4)', () => {
  it("prints each elder's birth and amount, and their total on “Tổng cộng”", async () => {
    const { one, stderr, roster } = await build(RECEIPT);
    const elders = rowsOf(ELDERS);
    expect(one.text).toContain('Ngày sinh');
    expect(one.text).toContain('Số tiền (đồng)');
    for (const e of elders) {
      const amount = grouped(dong(e['Mức quà'] ?? ''));
      // Name, address, birth as written, and amount on the elder's row, in that order.
      expect(one.lines).toContain(
        `${e.STT} ${e['Họ và tên']} ${e['Địa chỉ']} ${e['Ngày sinh']} ${amount}`,
      );
    }
    const total = elders.reduce((sum, e) => sum + dong(e['Mức quà'] ?? ''), 0);
    expect(one.lines).toContain(`Tổng cộng ${grouped(total)}`);
    // Neither column is said to be printed nowhere, and no hint calls them data nobody needs.
    for (const column of ['Ngày sinh', 'Mức quà'])
      expect(stderr).not.toContain(`${roster}, mục “${column}”`);
    expect(stderr).toContain(`${roster}, mục “Tuổi”`);
    expect(stderr).not.toContain('thông tin cá nhân không cần dùng');
  });

  it('keeps the sheet of a roster without them, with no totals row to add nothing up', async () => {
    const { two } = await build(RECEIPT);
    for (const e of rowsOf(PLAIN))
      expect(two.lines).toContain(`${e.STT} ${e['Họ và tên']} ${e['Địa chỉ']}`);
    expect(two.text).toContain('Đã nhận quà, ký nhận');
    expect(two.text).not.toContain('Ngày sinh');
    expect(two.text).not.toContain('Số tiền');
    expect(two.text).not.toContain('Tổng cộng');
  });

  it('says an amount that does not read, by file, row and column, the row printed', async () => {
    const bad = ELDERS.replace('350.000 đ;', 'ba trăm nghìn;');
    const { one, stderr, roster } = await build(RECEIPT, bad);
    expect(stderr).toContain(
      `${roster}, dòng 4, cột “Mức quà”: số tiền không đọc được: dòng vẫn được in, ô số tiền để trống`,
    );
    // Its amount cell is empty (the next cell is the next row's number), and so is the total's:
    // the others' sum is not the list's (review56b #1).
    expect(one.lines).toContain('3 Lê Văn Cường Số 7 Mê Linh 15/07/1947');
    const read = rowsOf(bad).filter((e) => /\d/.test(e['Mức quà'] ?? ''));
    const partial = read.reduce((sum, e) => sum + dong(e['Mức quà'] ?? ''), 0);
    expect(one.lines).toContain('Tổng cộng');
    expect(one.lines.join('\n')).not.toContain(grouped(partial));
  });

  it('prints no amount where nobody signs for it, and says the column is printed nowhere', async () => {
    const { one, stderr, roster } = await build(['Người cao tuổi đến dự buổi gặp mặt.', 'Đã dự']);
    expect(one.text).toContain('12/03/1957');
    expect(one.text).not.toContain('1.000.000');
    expect(stderr).toContain(
      `${roster}, mục “Mức quà”: cột “Mức quà” của danh sách người dân không được in ở đâu`,
    );
  });
});
