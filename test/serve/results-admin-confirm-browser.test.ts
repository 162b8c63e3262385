import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { charityWard } from '../support/charity-fund.js';
import { removeTempDirs } from '../support/tmp.js';
import { chromiumAvailable, closeContexts, keepShot, sharedChromium } from './chromium.js';
import { fromHtml } from './leader-page.js';
import {
  ADMIN_PASSWORD,
  basic,
  sendFigures,
  startResultsServer,
  type TestServer,
} from './server.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output');
const ASKED = 'Tổ dân phố 7: 150.000.000 đồng, gấp 10 lần chỉ tiêu 15.000.000 đồng';

describe.skipIf(!chromiumAvailable)('confirming a figure on /admin/ket-qua in a browser', () => {
  let s: TestServer;
  let store: Store;
  let browser: Browser;
  beforeAll(async () => {
    const { dir, ward } = await charityWard('results-confirm-browser-');
    const served = await startResultsServer(ward, dir);
    ({ store } = served);
    s = served;
    expect((await sendFigures(s.url, '7', { so_tien: '150.000.000' }, true)).status).toBe(303);
    expect((await sendFigures(s.url, '8', { so_tien: '9.500' }, true)).status).toBe(303);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.app.close();
    await store?.close();
    await removeTempDirs();
  });

  const office = (width: number, height: number) =>
    browser.newContext({
      viewport: { width, height },
      httpCredentials: { username: 'admin', password: ADMIN_PASSWORD },
      locale: 'vi-VN',
    });
  /** Whether /admin/ket-qua, read anew, still asks the office to check Tổ dân phố 7's figure. */
  const asked7 = async () => {
    const page = await fetch(`${s.url}/admin/ket-qua`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    expect(page.status).toBe(200);
    return fromHtml(await page.text()).includes(ASKED);
  };

  it('refuses the form posted by another site’s page, the token copied into it', async () => {
    const context = await office(1280, 900);
    const page = await context.newPage();
    await page.goto(`${s.url}/admin/ket-qua`);
    const form = page.locator('li', { hasText: ASKED }).locator('form');
    const fields = await form
      .locator('input[type=hidden]')
      .evaluateAll((inputs) =>
        inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
      );
    // Another site's page, its form sent by itself on load, to the office's address.
    await page.route('http://evil.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${s.url}/admin/ket-qua/xac-nhan">${fields
          .map(([n, v]) => `<input type="hidden" name="${n}" value="${v}">`)
          .join('')}</form><script>document.forms[0].submit()</script>`,
      }),
    );
    const answer = page.waitForResponse((r) => r.url().endsWith('/admin/ket-qua/xac-nhan'));
    await page.goto('http://evil.test/');
    const r = await answer;
    expect(r.status()).toBe(403);
    await page.waitForLoadState();
    expect(await page.locator('[role=alert]').textContent()).toContain('chưa xác nhận số nào');
    expect(await asked7()).toBe(true);
    await context.close();
  });

  it('confirms the figure with the page’s own button, at 1280×900', async () => {
    const context = await office(1280, 900);
    const page = await context.newPage();
    await page.goto(`${s.url}/admin/ket-qua`);
    await keepShot(page, join(OUT, 'admin-confirm-1280-before.png'), { fullPage: true });
    await page
      .locator('li', { hasText: ASKED })
      .getByRole('button', { name: 'Xác nhận số đúng' })
      .click();
    await page.waitForURL(/da-xac-nhan=7/);
    expect(await page.locator('[role=status]').first().textContent()).toBe(
      'Đã xác nhận số liệu của Tổ dân phố 7: báo cáo không còn ghi số này là “chưa xác nhận”.',
    );
    expect(await page.locator('body').textContent()).not.toContain(ASKED);
    await keepShot(page, join(OUT, 'admin-confirm-1280-after.png'), { fullPage: true });
    expect(await asked7()).toBe(false);
    await context.close();
  });

  it('fits a 360×740 phone: the list and its button no wider than the screen', async () => {
    const context = await office(360, 740);
    const page = await context.newPage();
    await page.goto(`${s.url}/admin/ket-qua`);
    const box = await page.locator('.off-target').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    const button = await page.getByRole('button', { name: 'Xác nhận số đúng' }).boundingBox();
    expect((button?.x ?? 0) + (button?.width ?? 999)).toBeLessThanOrEqual(360);
    // Big enough to tap.
    expect(button?.height).toBeGreaterThanOrEqual(44);
    await keepShot(page, join(OUT, 'admin-confirm-360.png'));
    await context.close();
  });
});
