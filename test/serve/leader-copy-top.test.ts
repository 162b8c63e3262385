/**
 * qa41 M1's rest: at 200 % text the message to forward is ~2,500 px tall and its only "Sao chép"
 * was under it, four screens down. A box taller than the screen gets a "Sao chép" above it too,
 * which copies the same message and says so under itself, in view; a box that fits the screen
 * keeps its one button under it. Chromium as a 360×740 phone, Chrome's own text size set to 32 px
 * (Settings › Appearance › Font size, as qa41 set it through CDP); the message is the page's own.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stormCampaign } from '../support/storm-campaign.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
  WAIT,
} from './chromium.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const CAMPAIGN = stormCampaign({
  actions: [
    'step: Chằng chống nhà cửa, chặt tỉa cây xanh quanh nhà',
    'step: Dự trữ lương thực, nước uống, thuốc men cho ít nhất ba ngày',
    'step: Sơ tán đến nơi an toàn khi có lệnh của phường',
  ],
  bring: ['Giấy tờ tùy thân, thẻ căn cước', 'Thuốc men thiết yếu của gia đình'],
  hotlines: ['Ban Chỉ huy Phòng thủ dân sự phường: 0236 3 111 222', 'Cấp cứu: 115'],
});
const GROUPS = 'STT;Tên tổ dân phố\n1;Tổ dân phố 1\n';
const DONE = 'Đã sao chép. Mở nhóm Zalo của tổ, nhấn giữ vào ô soạn tin và chọn Dán.';

let s: TestServer;
let browser: Browser;
beforeAll(async () => {
  s = await startServer({ ward: await wardOf(CAMPAIGN, GROUPS) });
  if (chromiumAvailable) browser = await sharedChromium();
}, 120_000);
afterAll(async () => {
  await closeContexts(browser);
  await s?.app.close();
  await removeTempDirs();
});

/** The group's page on a phone, the browser's text size `px` (16: the default). */
async function phoneAt(px: number): Promise<Page> {
  const context = await browser.newContext(phoneOptions());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.url });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
  await page.goto(`${s.url}/g/${tokenOf('1')}/`);
  return page;
}

const copyButtons = (page: Page) => page.getByRole('button', { name: 'Sao chép' });

describe.skipIf(!chromiumAvailable)('the message’s Sao chép at large text', () => {
  it('has a Sao chép above a box taller than the screen, which copies it and says so in view', async () => {
    const page = await phoneAt(32);
    const box = page.locator('textarea.message-text');
    const height = (await box.boundingBox())?.height ?? 0;
    expect(height).toBeGreaterThan(740);
    expect(await copyButtons(page).count()).toBe(2);
    const [top, under] = [copyButtons(page).first(), copyButtons(page).last()];
    const topBox = await top.boundingBox();
    const boxTop = (await box.boundingBox())?.y ?? 0;
    // Above the box, the box right after it; the other one still under it.
    expect((topBox?.y ?? 0) + (topBox?.height ?? 0)).toBeLessThanOrEqual(boxTop);
    expect((await under.boundingBox())?.y ?? 0).toBeGreaterThan(boxTop + height);
    // The hint names the button right under it.
    expect(await page.locator('.hint[data-hint-for]:visible').allTextContents()).toEqual([
      'Bấm Sao chép ngay dưới đây (hoặc dưới ô tin nhắn), rồi dán vào nhóm Zalo của tổ.',
    ]);
    await top.scrollIntoViewIfNeeded();
    await keepShot(page, 'test-output/leader-copy-top/phone-32px-before.png');
    await top.click();
    const said = page.locator('#message-copied-top');
    await expect.poll(() => said.textContent(), WAIT).toBe(DONE);
    // Said under the button tapped, on screen.
    const at = await said.boundingBox();
    expect(at?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((at?.y ?? 0) + (at?.height ?? 0)).toBeLessThanOrEqual(740);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await box.inputValue());
    await keepShot(page, 'test-output/leader-copy-top/phone-32px-copied.png');
    await page.context().close();
  });

  it('keeps one Sao chép, under the box, when the box fits the screen', async () => {
    const page = await phoneAt(16);
    expect((await page.locator('textarea.message-text').boundingBox())?.height ?? 0).toBeLessThan(
      740,
    );
    expect(await copyButtons(page).count()).toBe(1);
    expect(await page.getByRole('status').count()).toBe(1);
    expect(await page.locator('.hint[data-hint-for]:visible').allTextContents()).toEqual([
      'Bấm Sao chép dưới ô này, rồi dán vào nhóm Zalo của tổ.',
    ]);
    await page.context().close();
  });
});
