/**
 * A results file that gives a group on two rows, uploaded on the studio's Kết quả tab as a real
 * workbook: two rows of "Tổ dân phố số 2" with different figures are two reports (or two parts)
 * the office must choose between, so neither is stored and the preview says so with both rows;
 * two rows of "Tổ dân phố số 4" with the same figures are one row copied twice, read once, said
 * with the row taken. Real sockets on loopback, the data folder's SQLite file; the expected
 * figures are the file's own, written below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbook } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, JOINED, storePreviewed, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const RESULTS = '/c/hai-phong/results';
const IMPORT = `${RESULTS}/import`;

/** The file: its header on row 1, so each group's row is its index + 2 as Excel numbers it. */
const ROWS: [string, number][] = [
  ['Tổ dân phố số 1', 100],
  ['Tổ dân phố số 2', 200],
  ['Tổ dân phố số 3', 120],
  ['Tổ dân phố số 2', 250],
  ['Tổ dân phố số 4', 90],
  ['Tổ dân phố số 4', 90],
];
const rowsOf = (name: string) => ROWS.flatMap(([n], i) => (n === name ? [i + 2] : []));

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a results file giving a group twice', () => {
  it('stores neither of two different rows, and reads a repeated row once, saying which rows', async () => {
    const bytes = await workbook({ 'Kết quả': [['Tên tổ dân phố', JOINED], ...ROWS] });
    const preview = await office.upload(IMPORT, 'file', 'ket-qua.xlsx', bytes, {}, IMPORT);
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    const [a, b] = rowsOf('Tổ dân phố số 2');
    const [c, d] = rowsOf('Tổ dân phố số 4');
    // Both rows of Tổ 2 refused, each naming both rows.
    for (const row of [a, b]) {
      expect(text).toContain(
        `Dòng ${row}: Tổ dân phố số 2 có 2 dòng (dòng ${a}, ${b}) ghi số liệu khác nhau: không nhập dòng nào trong số đó`,
      );
    }
    expect(text).toContain('nếu là hai lần báo cáo, xoá dòng cũ');
    expect(text).toContain(
      `Tổ dân phố số 4 có 2 dòng (dòng ${c}, ${d}) ghi cùng số liệu: chỉ đọc một lần, theo dòng ${c}`,
    );
    // Read: Tổ 1, Tổ 3 and Tổ 4 once; refused: Tổ 2's two rows.
    expect(text).toContain('Tệp ket-qua.xlsx: 3 dòng đọc được, 2 dòng không nhập.');
    const rowOf = (name: string) =>
      [
        ...preview.text.matchAll(
          /<td class="num" data-label="Dòng">(\d+)<\/td><th scope="row"><a [^>]*>([^<]+)<\/a>/g,
        ),
      ]
        .filter((m) => m[2] === name)
        .map((m) => Number(m[1]));
    expect(rowOf('Tổ dân phố số 2')).toEqual([]);
    expect(rowOf('Tổ dân phố số 4')).toEqual([c]);

    const stored = await storePreviewed(office, preview.text);
    expect(stored.status).toBe(200);
    const tab = visible((await office.get(RESULTS)).text);
    // Tổ 2 has not reported: neither 200 nor 250 was stored, nor their sum.
    expect(tab).toContain('Đã báo cáo: 3/4 tổ.');
    expect(tab).toMatch(/Chưa báo cáo \(1 tổ\) Tổ dân phố số 2/);
    // 100 + 120 + 90, Tổ 4 counted once.
    expect(tab).toMatch(new RegExp(`${JOINED}: [^;]* đã báo cáo [^;]*; toàn phường: 310 / `));
  });
});
