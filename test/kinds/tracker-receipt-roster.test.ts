/**
 * review55b-left #3: a Trung thu's gifts for "thiếu nhi" with a residents roster (`--rosters`):
 * the receipt list printed every resident of the tổ, adults on a children's list. Now a roster
 * with a year of birth gives the list its children (under 16 in the notice's year), each with the
 * year in "Ngày sinh"; one without is not used for the list: the blank numbered rows of the
 * group's count of children, and the build says which tổ and how to have the names printed.
 * Read from the built sheets' text and the build's Vietnamese warnings.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

// The notice is of 2026, the event of 2027: ages are the event's (review56a #5).
const CAMPAIGN = `${NOTICE_ONLY.replace('issued: 2026-03-02', 'issued: 2026-12-20')}title: Vui Tết Trung thu 2027
when: Ngày 10/01/2027
actions:
  - step: Đưa con em đến nhà văn hoá tổ
    column: Đã đến
  - step: Nhận quà và ký nhận
measures:
  - { id: thamgia, label: Số thiếu nhi tham gia, of: Số thiếu nhi }
`;

const GROUPS = `STT;Tên tổ dân phố;Số hộ;Số nhân khẩu;Số thiếu nhi
1;Tổ dân phố số 1;95;300;38
2;Tổ dân phố số 2;20;60;4
3;Tổ dân phố số 3;20;60;5
`;

/** Tổ 1's roster: adults, and no year of birth to tell a child by. */
const ADULTS = ['Nguyễn Văn Toàn', 'Trần Thị Loan', 'Lê Văn Sáu', 'Phạm Thị Hoa'];
/** Tổ 2's: three children of 2027 (born 2012 and later) among four adults. */
const FAMILY: readonly [string, number][] = [
  ['Đỗ Văn Khải', 1978],
  ['Đỗ Minh Khang', 2015],
  ['Ngô Thị Lan', 1980],
  ['Đỗ Gia Hân', 2019],
  ['Đỗ Văn Tùng', 2011],
  ['Đỗ Bảo Anh', 2012],
  ['Ngô Văn Bảy', 1950],
];

/** Tổ 2's rows whose year is blank or does not read, and two dates written with dots or dashes. */
const UNBORN: readonly [string, string][] = [
  ['Đỗ Thị Mai', ''],
  ['Ngô Văn Tư', 'khoảng 1950'],
];
const DATED: readonly [string, string][] = [
  ['Đỗ Minh Châu', '12.03.2016'],
  ['Đỗ Thu Trang', '12-03-2016'],
];

/** The tracking sheets of the campaign, groups and rosters folder in `dir`, in Vietnamese. */
const buildTrackers = (dir: string, to: string) =>
  runCliInProcess(
    buildArgs(
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
      to,
      ...['--rosters', join(dir, 'rosters'), '--kind', 'tracker', '--lang', 'vi'],
    ),
  );

let out = '';
let stderr = '';
const sheet = async (slug: string) => collapseSpaces(await pdfText(join(out, slug, 'tracker.pdf')));

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-receipt-roster-');
  await mkdir(join(dir, 'rosters'));
  await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  await writeFile(
    join(dir, 'rosters', '1.csv'),
    `STT;Họ và tên;Địa chỉ\n${ADULTS.map((n, i) => `${i + 1};${n};Số ${i + 1} phố Tô Hiệu`).join('\n')}\n`,
  );
  await writeFile(
    join(dir, 'rosters', '2.csv'),
    `STT;Họ và tên;Năm sinh;Địa chỉ\n${[...FAMILY, ...UNBORN, ...DATED].map(([n, y], i) => `${i + 1};${n};${y};Số 9 ngõ 12`).join('\n')}\n`,
  );
  // Tổ 3's: heads of household, with their years of birth (review56a #3).
  await writeFile(
    join(dir, 'rosters', '3.csv'),
    'STT;Họ và tên chủ hộ;Năm sinh;Địa chỉ\n1;Lý Văn An;1970;Số 1\n2;Lý Văn Bình;1980;Số 2\n',
  );
  out = join(dir, 'out');
  const run = await buildTrackers(dir, out);
  expect(run.code).toBe(0);
  stderr = collapseSpaces(run.stderr);
});

