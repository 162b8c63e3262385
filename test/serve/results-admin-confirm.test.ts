import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import { charityWard } from '../support/charity-fund.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { fromHtml, pageText } from './leader-page.js';
import {
  ADMIN_PASSWORD,
  basic,
  sendFigures,
  startResultsServer,
  type TestServer,
} from './server.js';

/** The list's targets of the tổ this file sends figures for. */
const TARGET = { '1': 15_000_000, '7': 15_000_000, '8': 10_000_000 };
const vi = (n: number) => n.toLocaleString('de-DE');
/** A rate as the pages print it: 541,7%, 1.000,0%. */
const pct = (v: number, base: number) => {
  const tenths = Math.round((v * 1000) / base);
  return `${vi(Math.floor(tenths / 10))},${tenths % 10}%`;
};

let store: Store;
let campaign: string;
const s = {} as TestServer;
beforeAll(async () => {
  const { dir, ward } = await charityWard('results-confirm-');
  const served = await startResultsServer(ward, dir);
  ({ store, campaign } = served);
  Object.assign(s, served);
  // A tổ in line with its target; one ten times it and one in thousands, each ticked by its
  // leader ("the figure is right"): not the office's check, so both are "chưa xác nhận".
  expect((await sendFigures(s.url, '1', { so_tien: '12.500.000' })).status).toBe(303);
  expect((await sendFigures(s.url, '7', { so_tien: '150.000.000' }, true)).status).toBe(303);
  expect((await sendFigures(s.url, '8', { so_tien: '9.500' }, true)).status).toBe(303);
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const OFFICE = { authorization: basic('admin', ADMIN_PASSWORD) };
const get = (path: string) => fetch(`${s.url}${path}`, { headers: OFFICE });
const reportText = async () =>
  collapseSpaces(
    await pdfText(new Uint8Array(await (await get('/admin/bao-cao.pdf')).arrayBuffer())),
  );

/** The "Xác nhận số đúng" form of the item that names `said`: its action and its fields. */
function confirmForm(html: string, said: string) {
  const item = [...fromHtml(html).matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)]
    .map((m) => m[1] ?? '')
    .find((li) => li.includes(said) && li.includes('<form'));
  if (!item) return undefined;
  const action = /<form[^>]*action="([^"]+)"/.exec(item)?.[1] ?? '';
  const fields = Object.fromEntries(
    [...item.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
  return { action, fields, button: /<button[^>]*>([^<]+)<\/button>/.exec(item)?.[1] ?? '' };
}

/** The form posted as a browser sends it from the page itself, `headers` replacing its own. */
const post = (
  action: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) =>
  fetch(`${s.url}${action}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      ...OFFICE,
      'content-type': 'application/x-www-form-urlencoded',
      origin: s.url,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });

const historyLength = async (id: string) => (await readHistory(store.db, campaign, id)).length;

describe('refused without the page, the token or the password', () => {
  it('refuses a POST without the token (403, in Vietnamese), confirming nothing', async () => {
    const form = confirmForm(await (await get('/admin/ket-qua')).text(), 'Tổ dân phố 8: 9.500');
    // The page's own confirm form, found (a missing one would post to / and pass a refusal).
    expect(form?.action).toMatch(/xac-nhan/);
    expect(form).toBeDefined();
    const { form: _token, ...rest } = form?.fields ?? {};
    const before = await historyLength('8');
    const r = await post(form?.action ?? '', rest);
    expect(r.status).toBe(403);
    const text = pageText(await r.text());
    expect(text).toContain(
      'Biểu mẫu đã cũ hoặc không được gửi từ trang này: chưa xác nhận số nào. Hãy xem lại các số dưới đây rồi bấm xác nhận lại.',
    );
    // The page again, the figure still asked about.
    expect(text).toContain(
      `Tổ dân phố 8: 9.500 đồng, chưa bằng 1% chỉ tiêu ${vi(TARGET['8'])} đồng`,
    );
    // A forged token is no better.
    expect((await post(form?.action ?? '', { ...rest, form: `${Date.now()}.abc` })).status).toBe(
      403,
    );
    expect(await historyLength('8')).toBe(before);
  });

  it('refuses the page’s own form posted from another site (Fetch Metadata or Origin)', async () => {
    const form = confirmForm(await (await get('/admin/ket-qua')).text(), 'Tổ dân phố 8: 9.500');
    // The page's own confirm form, found (a missing one would post to / and pass a refusal).
    expect(form?.action).toMatch(/xac-nhan/);
    const before = await historyLength('8');
    // A cross-site page cannot read the token; were it leaked, the browser's word still counts.
    const cross = await post(form?.action ?? '', form?.fields ?? {}, {
      'sec-fetch-site': 'cross-site',
      origin: 'https://evil.example',
    });
    expect(cross.status).toBe(403);
    expect(pageText(await cross.text())).toContain('chưa xác nhận số nào');
    const sibling = await post(form?.action ?? '', form?.fields ?? {}, {
      'sec-fetch-site': 'same-site',
    });
    expect(sibling.status).toBe(403);
    // An old browser without Fetch Metadata: its Origin of another host.
    const byOrigin = await fetch(`${s.url}${form?.action ?? ''}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        ...OFFICE,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: new URLSearchParams(form?.fields ?? {}).toString(),
    });
    expect(byOrigin.status).toBe(403);
    expect(await historyLength('8')).toBe(before);
  });

  it('refuses a wrong password, and a token drawn for the right one, with 401', async () => {
    const form = confirmForm(await (await get('/admin/ket-qua')).text(), 'Tổ dân phố 8: 9.500');
    // The page's own confirm form, found (a missing one would post to / and pass a refusal).
    expect(form?.action).toMatch(/xac-nhan/);
    const before = await historyLength('8');
    const r = await post(form?.action ?? '', form?.fields ?? {}, {
      authorization: basic('admin', 'mật-khẩu-sai'),
    });
    expect(r.status).toBe(401);
    const none = await post(form?.action ?? '', form?.fields ?? {}, { authorization: '' });
    expect(none.status).toBe(401);
    expect(await historyLength('8')).toBe(before);
  });

  it('confirms nothing when the figure changed after the page was shown (409)', async () => {
    const form = confirmForm(await (await get('/admin/ket-qua')).text(), 'Tổ dân phố 8: 9.500');
    // The page's own confirm form, found (a missing one would post to / and pass a refusal).
    expect(form?.action).toMatch(/xac-nhan/);
    // The leader sends another meanwhile.
    expect((await sendFigures(s.url, '8', { so_tien: '9.600' }, true)).status).toBe(303);
    const before = await historyLength('8');
    const r = await post(form?.action ?? '', form?.fields ?? {});
    expect(r.status).toBe(409);
    const text = pageText(await r.text());
    expect(text).toContain(
      'Số liệu của Tổ dân phố 8 vừa thay đổi sau khi mở trang này: chưa xác nhận số nào.',
    );
    expect(text).toContain(
      `Tổ dân phố 8: 9.600 đồng, chưa bằng 1% chỉ tiêu ${vi(TARGET['8'])} đồng`,
    );
    expect(await historyLength('8')).toBe(before);
  });
});

