/**
 * The links in the leader page's "Tin nhắn gửi nhóm Zalo" (once a box of their own, "Đường dẫn
 * gửi vào nhóm Zalo"): the links to paste into the group's Zalo chat — the campaign's, then the
 * group's own that its papers print (a column of the groups file holding a web address, labelled
 * by its header), each page once — in the message's box with a "Sao chép" button (share.js) that
 * puts the box's text on the clipboard — by the Clipboard API, else by
 * selecting the text and the browser's copy command (Zalo's browser on a page served over http)
 * — and says so in Vietnamese; without JavaScript the button is not there and the hint says to
 * long-press the box. A real server on loopback, the page in Chromium on a 360×740 phone; what
 * the copy left is read back from the browser's clipboard.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { messageOf } from './leader-page.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

/** The campaign's links, as campaign.yaml gives them. */
const CAMPAIGN_LINKS = [
  ['Phiếu đăng ký diệt lăng quăng', 'https://forms.gle/DangKyDietLangQuang'],
  ['Nhóm Zalo hỗ trợ', 'https://zalo.me/g/hotro-tandinh'],
] as const;
/** The groups file's column of each group's own Zalo group, which the notice prints. */
const OWN = 'Nhóm Zalo khu phố';
/** A column of addresses that no text prints: not the group's link to send. */
const UNPRINTED = 'Ảnh nhà văn hóa';
const CAMPAIGN = `${NOTICE_ONLY.replace(
  'body: Đề nghị các khu phố triển khai.',
  `body: "Đề nghị các khu phố triển khai. Nhóm Zalo của khu phố: {{group.[${OWN}]}}"`,
)}links:\n${CAMPAIGN_LINKS.map(
  ([label, url], i) => `  l${i}: { url: "${url}", label: ${label} }\n`,
).join('')}`;
/** Each group's row: id, name, its own column's cell, the unprinted column's. */
const ROWS = [
  ['1', 'Khu phố 1', 'https://zalo.me/g/kp1-tandinh', 'https://anh.example.vn/kp1.jpg'],
  // The campaign's own support group, typed with a final "/": one line, the campaign's.
  ['2', 'Khu phố 2', 'https://zalo.me/g/hotro-tandinh/', 'https://anh.example.vn/kp2.jpg'],
  ['3', 'Khu phố 3', 'Quét mã hoặc bấm https://zalo.me/g/kp3-tandinh để vào nhóm', ''],
  ['4', 'Khu phố 4', '', 'https://anh.example.vn/kp4.jpg'],
] as const;
const GROUPS = `STT;Tên khu phố;Số hộ;Số nhân khẩu;${OWN};${UNPRINTED}\n${ROWS.map(
  ([id, name, own, photo]) => `${id};${name};40;160;${own};${photo}\n`,
).join('')}`;
/** Group 1's links to paste: the campaign's, then its own, by its column's header. */
const GROUP_1 = [...CAMPAIGN_LINKS, [OWN, ROWS[0][2]]] as const;
/** The box's lines for a group, as the leader pastes them. */
const lines = (links: readonly (readonly [string, string])[]) =>
  links.map(([label, url]) => `${label}: ${url}`).join('\n');

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ ward: await wardOf(CAMPAIGN, GROUPS) });
}, 120_000);
afterAll(async () => {
  await s?.app.close();
  await removeTempDirs();
});

