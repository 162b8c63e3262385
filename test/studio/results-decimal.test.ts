/**
 * The office types a figure in kg with decimals on a group's page of the Kết quả tab: "95,5" is
 * stored, shown so on the page (with its rate against the group's estimate), on the tab's table
 * and its total, and in the report's spreadsheet as the number 95,5; the people's box beside it
 * still refuses "2,5", saying why. A real studio on loopback, its data folder's SQLite file;
 * expected figures worked out by hand from the files below.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  numbersOf,
  officeForm,
  officeGroupPath,
  reportRows,
  sendOfficeForm,
  storePreviewed,
  visible,
} from './results-figures.js';
import { type Client, studioWithCampaign, type TestStudio } from './studio.js';

const SLUG = 'don-rac';
const ESTIMATE = 'Khối lượng dự kiến (kg)';
// No bracket: the unit is the estimate column's (the page's helpers read labels as patterns).
const KG = 'Khối lượng rác thu gom';
const PEOPLE = 'Số người tham gia';

describe('the office enters a figure in kg with decimals', () => {
  let s: TestStudio;
  let office: Client;
  let path = '';

  beforeAll(async () => {
    const dir = await makeTempDir('studio-decimal-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    await writeFile(
      campaign,
      measureCampaign(
        `{ id: rac_kg, label: ${KG}, of: ${ESTIMATE} }`,
        `{ id: nguoi, label: ${PEOPLE}, of: people }`,
      ),
    );
    await writeFile(
      groups,
      `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;${ESTIMATE}
1;Tổ dân phố số 1;Nguyễn Văn A;312;1102;120
2;Tổ dân phố số 2;Lê Thị B;288;990;90
`,
    );
    ({ s, c: office } = await studioWithCampaign(SLUG, [campaign, groups]));
    path = await officeGroupPath(office, SLUG, 'Tổ dân phố số 1');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('opens a decimal keyboard for the kg box', async () => {
    const f = officeForm((await office.get(path)).text);
    expect(f.html).toMatch(new RegExp(`name="${f.box(KG)}" inputmode="decimal"`));
    expect(f.html).toMatch(new RegExp(`name="${f.box(PEOPLE)}" inputmode="numeric"`));
  });

  it('refuses "2,5" people, saying a count of people is whole', async () => {
    const refused = await sendOfficeForm(office, path, { [PEOPLE]: '2,5' });
    expect(refused.status).toBe(422);
    expect(visible(refused.text)).toContain(
      `“${PEOPLE}”: “2,5” là số thập phân, nhưng số người phải là số nguyên`,
    );
  });

  it('stores "95,5" kg and shows it on the page, the tab and the spreadsheet', async () => {
    const sent = await sendOfficeForm(office, path, { [KG]: '95,5', [PEOPLE]: '40' });
    expect(sent.status, sent.text).toBe(303);
    const page = (await office.get(path)).text;
    // 95,5 of 120 kg: 79,58…% → 79,6%.
    expect(visible(page)).toContain('Số đã lưu: 95,5 kg / dự kiến 120 kg (79,6%)');
    const f = officeForm(page);
    expect(f.html).toMatch(new RegExp(`name="${f.box(KG)}"[^>]*value="95,5"`));
    const tab = visible((await office.get(`/c/${SLUG}/results`)).text);
    // One of two groups in: its rate leads, its figure beside it.
    expect(tab).toMatch(new RegExp(`${KG}: [^;]* đã báo cáo \\(95,5 / 120 kg\\)`));
    expect(tab).not.toContain('95.5');
    expect(numbersOf(await reportRows(office, SLUG), 'Tổ dân phố số 1')).toContain(95.5);
  });

  it('imports a file of kg with decimals: the preview and the tab say them so', async () => {
    const results = `/c/${SLUG}/results`;
    const csv = new TextEncoder().encode(`STT;${KG};${PEOPLE}\n2;1.234,5;300\n`);
    const preview = await office.upload(
      `${results}/import`,
      'file',
      'so-lieu.csv',
      csv,
      {},
      `${results}/import`,
    );
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    expect(text).toContain('1.234,5');
    expect(text).not.toContain('1234.5');
    const stored = await storePreviewed(office, preview.text);
    expect(stored.status).toBe(200);
    // By hand: 95,5 (group 1, entered above) + 1.234,5 = 1.330 kg of 120 + 90 = 210 kg.
    const tab = visible((await office.get(results)).text);
    expect(tab).toContain(`${KG}: 1.330 / 210 kg`);
    expect(numbersOf(await reportRows(office, SLUG), 'Tổ dân phố số 2')).toContain(1234.5);
  });
});
