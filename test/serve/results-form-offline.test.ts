/**
 * A send the network loses, said in the page (qa34 M1): with scripts on, the figures form is
 * sent with fetch; when the connection is down, or the answer is lost after the server stored
 * the figures, or nothing comes back in time, the leader sees "Chưa gửi được" in the page, the
 * typed figures still in their boxes, and a "Gửi lại" button — not the browser's own error page.
 * Back online, "Gửi lại" saves them, once: the page's history of changes has one entry.
 * An answer that arrives late is still taken (the send worked: never "Chưa gửi được" for it); an
 * answer that is not the form (the ward's error page, a proxy's 503) is said in that same box,
 * the figures kept, not put in place of the page (review40 #3); when it is a 410 (the group left
 * the list) no "Gửi lại" is offered. An answer whose body stops arriving is said as no answer
 * after a minute, with "Gửi lại", which stores the figures once. Chromium, a 360×740 phone in
 * Zalo; one page for every case, its clock the test's. (Scripts off, the plain POST:
 * results-form-back.test.ts.)
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { chromiumAvailable, phoneOptions } from './chromium.js';
import {
  CERTIFIED,
  JOINED,
  resultsServerInChromium,
  withoutThumbnails,
  ZALO_ANDROID,
} from './results-chromium.js';
import { exampleWard, forkDocuments, tokenOf } from './server.js';

describe.skipIf(!chromiumAvailable)('the figures form when the network fails (scripts on)', () => {
  const held = resultsServerInChromium({ memoryCache: forkDocuments() });
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await held.browser.newContext(phoneOptions({ userAgent: ZALO_ANDROID }));
    await withoutThumbnails(context);
    page = await context.newPage();
    // The phone's clock is the test's: the page's 30 s wait passes when a case says so.
    await page.clock.install();
  });
  afterAll(() => context?.close());
  afterEach(async () => {
    // What a case added to the page: its routes and its listeners (the next case's page is this one).
    page.removeAllListeners('request');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.setOffline(false);
  });

  async function openGroup(group: string, origin = held.s.url): Promise<Page> {
    await page.goto(`${origin}/g/${tokenOf(group)}/`);
    await page.getByLabel(JOINED).fill('120');
    await page.getByLabel(CERTIFIED).fill('80');
    return page;
  }

  /** The figures form's first POST held until `release` (then sent on to the server). */
  async function holdFirstSend() {
    let held = 0;
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/ket-qua', async (route) => {
      if (route.request().method() !== 'POST' || held > 0) return route.continue();
      held++;
      await released;
      await route.continue().catch(() => {});
    });
    return { held: () => held, release };
  }

  /** The box, as a screen reader finds it (an alert). */
  const box = () => page.getByRole('alert').filter({ hasText: 'Chưa gửi được' });

  /** The page says it was not sent, in Vietnamese, and keeps everything typed. */
  async function notSentSaid(
    group: string,
    said = 'Kiểm tra mạng rồi bấm Gửi lại',
    origin = held.s.url,
  ) {
    const alert = page.locator('#ket-qua-mang');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain(said);
    // The box has the focus (a screen reader reads it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua-mang');
    // Still the leader's page, at its address, not the browser's error page nor the answer's.
    expect(page.url()).toBe(`${origin}/g/${tokenOf(group)}/`);
    expect(await page.getByRole('heading', { name: /^Báo cáo kết quả/ }).count()).toBe(1);
    expect(await page.getByLabel(JOINED).inputValue()).toBe('120');
    expect(await page.getByLabel(CERTIFIED).inputValue()).toBe('80');
    expect(await page.getByText('Đã lưu số liệu.').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gửi lại' }).count()).toBe(1);
  }

  /** Saved: said and announced, and the history says one send, as a fresh page does. */
  async function savedOnce() {
    await expect.poll(() => page.getByText('Đã lưu số liệu.').isVisible()).toBe(true);
    // The line a screen reader announces has the focus (the tapped button went with the old
    // section).
    expect(
      await page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.getAttribute('role')} ${el.textContent}` : '';
      }),
    ).toMatch(/^status Đã lưu số liệu\./);
    expect(await page.locator('#so_tham_gia-saved').textContent()).toContain('Đã lưu: 120');
    expect(await page.locator('#so_chung_nhan-saved').textContent()).toContain('Đã lưu: 80');
    // The section is the server's page after the send (the redirect's), with its history.
    expect(await page.getByText('Lịch sử cập nhật (1 lần)').count()).toBe(1);
    expect(await page.getByText('Chưa gửi được').isVisible()).toBe(false);
  }

  /** "Gửi lại" with the network back: saved once. */
  async function sentOnce() {
    await page.getByRole('button', { name: 'Gửi lại' }).click();
    await savedOnce();
  }

  it('the connection down on "Lưu lại": said in the page; back online, sent once', async () => {
    await openGroup('4');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await notSentSaid('4');
    // The words blame neither the phone nor the leader.
    expect(await box().textContent()).toContain(
      'Chưa gửi được: mạng đang chập chờn hoặc máy chủ chưa trả lời.',
    );
    await context.setOffline(false);
    await sentOnce();
  });

  it('the answer lost after the server stored the figures: "Gửi lại" does not count them twice', async () => {
    await openGroup('6');
    let lost = 0;
    await page.route('**/ket-qua', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.continue();
      lost++;
      // The server gets the form and stores it; its answer never reaches the phone.
      await route.fetch({ maxRedirects: 0 });
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await notSentSaid('6');
    expect(lost).toBe(1);
    await sentOnce();
  });

  it('no answer in 30 s (a stalled 3G link): said in the page; the answer that comes later is taken', async () => {
    await openGroup('8');
    const send = await holdFirstSend();
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => send.held()).toBe(1);
    expect(await page.getByRole('button', { name: 'Đang gửi…' }).count()).toBe(1);
    // The phone's clock half a minute on: the page stops waiting.
    await page.clock.runFor(31_000);
    await notSentSaid('8');
    // The link comes back and the answer arrives: saved, said so, the box gone.
    send.release();
    await savedOnce();
  });

  it('an answer slow to arrive whole (a large page over 3G): not said "Chưa gửi được", then saved', async () => {
    await openGroup('9');
    // The answer's start comes in time; the rest of it only when the test says.
    await page.evaluate(() => {
      const w = window as unknown as { fetch: typeof fetch; rest?: () => void };
      const own = w.fetch.bind(window);
      w.fetch = (...args: Parameters<typeof fetch>) =>
        own(...args).then((response) => {
          const whole = response.text.bind(response);
          response.text = () =>
            new Promise<string>((done) => {
              w.rest = () => {
                whole().then(done);
              };
            });
          return response;
        });
    });
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect
      .poll(() => page.evaluate(() => typeof (window as { rest?: unknown }).rest))
      .toBe('function');
    await page.clock.runFor(31_000);
    expect(await page.getByText('Chưa gửi được').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Đang gửi…' }).count()).toBe(1);
    await page.evaluate(() => (window as unknown as { rest: () => void }).rest());
    await savedOnce();
  });

  it('answers that are not the form (a proxy’s 503, the ward’s own page): said in the box, the figures kept', async () => {
    await openGroup('10');
    // The ward's own page for a link that no longer works, as the server answers it.
    const wardPage = await (await fetch(`${held.s.url}/g/khong-co/`)).text();
    let sent = 0;
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/ket-qua', async (route: Route) => {
      if (route.request().method() !== 'POST') return route.continue();
      sent++;
      // A proxy in front while serve restarts: its own page, in English.
      if (sent === 1)
        return route.fulfill({
          status: 503,
          contentType: 'text/html',
          body: '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503 Service Temporarily Unavailable</h1><hr><center>nginx</center></body></html>',
        });
      if (sent === 2) {
        await released;
        return route.fulfill({ status: 404, contentType: 'text/html', body: wardPage });
      }
      return route.continue();
    });
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    // The proxy's words are not the leader's: the box's own.
    await notSentSaid('10');
    expect(await box().textContent()).not.toContain('nginx');

    // Sent again: the box hides while it is on its way.
    await page.getByRole('button', { name: 'Gửi lại' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Đang gửi…' }).count()).toBe(1);
    expect(await page.locator('#ket-qua-mang').isVisible()).toBe(false);
    release();
    // The ward's page says why, in its own words, in the box; the page and figures stay.
    await notSentSaid(
      '10',
      'Số liệu chưa được lưu. Không tìm thấy trang: Đường dẫn này không mở được',
    );
    expect(await page.title()).not.toBe('Tài liệu');

    await sentOnce();
  });

  it('an answer saying the group left the list (410): its own words, and no "Gửi lại"', async () => {
    // Group 40 reported before the office's new list left it out; a leader's page still open
    // since then sends the form.
    const ward = await exampleWard();
    const former = { id: '40', name: 'Tổ dân phố số 40', source: { file: 'groups.csv', row: 41 } };
    await recordSubmission(
      held.store.db,
      { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures },
      { group: former as Group, values: { tham_gia: 50 }, source: 'leader' },
    );
    await openGroup('12');
    await page.evaluate((token) => {
      const form = document.querySelector('form.figures') as HTMLFormElement;
      form.action = `/g/${token}/ket-qua#ket-qua-loi`;
    }, tokenOf('40'));
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    const alert = page.locator('#ket-qua-mang');
    await expect.poll(() => alert.isVisible()).toBe(true);
    // The server's sentence: why, and whom to call.
    const said = (await alert.textContent()) ?? '';
    expect(said).toContain('Tổ dân phố số 40 không còn trong danh sách');
    expect(said).toContain('Xin chép lại hoặc chụp màn hình các số này để báo cho văn phòng.');
    expect(said).not.toContain('Gửi lại');
    // The office's phone stays a tap-to-call link, as on the answer's own page.
    const phone = ward.campaign.issuer.phone ?? '';
    expect(phone).not.toBe('');
    const call = alert.getByRole('link', { name: phone });
    expect(await call.count()).toBe(1);
    expect(await call.getAttribute('href')).toBe(`tel:${phone.replace(/\D/g, '')}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua-mang');
    // No button offers to send again, and Enter in a box sends nothing more.
    expect(await page.getByRole('button', { name: /Gửi lại|Lưu lại|Đang gửi/ }).count()).toBe(0);
    await page.getByLabel(JOINED).press('Enter');
    await page.waitForTimeout(200);
    expect(posts).toHaveLength(1);
    expect(await page.getByLabel(JOINED).inputValue()).toBe('120');
  });

  it('an answer’s links other than tel: are shown as their words only, and its markup not at all', async () => {
    await openGroup('14');
    // A 410 whose "ask" line holds more than a phone link (a proxy's, or a page gone wrong).
    const body = `<!doctype html><html><body><main><h1 class="title">Trang đã đóng</h1><p class="hint">Trang không còn nhận số liệu.</p><p class="ask">Xin gọi <a class="tel" href="tel:02253857123">số lạ</a>, <a href="https://lua-dao.example/">trang này</a>, <a href="javascript:window.hacked=1">bấm</a> hoặc <a href="tel:0225;javascript:x">số sai</a><img src="x" onerror="window.hacked=2"><b onclick="window.hacked=3">đậm</b></p></main></body></html>`;
    await page.route('**/ket-qua', (route: Route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 410, contentType: 'text/html', body })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    const alert = page.locator('#ket-qua-mang');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain('Xin gọi số lạ, trang này, bấm hoặc số saiđậm');
    // Only a well-formed tel: link is a link; nothing else of the answer's HTML came in.
    expect(
      await alert.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['tel:02253857123']);
    expect(await alert.locator('img, b, script').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  });

  it('an answer that stops arriving: "Đang gửi…" gives way after a minute; "Gửi lại" stores once', async () => {
    // A real connection to the server through a loopback relay that, for the page the first
    // send is redirected to, passes the headers and half the page, then nothing.
    let stalled = 0;
    let rest = () => {};
    const relay: Server = createServer((req, res) => {
      const up = request(
        {
          host: '127.0.0.1',
          port: new URL(held.s.url).port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          const stall = req.method === 'GET' && /[?&]da-luu/.test(req.url ?? '') && stalled++ === 0;
          if (!stall) {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            return;
          }
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () => {
            const whole = Buffer.concat(chunks);
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.write(whole.subarray(0, whole.length >> 1));
            rest = () => res.end(whole.subarray(whole.length >> 1));
          });
        },
      );
      req.pipe(up);
    });
    await new Promise<void>((done) => relay.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
    try {
      await openGroup('14', origin);
      await page.getByRole('button', { name: 'Lưu lại' }).click();
      await expect.poll(() => stalled).toBe(1);
      // Half a minute: an answer that started is still waited for (a large page over 3G).
      await page.clock.runFor(31_000);
      expect(await page.getByRole('button', { name: 'Đang gửi…' }).count()).toBe(1);
      // A minute and more: said, with "Gửi lại".
      await page.clock.runFor(30_000);
      await notSentSaid('14', 'Chưa nhận được trả lời của máy chủ', origin);
      // Sent again: the server has the first send; this one adds no second entry.
      await sentOnce();
      // The first answer's rest, arriving now, changes nothing.
      rest();
      await page.waitForTimeout(200);
      expect(await page.getByText('Lịch sử cập nhật (1 lần)').count()).toBe(1);
      expect(await page.locator('#ket-qua-mang').isVisible()).toBe(false);
    } finally {
      rest();
      relay.closeAllConnections();
      await new Promise((done) => relay.close(done));
    }
  });
});
