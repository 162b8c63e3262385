/**
 * A send the network loses, said in the page (qa34 M1): with scripts on, the figures form is
 * sent with fetch; when the connection is down, or the answer is lost after the server stored
 * the figures, or nothing comes back in time, the leader sees "Chưa gửi được" in the page, the
 * typed figures still in their boxes, and a "Gửi lại" button — not the browser's own error page.
 * Back online, "Gửi lại" saves them, once: the page's history of changes has one entry. Chromium,
 * a 360×740 phone in Zalo. (Scripts off, the plain POST: results-form-back.test.ts.)
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, phoneOptions } from './chromium.js';
import { resultsServerInChromium, ZALO_ANDROID } from './results-chromium.js';
import { tokenOf } from './server.js';

const ZALO = ZALO_ANDROID;
const JOINED = 'Số người dân tham gia cuộc thi';
const CERTIFIED = 'Số người dân nhận giấy chứng nhận';

describe.skipIf(!chromiumAvailable)('the figures form when the network fails (scripts on)', () => {
  const held = resultsServerInChromium();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function openGroup(group: string, clock = false): Promise<Page> {
    context = await held.browser.newContext(phoneOptions({ userAgent: ZALO }));
    const page = await context.newPage();
    if (clock) await page.clock.install();
    await page.goto(`${held.s.url}/g/${tokenOf(group)}/`);
    await page.getByLabel(JOINED).fill('120');
    await page.getByLabel(CERTIFIED).fill('80');
    return page;
  }

  /** The page says it was not sent, in Vietnamese, and keeps everything typed. */
  async function notSentSaid(page: Page, group: string) {
    const alert = page.getByRole('alert').filter({ hasText: 'Chưa gửi được' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain('Kiểm tra mạng rồi bấm Gửi lại');
    // Still the leader's page, at its address, not the browser's error page.
    expect(page.url()).toBe(`${held.s.url}/g/${tokenOf(group)}/`);
    expect(await page.getByLabel(JOINED).inputValue()).toBe('120');
    expect(await page.getByLabel(CERTIFIED).inputValue()).toBe('80');
    expect(await page.getByText('Đã lưu số liệu.').count()).toBe(0);
  }

  /** "Gửi lại" with the network back: saved, and the history says one send. */
  async function sentOnce(page: Page) {
    await page.getByRole('button', { name: 'Gửi lại' }).click();
    await expect.poll(() => page.getByText('Đã lưu số liệu.').isVisible()).toBe(true);
    expect(await page.locator('#so_tham_gia-saved').textContent()).toContain('Đã lưu: 120');
    expect(await page.locator('#so_chung_nhan-saved').textContent()).toContain('Đã lưu: 80');
    expect(await page.getByText('Lịch sử cập nhật (1 lần)').count()).toBe(1);
    expect(await page.getByText('Chưa gửi được').isVisible()).toBe(false);
    // A fresh page from the server says the same.
    await page.reload();
    expect(await page.getByText('Lịch sử cập nhật (1 lần)').count()).toBe(1);
  }

  it('the connection down on "Lưu lại": said in the page; back online, sent once', async () => {
    const page = await openGroup('4');
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await notSentSaid(page, '4');
    await page.context().setOffline(false);
    await sentOnce(page);
  });

  it('the answer lost after the server stored the figures: "Gửi lại" does not count them twice', async () => {
    const page = await openGroup('6');
    let lost = 0;
    await page.route('**/ket-qua', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.continue();
      lost++;
      // The server gets the form and stores it; its answer never reaches the phone.
      await route.fetch({ maxRedirects: 0 });
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await notSentSaid(page, '6');
    expect(lost).toBe(1);
    await sentOnce(page);
  });

  it('no answer in time (a stalled 3G link): said in the page, then sent once', async () => {
    const page = await openGroup('8', true);
    let stalled = 0;
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/ket-qua', async (route) => {
      if (route.request().method() !== 'POST' || stalled > 0) return route.continue();
      stalled++;
      // Nothing comes back; the request is dropped only after the page gave up on it.
      await released;
      await route.abort('timedout').catch(() => {});
    });
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => stalled).toBe(1);
    expect(await page.getByRole('button', { name: 'Đang gửi…' }).count()).toBe(1);
    // The phone's clock half a minute on: the page stops waiting.
    await page.clock.runFor(31_000);
    await notSentSaid(page, '8');
    release();
    await sentOnce(page);
  });
});
