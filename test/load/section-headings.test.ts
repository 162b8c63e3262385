/**
 * Section headings of a list kept in parts (qa6 H1, H9), the forms offices type them in: the
 * heading typed from column A and merged across the whole row, a heading in ordinary letters;
 * and what is never a heading: a list of ids and names alone whose names are in capitals. The
 * assertions are the names the documents print and the rows read.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { groupNamer } from '../../src/load/results-names.js';
import { xlsxBytes } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function load(name: string, bytes: Uint8Array | string) {
  const file = join(await makeTempDir(), name);
  await writeFile(file, bytes);
  return loadGroupsReport(file);
}

describe('section headings', () => {
  it('reads a heading typed from column A and merged across the row', async () => {
    const bytes = await xlsxBytes(
      {
        S: [
          ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ'],
          ['I. PHƯỜNG HÀNG BẠC (CŨ)'],
          [1, 'Tổ dân phố số 1', 'Nguyễn Thị Thoa', 120],
          ['II. PHƯỜNG HÀNG BỒ (CŨ)'],
          [5, 'Tổ dân phố số 1', 'Phạm Văn Tuấn', 132],
        ],
      },
      (ws) => {
        ws.mergeCells('A2:D2');
        ws.mergeCells('A4:D4');
      },
    );
    const r = await load('g.xlsx', bytes);
    expect(r.failures).toEqual([]);
    expect(r.groups.map((g) => [g.id, g.name])).toEqual([
      ['1', 'Tổ dân phố số 1 (Hàng Bạc cũ)'],
      ['5', 'Tổ dân phố số 1 (Hàng Bồ cũ)'],
    ]);
  });

  it('labels by a heading in ordinary letters, "phường" and "(cũ)" read', async () => {
    const r = await load(
      'g.csv',
      [
        'STT;Tên tổ dân phố;Số hộ',
        ';Phường Hàng Bạc (cũ);',
        '1;Tổ dân phố số 1;120',
        ';Xã Đông Anh cũ;',
        '5;Tổ dân phố số 1;132',
      ].join('\n'),
    );
    expect(r.groups.map((g) => g.name)).toEqual([
      'Tổ dân phố số 1 (Hàng Bạc cũ)',
      'Tổ dân phố số 1 (Đông Anh cũ)',
    ]);
  });

  it('leaves a list of ids and names alone as groups, whatever their letters', async () => {
    const r = await load('g.csv', ['STT;Tên thôn', 'I;THÔN AN PHÚ', 'II;THÔN AN HÒA'].join('\n'));
    expect(r.groups.map((g) => [g.id, g.name])).toEqual([
      ['I', 'THÔN AN PHÚ'],
      ['II', 'THÔN AN HÒA'],
    ]);
  });

  it('prints same-named groups of one part with their ids, with the warning', async () => {
    const r = await load(
      'g.csv',
      ['STT;Tên tổ dân phố;Số hộ', 'I;PHƯỜNG HÀNG BẠC (CŨ);', '1;Tổ 1;120', '2;Tổ 1;98'].join('\n'),
    );
    // Their papers would read alike but for the id (qa44 C1).
    expect(r.groups.map((g) => g.name)).toEqual(['Tổ 1 (mã 1)', 'Tổ 1 (mã 2)']);
    expect(r.warnings.map((w) => w.describe('vi'))).toContain(
      `${r.groups[1]?.source.file}, dòng 3, cột “Tên tổ dân phố”: 2 tổ cùng tên “Tổ 1” (dòng 3, 4; mã 1, 2): giấy của các tổ này giống hệt nhau ở phần đầu, nên tên được in kèm mã tổ, ví dụ “Tổ 1 (mã 2)”`,
    );
  });

  it('keeps the name as typed and the old ward of a name repeated within one old ward', async () => {
    const r = await load(
      'g.csv',
      [
        'STT;Tên tổ dân phố;Số hộ',
        ';PHƯỜNG LẠCH TRAY (CŨ);',
        '1;Tổ 1;120',
        '2;Tổ 1;98',
        ';PHƯỜNG HÀNG KÊNH (CŨ);',
        '3;Tổ 1;75',
      ].join('\n'),
    );
    expect(r.groups.map((g) => g.name)).toEqual([
      'Tổ 1 (Lạch Tray cũ) (mã 1)',
      'Tổ 1 (Lạch Tray cũ) (mã 2)',
      'Tổ 1 (Hàng Kênh cũ)',
    ]);
    // A results file names them as the list does ("Tổ 1", with "Lạch Tray" beside it): a bare
    // "Tổ 1" is any of the three, not Hàng Kênh's alone.
    const found = groupNamer(r.groups).find('', 'Tổ 1');
    expect('several' in found ? found.several.map((g) => g.id).sort() : found).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(r.groups.map((g) => g.source.part)).toEqual([
      { label: 'Lạch Tray cũ', name: 'Tổ 1' },
      { label: 'Lạch Tray cũ', name: 'Tổ 1' },
      { label: 'Hàng Kênh cũ', name: 'Tổ 1' },
    ]);
  });

  it('shows the ids of many same-named groups as they run, the last one too', async () => {
    const rows = [1, 2, 3, 4, 5, 6, 7].map((n) => `${n};Tổ 1;${100 + n}`);
    const r = await load('g.csv', ['STT;Tên tổ dân phố;Số hộ', ...rows].join('\n'));
    expect(r.warnings.map((w) => w.describe('vi')).join('\n')).toContain(
      '7 tổ cùng tên “Tổ 1” (dòng 2–8; mã 1, 2, …, 7)',
    );
  });
});
