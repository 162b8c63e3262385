/**
 * What the last session left of a mừng thọ's receipt list from a roster (qa56 inputs):
 * - tổ 1's roster listed 3 elders where the groups file says 6 ("Số cụ mừng thọ"): the list ended
 *   after them, with no row for the leader to write the other 3, and nothing was said;
 * - a roster whose amount column ("Mức quà") is empty in every row was told the sheet "has no room
 *   left" for it beside the campaign's columns, which was not why it was not printed;
 * - a resident left off the elders' list as under 60 was said in a column "Năm sinh" the roster,
 *   which heads it "Ngày sinh", does not have.
 * Read from the built sheet's text and the build's Vietnamese warnings.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfWords, wordLines } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = `${NOTICE_ONLY}title: Mừng thọ người cao tuổi năm 2027
actions:
  - step: Người cao tuổi đến nhận quà và ký nhận vào danh sách.
    column: Đã nhận quà, ký nhận
measures:
  - { id: cu, label: Số người cao tuổi được mừng thọ, of: Số cụ mừng thọ }
`;
/** Tổ 1 has 6 elders by the groups file, tổ 2 has 1. */
const GROUPS =
  'STT;Tên tổ dân phố;Số hộ;Số cụ mừng thọ\n1;Tổ dân phố số 1;248;6\n2;Tổ dân phố số 2;345;1\n';
const COUNT_1 = 6;
const COUNT_2 = 1;

const ELDERS: readonly [string, string, string][] = [
  ['Nguyễn Thị Lan', '12/03/1957', '100.000'],
  ['Trần Văn Bình', '01/01/1952', '100.000'],
  ['Lê Văn Cường', '15/07/1947', '350.000'],
];
const rosterOf = (elders: readonly (readonly [string, string, string])[], amounts = true) =>
  `STT;Họ và tên;Ngày sinh;Mức quà;Địa chỉ\n${elders
    .map(([n, b, a], i) => `${i + 1};${n};${b};${amounts ? a : ''};Số ${i + 1} Mê Linh`)
    .join('\n')}\n`;

async function build(one: string, two: string) {
  const dir = await makeTempDir('phuong-print-receipt-counts-');
  await mkdir(join(dir, 'rosters'));
  await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  await writeFile(join(dir, 'rosters', '1.csv'), one);
  await writeFile(join(dir, 'rosters', '2.csv'), two);
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
      out,
      ...['--lang=vi', '--kind=tracker', '--rosters', join(dir, 'rosters')],
    ),
  );
  expect(r.code, r.stderr).toBe(0);
  const pdf = await readFile(join(out, 'to-dan-pho-so-1', 'tracker.pdf'));
  const lines = wordLines(await pdfWords(pdf)).map((l) => l.map((w) => w.text).join(' '));
  return { lines, stderr: collapseSpaces(r.stderr), dir };
}

describe("a receipt list's roster shorter than the group's count", () => {
  it('prints blank numbered rows up to the count after the listed elders, and says so', async () => {
    const { lines, stderr, dir } = await build(rosterOf(ELDERS), rosterOf(ELDERS.slice(0, 2)));
    const listed = lines.findIndex((l) => l.startsWith(`${ELDERS.length} ${ELDERS.at(-1)?.[0]}`));
    expect(listed).toBeGreaterThan(0);
    // The rows after the last elder are numbered on, up to tổ 1's count of 6 at least.
    for (let no = ELDERS.length + 1; no <= COUNT_1; no++)
      expect(lines[listed + no - ELDERS.length]).toBe(String(no));
    // Blank rows below the list: "Tổng cộng" says no sum of the three.
    const total = ELDERS.reduce((a, [, , m]) => a + Number(m.replace(/\./g, '')), 0);
    expect(lines).toContain('Tổng cộng');
    expect(lines.join('\n')).not.toContain(String(total).replace(/\B(?=(\d{3})+$)/g, '.'));
    // Said with the groups file's row and column, naming the roster.
    expect(stderr).toContain(
      `groups.csv, dòng 2, cột “Số cụ mừng thọ”: danh sách người dân ${join(dir, 'rosters', '1.csv')} có ${ELDERS.length} trong số ${COUNT_1} cụ mừng thọ của Tổ dân phố số 1: danh sách ký nhận in thêm các dòng trống đánh số`,
    );
    // Tổ 2 lists 2 elders where the file says 1: said too (all are printed).
    expect(stderr).toContain(
      `groups.csv, dòng 3, cột “Số cụ mừng thọ”: danh sách người dân ${join(dir, 'rosters', '2.csv')} có 2 cụ mừng thọ của Tổ dân phố số 2, nhưng tệp danh sách tổ ghi ${COUNT_2}`,
    );
  });
});

describe('a roster whose amount column is empty in every row', () => {
  it('is said as empty, naming the file and the column, not as lacking room', async () => {
    const { stderr, dir } = await build(rosterOf(ELDERS, false), rosterOf(ELDERS.slice(0, 1)));
    expect(stderr).toContain(
      `${join(dir, 'rosters', '1.csv')}, mục “Mức quà”: cột “Mức quà” của danh sách người dân không có số tiền ở dòng nào: danh sách ký nhận không in số tiền`,
    );
    expect(stderr).not.toContain('không còn chỗ');
    // Tổ 2's roster, with its amount, is not said.
    expect(stderr).not.toContain(`${join(dir, 'rosters', '2.csv')}, mục “Mức quà”`);
  });
});

describe("a ward-wide list whose amounts leave out one group's rows", () => {
  it('names that group, not the whole file, as without amounts', async () => {
    const dir = await makeTempDir('phuong-print-receipt-counts-');
    await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    const [lan, binh] = ELDERS;
    const ward = join(dir, 'ds.csv');
    await writeFile(
      ward,
      `STT;Tổ;Họ và tên;Ngày sinh;Mức quà;Địa chỉ\n1;1;${lan?.join(';')};Số 1\n2;2;${binh?.[0]};${binh?.[1]};;Số 2\n`,
    );
    const run = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), {}, [
      '--rosters',
      ward,
    ]);
    const stderr = collapseSpaces(run.stderr);
    expect(stderr).toContain(
      `${ward}, mục “Mức quà”: cột “Mức quà” của danh sách người dân không có số tiền ở dòng nào của Tổ dân phố số 2`,
    );
    expect(stderr).not.toContain('không có số tiền ở dòng nào:');
    expect(stderr).not.toContain('không còn chỗ');
  });
});

describe("a resident left off the elders' list as under 60", () => {
  it("is said in the roster's own birth column", async () => {
    const young = ['Lê Văn Trẻ', '15/07/1980', '100.000'] as const;
    const { lines, stderr, dir } = await build(
      rosterOf([...ELDERS, young]),
      rosterOf(ELDERS.slice(0, 1)),
    );
    expect(lines.join('\n')).not.toContain(young[0]);
    // Its row is the file's 5th (the header is row 1), its column the roster's "Ngày sinh".
    expect(stderr).toContain(
      `${join(dir, 'rosters', '1.csv')}, dòng ${ELDERS.length + 2}, cột “Ngày sinh”: năm sinh 1980 cho thấy người này chưa đủ 60 tuổi`,
    );
  });
});
