/**
 * An area column or heading typed in capitals (closing37: "KHU VỰC 2" printed "Khu Vực 2"): the
 * label a same-named group is printed with writes the unit words as Vietnamese writes them, one
 * capital on the first ("Khu vực 2", "Khu vực Bắc"), a place's own name with a capital on each
 * word. Expected values are the file's cells as the office would write them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkGroupsFile } from '../support/cli.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const csv = (column: string, a: string, b: string) =>
  [
    `Mã tổ;${column};Tên tổ dân phố;Tổ trưởng;Số hộ`,
    `A-1;${a};Tổ dân phố 1;Đặng Văn An;150`,
    `A-2;${a};Tổ dân phố 2;Đặng Văn Sơn;160`,
    `B-1;${b};Tổ dân phố 1;Hoàng Văn An;120`,
  ].join('\r\n');

describe('an area typed in capitals', () => {
  it('a "Khu vực" column: "KHU VỰC 2" and "KHU VỰC BẮC" are printed "Khu vực 2", "Khu vực Bắc"', async () => {
    const r = await checkGroupsFile('khu-vuc.csv', csv('Khu vực', 'KHU VỰC 2', 'KHU VỰC BẮC'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      '“Tổ dân phố 1 (Khu vực 2)” (dòng 2) và “Tổ dân phố 1 (Khu vực Bắc)” (dòng 4)',
    );
  });

  it('"KHU VỰC SỐ 2 (CŨ)", "TIỂU KHU 3", typed in decomposed Unicode (a Mac, Unikey\'s "tổ hợp"): "Khu vực số 2 cũ", "Tiểu khu 3"', async () => {
    const file = csv('Khu vực', 'KHU VỰC SỐ 2 (CŨ)', 'TIỂU KHU 3').normalize('NFD');
    const r = await checkGroupsFile('khu-vuc-nfd.csv', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      '“Tổ dân phố 1 (Khu vực số 2 cũ)” (dòng 2) và “Tổ dân phố 1 (Tiểu khu 3)” (dòng 4)',
    );
  });

  it('a "Phường cũ" column: "HÀNG BẠC" is a name, each word a capital', async () => {
    const r = await checkGroupsFile('phuong-cu.csv', csv('Phường cũ', 'HÀNG BẠC', 'ĐỒNG XUÂN'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      '“Tổ dân phố 1 (Hàng Bạc cũ)” (dòng 2) và “Tổ dân phố 1 (Đồng Xuân cũ)” (dòng 4)',
    );
  });

  it('heading rows in capitals: "II. KHU VỰC BẮC" labels its groups "Khu vực Bắc"', async () => {
    const rows = [
      'Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ',
      'I. KHU VỰC NAM;;;',
      '1;Tổ dân phố 1;Đặng Văn An;150',
      '2;Tổ dân phố 2;Đặng Văn Sơn;160',
      'II. KHU VỰC BẮC;;;',
      '3;Tổ dân phố 1;Hoàng Văn An;120',
    ].join('\r\n');
    const r = await checkGroupsFile('headings.csv', rows);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Tổ dân phố 1 (Khu vực Nam)');
    expect(r.stderr).toContain('Tổ dân phố 1 (Khu vực Bắc)');
    expect(r.stderr).not.toMatch(/Khu Vực/);
  });
});