describe("a children's gift with a residents roster (#3)", () => {
  it('lists the children of a roster with years of birth, not its adults', async () => {
    const text = await sheet('to-dan-pho-so-2');
    expect(text).toContain('DANH SÁCH TRẺ');
    const children = FAMILY.filter(([, y]) => 2027 - y < 16);
    expect(children.map(([n]) => n)).toEqual(['Đỗ Minh Khang', 'Đỗ Gia Hân', 'Đỗ Bảo Anh']);
    for (const [name, year] of children) expect(text).toMatch(new RegExp(`${name} .*${year}`));
    for (const [name] of FAMILY.filter(([, y]) => 2027 - y >= 16)) expect(text).not.toContain(name);
    // The year of birth is printed: no warning that the column is printed nowhere.
    expect(stderr).not.toContain('cột “Năm sinh” của danh sách người dân không được in');
  });

  it("prints blank rows for the tổ's children when the roster cannot tell them, and says so", async () => {
    const text = await sheet('to-dan-pho-so-1');
    for (const name of ADULTS) expect(text).not.toContain(name);
    // Tổ 1 has 38 children: numbered rows for each of them and the spare ones.
    expect(text).toMatch(/ 38 /);
    expect(text).toMatch(/ 41 /);
    expect(stderr).toContain(
      'không có năm sinh để biết ai là trẻ em ở 1 tổ (Tổ dân phố số 1): danh sách trẻ của các tổ này in các dòng trống có số thứ tự để ghi tay',
    );
    expect(stderr).toContain('thêm cột “Năm sinh” vào danh sách');
  });
});

describe("a roster row without a readable year on a children's list (review56a #1)", () => {
  it('is said, with its row and column, as not printed; dates with dots or dashes read', async () => {
    const text = await sheet('to-dan-pho-so-2');
    for (const [name] of UNBORN) expect(text).not.toContain(name);
    for (const [name] of DATED) expect(text).toMatch(new RegExp(`${name} .*2016`));
    // Rows 9 and 10 of the file (its header is row 1): blank, then "khoảng 1950".
    expect(stderr).toContain(
      '2.csv, dòng 9, cột “Năm sinh”: năm sinh để trống: dòng này không được in vào danh sách trẻ',
    );
    expect(stderr).toContain(
      '2.csv, dòng 10, cột “Năm sinh”: năm sinh không đọc được: dòng này không được in vào danh sách trẻ',
    );
    expect(stderr).toContain('Ghi năm sinh của người này (ví dụ 2016)');
    expect(stderr).not.toContain('dòng vẫn được in');
    expect(stderr).not.toContain('Xoá cột “Năm sinh”');
  });
});

describe("the roster's children on the list (review56a #9)", () => {
  it('are followed by the spare rows of the blank list before "Tổng cộng"', async () => {
    const text = await sheet('to-dan-pho-so-2');
    // Five children (three by year, two by date), then three spare numbered rows.
    expect(text).toMatch(/ 8 .*Tổng cộng/);
  });
});

describe("the count warnings of a children's list (review56a #3)", () => {
  it('say no "4/38" of a roster whose adults are not printed; a household list gets its own sentence', () => {
    expect(stderr).not.toContain('ít dòng hơn nhiều');
    expect(stderr).toContain(
      'danh sách của 1 tổ (Tổ dân phố số 3) ghi theo hộ (chủ hộ), không theo từng người: danh sách trẻ của các tổ này in các dòng trống',
    );
    expect(stderr).toContain('đưa danh sách từng người');
    // Tổ 3 is not among the groups told to add a "Năm sinh" column it has.
    expect(stderr).toContain('không có năm sinh để biết ai là trẻ em ở 1 tổ (Tổ dân phố số 1)');
  });
});

/** `check`'s warnings for a tổ of 1,500 children (a typing slip) with the roster `csv`. */
async function checkOf1500(csv: string): Promise<string> {
  const dir = await makeTempDir('phuong-print-receipt-roster-');
  await mkdir(join(dir, 'rosters'));
  await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
  await writeFile(
    join(dir, 'groups.csv'),
    'STT;Tên tổ dân phố;Số hộ;Số nhân khẩu;Số thiếu nhi\n1;Tổ dân phố số 1;400;4000;1500\n',
  );
  await writeFile(join(dir, 'rosters', '1.csv'), csv);
  const run = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), {}, [
    '--rosters',
    join(dir, 'rosters'),
  ]);
  return collapseSpaces(run.stderr);
}
const CUT_SAID = 'Tổ dân phố số 1 có 1.500 thiếu nhi; danh sách ký nhận chỉ in 1.000 dòng';

