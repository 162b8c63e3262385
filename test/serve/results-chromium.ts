/**
 * Test support for the browser tests of the figures form: the example ward served with a results
 * store of its own, and the test process's Chromium; both closed after the file's tests.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ServerOptions } from '../../src/serve/app.js';
import type { Store } from '../../src/store/open-store.js';
import { closeContexts, sharedChromium } from './chromium.js';
import { exampleResultsServer, type TestServer } from './server.js';

/** Zalo's in-app browser on an Android 8.1 phone (Chrome 70's engine), as a leader opens the link. */
export const ZALO_ANDROID =
  'Mozilla/5.0 (Linux; Android 8.1.0; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.110 Mobile Safari/537.36 ZaloTheme/light ZaloLanguage/vn Zalo android/12100638';

/** The example campaign's two measures, as the form labels their boxes. */
export const JOINED = 'Số người dân tham gia cuộc thi';
export const CERTIFIED = 'Số người dân nhận giấy chứng nhận';

/** Filled by the file's beforeAll: the example's results server, its store and the browser. */
export function resultsServerInChromium(
  /** More of the server's options (`forkDocuments()` as its memory cache…). */
  more: Partial<ServerOptions> = {},
): { s: TestServer; store: Store; browser: Browser } {
  const server = exampleResultsServer(more);
  const held = {
    s: server.s,
    get store() {
      return server.store;
    },
  } as { s: TestServer; store: Store; browser: Browser };
  beforeAll(async () => {
    held.browser = await sharedChromium();
  });
  afterAll(async () => {
    if (held.browser) await closeContexts(held.browser);
  });
  return held;
}

/**
 * Leaves out the documents' first-page thumbnails of the leader pages `context` opens (their
 * requests aborted: the `<img>` keeps its size, shown empty), for the cases that read the page's
 * form and text, not its pictures: the server draws each group's documents to answer them, most
 * of the CPU such a case cost. What the thumbnails show is test/serve/phone.test.ts's to check.
 */
export async function withoutThumbnails(context: BrowserContext): Promise<void> {
  await context.route('**/*.preview.png', (route) => route.abort());
}
