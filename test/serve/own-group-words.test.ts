/**
 * A commune whose groups are called by different words (Ê Đê buôn and a Jrai plei; the campaign
 * names no word): the office's links page and its printed sheet of QR cards call each group's
 * head by the group's own word — a plei's head is a "trưởng plei", not the majority's "trưởng
 * buôn" (qa11 Q8) — as the group's tracking sheet and leader page do, its figures form
 * included (qa11 Q4: "Báo cáo kết quả của buôn" on the plei's page). Names and words are the
 * groups file's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { dengueCampaign } from '../fixtures/dengue-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer, tokenOf, wardOf } from './server.js';

const CAMPAIGN = dengueCampaign({ name: 'XÃ EA KAR', ward: 'xã Ea Kar', place: 'Ea Kar' });
const GROUPS = `STT,Tên buôn,Trưởng buôn
1,Buôn Ea Knốp,Y Bhin Niê
2,Buôn Kŏ Sĭr,Y Khu Mlô
3,Plei Ơi,Ksor H'Lan
`;

let s: TestServer;
let store: Store;
beforeAll(async () => {
  const ward = await wardOf(CAMPAIGN, GROUPS);
  store = await openStore({ dataDir: await makeTempDir() });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  s = await startServer({
    ward,
    results: { db: store.db, ...scope },
    baseUrl: 'https://xa-eakar.example.vn/tai-lieu',
  });
});
afterAll(async () => {
  await s?.app.close();
  await store?.close();
  await removeTempDirs();
});

const get = (path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });

describe('a commune of buôn and a plei', () => {
  it('its links page calls each group and its head by the group’s own word', async () => {
    const html = await (await get('/admin')).text();
    // The ward-wide heading says the word for all of them: a plei is no buôn (review).
    expect(html).toContain('<h1>Đường dẫn tải tài liệu của các khu dân cư</h1>');
    expect(html).toContain('Mã buôn: 1 · Trưởng buôn: Y Bhin Niê');
    expect(html).toContain('Mã plei: 3 · Trưởng plei: Ksor H&#x27;Lan');
    expect(html).not.toContain('Trưởng buôn: Ksor');
  });

  it('its sheet of QR cards too', async () => {
    const res = await get('/admin/qr.pdf');
    expect(res.status).toBe(200);
    const text = collapseSpaces(await pdfText(new Uint8Array(await res.arrayBuffer())));
    expect(text).toContain('Trưởng buôn: Y Bhin Niê');
    expect(text).toContain('Trưởng buôn: Y Khu Mlô');
    expect(text).toContain("Trưởng plei: Ksor H'Lan");
  });

  it('the plei’s leader page, figures form included, says "plei"', async () => {
    const html = await (await fetch(`${s.url}/g/${tokenOf('3')}/`)).text();
    expect(html).toContain('<h1>Plei Ơi</h1>');
    expect(html).toContain('Báo cáo kết quả của plei</h2>');
    expect(html).toContain('Nhập số liệu mới nhất của plei');
    expect(html).not.toMatch(/của buôn|trong buôn/);
  });
});