describe('a sum ten times its target, confirmed on /admin/ket-qua', () => {
  const figure7 = 150_000_000;
  const figure1 = 12_500_000;

  it('is shown unconfirmed first: asked about, its rate left out, “chưa xác nhận” in the report', async () => {
    const html = await (await get('/admin/ket-qua')).text();
    const text = pageText(html);
    expect(text).toContain(
      `Tổ dân phố 7: ${vi(figure7)} đồng, gấp 10 lần chỉ tiêu ${vi(TARGET['7'])} đồng`,
    );
    expect(confirmForm(html, `Tổ dân phố 7: ${vi(figure7)}`)?.button).toBe('Xác nhận số đúng');
    expect(text).toContain(`${vi(figure7)} ⚠ gấp 10 lần chỉ tiêu, cần kiểm tra`);
    // The rate the headline claims leaves out both figures yet to check: Tổ 1's alone.
    expect(text).toContain(
      `${pct(figure1, TARGET['1'])} ở 3 tổ đã báo cáo, chưa tính 2 tổ có số liệu chưa xác nhận`,
    );
    // Not ranked: Tổ 1 is first.
    expect(text).toContain('Hạng Tổ Số tiền đã vận động (đồng) Cập nhật 1 Tổ dân phố 1');
    expect(await reportText()).toContain('Tổ dân phố 7 (chưa xác nhận: gấp 10 lần chỉ tiêu)');
  });

  it('is confirmed by the button: 303 back, said at the top, no longer asked about', async () => {
    const form = confirmForm(
      await (await get('/admin/ket-qua')).text(),
      `Tổ dân phố 7: ${vi(figure7)}`,
    );
    const r = await post(form?.action ?? '', form?.fields ?? {});
    expect(r.status).toBe(303);
    const back = r.headers.get('location') ?? '';
    expect(back).toMatch(/^\/admin\/ket-qua\?/);
    const text = pageText(await (await get(back)).text());
    expect(text).toContain(
      'Đã xác nhận số liệu của Tổ dân phố 7: báo cáo không còn ghi số này là “chưa xác nhận”.',
    );
    expect(text).not.toContain(`Tổ dân phố 7: ${vi(figure7)} đồng, gấp 10 lần`);
    expect(text).not.toContain(`${vi(figure7)} ⚠`);
    // Tổ 8's figure is still asked about: one figure was confirmed, not every one.
    expect(text).toContain('Tổ dân phố 8: 9.600 đồng');
    // The history says the office confirmed it, the figure unchanged.
    const [last] = await readHistory(store.db, campaign, '7');
    expect(last?.source).toBe('office');
    expect(last?.confirmed).toBe(true);
    expect(last?.values).toEqual({ tien: figure7 });
    // The same form again (a second click) stores nothing more.
    const n = await historyLength('7');
    expect((await post(form?.action ?? '', form?.fields ?? {})).status).toBe(303);
    expect(await historyLength('7')).toBe(n);
  });

  it('is counted in /admin’s totals and ranked, and the report no longer marks it', async () => {
    const text = pageText(await (await get('/admin/ket-qua')).text());
    // The rate the headline claims holds Tổ 7's sum now (Tổ 8's still left out, unconfirmed).
    const withIt = pct(figure1 + figure7, TARGET['1'] + TARGET['7']);
    expect(text).toContain(
      `${withIt} ở 3 tổ đã báo cáo, chưa tính 1 tổ có số liệu chưa xác nhận (${vi(figure1 + figure7)} / ${vi(TARGET['1'] + TARGET['7'])} đồng)`,
    );
    // Ranked, first: ten times its target.
    expect(text).toContain(
      `Cập nhật 1 Tổ dân phố 7 Đoàn Văn Hải ${vi(figure7)} ${pct(figure7, TARGET['7'])} vượt chỉ tiêu`,
    );
    const pdf = await reportText();
    expect(pdf).not.toContain('Tổ dân phố 7 (chưa xác nhận');
    expect(pdf).toContain('Tổ dân phố 8 (chưa xác nhận');
  });
});