describe("the links to paste into the group's Zalo", () => {
  /** The link lines of the message's box on group `id`'s page, as the server sends it. */
  const box = async (id: string) => {
    const html = await (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text();
    return messageOf(html)
      .split('\n')
      .filter((l) => /^[^:]+: https?:\/\//.test(l))
      .join('\n');
  };

  it("are the campaign's, then the group's own that its papers print, by its column's header", async () => {
    expect(await box('1')).toBe(lines(GROUP_1));
    // The address in a cell with words around it.
    expect(await box('3')).toBe(lines([...CAMPAIGN_LINKS, [OWN, 'https://zalo.me/g/kp3-tandinh']]));
  });

  it('give a page once, and nothing of an empty cell or of a column no text prints', async () => {
    expect(await box('2')).toBe(lines(CAMPAIGN_LINKS));
    expect(await box('4')).toBe(lines(CAMPAIGN_LINKS));
  });
});

describe.skipIf(!chromiumAvailable)("the links' Sao chép button on a phone", () => {
  let browser: Browser;
  const url = () => `${s.url}/g/${tokenOf('1')}/`;
  /** The phones the cases use: their browser as it is set up (permissions, scripts before the page's). */
  const setups = {
    /** The Clipboard API allowed. */
    clipboardApi: (ctx: BrowserContext) =>
      ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.url }),
    /** Zalo's browser on a page served over http: no navigator.clipboard (not a secure context). */
    noClipboardApi: (ctx: BrowserContext) =>
      ctx.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', {
          get: () => undefined,
          configurable: true,
        });
      }),
    /** No Clipboard API, and the copy command refused. */
    noCopy: (ctx: BrowserContext) =>
      ctx.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', {
          get: () => undefined,
          configurable: true,
        });
        document.execCommand = () => false;
      }),
    noJavaScript: async () => {},
  } satisfies Record<string, (ctx: BrowserContext) => Promise<unknown>>;
  const opened = new Map<keyof typeof setups, Page>();
  /**
   * Group 1's page, freshly loaded, on a phone set up as `setup` says: one context and page for
   * each setup, the cases with the same one loading the page again in it (a context and its page
   * start a renderer, most of a case's CPU).
   */
  const phone = async (setup: keyof typeof setups): Promise<Page> => {
    let page = opened.get(setup);
    if (!page) {
      const ctx = await browser.newContext(
        phoneOptions({ javaScriptEnabled: setup !== 'noJavaScript' }),
      );
      await setups[setup](ctx);
      page = await ctx.newPage();
      opened.set(setup, page);
    }
    await page.goto(url());
    return page;
  };
  /**
   * The browser's clipboard (one for the whole browser), read and written by a page allowed to:
   * the Clipboard API phone's page (a context and its page start a renderer: not one more for
   * this), opened on the leader's page if no case has opened it yet.
   */
  const onClipboard = async (): Promise<Page> =>
    opened.get('clipboardApi') ?? phone('clipboardApi');
  const clipboard = async (): Promise<string> =>
    (await onClipboard()).evaluate(() => navigator.clipboard.readText());
  const setClipboard = async (text: string): Promise<void> =>
    (await onClipboard()).evaluate((t) => navigator.clipboard.writeText(t), text);
  /** What the box has selected, and whether it has the focus (a finger sees the whole text marked). */
  const selection = (page: Page) =>
    page.locator('textarea.message-text').evaluate((box: HTMLTextAreaElement) => ({
      text: box.value.slice(box.selectionStart, box.selectionEnd),
      focused: document.activeElement === box,
    }));
  /** The whole message in the box, which the button copies: the links are its lines. */
  const message = async (page: Page) => {
    const text = await page.locator('textarea.message-text').inputValue();
    expect(text).toContain(lines(GROUP_1));
    return text;
  };
  const DONE = /^Đã sao chép\. Mở nhóm Zalo của khu phố, nhấn giữ vào ô soạn tin và chọn Dán\.$/;

  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
  });

  it("copies the box's text with the Clipboard API, and says so", async () => {
    await setClipboard('trước khi bấm');
    const page = await phone('clipboardApi');
    const button = page.getByRole('button', { name: 'Sao chép' });
    expect(await button.isVisible()).toBe(true);
    // A finger's size, as the page's other buttons.
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    // The hint names the button; the long-press one is for a page without the script.
    expect(await page.locator('.hint[data-hint-for]:visible').allTextContents()).toEqual([
      'Bấm Sao chép dưới ô này, rồi dán vào nhóm Zalo của khu phố.',
    ]);
    await keepShot(page, 'test-output/leader-links-copy-360.png', { fullPage: true });
    await button.click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(DONE);
    expect(await status.isVisible()).toBe(true);
    const text = await message(page);
    expect(await clipboard()).toBe(text);
    expect(await selection(page)).toEqual({ text, focused: true });
    await keepShot(page, 'test-output/leader-links-copied-360.png', { fullPage: true });
  });

  it("copies by selecting the text and the browser's copy command where there is no Clipboard API", async () => {
    await setClipboard('trước khi bấm');
    // Zalo's browser on a page served over http: no navigator.clipboard (not a secure context).
    const page = await phone('noClipboardApi');
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(DONE);
    const text = await message(page);
    expect(await clipboard()).toBe(text);
    expect(await selection(page)).toEqual({ text, focused: true });
  });

  it('says when the phone would not copy, the text left selected for a long press', async () => {
    const page = await phone('noCopy');
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Chưa sao chép được: tin nhắn đã được chọn, xin nhấn giữ vào ô trên và chọn Sao chép.');
    expect(await selection(page)).toEqual({ text: await message(page), focused: true });
  });

  // qa41 M1: focusing the box scrolled the page up to its top (4 screens at 200 % text), and the
  // "Đã sao chép…" under the button was out of view: the leader saw the message highlighted, the
  // page jumped, no word of success.
  for (const [text, clipboardApi] of [
    ['100%', true],
    ['200%', true],
    ['200%', false],
  ] as const) {
    it(`keeps the view on the tapped button, the confirmation beside it (text ${text}, ${clipboardApi ? 'Clipboard API' : 'copy command'})`, async () => {
      const page = await phone(clipboardApi ? 'clipboardApi' : 'noClipboardApi');
      await page.evaluate((t) => {
        document.documentElement.style.fontSize = t;
      }, text);
      // The one under the box (a box taller than the screen has one above it too).
      const button = page.getByRole('button', { name: 'Sao chép' }).last();
      // The button at the bottom of the view, as a leader scrolls to it under the box.
      await button.evaluate((b) => b.scrollIntoView({ block: 'end' }));
      const before = await page.evaluate(() => window.scrollY);
      expect(before).toBeGreaterThan(0);
      await button.tap();
      const status = page.locator('#message-copied');
      await expect.poll(() => status.textContent()).toMatch(DONE);
      expect(await selection(page)).toEqual({ text: await message(page), focused: true });
      const after = await page.evaluate(() => window.scrollY);
      // At most the status's height further down (to show it), never up to the box.
      expect(after).toBeGreaterThanOrEqual(before);
      const view = { top: after, bottom: after + 740 };
      for (const el of [button, status]) {
        const box = await el.evaluate((e) => {
          const r = e.getBoundingClientRect();
          return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
        });
        expect(box.top).toBeGreaterThanOrEqual(view.top);
        expect(box.bottom).toBeLessThanOrEqual(view.bottom);
      }
      await keepShot(page, `test-output/leader-copied-in-view-${text}-${clipboardApi}.png`);
    });
  }

  it('without JavaScript shows no button, and says to long-press the box', async () => {
    const page = await phone('noJavaScript');
    expect(await page.getByRole('button', { name: 'Sao chép' }).count()).toBe(0);
    expect(await page.locator('.hint[data-hint-for]:visible').allTextContents()).toEqual([
      'Nhấn giữ vào ô dưới đây, chọn Chọn tất cả, Sao chép, rồi dán vào nhóm Zalo của khu phố.',
    ]);
    await message(page);
  });
});
