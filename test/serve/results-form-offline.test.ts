/**
 * A send the network loses, said in the page (qa34 M1): with scripts on, the figures form is
 * sent with fetch; when the connection is down, or the answer is lost after the server stored
 * the figures, or nothing comes back in time, the leader sees "Chưa gửi được" in the page, the
 * typed figures still in their boxes, and a "Gửi lại" button — not the browser's own error page.
 * Back online, "Gửi lại" saves them, once: the page's history of changes has one entry.
 * An answer that arrives late is still taken (the send worked: never "Chưa gửi được" for it); an
 * answer that is not the form (the ward's error page, a proxy's 503) is said in that same box,
 * the figures kept, not put in place of the page (review40 #3). Chromium, a 360×740 phone in
 * Zalo; one page for every case, its clock the test's. (Scripts off, the plain POST:
 * results-form-back.test.ts.)
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, phoneOptions } from './chromium.js';
import { CERTIFIED, JOINED, resultsServerInChromium, ZALO_ANDROID } from './results-chromium.js';
import { tokenOf } from './server.js';

describe.skipIf(!chromiumAvailable)('the figures form when the network fails (scripts on)', () => {
  const held = resultsServerInChromium();
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await held.browser.newContext(phoneOptions({ userAgent: ZALO_ANDROID }));
    page = await context.newPage();
    // The phone's clock is the test's: the page's 30 s wait passes when a case says so.
    await page.clock.install();
  });
  afterAll(() => context?.close());
  afterEach(async () => {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.setOffline(false);
  });

  async function openGroup(group: string): Promise<Page> {
    await page.goto(`${held.s.url}/g/${tokenOf(group)}/`);
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
  async function notSentSaid(group: string, said = 'Kiểm tra mạng rồi bấm Gửi lại') {
    const alert = page.locator('#ket-qua-mang');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain(said);
    // The box has the focus (a screen reader reads it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua-mang');
    // Still the leader's page, at its address, not the browser's error page nor the answer's.
    expect(page.url()).toBe(`${held.s.url}/g/${tokenOf(group)}/`);
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
});
