/**
 * A residents list whose row gives a thôn's id ("Mã thôn" 1) and a name like no thôn's ("Thôn
 * Đồng Xuân"): the row is the id's thôn (its household on that thôn's sheet), and said naming the
 * row and both cells, in the words the results import says it. And `--group "Thôn 1"` in a xã
 * whose thôn names carry no number offers the thôn whose id is 1, as the lists' rows are told.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { PCCC_GROUPS, pcccThonNames, runPccc } from '../support/qa22-pccc.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

let nameOf: Map<string, string>;
let dir: string;
beforeAll(async () => {
  nameOf = await pcccThonNames();
  dir = await makeTempDir('roster-id-unlike-name-');
});

/** The warning both imports give of row `row` (id `id`, the name `typed`) in `file`. */
const said = (file: string, row: number, id: string, typed: string) => [
  `cảnh báo: ${file}, mục “Thôn”: ở 1 dòng, tên ghi không giống tên thôn nào trong tệp danh sách: mỗi dòng được ghi cho thôn theo mã (dòng ${row}: mã ${id} là “${nameOf.get(id)}”, tên ghi “${typed}”)`,
  'gợi ý: Hãy xem lại thôn của từng dòng đó; nên ghi tên thôn đúng như trong tệp danh sách.',
];

describe('a row whose id is a thôn’s and whose name is like no thôn’s', () => {
  it('is taken by its id in the residents list, and said as the results import says it', async () => {
    const list = join(dir, 'ds-ho.csv');
    await writeFile(
      list,
      'STT;Mã thôn;Thôn;Họ tên chủ hộ;Địa chỉ\n1;1;Thôn Đồng Xuân;Nguyễn Văn Tám;xóm Đình\n2;2;Thôn Câu Thượng;Trần Thị Chín;xóm Chùa\n',
    );
    const out = join(dir, 'out');
    const r = await runPccc('build', ['--rosters', list, '--kind', 'tracker', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines).toEqual(expect.arrayContaining(said(list, 2, '1', 'Thôn Đồng Xuân')));
    // Only the row whose name is no thôn's: row 3 names its thôn as the list does.
    expect(r.stderr).not.toContain('tên ghi “Thôn Câu Thượng”');
    const sheet = (await pdfText(join(out, 'thon-cau-ha', 'tracker.pdf'))).replace(/\s+/g, ' ');
    expect(sheet).toContain('Nguyễn Văn Tám');

    // The results import, given the same two cells, says it in the same words.
    const results = join(dir, 'ket-qua.csv');
    await writeFile(
      results,
      'Mã thôn;Thôn;Số hộ có bình chữa cháy\n1;Thôn Đồng Xuân;150\n2;Thôn Câu Thượng;120\n',
    );
    const report = await runPccc('report', ['--results', results, '--out', join(dir, 'report')]);
    const imported = said(results, 2, '1', 'Thôn Đồng Xuân');
    expect(report.stderr.split('\n')).toEqual(expect.arrayContaining(imported));
  });

  it('--group "Thôn 1" is told the thôn whose id is 1', async () => {
    const r = await runPccc('build', [
      '--group',
      'Thôn 1',
      '--kind',
      'tracker',
      '--out',
      join(dir, 'one'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        `lỗi: ${PCCC_GROUPS}, tùy chọn --group: không có thôn mã “Thôn 1”`,
        `gợi ý: Không có thôn nào mã hoặc tên “Thôn 1”: có phải “${nameOf.get('1')}” (mã 1)? Nếu đúng, dùng --group 1.`,
      ]),
    );
  });

  it('--group with a thôn’s name without its bracketed remark is told its id', async () => {
    const full = nameOf.get('4') ?? '';
    const everyday = full.replace(/\s*\(.*\)$/, '');
    expect(everyday).toBe('Thôn Phương Chử Tây');
    const r = await runPccc('build', [
      '--group',
      everyday,
      '--kind',
      'tracker',
      '--out',
      join(dir, 'two'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `gợi ý: “${everyday}” là tên; mã của thôn này là 4: dùng --group 4.`,
    );
  });
});