describe('the answer says what happened, and keeps the list as searched and sorted', () => {
  it('a second click says nothing was left to confirm, not “Đã xác nhận”', async () => {
    // Tổ 8's form, posted twice from the page as it was (a second click, or another tab's).
    const form = confirmForm(await (await get('/admin/ket-qua')).text(), 'Tổ dân phố 8: 9.600');
    expect((await post(form?.action ?? '', form?.fields ?? {})).status).toBe(303);
    const n = await historyLength('8');
    const again = await post(form?.action ?? '', form?.fields ?? {});
    expect(again.status).toBe(303);
    const text = pageText(await (await get(again.headers.get('location') ?? '')).text());
    expect(text).toContain(
      'Số liệu của Tổ dân phố 8 không còn số nào chờ xác nhận (có thể đã được xác nhận ở trang khác): không thay đổi gì.',
    );
    expect(text).not.toContain('Đã xác nhận');
    expect(await historyLength('8')).toBe(n);
  });

  it('the search and the sort the office used come back after a confirmation and a refusal', async () => {
    // A leader sends a new figure far out of line: asked about again.
    expect((await sendFigures(s.url, '8', { so_tien: '9.700' }, true)).status).toBe(303);
    const listed = await (await get('/admin/ket-qua?q=8&sap-xep=cap-nhat')).text();
    const form = confirmForm(listed, 'Tổ dân phố 8: 9.700');
    expect(form?.fields.q).toBe('8');
    expect(form?.fields['sap-xep']).toBe('cap-nhat');
    // Refused (the token left out): the page again, still searched for “8”.
    const { form: _token, ...rest } = form?.fields ?? {};
    const refused = await post(form?.action ?? '', rest);
    expect(refused.status).toBe(403);
    const refusedText = pageText(await refused.text());
    expect(refusedText).toContain('khớp với “8”');
    expect(refusedText).not.toContain('Tổ dân phố 7 Đoàn Văn Hải');
    // Confirmed: back to the list searched for “8”, sorted by the latest report.
    const done = await post(form?.action ?? '', form?.fields ?? {});
    expect(done.status).toBe(303);
    const back = done.headers.get('location') ?? '';
    expect(new URL(back, s.url).searchParams.get('q')).toBe('8');
    expect(new URL(back, s.url).searchParams.get('sap-xep')).toBe('cap-nhat');
    const html = await (await get(back)).text();
    const text = pageText(html);
    expect(text).toContain('Đã xác nhận số liệu của Tổ dân phố 8');
    expect(text).toContain('khớp với “8”');
    // The sort the office chose is the one in use (said in bold, not a link).
    expect(html).toContain('<strong>Mới cập nhật</strong>');
  });
});
