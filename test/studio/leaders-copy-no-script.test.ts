/**
 * The leaders' tab's "Chép đường dẫn" buttons are there only when they work: the page's script
 * shows them where the browser gives a clipboard. The studio's style for buttons overrode their
 * `hidden` attribute, so without a script (or on an office's plain-http address, where a browser
 * gives no clipboard) 32 buttons did nothing. In Chromium at a desk, with and without a script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, signInByCookie } from './chromium-pages.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe.skipIf(!chromiumAvailable)('the leaders’ links’ copy buttons', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample());
    expect((await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status).toBe(
      303,
    );
  });
  afterAll(async () => {
    await closeContexts(await sharedChromium());
    await s?.close();
    await removeTempDirs();
  });

  it('are not shown without a script, and are with one', async () => {
    const browser = await sharedChromium();
    const links = (await c.get('/c/hai-phong/leaders')).text.match(/class="leader-url"/g)?.length;
    expect(links).toBeGreaterThan(0);
    const plain = await newPageAt(browser, DESK, { javaScriptEnabled: false });
    await signInByCookie(plain, s.url);
    await plain.goto(`${s.url}/c/hai-phong/leaders`);
    expect(await plain.locator('input.leader-url').count()).toBe(links);
    expect(await plain.locator('button.copy:visible').count()).toBe(0);

    const scripted = await newPageAt(browser, DESK);
    await signInByCookie(scripted, s.url);
    await scripted.goto(`${s.url}/c/hai-phong/leaders`);
    await expect.poll(() => scripted.locator('button.copy:visible').count()).toBe(links);
  });
});
