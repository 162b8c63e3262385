/**
 * The whole loop in a browser, as people meet it: a group leader on a 360×740 phone inside
 * Zalo's browser, with JavaScript off (the form must not need it), enters the figures, sees them
 * saved, corrects one; the office's figures page then shows the new figure, rate, rank and
 * totals; the report button's PDF has that row. Every control of the form is at least 48 px
 * tall, and axe-core finds no violation on the form. With PHUONG_PRINT_TEST_SHOTS=1 screenshots
 * are kept in test-output/.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  buttonOutlines,
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { withoutThumbnails } from './results-chromium.js';
import {
  ADMIN_PASSWORD,
  basic,
  exampleWard,
  forkDocuments,
  startServer,
  type TestServer,
  tokenOf,
} from './server.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output');
const ZALO =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 Zalo android/12100543 ZaloTheme/light ZaloLanguage/vi';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.skipIf(!chromiumAvailable)('the participation loop in a browser', () => {
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
      memoryCache: forkDocuments(),
    });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.app.close();
    await store?.close();
    await removeTempDirs();
  });

  /** A 360×740 phone inside Zalo's browser, with JavaScript off: the form must not need it. */
  const zaloContext = () =>
    browser.newContext({
      viewport: { width: 360, height: 740 },
      userAgent: ZALO,
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
      locale: 'vi-VN',
    });

  /** A 360×740 phone's browser, scripts on. */
  const phoneContext = () =>
    browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });

  /**
   * Each phone's one page, opened by the first test that needs it and gone on in by the next
   * (each test goes to its group's page first): a context and its page start a renderer.
   */
  let zalo: Page | undefined;
  let phone: Page | undefined;
  const zaloWithoutScript = async () => {
    zalo ??= await pageWithoutThumbnails(await zaloContext());
    return zalo;
  };
  const aPhone = async () => {
    phone ??= await pageWithoutThumbnails(await phoneContext());
    return phone;
  };
  /** The figures form is what these cases read: the documents' thumbnails are left out. */
  const pageWithoutThumbnails = async (context: BrowserContext) => {
    await withoutThumbnails(context);
    return context.newPage();
  };

  it('a leader enters, sees saved, corrects; the office sees the new totals, rank and report', async () => {
    const page = await zaloWithoutScript();
    await page.goto(`${s.url}/g/${tokenOf('7')}/`);
    // Group 7: 536 residents, 168 households (groups.csv).
    await page.getByLabel('Số người dân tham gia cuộc thi').fill('134');
    await page.getByLabel('Số người dân nhận giấy chứng nhận').fill('90');
    await page.getByLabel('Số hộ gia đình cài đặt ứng dụng Smart Hải Phòng').fill('42');
    for (const box of await page
      .locator('.figures input:not([type=hidden]), .figures button')
      .all()) {
      expect((await box.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
    }
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => page.getByText('Đã lưu số liệu.').isVisible()).toBe(true);
    // 134 / 536 = 25,0 %.
    expect(await page.locator('#so_tham_gia-saved').textContent()).toMatch(
      /^Đã lưu: 134 người \(25,0% trên 536 nhân khẩu\) lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/,
    );
    await keepShot(page.locator('#ket-qua'), join(OUT, 'results-form-saved.png'));

    // A correction: 134 was a typo for 143 (26,7 %).
    await page.getByLabel('Số người dân tham gia cuộc thi').fill('143');
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect
      .poll(() => page.locator('#so_tham_gia-saved').textContent())
      .toContain('Đã lưu: 143 người (26,7%');
    await page.getByText('Lịch sử cập nhật (2 lần)').click();
    expect(await page.locator('.history li').allInnerTexts()).toEqual([
      expect.stringMatching(/Tổ trưởng gửi: Số người dân tham gia cuộc thi 143$/),
      expect.stringMatching(
        /Tổ trưởng gửi: Số người dân tham gia cuộc thi 134; Số người dân nhận giấy chứng nhận 90; Số hộ gia đình cài đặt ứng dụng Smart Hải Phòng 42$/,
      ),
    ]);

    // The form as a phone with scripts on shows it, checked by axe-core.
    const a11y = await aPhone();
    await a11y.goto(`${s.url}/g/${tokenOf('7')}/`);
    await a11y.evaluate(await readFile(AXE, 'utf8'));
    const violations = await a11y.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: string): Promise<{ violations: { id: string }[] }> } }
      ).axe;
      return (await axe.run('#ket-qua')).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    const office = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      httpCredentials: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const desk = await office.newPage();
    await desk.goto(`${s.url}/admin/ket-qua`);
    const row = desk.locator('tbody tr', { hasText: 'Tổ dân phố số 7' });
    expect(await row.locator('td').allInnerTexts()).toEqual([
      '1',
      '143',
      '26,7%',
      '90',
      '16,8%',
      '42',
      '25,0%',
      expect.stringMatching(/^\d\d:\d\d \d\d\/\d\d\/\d{4}$/),
    ]);
    expect(await desk.locator('tfoot th, tfoot td').allTextContents()).toEqual([
      '',
      // Only group 7 of the example's 32 has reported: the ward's rates count 31 as 0.
      'Toàn phường (tính 31 tổ chưa báo cáo là 0)',
      '143',
      '0,5%',
      '90',
      '0,3%',
      '42',
      '0,5%',
      '',
    ]);
    await keepShot(desk, join(OUT, 'results-office.png'));

    // The chart on the office's phone: names and rates in type as large as the page's, each
    // line's rate on the screen (one SVG scaled to the phone's width set them in 6 px). The
    // desk's page made phone-sized and opened again: a context of its own starts a renderer.
    const small = desk;
    await small.setViewportSize({ width: 360, height: 740 });
    await small.goto(`${s.url}/admin/ket-qua`);
    const texts = await small
      .locator('.bar-chart li:not(.bar-scale) .bar-label, .bar-chart .bar-text')
      .evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return {
            text: e.textContent,
            px: Number.parseFloat(getComputedStyle(e).fontSize),
            right: r.right,
          };
        }),
      );
    expect(texts).toContainEqual(expect.objectContaining({ text: 'Tổ dân phố số 7' }));
    expect(texts).toContainEqual(expect.objectContaining({ text: '26,7%' }));
    for (const t of texts) {
      expect(t.px, t.text ?? '').toBeGreaterThanOrEqual(14);
      expect(t.right, t.text ?? '').toBeLessThanOrEqual(360);
    }
    await office.close();

    const pdf = await fetch(`${s.url}/admin/bao-cao.pdf`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()), { layout: true });
    expect(text).toMatch(/^\s*1\s+Tổ dân phố số 7\s+143\s+26,7\s+90\s+16,8\s+42\s+25,0\s*$/m);
  });
  it('after "Lưu lại", the Back button shows the saved figure, not the page from before', async () => {
    const page = await aPhone();
    // Group 9, as the two cases after this one: a group page's first visit draws all the
    // group's documents (its sizes), ~1 s of CPU a group.
    await page.goto(`${s.url}/g/${tokenOf('9')}/`);
    const saved = page.locator('#so_tham_gia-saved');
    expect(await saved.textContent()).toContain('Chưa báo cáo');
    await page.getByLabel('Số người dân tham gia cuộc thi').fill('120');
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => page.getByText('Đã lưu số liệu.').isVisible()).toBe(true);
    expect(await saved.textContent()).toContain('Đã lưu: 120');
    // The phone's Back button: the page as it was before the form was sent, in the history.
    await page.goBack();
    expect(page.url()).toBe(`${s.url}/g/${tokenOf('9')}/`);
    expect(await saved.textContent()).toContain('Đã lưu: 120');
    await keepShot(page, join(OUT, 'results-form-back.png'));
  });

  /** Is the element's box inside the phone's screen as it is scrolled now? */
  const onScreen = (page: Page, selector: string) =>
    page.locator(selector).evaluate((e) => {
      const r = e.getBoundingClientRect();
      // A pixel of rounding either way: the anchor's scroll may leave the box's top at -0.05 px.
      return r.top >= -1 && r.bottom <= window.innerHeight + 1;
    });

  /**
   * What a screen reader says of a box besides its name: Chromium's accessible description
   * (aria-describedby), from its accessibility tree.
   */
  const describedAs = async (page: Page, selector: string) => {
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    });
    await cdp.detach();
    const invalid = nodes[0]?.properties?.find((p) => p.name === 'invalid')?.value.value;
    return { description: String(nodes[0]?.description?.value ?? ''), invalid };
  };

  it('a refused figure opens the page at the red box, not at its top (no JavaScript)', async () => {
    const page = await zaloWithoutScript();
    await page.goto(`${s.url}/g/${tokenOf('9')}/`);
    const box = page.getByLabel('Số người dân tham gia cuộc thi');
    await box.fill('mười');
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => page.getByText('Chưa lưu được:').count()).toBe(1);
    // Opened where the problem is: the red box on the screen, the page scrolled far from its top.
    expect(await onScreen(page, '.form-errors')).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(740);
    expect(await page.locator('.form-errors').textContent()).toContain(
      '“Số người dân tham gia cuộc thi”: chỉ ghi chữ số, ví dụ 125',
    );
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    // A screen reader on the box hears it is invalid and why (qa25c F6), not only its note.
    const heard = await describedAs(page, '#so_tham_gia');
    expect(heard.invalid).toBe('true');
    expect(heard.description).toContain('chỉ ghi chữ số, ví dụ 125');
    // …and still its note: the group's state as the page shows it (an earlier test in this file
    // may have saved a figure for it).
    expect(heard.description).toMatch(/Chưa báo cáo|Đã lưu/);
    expect(await box.inputValue()).toBe('mười');
    await keepShot(page, join(OUT, 'results-form-refused.png'));
  });

  it('a figure above the population opens the page at the question to confirm it', async () => {
    const page = await aPhone();
    await page.goto(`${s.url}/g/${tokenOf('9')}/`);
    // Group 9 has 362 households (groups.csv): one more asks to be confirmed.
    await page.getByLabel('Số hộ gia đình cài đặt ứng dụng Smart Hải Phòng').fill('363');
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => page.getByText('Chưa lưu được:').count()).toBe(1);
    expect(await onScreen(page, '.form-errors')).toBe(true);
    expect(await page.locator('.form-errors').textContent()).toContain(
      '363 lớn hơn số hộ của Tổ dân phố số 9 (362)',
    );
    // The box has the focus: a screen reader reads the problem first.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua-loi');
    // The refused box names its sentence, confirmation tick included; the other box does not.
    const households = await describedAs(page, '#so_cai_app');
    expect(households.description).toContain('363 lớn hơn số hộ của Tổ dân phố số 9 (362)');
    expect(households.description).toContain('đánh dấu ô xác nhận');
    expect((await describedAs(page, '#so_tham_gia')).description).not.toContain('362');
    // The sentence is a link to its box (qa41 m2): tapped, the box has the focus.
    const toBox = page.locator('.form-errors').getByRole('link', { name: /363 lớn hơn số hộ/ });
    expect(await toBox.getAttribute('href')).toBe('#so_cai_app');
    await toBox.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('so_cai_app');
    // At 200 % text the tick box is as large as its label's letters, not a 13 px square beside
    // four lines of 34 px text (qa41 m2: the flex row squeezed it).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const tick = page.getByLabel('Tôi xác nhận số liệu trên là đúng');
    const letters = await page
      .locator('label.confirm')
      .evaluate((l) => Number.parseFloat(getComputedStyle(l).fontSize));
    expect(letters).toBeGreaterThan(30);
    const tickBox = await tick.boundingBox();
    expect(tickBox?.width ?? 0).toBeGreaterThanOrEqual(letters);
    expect(tickBox?.height ?? 0).toBeGreaterThanOrEqual(letters);
    await keepShot(page, join(OUT, 'results-form-confirm-200.png'));
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    await page.getByLabel('Tôi xác nhận số liệu trên là đúng').check();
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await expect.poll(() => page.getByText('Đã lưu số liệu.').isVisible()).toBe(true);
    expect(await onScreen(page, '.saved')).toBe(true);
    // With the figures form and its history, every control is still a finger's size.
    const heights = await page
      .locator('a, button, input:not([type=hidden]), summary')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height).filter((h) => h > 0));
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });
  // qa41 m1: forced colours (Windows High Contrast, a phone's high-contrast mode) drop every
  // background: "Tải về", "Lưu lại", "Sao chép" were bare words, no shape to tell a button.
  it('keeps an outline on every button of the leader page in forced colours', async () => {
    const ctx = await browser.newContext(phoneOptions({ colorScheme: 'dark' }));
    const page = await ctx.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${s.url}/g/${tokenOf('5')}/`);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const found = await buttonOutlines(page, '.btn, button');
    expect(found.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Lưu lại', 'Sao chép', expect.stringMatching(/^Tải về /)]),
    );
    expect(found.filter((f) => f.border < 1)).toEqual([]);
    await keepShot(page, join(OUT, 'leader-forced-colors.png'), { fullPage: true });
    await ctx.close();
  });
});
