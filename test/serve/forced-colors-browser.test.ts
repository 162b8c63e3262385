/**
 * Forced colours (Windows High Contrast, a phone's high-contrast mode) drop every background: a
 * filled button ("Tải về", "Lưu lại", "Gửi qua Zalo…") then kept only its words, no shape to
 * tell it is a button (qa41 m1). Each keeps a visible outline there. The example's leader page
 * with its figures form, in Chromium emulating `forced-colors: active`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

import {
  buttonOutlines,
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { exampleWard, startServer, type TestServer, tokenOf } from './server.js';

describe.skipIf(!chromiumAvailable)('the leader page in forced colours', () => {
  let s: TestServer;
  let store: Store;
  let browser: Browser;
  beforeAll(async () => {
    store = await openStore({ dataDir: await makeTempDir() });
    const ward = await exampleWard();
    s = await startServer({
      results: {
        db: store.db,
        campaign: campaignKey(ward.campaign),
        measures: ward.campaign.measures,
      },
    });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.app.close();
    await store?.close();
    await removeTempDirs();
  });

  it('keeps an outline on every button', async () => {
    const ctx = await browser.newContext(phoneOptions({ colorScheme: 'dark' }));
    const page = await ctx.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${s.url}/g/${tokenOf('5')}/`);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const found = await buttonOutlines(page, '.btn, button');
    // The documents' "Tải về", the form's "Lưu lại", the ZIP, "Sao chép".
    expect(found.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Lưu lại', 'Sao chép', expect.stringMatching(/^Tải về /)]),
    );
    expect(found.filter((f) => f.border < 1)).toEqual([]);
    await keepShot(page, 'test-output/leader-forced-colors.png', { fullPage: true });
  });
});
