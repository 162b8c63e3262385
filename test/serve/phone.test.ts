/**
 * The leader's page as a group leader meets it: a 360×740 phone, inside Zalo's own browser.
 * Headless Chromium (Debian's, by playwright-core) shows the hint to open the page in the
 * phone's browser (and not outside Zalo), each document's own first-page thumbnail, "Xem"
 * answering inline (a PDF: every page as a phone-wide picture, without JavaScript), buttons at least 48 px tall, the share sheet offered the PNG itself, text at
 * 200 % that still fits the screen, and no axe-core violation on the leader, error and office
 * pages. With PHUONG_PRINT_TEST_SHOTS=1 screenshots are kept in test-output/ (taken at the
 * phone's density, 2; the cases themselves run at 1: they read sizes in CSS pixels, never pixels).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  PHONE_SCALE,
  sharedChromium,
} from './chromium.js';
import {
  ADMIN_PASSWORD,
  basic,
  forkDocuments,
  startServer,
  type TestServer,
  tokenOf,
} from './server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'test-output');
const PHONE = { width: 360, height: 740 };
const ANDROID =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const ZALO = `${ANDROID} Zalo android/12100543 ZaloTheme/light ZaloLanguage/vi`;
const HINT = 'Mở bằng trình duyệt';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.skipIf(!chromiumAvailable)('the leader page on a phone, inside Zalo', () => {
  let s: TestServer;
  let browser: Browser;
  const phone = (userAgent: string, more: BrowserContextOptions = {}) =>
    browser.newContext({
      viewport: PHONE,
      userAgent,
      deviceScaleFactor: PHONE_SCALE,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      ...more,
    });
  const leaderUrl = () => `${s.url}/g/${tokenOf('5')}/`;
  /**
   * One page for each of the three phones the tests use, opened at the first test that needs it
   * and used by the next ones (each goes to its own address first, or finds the leader page
   * there: onLeaderPage): a context and its page start a renderer process, the most CPU a test
   * here spent apart from what it checks.
   */
  const phones = {
    zalo: () => phone(ZALO),
    android: () => phone(ANDROID),
    zaloWithoutScript: () => phone(ZALO, { javaScriptEnabled: false }),
  };
  const opened = new Map<keyof typeof phones, Page>();
  async function phonePage(name: keyof typeof phones): Promise<Page> {
    let page = opened.get(name);
    if (!page) {
      page = await (await phones[name]()).newPage();
      opened.set(name, page);
    }
    return page;
  }
  /** Phones whose leader page a case has changed (its root font size): loaded again before use. */
  const changed = new Set<Page>();
  /**
   * The phone's page at the leader's address: the load a case before left there, when no case
   * changed it (the cases that only read the page share one load: each load lays out and draws
   * the page and its seven thumbnails again), else loaded now.
   */
  async function onLeaderPage(name: keyof typeof phones): Promise<Page> {
    const page = await phonePage(name);
    if (page.url() !== leaderUrl() || changed.has(page)) {
      await page.goto(leaderUrl());
      changed.delete(page);
    }
    return page;
  }

  beforeAll(async () => {
    // The fork's documents: its thumbnails and pages are drawn once for the fork's files.
    s = await startServer({ memoryCache: forkDocuments() });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.app.close();
    await removeTempDirs();
  });

  it("says how to open the page in the phone's browser inside Zalo, and only there", async () => {
    const page = await onLeaderPage('zalo');
    await expect.poll(() => page.getByText(HINT).isVisible()).toBe(true);
    await keepShot(page, join(OUT, 'leader-page-zalo.png'));

    const other = await onLeaderPage('android');
    expect(await other.locator('h1').textContent()).toBe('Tổ dân phố số 5');
    expect(await other.getByText(HINT).count()).toBe(0);
  });

  it("keeps the ward's name on one line under a narrow screen's heading", async () => {
    const page = await onLeaderPage('android');
    const ward = s.ward.campaign.issuer.ward;
    // The line boxes the ward's words sit on, from the page as laid out.
    const tops = await page.evaluate((name) => {
      const issuer = document.querySelector('.issuer') as HTMLElement;
      const walker = document.createTreeWalker(issuer, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent?.indexOf(name) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + name.length);
        return [...new Set([...range.getClientRects()].map((r) => Math.round(r.top)))];
      }
      return [];
    }, ward);
    expect(tops).toHaveLength(1);
  });

  it('leaves no short word alone on the last row of the heading or the line under it (qa15)', async () => {
    const page = await onLeaderPage('android');
    changed.add(page);
    // A group's and a campaign's names as a ward has them, whose last word is a figure: with the
    // page's style, on the phone's width.
    const heading = 'Tổ dân phố Đông Hải 2';
    const lead = 'Tài liệu của phường: Kích hoạt VNeID mức 2';
    const rows = await page.evaluate(
      ({ h, l }) => {
        const lastRow = (el: Element, text: string) => {
          el.textContent = text;
          const node = el.firstChild as Text;
          const words: { word: string; top: number }[] = [];
          let at = 0;
          for (const word of text.split(' ')) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            words.push({ word, top: Math.round(range.getBoundingClientRect().top) });
            at += word.length + 1;
          }
          const tops = [...new Set(words.map((w) => w.top))];
          const last = tops[tops.length - 1];
          return {
            rows: tops.length,
            last: words.filter((w) => w.top === last).map((w) => w.word),
          };
        };
        return [
          lastRow(document.querySelector('h1') as Element, h),
          lastRow(document.querySelector('.band .lead') as Element, l),
        ];
      },
      { h: heading, l: lead },
    );
    await keepShot(page, join(OUT, 'leader-page-short-words.png'));
    for (const r of rows) if (r.rows > 1) expect(r.last.length).toBeGreaterThan(1);
    // The case is one: on this phone, at this size, both texts take two rows.
    expect(rows.map((r) => r.rows)).toEqual([2, 2]);
  });

  it("shows each document's own thumbnail, and Xem answers inline", async () => {
    const page = await onLeaderPage('zalo');
    const docs = page.locator('li.doc');
    const n = await docs.count();
    expect(n).toBe(s.ward.outputs.length);
    const sources = new Set<string>();
    for (let i = 0; i < n; i++) {
      const img = docs.nth(i).locator('img.thumb');
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      const src = (await img.getAttribute('src')) ?? '';
      const bytes = await (await page.request.get(new URL(src, page.url()).href)).body();
      sources.add(bytes.toString('base64'));

      // Xem: a PDF's pages as pictures in a page, the share image itself, never a download.
      const view = docs.nth(i).getByRole('link', { name: /^Xem / });
      const res = await page.request.get(
        new URL((await view.getAttribute('href')) ?? '', page.url()).href,
      );
      expect(res.status()).toBe(200);
      const type = res.headers()['content-type'] ?? '';
      if (type.startsWith('text/html')) expect(await res.text()).toContain('<ol class="pages">');
      else expect(res.headers()['content-disposition']).toMatch(/^inline;/);
    }
    // Seven documents, seven different pictures.
    expect(sources.size).toBe(n);
  });

  it('shows every page of the notice on tap, without JavaScript, phone-wide', async () => {
    const page = await onLeaderPage('zaloWithoutScript');
    await page.locator('li.doc').first().locator('a.thumb-link').click();
    await page.waitForURL(/notice\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Thông báo của phường');
    const pdf = await (await page.request.get(`${leaderUrl()}notice.pdf`)).body();
    const { pages } = await pdfInfo(new Uint8Array(pdf));
    const images = page.locator('ol.pages img');
    expect(await images.count()).toBe(pages);
    for (let i = 0; i < pages; i++) {
      const img = images.nth(i);
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      // Phone-wide (the page's width less its margins), with the page's shape: no zooming to find it.
      const box = await img.boundingBox();
      expect(box?.width).toBeGreaterThan(PHONE.width * 0.8);
      expect(box?.width).toBeLessThanOrEqual(PHONE.width);
      // Sharp on a phone with 2 device pixels to the CSS pixel, and hardly more pixels than it
      // shows (qa25c F3: 1080 px pictures in a 326 px box, the notice's view 7× its PDF).
      const natural = await img.evaluate((el: HTMLImageElement) => el.naturalWidth);
      expect(natural).toBeGreaterThanOrEqual(2 * (box?.width ?? 0));
      expect(natural).toBeLessThanOrEqual(2.5 * (box?.width ?? 0));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    const heights = await page
      .locator('a.btn:visible')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
    await keepShot(page, join(OUT, 'leader-pages-zalo.png'), { fullPage: true });
    // Back to the list of documents.
    await page.getByRole('link', { name: 'Về danh sách tài liệu' }).first().click();
    await page.waitForURL(leaderUrl());
  });

  it("keeps the ZIP button's closing bracket on the row of its size", async () => {
    // The button is a flex box: its label's text runs and the size's spans were each a flex item,
    // and ")" stood alone on the right of the button, a row of its own (qa48's screenshot).
    const page = await phonePage('android');
    await expect
      .poll(async () => {
        await page.goto(leaderUrl());
        return page.locator('a.btn-all [aria-hidden="true"]').count();
      })
      .toBe(1);
    changed.add(page);
    const rows = await page.locator('a.btn-all').evaluate((a) => {
      const size = a.querySelector('[aria-hidden="true"]') as HTMLElement;
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      let last: Text | undefined;
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if ((n.textContent ?? '').includes(')')) last = n as Text;
      const range = document.createRange();
      const at = (last?.textContent ?? '').lastIndexOf(')');
      range.setStart(last as Text, at);
      range.setEnd(last as Text, at + 1);
      const bracket = range.getBoundingClientRect();
      const sized = size.getBoundingClientRect();
      return { bracket: [bracket.top, bracket.left], size: [sized.top, sized.right] };
    });
    expect(Math.abs((rows.bracket[0] ?? 0) - (rows.size[0] ?? 0))).toBeLessThan(4);
    expect(rows.bracket[1] ?? 0).toBeGreaterThanOrEqual((rows.size[1] ?? 0) - 1);
  });

  it('every action is at least 48 px tall', async () => {
    const page = await onLeaderPage('zalo');
    const heights = await page
      .locator('a.btn:visible')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(2 * s.ward.outputs.length);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
  });

  it('every link, button and box a finger taps is at least 44 px tall, the phone number too', async () => {
    const page = await onLeaderPage('zalo');
    const small = () =>
      page.locator('a, button, input:not([type=hidden]), select, summary').evaluateAll((els) =>
        els
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height < 44)
          .map(({ e, r }) => `${e.outerHTML.slice(0, 60)}: ${Math.round(r.height)} px`),
      );
    // The example office's phone (campaign.yaml, issuer.phone), as a call to start.
    const call = page.locator('a[href="tel:02253857123"]');
    expect(await call.textContent()).toBe('0225 3 857 123');
    expect((await call.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await small()).toEqual([]);
    await page.goto(`${leaderUrl()}notice.html`);
    expect(await small()).toEqual([]);
  });

  it('opens a link tapped in a message with ")." glued to it, and a wrong link says whom to call', async () => {
    const page = await phonePage('zalo');
    const opened = await page.goto(`${leaderUrl()}).`);
    expect(opened?.status()).toBe(200);
    expect(page.url()).toBe(leaderUrl());
    expect(await page.locator('h1').textContent()).toBe('Tổ dân phố số 5');

    expect((await page.goto(`${s.url}/g/AAAAAAAAAAAAAAAAAAAAAA/`))?.status()).toBe(404);
    // The example's office and its phone (campaign.yaml, issuer.office and issuer.phone).
    expect(await page.locator('.ask').textContent()).toBe(
      'Để nhận đường dẫn đúng, xin gọi cho Phòng Văn hoá - Xã hội, phường Lê Chân: 0225 3 857 123',
    );
    const call = page.locator('a[href="tel:02253857123"]');
    expect((await call.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await keepShot(page, join(OUT, 'not-found-phone.png'));
  });

  it.each([
    ['leader-page-200.png', ''],
    ['leader-pages-200.png', 'notice.html'],
  ])('fits the screen with the text at 200 % (%s)', async (shot, path) => {
    const page = await phonePage('zalo');
    await page.goto(`${leaderUrl()}${path}`);
    // The phone's font size setting scales the root font; the page's sizes are in rem.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    changed.add(page);
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('h1, h2, h3, p, li, a, span')].filter(
        (e) =>
          e.scrollWidth > e.clientWidth + 1 &&
          getComputedStyle(e).display !== 'inline' &&
          // Words for a screen reader only, clipped to nothing on purpose.
          getComputedStyle(e).clipPath === 'none',
      );
      return {
        page: document.documentElement.scrollWidth,
        elements: wide.map((e) => `${e.tagName}.${e.className}: ${e.textContent?.slice(0, 40)}`),
      };
    });
    await keepShot(page, join(OUT, shot), { fullPage: true });
    expect(overflow.page).toBeLessThanOrEqual(PHONE.width);
    expect(overflow.elements).toEqual([]);
    const heading = await page.locator('h1').evaluate((e) => getComputedStyle(e).fontSize);
    expect(Number.parseFloat(heading)).toBeGreaterThan(40);
  });

  describe('axe-core finds no violation', () => {
    const axe = async (page: Page) => {
      await page.evaluate(await readFile(AXE, 'utf8'));
      return page.evaluate(async () => {
        const r = await (
          window as unknown as {
            axe: {
              run: () => Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: [] }>;
            };
          }
        ).axe.run();
        // No rule passing would mean axe checked nothing.
        if (r.passes.length === 0) return ['axe ran no rule'];
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
    };
    it('on the leader page', async () => {
      const page = await onLeaderPage('zalo');
      expect(await axe(page)).toEqual([]);
    });
    it("on a document's page-by-page view", async () => {
      const page = await phonePage('zalo');
      await page.goto(`${leaderUrl()}notice.html`);
      expect(await axe(page)).toEqual([]);
    });
    it('on the error page', async () => {
      const page = await phonePage('zalo');
      expect((await page.goto(`${s.url}/g/not-a-token/`))?.status()).toBe(404);
      expect(await axe(page)).toEqual([]);
    });
    it('on the office page', async () => {
      // The Android phone's page, signed in by its header (a context of its own with
      // credentials started another renderer).
      const page = await phonePage('android');
      await page.setExtraHTTPHeaders({ authorization: basic('admin', ADMIN_PASSWORD) });
      try {
        expect((await page.goto(`${s.url}/admin?q=s%E1%BB%91`))?.status()).toBe(200);
        expect(await axe(page)).toEqual([]);
      } finally {
        await page.setExtraHTTPHeaders({});
      }
    });
  });

  it("offers the share image's PNG to the phone's share sheet", async () => {
    // The Zalo phone's page, the file's last case on it: the Web Share API of a phone, recorded
    // (headless Chromium on Linux has none), stays in the page for its next loads. (A context of
    // its own started one more renderer.)
    const page = await phonePage('zalo');
    await page.addInitScript(() => {
      const w = window as unknown as { shared: { name: string; type: string; size: number }[] };
      w.shared = [];
      Object.assign(navigator, {
        canShare: (d: { files?: File[] }) => Boolean(d.files?.length),
        share: async (d: { files: File[] }) => {
          for (const f of d.files) w.shared.push({ name: f.name, type: f.type, size: f.size });
        },
      });
    });
    // The image (114 KB) is fetched when the button is tapped, not on every visit (qa34 m1).
    const images: string[] = [];
    page.on('request', (r) => {
      if (/\/share\.png/.test(r.url())) images.push(r.url());
    });
    await page.goto(leaderUrl(), { waitUntil: 'networkidle' });
    // The share picture's button, and the flyer's picture's (qa48 M3): each named for the
    // picture it sends (a screen reader lists links by name: two "Gửi qua Zalo…" were the same).
    const button = page.getByRole('link', { name: 'Gửi qua Zalo: Ảnh chia sẻ Zalo', exact: true });
    const flyer = page.getByRole('link', {
      name: 'Gửi qua Zalo: Ảnh tờ rơi cuộc thi',
      exact: true,
    });
    await expect.poll(() => button.isVisible()).toBe(true);
    await expect.poll(() => flyer.isVisible()).toBe(true);
    const names = await page
      .getByRole('link', { name: /^Gửi qua Zalo/ })
      .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    expect(images).toEqual([]);
    await button.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared.length))
      .toBe(1);
    expect(images).toHaveLength(1);
    // The page stays: the share sheet opened over it.
    expect(page.url()).toBe(leaderUrl());
    const shared = await page.evaluate(
      () =>
        (window as unknown as { shared: { name: string; type: string; size: number }[] }).shared,
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]?.type).toBe('image/png');
    // Named with the campaign (its notice's number, examples/hai-phong/campaign.yaml: "Số:
    // 05/UBND-VHXH"), as every download is (qa58b M5).
    expect(shared[0]?.name).toBe('Tổ dân phố số 5 - Ảnh chia sẻ Zalo - số 05-UBND-VHXH.png');
    const png = await (await page.request.get(`${leaderUrl()}share.png`)).body();
    expect(shared[0]?.size).toBe(png.length);
    page.removeAllListeners('request');

    // Without the API (or without JavaScript) the button stays hidden: "Xem" shows the image.
    const noJs = await onLeaderPage('zaloWithoutScript');
    expect(await noJs.getByRole('link', { name: /^Gửi qua Zalo/ }).count()).toBe(0);
    expect(await noJs.getByRole('link', { name: 'Xem Ảnh chia sẻ Zalo' }).isVisible()).toBe(true);
  });
});
