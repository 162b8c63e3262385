/**
 * The leader's page of a measure taken against a count column that is not of people (qa19
 * findings 1 and 2): a rabies drive's "Số chó". The page says what the tracking sheet asks in
 * the column's own word ("ghi vào ô số chó của hộ", not "số người trong hộ"), the figure's base
 * in it ("trên 75 chó"); a 0 in the column is not known, as a 0 household count is: no "above"
 * question for a thôn whose cell reads 0 (was "12 lớn hơn số chó của thôn Tây (0)").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readLatest } from '../../src/results/results-store.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const DOGS = 'Số chó';
const EAST = { id: '1', name: 'Thôn Đông', dogs: 75 };
const WEST = { id: '2', name: 'Thôn Tây' };
const GROUPS = `Mã thôn;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu;${DOGS}
${EAST.id};${EAST.name};Nguyễn Văn A;312;1102;${EAST.dogs}
${WEST.id};${WEST.name};Lê Thị B;288;990;0
`;

const LABEL = 'Số con chó đã tiêm phòng';
const CAMPAIGN = `issued: 2026-03-02
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ AN KHÁNH]
  ward: xã An Khánh
  place: Bến Tre
  office: Bộ phận Nông nghiệp
notice:
  number: 9
  symbol: TB-UBND
  subject: tiêm phòng bệnh dại cho chó, mèo
  body: Đề nghị các thôn triển khai./.
  signer: { lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Võ Thị Kim Loan }
  cc: ["Lưu: VT."]
title: Tiêm phòng bệnh dại
actions:
  - { step: Đưa chó đến điểm tiêm đúng ngày, column: Đã tiêm phòng }
measures:
  - { id: cho_tiem, label: ${LABEL}, of: ${DOGS} }
`;

let store: Store;
let campaign: string;
const s = {} as TestServer;
beforeAll(async () => {
  const ward = await wardOf(CAMPAIGN, GROUPS);
  store = await openStore({ dataDir: await makeTempDir('results-column-') });
  campaign = campaignKey(ward.campaign);
  Object.assign(
    s,
    await startServer({
      ward,
      renderer: createInProcessRenderer(ward),
      results: { db: store.db, campaign, measures: ward.campaign.measures },
    }),
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const page = async (id: string) => (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text();
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,)])/g, '$1');

/** The leader's form as the page sends it, with `figure` typed. */
async function send(id: string, figure: string) {
  const html = await page(id);
  const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden = Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
  const res = await fetch(`${s.url}/g/${tokenOf(id)}/ket-qua`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...hidden, so_cho_tiem: figure }).toString(),
  });
  return { status: res.status, html: await res.text() };
}

const saved = async (id: string) =>
  (await readLatest(store.db, campaign)).get(id)?.get('cho_tiem')?.value;

describe('the leader’s page of a measure of the column "Số chó"', () => {
  it('asks for the household’s dogs on the tracking sheet, and gives the base in dogs', async () => {
    const text = plain(await page(EAST.id));
    expect(text).toContain('mỗi hộ một dòng, ghi vào ô số chó của hộ đã làm xong từng việc');
    expect(text).not.toContain('số người trong hộ');
    expect(text).toContain(`trên ${EAST.dogs} chó`);
  });

  it('takes "12 con chó" as 12', async () => {
    expect((await send(EAST.id, '12 con chó')).status).toBe(303);
    expect(await saved(EAST.id)).toBe(12);
  });

  it('saves a figure of a thôn whose cell is 0 without an "above" question', async () => {
    const r = await send(WEST.id, '12');
    expect(r.status, plain(r.html)).toBe(303);
    expect(await saved(WEST.id)).toBe(12);
    expect(plain(await page(WEST.id))).not.toContain('trên 0');
  });
});
