/**
 * review57a #1, #6, #8, #11d: the qa56 mừng thọ campaign with rosters short of their tổ. Tổ 2's
 * elders, with "Số nhân khẩu" filled on its heads' rows only, became a household sheet of 345
 * rows (16 pages); tổ 1's roster numbered 12, 13, 15 by the ward's list was followed by blank rows
 * 4 … 13; and its amounts printed over an empty "Tổng cộng" with no sum of them anywhere. Now a
 * list is one of households only when the size is on (almost) every row and no birth column, and
 * that is said; blank rows go on from 16; "Cộng các dòng đã in" gives the printed rows' sum.
 * Read from the built sheets' words and the build's Vietnamese warnings.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { pdfInfo, pdfWords, wordLines } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const CAMPAIGN = join(FIXTURES, 'qa56-mungtho', 'campaign.yaml');
const GROUPS = join(FIXTURES, 'qa56-mungtho', 'groups.csv');

/** Tổ `group`'s tracking sheet built from the rosters folder `rosters`: its lines and pages. */
async function build(rosters: string, group: string) {
  const out = join(await makeTempDir('phuong-print-roster-short-'), 'out');
  const r = await runCliInProcess(
    buildArgs(CAMPAIGN, GROUPS, out, '--lang=vi', '--kind=tracker', '--rosters', rosters),
  );
  expect(r.code, r.stderr).toBe(0);
  const pdf = await readFile(join(out, `to-dan-pho-so-${group}`, 'tracker.pdf'));
  const lines = wordLines(await pdfWords(pdf)).map((l) => l.map((w) => w.text).join(' '));
  return { stderr: r.stderr, lines, pages: (await pdfInfo(pdf)).pages };
}

describe('a residents roster with "Số nhân khẩu" on its heads\' rows (review57a #1)', () => {
  it("is tổ 2's list of elders, not a household sheet of 345 rows", async () => {
    const { lines, pages, stderr } = await build(join(FIXTURES, 'rev57a-rosters', 'heads'), '2');
    // The groups file gives tổ 2 4 elders; the roster's 1990 resident is left off (said).
    expect(pages).toBe(1);
    expect(lines).toContain('1 Vũ Văn Giang Số 4 Hàng Kênh 1957');
    expect(lines).toContain('3 Đinh Thị Kim Số 15 Hàng Kênh 1942');
    expect(lines.join('\n')).not.toContain('chủ hộ');
    expect(stderr).not.toContain('danh sách được đọc là danh sách hộ');
  });

  it('is a list of households when every row gives the size and none a birth, and is said', async () => {
    const dir = await makeTempDir('phuong-print-roster-heads-');
    const file = join(dir, '2.csv');
    await writeFile(
      file,
      'STT;Họ và tên;Địa chỉ;Số nhân khẩu\n1;Vũ Văn Giang;Số 4 Hàng Kênh;3\n2;Bùi Thị Hoa;Số 8 Hàng Kênh;1\n',
    );
    const { lines, stderr } = await build(dir, '2');
    expect(lines.join('\n')).toContain('Họ và tên chủ hộ');
    expect(stderr).toContain(
      `${file}, mục “Số nhân khẩu”: danh sách được đọc là danh sách hộ, mỗi dòng một hộ: cột “Số nhân khẩu” ghi số nhân khẩu của hộ ở 2/2 dòng`,
    );
  });
});

describe('a roster without a birth column, "Số nhân khẩu" on half its rows (review57a #1)', () => {
  it('is a list of residents, and nothing is said of households', async () => {
    const dir = await makeTempDir('phuong-print-roster-half-');
    await writeFile(
      join(dir, '2.csv'),
      'STT;Họ và tên;Địa chỉ;Số nhân khẩu\n1;Vũ Văn Giang;Số 4 Hàng Kênh;3\n2;Bùi Thị Hoa;Số 8 Hàng Kênh;\n3;Ngô Văn Ích;Số 11 Hàng Kênh;\n4;Đinh Thị Kim;Số 15 Hàng Kênh;2\n',
    );
    const { lines, stderr } = await build(dir, '2');
    expect(lines).toContain('2 Bùi Thị Hoa Số 8 Hàng Kênh');
    expect(lines.join('\n')).not.toContain('chủ hộ');
    expect(stderr).not.toContain('danh sách được đọc là danh sách hộ');
  });
});

