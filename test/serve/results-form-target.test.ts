/**
 * The leader's page of a measure taken against a target (qa19 finding 4): a blood-donation
 * day's "Chỉ tiêu (người)". The base is said as a target in the header's unit ("chỉ tiêu 25
 * người", not "trên 25 chỉ tiêu (người)"), and a figure over it is saved without the "above"
 * question and its confirmation tick: going over a quota is what the ward asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readLatest } from '../../src/results/results-store.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const QUOTA = 'Chỉ tiêu (người)';
const KP1 = { id: '1', name: 'Khu phố 1', quota: 25 };
const GROUPS = `Mã khu phố;Tên khu phố;Trưởng khu phố;Số hộ;Số nhân khẩu;${QUOTA}
${KP1.id};${KP1.name};Nguyễn Văn A;312;1102;${KP1.quota}
2;Khu phố 2;Lê Thị B;288;990;20
`;

const CAMPAIGN = `issued: 2026-05-10
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG BÀN CỜ]
  ward: phường Bàn Cờ
  place: Thành phố Hồ Chí Minh
  office: Ban Chỉ đạo vận động hiến máu
notice:
  number: 15
  symbol: TB-UBND
  subject: vận động tham gia Ngày hội hiến máu tình nguyện
  body: Đề nghị các khu phố vận động./.
  signer: { lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Phan Minh Trí }
  cc: ["Lưu: VT."]
title: Ngày hội hiến máu
actions:
  - { step: Đăng ký hiến máu với trưởng khu phố, column: Đã đăng ký }
measures:
  - { id: dang_ky, label: Số người đăng ký hiến máu, of: ${QUOTA} }
`;

let store: Store;
let campaign: string;
const s = {} as TestServer;
beforeAll(async () => {
  const ward = await wardOf(CAMPAIGN, GROUPS);
  store = await openStore({ dataDir: await makeTempDir('results-target-') });
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
    body: new URLSearchParams({ ...hidden, so_dang_ky: figure }).toString(),
  });
  return { status: res.status, html: await res.text() };
}

const saved = async (id: string) =>
  (await readLatest(store.db, campaign)).get(id)?.get('dang_ky')?.value;

describe('the leader’s page of a measure against "Chỉ tiêu (người)"', () => {
  it('says the base as the khu phố’s target, in people', async () => {
    const text = plain(await page(KP1.id));
    expect(text).toContain(`chỉ tiêu ${KP1.quota} người`);
    expect(text).not.toContain('chỉ tiêu (người)');
  });

  it('saves a figure over the target at once, with no confirmation asked', async () => {
    const over = KP1.quota + 6;
    const r = await send(KP1.id, String(over));
    expect(r.status, plain(r.html)).toBe(303);
    expect(await saved(KP1.id)).toBe(over);
    const text = plain(await page(KP1.id));
    expect(text).toContain(`chỉ tiêu ${KP1.quota} người`);
    expect(text).not.toContain('Tôi xác nhận');
  });
});
