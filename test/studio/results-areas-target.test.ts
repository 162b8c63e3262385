/**
 * The studio's Kết quả tab and its spreadsheet, totalling by area (`totals_by: Cụm`) a measure
 * taken against a target ("Chỉ tiêu (người)"): an area whose groups have no target says its
 * figure in people ("9 người", before: "9"); an area over its target says "vượt chỉ tiêu" as the
 * report does; a target of 0 is said apart from no target ("có chỉ tiêu bằng 0"), as on
 * /admin/ket-qua and in the report; the spreadsheet has the area column and a sheet per area.
 * Expected figures are worked out from the list below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaign, pct } from '../support/election.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { officeGroupPath, sendOfficeForm, visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithCampaign } from './studio.js';

const LABEL = 'Số người đăng ký';
/** id, target ('' when the list has none), area, signed up. */
const TO = [
  ['1', 40, 'Cụm 1', 50],
  ['2', 0, 'Cụm 1', 12],
  ['3', '', 'Cụm 2', 9],
] as const;
const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Chỉ tiêu (người);Cụm\n${TO.map(
  ([id, target, area]) => `${id};Tổ dân phố số ${id};Nguyễn Văn A;120;${target};${area}`,
).join('\n')}\n`;

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  const dir = await makeTempDir('studio-areas-target-');
  const yaml = campaign('totals_by: Cụm\n').replace(
    '{ id: di_bau, label: Số cử tri đã đi bầu, of: Số cử tri }',
    `{ id: dang_ky, label: ${LABEL}, of: Chỉ tiêu (người) }`,
  );
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  await writeFile(join(dir, 'groups.csv'), csv);
  ({ s, c } = await studioWithCampaign('dang-ky', [
    join(dir, 'campaign.yaml'),
    join(dir, 'groups.csv'),
  ]));
  for (const [id, target, , value] of TO) {
    const path = await officeGroupPath(c, 'dang-ky', `Tổ dân phố số ${id}`);
    // A figure where the list gives a target of 0 is asked about first (qa25 F3): confirmed.
    const ticked: Record<string, string> = target === 0 ? { xac_nhan: '1' } : {};
    expect((await sendOfficeForm(c, path, { [LABEL]: String(value) }, ticked)).status).toBe(303);
  }
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

describe('the Kết quả tab, areas of a target measure', () => {
  it('says the unit, "vượt chỉ tiêu", and a target of 0 apart from none', async () => {
    const text = visible((await c.get('/c/dang-ky/results')).text);
    const [one, two, three] = TO;
    expect(text).toContain(`Cụm 2 (1/1 tổ đã báo cáo) ${LABEL}: ${three[3]} người`);
    expect(text).toContain(
      `Cụm 1 (2/2 tổ đã báo cáo) ${LABEL}: ${one[3] + two[3]}; các tổ có chỉ tiêu: ${one[3]} / ${one[1]} người · ${pct(one[3], one[1])}, vượt chỉ tiêu (không tính ${two[3]} của 1 tổ có chỉ tiêu bằng 0)`,
    );
    // The ward's line: one tổ with no target, one with a target of 0, said apart.
    expect(text).toContain(
      `(không tính ${two[3] + three[3]} của 1 tổ chưa có chỉ tiêu trong danh sách, 1 tổ có chỉ tiêu bằng 0)`,
    );
  });

  it('gives the spreadsheet the area column and the sheet "Theo cụm"', async () => {
    const xlsx = await c.get('/c/dang-ky/results/ket-qua.xlsx');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const head = (wb.getWorksheet('Kết quả')?.getRow(2).values ?? []) as unknown[];
    expect(head.indexOf('Cụm')).toBe(head.indexOf('Tổ dân phố') + 1);
    const areas = wb.getWorksheet('Theo cụm');
    const names: unknown[] = [];
    areas?.eachRow((row, n) => {
      if (n > 2) names.push(row.getCell(1).value);
    });
    expect(names).toEqual(['Cụm 1', 'Cụm 2', 'Toàn phường']);
  });
});
