/**
 * qa22 #3: the xã An Thắng's fire-safety campaign (its thôn have ids 1–4 and names with no
 * number). A residents list (`build --rosters`) and a results file (`report --results`) writing
 * a thôn "Thôn 1" or "TDP 3" are told the thôn whose id it is ("có phải “Thôn Câu Hạ” (mã 1)?"),
 * in the same words; the row is not taken: the guessed thôn's tracking sheet does not name the
 * household. The command's code runs in this process (runCliInProcess).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { pcccThonNames, runPccc } from '../support/qa22-pccc.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The thôn list's name of each id, as the office typed it (Mã;Tên thôn;…). */
let nameOf: Map<string, string>;
let dir: string;
beforeAll(async () => {
  nameOf = await pcccThonNames();
  dir = await makeTempDir('names-unit-number-');
});

/** The message and hint said of a row naming `typed` for the thôn of id `id`. */
const guess = (file: string, row: number, typed: string, id: string) => [
  `${file}, dòng ${row}, cột “Thôn”: tệp danh sách thôn không có thôn nào tên “${typed}”: có phải “${nameOf.get(id)}” (mã ${id})?`,
  `gợi ý: Nếu đúng, sửa tên ở dòng này cho đúng như trong tệp danh sách (“${nameOf.get(id)}”), hoặc ghi mã thôn là ${id}.`,
];

describe('"Thôn 1" in a xã whose thôn names carry no number', () => {
  it('is a guess in the residents list, and the household is on no thôn’s sheet', async () => {
    const list = join(dir, 'ds-ho.csv');
    await writeFile(
      list,
      'STT;Họ tên chủ hộ;Thôn;Địa chỉ\n1;Nguyễn Văn Tám;Thôn 1;xóm Đình\n2;Trần Thị Chín;TDP 3;xóm Chùa\n3;Lê Văn Mười;Thôn Câu Hạ;xóm Giữa\n',
    );
    const out = join(dir, 'out');
    const r = await runPccc('build', ['--rosters', list, '--kind', 'tracker', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    const [said2, hint2] = guess(list, 2, 'Thôn 1', '1');
    const [said3, hint3] = guess(list, 3, 'TDP 3', '3');
    expect(lines).toContain(`cảnh báo: ${said2}`);
    expect(lines).toContain(hint2);
    expect(lines).toContain(`cảnh báo: ${said3}`);
    expect(lines).toContain(hint3);
    // Said, never taken: thôn 1's sheet names the household written by its name only.
    const sheet = (await pdfText(join(out, 'thon-cau-ha', 'tracker.pdf'))).replace(/\s+/g, ' ');
    expect(sheet).toContain('Lê Văn Mười');
    expect(sheet).not.toContain('Nguyễn Văn Tám');
    const dong = (await pdfText(join(out, 'thon-phuong-chu-dong', 'tracker.pdf'))).replace(
      /\s+/g,
      ' ',
    );
    expect(dong).not.toContain('Trần Thị Chín');
  });

  it('is the same guess in a results file, which is refused', async () => {
    const results = join(dir, 'ket-qua.csv');
    await writeFile(results, 'Thôn;Số hộ có bình chữa cháy\nThôn 1;150\nThôn Câu Thượng;120\n');
    const r = await runPccc('report', ['--results', results, '--out', join(dir, 'report')]);
    expect(r.code).toBe(1);
    const [said, hint] = guess(results, 2, 'Thôn 1', '1');
    expect(r.stderr.split('\n')).toEqual(expect.arrayContaining([`lỗi: ${said}`, hint]));
  });
});
