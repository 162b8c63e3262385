/**
 * review56b #1, #2: a mừng thọ receipt list from a roster. One person's "Mức quà" was empty and
 * "Tổng cộng" printed the others' sum as the whole, the empty cell unsaid; the roster's sum
 * (2.400.000) was not the groups file's "Kinh phí (đồng)" (1.700.000), unsaid. An elder born 1980
 * was left off without a word (rows numbered 1, 2, 4), and a year "khoảng 1950" printed an empty
 * birth cell, its warning removed. Now the total is printed only when every row gives its amount,
 * and the build says each of these by file, row and column. Read from the PDF and the warnings.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfWords, wordLines } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = `${NOTICE_ONLY}title: Mừng thọ người cao tuổi năm 2027
actions:
  - step: Người cao tuổi đến nhận quà và ký nhận vào danh sách.
    column: Đã nhận quà, ký nhận
measures:
  - { id: cu, label: Số người cao tuổi được mừng thọ, of: Số cụ mừng thọ }
  - { id: tien, label: Số tiền đã trao (đồng), of: Kinh phí (đồng) }
`;
const GROUPS =
  'STT;Tên tổ dân phố;Số hộ;Số cụ mừng thọ;Kinh phí (đồng)\n1;Tổ dân phố số 1;248;4;1.700.000\n';

/** Every row's amount read; their sum, 2.400.000, is not the groups file's 1.700.000. */
const WHOLE = `STT;Họ và tên;Năm sinh;Mức quà;Địa chỉ
1;Nguyễn Thị Lan;1940;500.000;Số 1 Mê Linh
2;Trần Văn Bình;1945;500.000;Số 2 Mê Linh
3;Lê Văn Cường;1935;700.000;Số 3 Mê Linh
4;Phạm Thị Dung;1930;700.000;Số 4 Mê Linh
`;

async function build(roster: string) {
  const dir = await makeTempDir('phuong-print-roster-totals-');
  await mkdir(join(dir, 'rosters'));
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'groups.csv');
  await writeFile(campaign, CAMPAIGN);
  await writeFile(groups, GROUPS);
  const file = join(dir, 'rosters', '1.csv');
  await writeFile(file, roster);
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(
      campaign,
      groups,
      out,
      '--lang=vi',
      '--kind=tracker',
      '--rosters',
      join(dir, 'rosters'),
    ),
  );
  expect(r.code, r.stderr).toBe(0);
  const pdf = await readFile(join(out, 'to-dan-pho-so-1', 'tracker.pdf'));
  const lines = wordLines(await pdfWords(pdf)).map((l) => l.map((w) => w.text).join(' '));
  return { stderr: r.stderr, groups, file, lines };
}

describe("a receipt list's total (review56b #1)", () => {
  it('prints the whole sum when every row gives it, and says it differs from the groups file', async () => {
    const { lines, stderr, groups, file } = await build(WHOLE);
    expect(lines).toContain('Tổng cộng 2.400.000');
    expect(stderr).toContain(
      `${groups}, dòng 2, cột “Kinh phí (đồng)”: tổng số tiền trong danh sách người dân ${file} của Tổ dân phố số 1 là 2.400.000 đồng, nhưng tệp danh sách tổ ghi 1.700.000`,
    );
  });

  it('leaves "Tổng cộng" empty over an empty amount cell, and says the cell', async () => {
    const { lines, stderr, file } = await build(WHOLE.replace('1945;500.000;', '1945;;'));
    expect(lines).toContain('2 Trần Văn Bình Số 2 Mê Linh 1945');
    expect(lines).toContain('Tổng cộng');
    expect(lines.join('\n')).not.toContain('1.900.000');
    expect(stderr).toContain(
      `${file}, dòng 3, cột “Mức quà”: thiếu số tiền: dòng vẫn được in, ô số tiền để trống, ô tổng cộng để trống cho tổ trưởng ghi tay`,
    );
  });
});

describe("an elders' list from a roster (review56b #2)", () => {
  const ROSTER = `STT;Họ và tên;Năm sinh;Mức quà;Địa chỉ
1;Nguyễn Thị Lan;1940;500.000;Số 1 Mê Linh
2;Trần Văn Bình;khoảng 1950;500.000;Số 2 Mê Linh
3;Lê Văn Cường;1980;500.000;Số 3 Mê Linh
4;Phạm Thị Dung;1930;500.000;Số 4 Mê Linh
`;

  it('says the resident left off for their age and the year that does not read, numbering anew', async () => {
    const { lines, stderr, file } = await build(ROSTER);
    expect(lines).toContain('1 Nguyễn Thị Lan Số 1 Mê Linh 1940 500.000');
    expect(lines).toContain('2 Trần Văn Bình Số 2 Mê Linh 500.000');
    expect(lines).toContain('3 Phạm Thị Dung Số 4 Mê Linh 1930 500.000');
    expect(lines.join('\n')).not.toContain('Lê Văn Cường');
    expect(stderr).toContain(
      `${file}, dòng 4, cột “Năm sinh”: năm sinh 1980 cho thấy người này chưa đủ 60 tuổi: dòng này không được in vào danh sách người cao tuổi`,
    );
    expect(stderr).toContain(
      `${file}, dòng 3, cột “Năm sinh”: năm sinh không đọc được: dòng vẫn được in, ô năm sinh để trống`,
    );
  });
});
