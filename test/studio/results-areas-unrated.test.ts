/**
 * The studio's Kết quả tab and its report PDF, totalling by polling area (`totals_by`), an area
 * holding a tổ with no base (blank "Số cử tri") that reported: its figure is in the area's sum,
 * not in its rate, said as the ward's line says it (before: "580 / 400 cử tri · 95,0%").
 * Expected figures are worked out from the list below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaign, pct, vi } from '../support/election.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { officeGroupPath, sendOfficeForm, visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithCampaign } from './studio.js';

const LABEL = 'Số cử tri đã đi bầu';
/** id, voters ('' when the list has none), polling area, voted. */
const TO = [
  ['1', 400, 'Số 1', 380],
  ['2', '', 'Số 1', 200],
  ['3', 300, 'Số 2', 100],
] as const;
const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Số cử tri;Khu vực bỏ phiếu\n${TO.map(
  ([id, voters, area]) => `${id};Tổ dân phố số ${id};Nguyễn Văn A;120;${voters};${area}`,
).join('\n')}\n`;
const A = TO.filter((t) => t[2] === 'Số 1');
const all = A.reduce((s, t) => s + t[3], 0);
const rated = A.filter((t) => t[1] !== '').reduce((s, t) => s + t[3], 0);
const base = A.reduce((s, t) => s + (t[1] === '' ? 0 : t[1]), 0);

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  const dir = await makeTempDir('studio-areas-unrated-');
  await writeFile(join(dir, 'campaign.yaml'), campaign('totals_by: Khu vực bỏ phiếu\n'));
  await writeFile(join(dir, 'groups.csv'), csv);
  ({ s, c } = await studioWithCampaign('bau-cu', [
    join(dir, 'campaign.yaml'),
    join(dir, 'groups.csv'),
  ]));
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

describe('an area with a reporting tổ that has no voters in the list', () => {
  it('while tổ are reporting, the headline counts those with voters its rate is of', async () => {
    // Tổ 1 (voters) and 2 (none) in; tổ 3 not yet.
    for (const [id, , , voted] of TO.slice(0, 2)) {
      const path = await officeGroupPath(c, 'bau-cu', `Tổ dân phố số ${id}`);
      expect((await sendOfficeForm(c, path, { [LABEL]: String(voted) })).status).toBe(303);
    }
    const text = visible((await c.get('/c/bau-cu/results')).text);
    expect(text).toContain(
      `${LABEL}: ${pct(380, 400)} ở 1 tổ có số cử tri đã báo cáo (380 / 400 cử tri); toàn phường:`,
    );
    expect(text).not.toContain('ở 1 tổ đã báo cáo');
  });

  it('says its figure apart from its rate on the tab and in the report PDF', async () => {
    for (const [id, , , voted] of TO) {
      const path = await officeGroupPath(c, 'bau-cu', `Tổ dân phố số ${id}`);
      expect((await sendOfficeForm(c, path, { [LABEL]: String(voted) })).status).toBe(303);
    }
    const text = visible((await c.get('/c/bau-cu/results')).text);
    expect(text).toContain(
      `Số 1 (2/2 tổ đã báo cáo) ${LABEL}: ${vi(all)}; các tổ có số cử tri: ${vi(rated)} / ${vi(base)} cử tri · ${pct(rated, base)} (không tính ${vi(all - rated)} của 1 tổ chưa có số cử tri trong danh sách)`,
    );
    expect(text).not.toContain(`${vi(all)} / ${vi(base)} cử tri`);
    const said = collapseSpaces(
      await pdfText((await c.get('/c/bau-cu/results/bao-cao.pdf')).bytes),
    );
    expect(said).toContain(
      `Số 1 (2/2 tổ đã báo cáo): ${vi(all)} cử tri; riêng các tổ có số cử tri trong danh sách: ${vi(rated)}/${vi(base)} cử tri, chiếm tỷ lệ ${pct(rated, base)} (không tính ${vi(all - rated)} cử tri đã đi bầu của 1 tổ chưa có số cử tri).`,
    );
  });
});
