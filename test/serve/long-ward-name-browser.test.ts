/**
 * qa59b p1: on a 320 px phone at 150 % text, the leader page's header kept a long ward's name
 * ("PHƯỜNG NGUYỄN TRUNG TRỰC") on one line, past the right edge: the whole page scrolled
 * sideways. The name now stays whole on its line when it fits and wraps when it cannot. A real
 * Chromium, the leader page and a "Xem" page of qa59b's ward, at 320×640 and 360×740 with the
 * text at 150 %, and a desktop; with PHUONG_PRINT_TEST_SHOTS=1 each is kept in test-output/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'test-output');
const FIXTURE = join(ROOT, 'test/fixtures/qa59b-long-place');

describe.skipIf(!chromiumAvailable)('a long ward name in the leader page header', () => {
  let s: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    const ward = await wardOf(
      await readFile(join(FIXTURE, 'campaign.yaml'), 'utf8'),
      await readFile(join(FIXTURE, 'groups.csv'), 'utf8'),
    );
    s = await startServer({ ward });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.app.close();
    await removeTempDirs();
  });

  it.each([
    ['320x640-150', 320, 640, '150%', ''],
    ['360x740-150', 360, 740, '150%', ''],
    ['320x640-150-notice', 320, 640, '150%', 'notice.html'],
    ['desktop', 1280, 800, '100%', ''],
  ])('does not scroll sideways (%s)', async (shot, width, height, size, path) => {
    const context = await browser.newContext(
      width < 1000
        ? phoneOptions({ viewport: { width, height } })
        : { viewport: { width, height } },
    );
    const page = await context.newPage();
    const url = `${s.url}/g/${tokenOf('1')}/${path}`;
    expect((await page.goto(url))?.status()).toBe(200);
    // A phone's font size setting scales the root font; the page's sizes are in rem.
    await page.evaluate((f) => {
      document.documentElement.style.fontSize = f;
    }, size);
    const issuer = (await page.locator('.issuer').textContent()) ?? '';
    expect(issuer.toUpperCase()).toContain('NGUYỄN TRUNG TRỰC');
    const seen = await page.evaluate(() => {
      const name = document.querySelector('.issuer .name') as HTMLElement;
      return {
        page: document.documentElement.scrollWidth,
        right: name.getBoundingClientRect().right,
      };
    });
    await keepShot(page, join(OUT, `qa59b-ward-name-${shot}.png`));
    expect(seen.page).toBeLessThanOrEqual(width);
    expect(seen.right).toBeLessThanOrEqual(width);
    await context.close();
  });
});