describe('a receipt list past 1,000 rows whose roster gives no year (review56a #4)', () => {
  it("is said: the sheet prints the blank rows of the count, not the roster's", async () => {
    const csv = `STT;Họ và tên;Địa chỉ\n${ADULTS.map((n, i) => `${i + 1};${n};Số ${i + 1}`).join('\n')}\n`;
    expect(await checkOf1500(csv)).toContain(CUT_SAID);
  });
});

describe('a receipt list past 1,000 rows whose roster gives its children', () => {
  it("is said: the blank rows after the children are cut, counted from them, not the roster's residents", async () => {
    const csv = `STT;Họ và tên;Năm sinh;Địa chỉ\n${FAMILY.map(([n, y], i) => `${i + 1};${n};${y};Số 9`).join('\n')}\n`;
    expect(await checkOf1500(csv)).toContain(CUT_SAID);
  });
});

describe("a children's gift with a list of households named without “chủ hộ”", () => {
  it('is told to give a list of residents, not to add a "Năm sinh" column', async () => {
    // Each row has its household's size: a household, though its name column says "Họ và tên".
    const csv = `STT;Họ và tên;Địa chỉ;Số nhân khẩu\n${ADULTS.map((n, i) => `${i + 1};${n};Số ${i + 1};${i + 3}`).join('\n')}\n`;
    const stderr = await checkOf1500(csv);
    expect(stderr).toContain(
      'danh sách của 1 tổ (Tổ dân phố số 1) ghi theo hộ (chủ hộ), không theo từng người',
    );
    expect(stderr).toContain('đưa danh sách từng người');
    expect(stderr).not.toContain('không có năm sinh');
  });
});

describe("an elders' gift with a residents roster (review56a #8)", () => {
  it('lists the residents of 60 and over, and no hint to delete "Năm sinh"', async () => {
    const dir = await makeTempDir('phuong-print-receipt-roster-');
    await mkdir(join(dir, 'rosters'));
    await writeFile(
      join(dir, 'campaign.yaml'),
      CAMPAIGN.replace('Vui Tết Trung thu 2027', 'Mừng thọ người cao tuổi 2027').replace(
        '{ id: thamgia, label: Số thiếu nhi tham gia, of: Số thiếu nhi }',
        '{ id: nhan, label: Số người cao tuổi nhận quà, of: Số người cao tuổi }',
      ),
    );
    await writeFile(
      join(dir, 'groups.csv'),
      'STT;Tên tổ dân phố;Số hộ;Số nhân khẩu;Số người cao tuổi\n2;Tổ dân phố số 2;20;60;2\n',
    );
    await writeFile(
      join(dir, 'rosters', '2.csv'),
      `STT;Họ và tên;Năm sinh;Địa chỉ\n${FAMILY.map(([n, y], i) => `${i + 1};${n};${y};Số 9`).join('\n')}\n`,
    );
    const elderOut = join(dir, 'out');
    const run = await buildTrackers(dir, elderOut);
    expect(run.code).toBe(0);
    const text = collapseSpaces(await pdfText(join(elderOut, 'to-dan-pho-so-2', 'tracker.pdf')));
    // 60 and over at the event of 2027: born 1967 or before.
    for (const [name, y] of FAMILY) {
      if (2027 - y >= 60) expect(text).toContain(name);
      else expect(text).not.toContain(name);
    }
    expect(collapseSpaces(run.stderr)).not.toContain(
      'cột “Năm sinh” của danh sách người dân không được in',
    );
  });
});

describe("a children's list with amounts (review56b #1)", () => {
  it('leaves "Tổng cộng" empty above the spare rows the leader fills by hand', async () => {
    const dir = await makeTempDir('phuong-print-receipt-amounts-');
    await mkdir(join(dir, 'rosters'));
    await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    const kids: readonly [string, number, string][] = [
      ['Đỗ Minh Khang', 2015, '150.000'],
      ['Đỗ Gia Hân', 2019, '250.000'],
    ];
    await writeFile(
      join(dir, 'rosters', '2.csv'),
      `STT;Họ và tên;Năm sinh;Mức quà;Địa chỉ\n${kids.map(([n, y, a], i) => `${i + 1};${n};${y};${a};Số 9`).join('\n')}\n`,
    );
    const to = join(dir, 'out');
    const run = await buildTrackers(dir, to);
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(to, 'to-dan-pho-so-2', 'tracker.pdf')));
    for (const [name, , amount] of kids) expect(text).toMatch(new RegExp(`${name} .*${amount}`));
    // Spare numbered rows follow the two children, and the total says no sum of two of them.
    expect(text).toMatch(/ 5 .*Tổng cộng/);
    expect(text).not.toContain('400.000');
  });
});