describe("a short receipt list numbered by the ward's list (review57a #6, #11d, h-left15b)", () => {
  it('numbers its rows 1..n beside the ward\'s numbers, and sums the printed rows apart from "Tổng cộng"', async () => {
    const { lines } = await build(join(FIXTURES, 'rev57a-rosters', 'ward-numbers'), '1');
    // The roster's STT 12, 13, 15: the sheet's STT counts its rows (a leader reads it as how
    // many), the roster's numbers in a column of their own to match the rows back.
    expect(lines.join('\n')).toContain('danh sách gốc');
    expect(lines).toContain('1 Nguyễn Thị Lan Số 12 ngõ 5 Mê Linh 12 12/03/1957 100.000');
    const at = lines.indexOf('3 Lê Văn Cường Số 7 Mê Linh 15 15/07/1947 350.000');
    expect(at).toBeGreaterThan(0);
    // Tổ 1 has 6 elders: 3 listed, blank rows for the others go on from 4 (and fill the page).
    expect(lines.slice(at + 1, at + 4)).toEqual(['4', '5', '6']);
    expect(lines).not.toContain('16');
    // 100.000 + 100.000 + 350.000, labelled as the printed rows' only; the whole left to write.
    expect(lines).toContain('Cộng các dòng đã in 550.000');
    expect(lines).toContain('Tổng cộng');
  });
});

describe('a ward-wide receipt list short for every tổ (review57a #8)', () => {
  it('says the counts once and the empty amounts once, naming the groups, and no sum again', async () => {
    const dir = await makeTempDir('phuong-print-roster-ward-');
    const groups = join(dir, 'groups.csv');
    const ward = join(dir, 'ward.csv');
    await writeFile(
      groups,
      'STT;Tên tổ dân phố;Số hộ;Số cụ mừng thọ;Kinh phí (đồng)\n1;Tổ dân phố số 1;248;4;1.700.000\n2;Tổ dân phố số 2;345;4;1.300.000\n3;Tổ dân phố số 3;442;3;900.000\n',
    );
    await writeFile(
      ward,
      'STT;Tổ dân phố;Họ và tên;Năm sinh;Mức quà;Địa chỉ\n1;Tổ dân phố số 1;Nguyễn Thị Lan;1957;100.000;Số 12 Mê Linh\n2;Tổ dân phố số 1;Trần Văn Bình;1952;100.000;Số 3 Mê Linh\n3;Tổ dân phố số 2;Vũ Văn Giang;1957;;Số 4 Hàng Kênh\n4;Tổ dân phố số 2;Bùi Thị Hoa;1947;;Số 8 Hàng Kênh\n5;Tổ dân phố số 3;Ngô Văn Ích;1937;;Số 11 Hàng Kênh\n',
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      buildArgs(CAMPAIGN, groups, out, '--lang=vi', '--kind=tracker', '--rosters', ward),
    );
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('cảnh báo:'));
    expect(warnings.filter((w) => w.includes('cụ mừng thọ'))).toEqual([
      `cảnh báo: ${groups}, mục “Số cụ mừng thọ”: danh sách người dân ${ward} có ít hơn số trong tệp danh sách tổ ở 3 tổ (Tổ dân phố số 1: 2/4 cụ mừng thọ, Tổ dân phố số 2: 2/4 cụ mừng thọ, Tổ dân phố số 3: 1/3 cụ mừng thọ): danh sách ký nhận của các tổ này in thêm các dòng trống đánh số sau đó để tổ trưởng ghi tay những người còn lại`,
    ]);
    expect(warnings.filter((w) => w.includes('không có số tiền'))).toEqual([
      `cảnh báo: ${ward}, mục “Mức quà”: cột “Mức quà” của danh sách người dân không có số tiền ở dòng nào của 2 tổ (Tổ dân phố số 2, Tổ dân phố số 3): danh sách ký nhận của các tổ này không in số tiền`,
    ]);
    // Tổ 1's 200.000 of 1.700.000 is short by the rows the count warning already names.
    expect(r.stderr).not.toContain('tổng số tiền trong danh sách người dân');
  });
});
