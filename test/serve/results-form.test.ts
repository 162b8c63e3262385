/**
 * The participation form on a leader's page, over real HTTP on loopback: a leader enters the
 * group's figures, sees them saved with their time, corrects one, and the history keeps both.
 * The link decides the group (never the form's body); a form of another group or from another
 * site is refused; bad figures are refused in Vietnamese with nothing stored; each link is
 * rate-limited on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readHistory, readLatest } from '../../src/results/results-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { exampleWard, startServer, type TestServer, tokenOf } from './server.js';

let store: Store;
let campaign: string;
const s = {} as TestServer;
beforeAll(async () => {
  store = await openStore({ dataDir: await makeTempDir() });
  const ward = await exampleWard();
  campaign = campaignKey(ward.campaign);
  Object.assign(
    s,
    await startServer({
      results: { db: store.db, campaign, measures: ward.campaign.measures },
    }),
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const pageOf = (id: string, query = '') =>
  fetch(`${s.url}/g/${tokenOf(id)}/${query}`).then((r) => r.text());

/** The hidden fields of the page's form, as a browser would send them back. */
function hiddenFields(html: string): Record<string, string> {
  const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
}

const post = (id: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${s.url}/g/${tokenOf(id)}/ket-qua`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

describe('participation form', () => {
  it('shows the campaign’s measures below the downloads, nothing reported yet', async () => {
    const html = await pageOf('7');
    const form = html.indexOf('<form class="figures"');
    expect(form).toBeGreaterThan(html.lastIndexOf('class="doc"'));
    for (const label of [
      'Số người dân tham gia cuộc thi',
      'Số người dân nhận giấy chứng nhận',
      'Số hộ gia đình cài đặt ứng dụng Smart Hải Phòng',
    ]) {
      expect(html).toContain(`>${label}</label>`);
    }
    expect(html.match(/inputmode="numeric"/g)).toHaveLength(3);
    // Group 7 has 536 residents and 168 households (groups.csv).
    expect(html).toContain('Chưa báo cáo · trên 536 nhân khẩu');
    expect(html).toContain('Chưa báo cáo · trên 168 hộ');
    expect(hiddenFields(html)).toMatchObject({ base: '0' });
  });

  it('sends the address a refused form was answered at, reopened, to the group’s form (qa11 Q14)', async () => {
    const again = await fetch(`${s.url}/g/${tokenOf('5')}/ket-qua`, { redirect: 'manual' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/g/${tokenOf('5')}/#ket-qua`);
    // A token that opens nothing still does not.
    const wrong = await fetch(`${s.url}/g/${'x'.repeat(22)}/ket-qua`, { redirect: 'manual' });
    expect(wrong.status).toBe(404);
  });

  it('saves, shows the figures and when, corrects one, and keeps the history', async () => {
    const first = hiddenFields(await pageOf('5'));
    const sent = await post('5', {
      ...first,
      so_tham_gia: '120',
      so_chung_nhan: '95',
      so_cai_app: '61',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/g/${tokenOf('5')}/?da-luu#ket-qua`);
    const saved = await pageOf('5', '?da-luu');
    expect(saved).toContain('Đã lưu số liệu.');
    // 120 of 1 052 residents = 11,4%; 61 of 305 households = 20,0%.
    expect(saved).toMatch(
      /Đã lưu: <strong>120<\/strong> người \(11,4% trên 1\.052 nhân khẩu\) lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/,
    );
    expect(saved).toContain('Đã lưu: <strong>61</strong> hộ (20,0% trên 305 hộ)');
    expect(saved).toContain('value="120"');

    const second = hiddenFields(saved);
    expect(second.base).not.toBe(first.base);
    const corrected = await post('5', {
      ...second,
      so_tham_gia: '1.024',
      so_chung_nhan: '95',
      so_cai_app: '61',
    });
    expect(corrected.status).toBe(303);
    const latest = (await readLatest(store.db, campaign)).get('5');
    expect(latest?.get('tham_gia')?.value).toBe(1024);
    expect(latest?.get('chung_nhan')?.value).toBe(95);
    const history = await readHistory(store.db, campaign, '5');
    expect(history.map((h) => h.values)).toEqual([
      { tham_gia: 1024 },
      { tham_gia: 120, chung_nhan: 95, cai_app: 61 },
    ]);
    expect(history.every((h) => h.source === 'leader')).toBe(true);
    const page = await pageOf('5');
    expect(page).toContain('Lịch sử cập nhật (2 lần)');

    // The first form sent again (a resend of an old page): stored once, never twice.
    const resent = await post('5', { ...first, so_tham_gia: '120' });
    expect(resent.status).toBe(409);
    expect(await resent.text()).toContain('đã thay đổi từ khi bạn mở trang này');
    expect(await readHistory(store.db, campaign, '5')).toHaveLength(2);
  });

  it("the link decides the group: another group's id in the body changes nothing of it", async () => {
    const fields = hiddenFields(await pageOf('9'));
    const res = await post('9', {
      ...fields,
      so_tham_gia: '33',
      group: '10',
      group_id: '10',
      nhom: '10',
      id: '10',
    });
    expect(res.status).toBe(303);
    const latest = await readLatest(store.db, campaign);
    expect(latest.get('9')?.get('tham_gia')?.value).toBe(33);
    expect(latest.has('10')).toBe(false);
    // Group 10's form token sent to group 9's link, or group 9's to group 10's: refused.
    const ten = hiddenFields(await pageOf('10'));
    expect((await post('9', { ...ten, so_tham_gia: '34' })).status).toBe(403);
    expect((await post('10', { ...fields, so_tham_gia: '34' })).status).toBe(403);
    const again = await readLatest(store.db, campaign);
    expect(again.get('9')?.get('tham_gia')?.value).toBe(33);
    expect(again.has('10')).toBe(false);
  });

  it('refuses bad figures in Vietnamese and stores nothing; above the population needs a confirmation', async () => {
    const fields = hiddenFields(await pageOf('12'));
    const bad = await post('12', { ...fields, so_tham_gia: '-5', so_chung_nhan: '12,5' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('“Số người dân tham gia cuộc thi”: số liệu không thể là số âm.');
    expect(html).toContain(
      // A count of people is whole: the reason is said with the figure as typed.
      '“Số người dân nhận giấy chứng nhận”: “12,5” là số thập phân, nhưng số người phải là số nguyên: ghi số nguyên, ví dụ 125 hoặc 1.250.',
    );
    // What was typed stays in the boxes.
    expect(html).toContain('value="-5"');
    // Twenty digits is a count no group has: said so, not "not a number".
    const huge = await post('12', { ...fields, so_tham_gia: '12345678901234567890' });
    expect(huge.status).toBe(422);
    expect(await huge.text()).toContain(
      '“Số người dân tham gia cuộc thi”: số này quá lớn, hãy xem lại số đã ghi.',
    );
    // Group 12 has 322 households: 3 220 is a typo until confirmed.
    const above = await post('12', { ...fields, so_cai_app: '3220' });
    expect(above.status).toBe(422);
    const aboveHtml = await above.text();
    expect(aboveHtml).toContain('3.220 lớn hơn số hộ của Tổ dân phố số 12 (322)');
    expect(aboveHtml).toContain('name="xac_nhan"');
    expect((await readLatest(store.db, campaign)).has('12')).toBe(false);
    const confirmed = await post('12', { ...fields, so_cai_app: '3220', xac_nhan: '1' });
    expect(confirmed.status).toBe(303);
    const [entry] = await readHistory(store.db, campaign, '12');
    expect(entry).toMatchObject({ values: { cai_app: 3220 }, confirmed: true });
  });

  it('refuses a cross-site or same-site form and a forged form token', async () => {
    // Group 10, refused above and given nothing since: its page's documents are drawn already.
    const fields = hiddenFields(await pageOf('10'));
    const cross = await post(
      '10',
      { ...fields, so_tham_gia: '5' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(cross.status).toBe(403);
    // A sibling subdomain's page (another site under the same domain): refused as the office's
    // confirm refuses it (review35 #9, one rule for both forms).
    const sibling = await post(
      '10',
      { ...fields, so_tham_gia: '5' },
      { 'sec-fetch-site': 'same-site' },
    );
    expect(sibling.status).toBe(403);
    expect(await sibling.text()).toContain('Biểu mẫu đã cũ hoặc không hợp lệ');
    const foreign = await post(
      '10',
      { ...fields, so_tham_gia: '5' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const forged = await post('10', { ...fields, form: 'A'.repeat(32), so_tham_gia: '5' });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Biểu mẫu đã cũ hoặc không hợp lệ');
    expect((await readLatest(store.db, campaign)).has('10')).toBe(false);
  });
});

describe('participation form rate limit', () => {
  it('each link may send only so many forms a minute; another link still can', async () => {
    // The file's disk cache: the pages of groups 5 and 9 find their documents drawn.
    const own = await startServer({
      results: { db: store.db, campaign: 'rate-test', measures: s.ward.campaign.measures },
      resultsRateLimit: 3,
      cacheDir: s.cacheDir,
    });
    try {
      const send = async (id: string, n: number) => {
        const html = await fetch(`${own.url}/g/${tokenOf(id)}/`).then((r) => r.text());
        return fetch(`${own.url}/g/${tokenOf(id)}/ket-qua`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ ...hiddenFields(html), so_tham_gia: String(n) }).toString(),
        });
      };
      const statuses = [];
      for (let i = 1; i <= 4; i++) statuses.push((await send('5', i)).status);
      expect(statuses).toEqual([303, 303, 303, 429]);
      expect((await send('9', 1)).status).toBe(303);
    } finally {
      await own.app.close();
    }
  });
});
