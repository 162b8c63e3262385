/**
 * The fork's one Chromium (chromium.ts): every file gets the same browser, and one that was
 * closed (or crashed) under a file is launched again for the next, not handed out dead.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from './chromium.js';

describe.skipIf(!chromiumAvailable)('the shared Chromium', () => {
  it('is one browser for every caller, and a closed one is launched again', async () => {
    const first = await sharedChromium();
    expect(await sharedChromium()).toBe(first);
    expect(first.isConnected()).toBe(true);
    await first.close();
    const again = await sharedChromium();
    expect(again).not.toBe(first);
    expect(again.isConnected()).toBe(true);
    // It opens pages as the first did.
    const page = await (await again.newContext()).newPage();
    await page.setContent('<h1>Xin chào</h1>');
    expect(await page.locator('h1').textContent()).toBe('Xin chào');
    await closeContexts(again);
  });
});
