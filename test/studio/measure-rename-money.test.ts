/**
 * qa43 minor 2: a sum's line reworded in place on Nội dung › Chỉ tiêu ("Số tiền đã thu (đồng) |
 * đồng" → "Số tiền đã thu phí và quỹ (đồng) | đồng", same place, same "đồng") asked "… đổi thì
 * Kết quả không còn tính các số này. Vẫn lưu?" although the figures were kept after "Vẫn lưu".
 * A count's line reworded so saved at once; a sum's line now does too, its figures counted. The
 * field's help names "| đồng" beside "người" and "hộ". The campaign file writes the sum's basis
 * as the QA round's did (`of: đồng`, test/fixtures/qa43).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { exampleWithMeasures } from './fee-campaigns.js';
import { leaderLinks, report, visible } from './results-figures.js';
import { Client, type TestStudio } from './studio.js';

const HOMES = 'Số hộ đã nộp phí';
const MONEY = 'Số tiền đã thu (đồng)';
const RENAMED = 'Số tiền đã thu phí và quỹ (đồng)';

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, c: office } = await exampleWithMeasures([
    `{ id: ho, label: ${HOMES}, of: households }`,
    `{ id: tien, label: ${MONEY}, of: đồng }`,
  ]));
  const links = await leaderLinks(office, 'hai-phong');
  await report(new Client(s.url), links.get('Tổ dân phố số 1') ?? '', {
    [HOMES]: '120',
    [MONEY]: '28.800.000',
  });
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a sum’s line reworded in place', () => {
  it('the field’s help names “| đồng”', async () => {
    const page = visible((await office.get('/c/hai-phong')).text);
    expect(page).toMatch(/tên chỉ tiêu \| người, hộ, đồng/);
    expect(page).toContain('“đồng”: một số tiền, không tính tỉ lệ');
    // And that a unit of its own is taken, not learnt from an error (qa55 p3).
    expect(page).toContain('một đơn vị tính (kg, túi, suất, đơn vị…): cộng dồn, không tính tỉ lệ');
  });

  it('saves at once, no question, and the figure still counts', async () => {
    const before = (await openCampaignPage(office)).measures ?? '';
    expect(before).toBe(`${HOMES} | hộ\n${MONEY} | đồng`);
    const saved = await saveCampaignPage(office, 'hai-phong', {
      measures: `${HOMES} | hộ\n${RENAMED} | đồng`,
    });
    expect(visible(saved.text)).not.toContain('không còn tính các số này');
    expect(saved.status).toBe(303);
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).toContain(RENAMED);
    expect(results).toContain('28.800.000');
    expect(results).not.toContain('không còn trong chiến dịch');
  });
});
