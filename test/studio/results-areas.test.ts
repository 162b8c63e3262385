/**
 * The studio's Kết quả tab on election night (qa22 #8): with 1 of 7 tổ reported the headline
 * leads with that tổ's rate and says the ward's counts the others as 0; the office turns on the
 * totals per polling area with the form's "Cộng số liệu theo cột" (campaign.yaml `totals_by`),
 * offered the list's columns, and the tab and its report PDF then total each area. Expected
 * figures are worked out from the list (test/support/election.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { ALL, campaign, groupsCsv, pct, vi, voters } from '../support/election.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { campaignPageFields } from './campaign-page.js';
import { officeGroupPath, sendOfficeForm, visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithCampaign } from './studio.js';

const LABEL = 'Số cử tri đã đi bầu';

let s: TestStudio;
let c: Client;
let file: string;
beforeAll(async () => {
  const dir = await makeTempDir('studio-areas-');
  await writeFile(join(dir, 'campaign.yaml'), campaign());
  await writeFile(join(dir, 'groups.csv'), groupsCsv);
  let folder: string;
  ({ s, c, folder } = await studioWithCampaign('bau-cu', [
    join(dir, 'campaign.yaml'),
    join(dir, 'groups.csv'),
  ]));
  file = join(folder, 'campaign.yaml');
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

describe('the Kết quả tab on election night', () => {
  it('with 1 of 7 tổ in, leads with its rate and says the ward’s counts the others as 0', async () => {
    const path = await officeGroupPath(c, 'bau-cu', 'Tổ dân phố số 2');
    expect((await sendOfficeForm(c, path, { [LABEL]: '340' })).status).toBe(303);
    const page = await c.get('/c/bau-cu/results');
    const text = visible(page.text);
    const ward = voters(ALL);
    expect(text).toContain(
      `${LABEL}: ${pct(340, voters(['2']))} ở 1 tổ đã báo cáo (340 / ${voters(['2'])} cử tri); toàn phường: 340 / ${vi(ward)} cử tri · ${pct(340, ward)} (tính 6 tổ chưa báo cáo là 0)`,
    );
    // No totals per area until the office names the column.
    expect(text).not.toContain('Theo khu vực bỏ phiếu');
  });

  it('offers the list’s columns under “Cộng số liệu theo cột”, and saves the one chosen', async () => {
    const edit = (await c.get('/c/bau-cu')).text;
    expect(edit).toContain('<label for="f-totals_by">Cộng số liệu theo cột</label>');
    expect(edit).toContain('list="f-totals_by-columns"');
    // The list's columns several tổ share: the polling area and its place, not the voters' counts.
    const offered = [
      ...(
        /<datalist id="f-totals_by-columns">([\s\S]*?)<\/datalist>/.exec(edit)?.[1] ?? ''
      ).matchAll(/value="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(offered).toEqual(['Khu vực bỏ phiếu', 'Điểm bỏ phiếu']);
    // Before: the column nothing uses is warned of on the groups tab.
    const unused = 'Cột “Khu vực bỏ phiếu”: cột này không phải cột phần mềm tự đọc';
    expect(visible((await c.get('/c/bau-cu/groups')).text)).toContain(unused);
    const saved = await c.postRaw('/c/bau-cu', {
      ...campaignPageFields(edit, 'bau-cu'),
      totals_by: 'Khu vực bỏ phiếu',
    });
    expect(saved.status).toBe(303);
    expect((await loadCampaign(file)).campaign.totals_by).toBe('Khu vực bỏ phiếu');
    // Used now: the warning is gone; "Điểm bỏ phiếu", still printed nowhere, keeps its own.
    const groupsTab = visible((await c.get('/c/bau-cu/groups')).text);
    expect(groupsTab).not.toContain(unused);
    expect(groupsTab).toContain('Cột “Điểm bỏ phiếu”: cột này không phải cột phần mềm tự đọc');
  });

  it('then totals each polling area on the tab and in the report PDF', async () => {
    const text = visible((await c.get('/c/bau-cu/results')).text);
    const two = voters(['2']);
    const one = voters(['1', '2', '3']);
    expect(text).toContain('Theo khu vực bỏ phiếu');
    expect(text).toContain(
      `Số 1 (1/3 tổ đã báo cáo) ${LABEL}: ${pct(340, two)} ở 1 tổ đã báo cáo (340 / ${two} cử tri); cả khu vực bỏ phiếu: 340 / ${vi(one)} cử tri · ${pct(340, one)} (tính 2 tổ chưa báo cáo là 0)`,
    );
    expect(text).toContain(`Số 2 (0/2 tổ đã báo cáo) ${LABEL}: chưa có tổ nào báo cáo`);
    const pdf = (await c.get('/c/bau-cu/results/bao-cao.pdf')).bytes;
    const said = collapseSpaces(await pdfText(pdf));
    expect(said).toContain(
      `${LABEL}: tỷ lệ ${pct(340, two)} ở 1 tổ đã báo cáo (340/${two} cử tri); toàn phường: 340/${vi(voters(ALL))} cử tri, chiếm tỷ lệ ${pct(340, voters(ALL))} (tính 6 tổ chưa báo cáo là 0).`,
    );
    expect(said).toContain(
      `Số 1 (1/3 tổ đã báo cáo): tỷ lệ ${pct(340, two)} ở 1 tổ đã báo cáo (340/${two} cử tri); cả khu vực bỏ phiếu: 340/${vi(one)} cử tri, chiếm tỷ lệ ${pct(340, one)} (tính 2 tổ chưa báo cáo là 0).`,
    );
  });
});
