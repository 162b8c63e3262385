/**
 * Test support for the browser tests of the figures form: the example ward served with a results
 * store of its own, and the test process's Chromium; both closed after the file's tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { closeContexts, sharedChromium } from './chromium.js';
import { exampleWard, startServer, type TestServer } from './server.js';

/** Zalo's in-app browser on an Android 8.1 phone (Chrome 70's engine), as a leader opens the link. */
export const ZALO_ANDROID =
  'Mozilla/5.0 (Linux; Android 8.1.0; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.110 Mobile Safari/537.36 ZaloTheme/light ZaloLanguage/vn Zalo android/12100638';

/** Filled by the file's beforeAll: the server, its results store and the browser. */
export function resultsServerInChromium(): { s: TestServer; store: Store; browser: Browser } {
  const held = {} as { s: TestServer; store: Store; browser: Browser };
  let store: Store | undefined;
  beforeAll(async () => {
    store = await openStore({ dataDir: await makeTempDir() });
    held.store = store;
    const ward = await exampleWard();
    held.s = await startServer({
      results: {
        db: store.db,
        campaign: campaignKey(ward.campaign),
        measures: ward.campaign.measures,
      },
    });
    held.browser = await sharedChromium();
  });
  afterAll(async () => {
    if (held.browser) await closeContexts(held.browser);
    await held.s?.app.close();
    await store?.close();
    await removeTempDirs();
  });
  return held;
}
