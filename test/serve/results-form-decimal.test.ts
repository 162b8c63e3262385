/**
 * The leader's form of a measure in kg takes a figure with decimals: its box opens a keyboard
 * with a decimal comma, "12,5" is saved as 12,5 (in a real SQLite file, read back from it after
 * the server closed) and shown so with its rate against the estimate; a count of people beside
 * it still refuses "2,5 người", saying why. A real server on loopback; expected figures by hand.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { visible } from '../support/page-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { sendFigures, startResultsServer, type TestServer, tokenOf, wardOf } from './server.js';

afterAll(removeTempDirs);

const ESTIMATE = 'Khối lượng dự kiến (kg)';
const KG = 'Khối lượng rác thu gom (kg)';
const PEOPLE = 'Số người tham gia';

describe('the leader’s form of a measure in kg', () => {
  let store: Store | undefined;
  let dir = '';
  const s = {} as TestServer;
  beforeAll(async () => {
    const ward = await wardOf(
      measureCampaign(
        `{ id: rac_kg, label: ${KG}, of: ${ESTIMATE} }`,
        `{ id: nguoi, label: ${PEOPLE}, of: people }`,
      ),
      `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;${ESTIMATE}
1;Tổ dân phố số 1;Nguyễn Văn A;312;1102;120
2;Tổ dân phố số 2;Lê Thị B;288;990;1500
`,
    );
    dir = await makeTempDir('results-decimal-');
    const served = await startResultsServer(ward, dir);
    store = served.store;
    Object.assign(s, served);
  });
  afterAll(async () => {
    await s.app?.close();
    await store?.close();
  });
  const page = async (group: string) => (await fetch(`${s.url}/g/${tokenOf(group)}/`)).text();
  const words = visible;

  it('opens a decimal keyboard for the kg box, a numeric one for the people box', async () => {
    const html = await page('1');
    expect(html).toMatch(/id="so_rac_kg"[^>]*inputmode="decimal"/);
    expect(html).toMatch(/id="so_nguoi"[^>]*inputmode="numeric"/);
  });

  it('saves "12,5" kg as 12,5 and shows it in kg with its rate against the estimate', async () => {
    const r = await sendFigures(s.url, '1', { so_rac_kg: '12,5' });
    expect(r.status, r.html).toBe(303);
    const html = await page('1');
    // 12,5 of 120 kg: 10,41…% → 10,4%.
    expect(words(html)).toContain('Đã lưu: 12,5 kg (10,4% dự kiến 120 kg)');
    // The box holds it as the form reads it back.
    expect(html).toMatch(/id="so_rac_kg"[^>]*value="12,5"/);
  });

  it('saves "1.234,5 kg" as one thousand two hundred and thirty-four and a half', async () => {
    const r = await sendFigures(s.url, '2', { so_rac_kg: '1.234,5 kg' });
    expect(r.status, r.html).toBe(303);
    // 1234,5 of 1500 kg: 82,3%.
    expect(words(await page('2'))).toContain('Đã lưu: 1.234,5 kg (82,3% dự kiến 1.500 kg)');
  });

  it('refuses "2,5 người" for a count of people, saying it must be whole', async () => {
    const r = await sendFigures(s.url, '1', { so_nguoi: '2,5 người' });
    expect(r.status).toBe(422);
    expect(r.html).toContain(
      `“${PEOPLE}”: “2,5 người” là số thập phân, nhưng số người phải là số nguyên`,
    );
  });

  it('keeps the figures in the SQLite file as typed', async () => {
    await s.app?.close();
    await store?.close();
    store = undefined;
    const raw = new Database(join(dir, 'phuong-print.sqlite'), { readonly: true });
    const rows = raw
      .prepare("select value from result_values where measure = 'rac_kg' order by value")
      .all();
    raw.close();
    expect(rows).toEqual([{ value: 12.5 }, { value: 1234.5 }]);
  });
});
