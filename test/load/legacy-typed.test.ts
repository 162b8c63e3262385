/**
 * Load stage, groups and rosters: lists typed with the old TCVN3 (ABC) fonts as qa37 found them
 * (M1, M4). A converted cell is not refused afterwards as "either way"; a list typed entirely in
 * TCVN3, header included, is read, its header settled by the tool's own column names; an .xlsx
 * cell set in a ".Vn" font is TCVN3 whatever it reads as.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseGroupsCsv, parseGroupsXlsx } from '../../src/load/groups/index.js';
import { parseRosterReport } from '../../src/load/roster.js';
import { userErrorSync } from '../support/inputs.js';

const utf8 = (s: string) => new TextEncoder().encode(`\uFEFF${s}`);
/** What a cell typed with a .VnTime font holds once saved in a Unicode file. */
const tcvn3 = (s: string) => iconv.encode(s, 'tcvn').toString('latin1');

describe('a converted TCVN3 cell is not refused afterwards (qa37 M1)', () => {
  it('reads the leader "Lª Hµ" as Lê Hà', async () => {
    const csv =
      'STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ dân phố số 1;Lª Hµ\n2;Tổ dân phố số 2;Nguyễn Văn Hùng\n';
    expect(tcvn3('Lê Hà')).toBe('Lª Hµ');
    const groups = parseGroupsCsv(utf8(csv), 'le-ha.csv');
    expect(groups.map((g) => g.leader)).toEqual(['Lê Hà', 'Nguyễn Văn Hùng']);
  });

  it('reads the address "Nhµ 5 ng¸ch 3" as Nhà 5 ngách 3', () => {
    const csv =
      'STT;Tên tổ dân phố;Tổ trưởng;Địa chỉ nhà văn hóa\n1;Tổ dân phố số 1;NguyÔn V¨n Hïng;Nhµ 5 ng¸ch 3\n2;Tổ dân phố số 2;TrÇn Hµ;Nhà văn hóa\n';
    const groups = parseGroupsCsv(utf8(csv), 'nha.csv');
    expect(groups.map((g) => [g.leader, g.venue])).toEqual([
      ['Nguyễn Văn Hùng', 'Nhà 5 ngách 3'],
      ['Trần Hà', 'Nhà văn hóa'],
    ]);
  });

  it('reads a roster whose addresses are TCVN3', async () => {
    const roster = `STT;Họ và tên;Địa chỉ\n1;${tcvn3('Nguyễn Văn Hùng')};${tcvn3('Số 12 phố Mê Linh')}\n2;${tcvn3('Trần Thị Thu Hằng')};${tcvn3('Nhà 5 ngách 3')}\n3;${tcvn3('Phạm Đức Thắng')};${tcvn3('14 phố Chợ Con')}\n`;
    const report = await parseRosterReport(utf8(roster), '1.csv');
    expect(report.residents.map((r) => [r.name, r.address])).toEqual([
      ['Nguyễn Văn Hùng', 'Số 12 phố Mê Linh'],
      ['Trần Thị Thu Hằng', 'Nhà 5 ngách 3'],
      ['Phạm Đức Thắng', '14 phố Chợ Con'],
    ]);
  });
});
