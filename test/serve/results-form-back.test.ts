/**
 * A failed send keeps what the leader typed (qa34 M1): on a phone, 3G drops as the leader taps
 * "Lưu lại"; the browser shows its own network error page, and the leader, connection back, does
 * the natural thing, Back. The boxes came back empty (or with the old saved figure): the inputs
 * carried autocomplete="off", which keeps them out of the browser's form-state restoring. Now the
 * typed figures are there after Back, and sending them then saves them (the form's hidden fields,
 * the figures it was shown on, are the fresh page's). Chromium, a 360×740 phone in Zalo, with
 * scripts off, and with scripts on in a browser without fetch: the plain POST both. (With fetch
 * the form is sent with it and a failed send is said in the page itself:
 * results-form-offline.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, phoneOptions } from './chromium.js';
import {
  CERTIFIED,
  JOINED,
  resultsServerInChromium,
  withoutThumbnails,
  ZALO_ANDROID,
} from './results-chromium.js';
import { forkDocuments, tokenOf } from './server.js';

/**
 * How long the boxes may take to hold the typed figures again after Back: Chromium puts them back
 * as it finishes the page, before its load event, so at once; vitest's default of 1 s for a poll
 * is the file's shortest wait, and a CI machine running three test files may take longer to
 * answer the poll's reads themselves.
 */
const AFTER_BACK = { timeout: 10_000 };

describe.skipIf(!chromiumAvailable)('a send that fails, then Back', () => {
  const held = resultsServerInChromium({ memoryCache: forkDocuments() });

  /** Taps "Lưu lại" with the connection down, then Back with it up again. */
  async function failedSendThenBack(page: Page) {
    const context = page.context();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await page.waitForURL(/^chrome-error:/);
    await context.setOffline(false);
    // The page fetched again (no-store) and whole: the browser puts back the typed values as
    // it parses the form.
    await page.goBack({ waitUntil: 'load' });
  }

  /**
   * What the leader sees after Back: the page's address and the figures in the two boxes (null:
   * no such box on the page). Read together, so that a failure says which page came back and
   * what it held, not only that a box was empty.
   */
  async function shownAfterBack(page: Page) {
    const figure = async (label: string) => {
      const box = page.getByLabel(label);
      return (await box.count()) === 1 ? box.inputValue() : null;
    };
    return { url: page.url(), joined: await figure(JOINED), certified: await figure(CERTIFIED) };
  }

  // Scripts off; and scripts on in a browser without fetch (share.js leaves the form alone):
  // both send the plain POST.
  for (const [how, group, javaScriptEnabled] of [
    ['scripts off', '12', false],
    ['scripts on, no fetch', '11', true],
  ] as const) {
    it(`keeps the typed figures (${how})`, async () => {
      const context = await held.browser.newContext(
        phoneOptions({ userAgent: ZALO_ANDROID, javaScriptEnabled }),
      );
      await withoutThumbnails(context);
      if (javaScriptEnabled) {
        await context.addInitScript(() => {
          // An old browser: no fetch at all.
          delete (window as { fetch?: unknown }).fetch;
        });
      }
      const page = await context.newPage();
      await page.goto(`${held.s.url}/g/${tokenOf(group)}/`);
      if (javaScriptEnabled) {
        // The page's script ran (its copy button shown), without fetch.
        expect(await page.evaluate(() => typeof window.fetch)).toBe('undefined');
        expect(
          await page.evaluate(() =>
            document
              .querySelector('button[data-copy]:not([data-when-tall])')
              ?.hasAttribute('hidden'),
          ),
        ).toBe(false);
      }

      // Nothing saved yet: two figures typed from the paper sheet.
      await page.getByLabel(JOINED).fill('120');
      await page.getByLabel(CERTIFIED).fill('80');
      await failedSendThenBack(page);
      const groupPage = expect.stringContaining(`/g/${tokenOf(group)}/`);
      await expect
        .poll(() => shownAfterBack(page), AFTER_BACK)
        .toEqual({ url: groupPage, joined: '120', certified: '80' });

      // Saved once, then a correction typed over the saved figure; the send fails again.
      await page.getByRole('button', { name: 'Lưu lại' }).click();
      await expect.poll(() => page.getByText('Đã lưu số liệu.').isVisible()).toBe(true);
      // The plain POST's answer: the page after the server's redirect.
      expect(page.url()).toContain('?da-luu');
      await page.getByLabel(JOINED).fill('321');
      await failedSendThenBack(page);
      await expect
        .poll(() => shownAfterBack(page), AFTER_BACK)
        .toEqual({ url: groupPage, joined: '321', certified: '80' });

      // Sent again from there: saved, not refused as made on other figures.
      await page.getByRole('button', { name: 'Lưu lại' }).click();
      await expect
        .poll(() => page.locator('.figures .note').first().textContent())
        .toContain('Đã lưu: 321');
      await context.close();
    });
  }

  it('asks old phones for the number pad on counts, and still sends "1.052" (no browser refusal)', async () => {
    const context = await held.browser.newContext(phoneOptions({ userAgent: ZALO_ANDROID }));
    await withoutThumbnails(context);
    const page = await context.newPage();
    await page.goto(`${held.s.url}/g/${tokenOf('13')}/`);
    // inputmode is Chrome 66+ / iOS 12.2+: before, iOS shows its number pad for this pattern
    // (qa34 m5). Every measure of the example is a count of people or households.
    for (const label of [JOINED, CERTIFIED]) {
      const box = page.getByLabel(label);
      expect(await box.getAttribute('inputmode')).toBe('numeric');
      expect(await box.getAttribute('pattern')).toBe('[0-9]*');
    }
    // A figure written with a thousands dot, as on the paper sheet: the pattern does not stop
    // the send (the server reads it, and says in Vietnamese what it cannot read).
    await page.getByLabel(JOINED).fill('1.052');
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => page.getByText('Đã lưu số liệu.').isVisible()).toBe(true);
    expect(await page.locator('.figures .note').first().textContent()).toContain('Đã lưu: 1.052');
    await context.close();
  });
});
