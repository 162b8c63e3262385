/**
 * The campaign form in Chromium, where its script saves without leaving the page: two tabs on
 * one campaign (the later save is refused in place, nothing lost), the question before leaving
 * unsaved typing (and none after a save), a save after signing out elsewhere (said in place,
 * the text kept; signed in again in the other tab, Lưu saves it), and the time and place typed in
 * the form printed on the group's flyer (qa7 B1). At a desk (the phone's layout:
 * phone-browser.test.ts); with PHUONG_PRINT_TEST_SHOTS=1, screenshots in test-output/studio-edit/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { chromiumAvailable, closeContexts, sharedChromium, WAIT } from '../serve/chromium.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { exampleInputs } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { ADMIN_PASSWORD, studioWithExample, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio-edit');

/** Signs in on the sign-in form `page` shows (where signing out left it). */
async function signIn(page: Page, url: string) {
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${url}/`);
}

/** Types `value` in the field labelled `label` on `p` and presses Lưu. */
async function typeAndSave(p: Page, label: string, value: string) {
  await p.getByLabel(label).fill(value);
  await p.getByRole('button', { name: 'Lưu' }).click();
}

/** Waits until `p` says its save went through. */
const saidSaved = (p: Page) =>
  expect.poll(() => p.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');

/** The edit area's first error notice on `p`. */
const alert = (p: Page) => p.locator('#edit-area .notice.error').first();

/**
 * The refusal of a save after the same account's: which account and when, from a tab of the
 * clerk's or a colleague's computer signed in with it (qa27 F6; qa58b p2: not "Chính bạn").
 */
const SAME_ACCOUNT =
  /^Chưa lưu: Chiến dịch này đã được lưu bằng tài khoản admin \(tài khoản bạn đang dùng\), ở một tab khác hoặc một máy khác, lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}, sau khi bạn mở trang này\./;

/** `first` saves the signer's name `signer`, then `second` the short title `title`: refused. */
async function secondRefused(first: Page, second: Page, signer: string, title: string) {
  await typeAndSave(first, 'Họ và tên người ký', signer);
  await saidSaved(first);
  await typeAndSave(second, 'Tên ngắn của chiến dịch', title);
  await expect.poll(() => alert(second).textContent(), WAIT).toMatch(SAME_ACCOUNT);
}

describe.skipIf(!chromiumAvailable)('the edit form in Chromium, at a desk', () => {
  let s: TestStudio;
  let file: string;
  let browser: Browser;
  let page: Page;
  /**
   * The second tab of the same browser: the other tab's save (first test), then where the
   * office signs out and in again (third). One tab for both, as each new tab is a renderer
   * process of its own (~0.4 s of CPU).
   */
  let other: Page;
  const shot = screenshots(OUT, DESK, () => page);

  beforeAll(async () => {
    // The example's first five groups (tổ 5's flyer is printed below): the form is the
    // campaign's, whatever the ward's size, and every save checks it against the list.
    const ex = await studioWithExample({}, 'hai-phong', undefined, { groups: 5 });
    s = ex.s;
    file = join(ex.folder, 'campaign.yaml');
    browser = await sharedChromium();
    page = await newPageAt(browser, DESK);
    other = await page.context().newPage();
    await signInByCookie(page, s.url);
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('refuses the later of two tabs’ saves in place, keeping its text', async () => {
    await page.goto(`${s.url}/c/hai-phong`);
    await other.goto(`${s.url}/c/hai-phong`);
    await secondRefused(other, page, 'Trần Văn Một', 'Tiêu đề của tab hai');
    expect(await page.getByLabel('Tên ngắn của chiến dịch').inputValue()).toBe(
      'Tiêu đề của tab hai',
    );
    await shot('changed-elsewhere');
    const { campaign } = await loadCampaign(file);
    expect(campaign.notice.signer.name).toBe('Trần Văn Một');
    expect(campaign.title).not.toBe('Tiêu đề của tab hai');
  }, 120_000);

  it('asks before leaving unsaved typing, and not after a save', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.getByRole('link', { name: 'Danh sách tổ', exact: true }).click();
    await expect.poll(() => dialogs, WAIT).toEqual(['beforeunload']);
    expect(new URL(page.url()).pathname).toBe('/c/hai-phong');
    // Saved (knowingly over the other tab's save): leaving asks nothing.
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');
    expect((await loadCampaign(file)).campaign.title).toBe('Tiêu đề của tab hai');
    await page.getByRole('link', { name: 'Danh sách tổ', exact: true }).click();
    await page.waitForURL(/\/groups$/);
    expect(dialogs).toEqual(['beforeunload']);
    page.removeAllListeners('dialog');
  }, 120_000);

  it('says a save after signing out elsewhere did not happen, and saves once signed in again', async () => {
    await page.goto(`${s.url}/c/hai-phong`);
    const typed = 'Nội dung gõ trong nửa giờ, chưa lưu.';
    await page.getByLabel('Nội dung', { exact: true }).fill(typed);
    await other.goto(`${s.url}/`);
    await other.getByRole('button', { name: /Đăng xuất/ }).click();
    await other.waitForURL(`${s.url}/sign-in`);

    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => alert(page).textContent(), WAIT)
      .toBe(
        'Chưa lưu: phiên đăng nhập đã hết (đã đăng xuất ở nơi khác, đổi mật khẩu, hoặc quá 12 giờ). Nội dung bạn đã gõ vẫn còn nguyên bên dưới. Hãy đăng nhập lại ở tab mới, rồi quay lại trang này và bấm Lưu.',
      );
    expect(await page.getByLabel('Nội dung', { exact: true }).inputValue()).toBe(typed);
    expect((await loadCampaign(file)).campaign.notice.body).not.toBe(typed);
    await shot('signed-out');

    // Signed in again in the other tab; one more Lưu here saves.
    await signIn(other, s.url);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');
    expect((await loadCampaign(file)).campaign.notice.body).toBe(typed);
    await shot('saved-after-sign-in');
  }, 120_000);

  it("prints the time and the group's own place typed in the form on its flyer", async () => {
    await page.goto(`${s.url}/c/hai-phong`);
    const when = '7 giờ 30, Chủ nhật 13/12/2026';
    await page.getByLabel('Thời gian', { exact: true }).fill(when);
    await page.getByLabel('Địa điểm', { exact: true }).fill('{{group.venue}}');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');
    const { campaign } = await loadCampaign(file);
    expect([campaign.when, campaign.where]).toEqual([when, '{{group.venue}}']);
    // The flyer the preview's "open the file" gives the office, for tổ 5 (its venue from the list).
    const venue = (await exampleInputs()).groups.find((g) => g.id === '5')?.venue;
    const res = await page.request.get(`${s.url}/c/hai-phong/preview/file?group=5&kind=flyer.pdf`);
    expect(res.status()).toBe(200);
    const text = collapseSpaces(await pdfText(await res.body()));
    expect(text).toContain(`Thời gian: ${when}`);
    expect(text).toContain(`Địa điểm: ${venue}`);
  }, 120_000);

  it('saves once on a double click on Lưu, and gives the keyboard back where it was', async () => {
    await page.goto(`${s.url}/c/hai-phong`);
    // A slow office network: the first save's answer comes after the second click.
    await page.route('**/c/hai-phong', async (route) => {
      if (route.request().method() === 'POST') await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    const sent: string[] = [];
    const answered: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && sent.push(r.url()));
    page.on('requestfinished', (r) => r.method() === 'POST' && answered.push(r.url()));
    const signer = page.getByLabel('Họ và tên người ký');
    await signer.fill('Trần Văn Hai');
    await page.getByRole('button', { name: 'Lưu' }).dblclick();
    await expect.poll(() => page.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');
    // Every save sent has had its answer shown: one, not a second refused as "edited elsewhere".
    await expect.poll(() => answered.length, WAIT).toBe(sent.length);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    page.removeAllListeners('request');
    page.removeAllListeners('requestfinished');
    await page.unroute('**/c/hai-phong');
    expect(sent).toHaveLength(1);
    expect(await alert(page).count()).toBe(0);
    expect(await page.locator('.notice.ok').textContent()).toBe('Đã lưu.');
    expect((await loadCampaign(file)).campaign.notice.signer.name).toBe('Trần Văn Hai');
    // Not the page itself (the next Tab from the top bar): Lưu, which was pressed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lưu');
    // Saved with Enter in a field: that field keeps the keyboard.
    await signer.fill('Trần Văn Ba');
    await signer.press('Enter');
    await expect
      .poll(async () => (await loadCampaign(file)).campaign.notice.signer.name, WAIT)
      .toBe('Trần Văn Ba');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), WAIT)
      .toBe('notice.signer.name');
  }, 120_000);

  it('keeps each field the keyboard reaches above the sticky Lưu bar (qa30 1)', async () => {
    // An office desk, a short window (a browser not maximised), and 200 % zoom of 1280×900.
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 1280, height: 640 },
      { width: 640, height: 450 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${s.url}/c/hai-phong`);
      await page.locator('[name="issuer.parent"]').focus();
      // Where each Tab left the keyboard, noted by the page itself when the next Tab is pressed
      // (the focused field scrolled into view by then, as when the test asked after each press):
      // one question to the page per twenty presses instead of one per press.
      await page.evaluate(() => {
        const seen = { hidden: [] as string[], stops: 0, done: false };
        (window as unknown as { tabStops: typeof seen }).tabStops = seen;
        const note = () => {
          if (seen.done) return;
          const e = document.activeElement as HTMLElement | null;
          if (
            !e ||
            e === document.body ||
            !e.closest('#campaign-form') ||
            e.closest('.actions.sticky')
          ) {
            if (seen.stops > 0) seen.done = true;
            return;
          }
          seen.stops++;
          const r = e.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const name = e.getAttribute('name') ?? e.textContent?.trim().slice(0, 30) ?? e.tagName;
          if (!(hit && (hit === e || e.contains(hit))))
            seen.hidden.push(`${name} (${hit?.className ?? 'ngoài màn hình'})`);
        };
        // Before the key moves the focus on: the element the last Tab reached. Not the first
        // press's (issuer.parent, focused by the test).
        let first = true;
        addEventListener(
          'keydown',
          (ev) => {
            if (ev.key !== 'Tab') return;
            if (!first) note();
            first = false;
          },
          { capture: true },
        );
      });
      let seen = { hidden: [] as string[], stops: 0, done: false };
      for (let i = 0; i < 200 && !seen.done; i += 20) {
        for (let k = 0; k < 20; k++) await page.keyboard.press('Tab');
        // A last Tab's keydown notes where the 20th press went.
        seen = await page.evaluate(
          () =>
            (window as unknown as { tabStops: { hidden: string[]; stops: number; done: boolean } })
              .tabStops,
        );
      }
      const { hidden, stops } = seen;
      expect(stops, `${viewport.height}`).toBeGreaterThan(50);
      expect(hidden, `${viewport.width}×${viewport.height}`).toEqual([]);
    }
    await page.setViewportSize(DESK.viewport);
  }, 120_000);

  it('puts the focus on the error summary, whose links lead to the fields', async () => {
    await page.goto(`${s.url}/c/hai-phong`);
    await page
      .getByLabel('Nội dung', { exact: true })
      .fill('Kính gửi {{group.nam}}.\n\nChữ <b>đậm</b>.');
    await page.getByLabel('Đường dẫn (in thành mã QR)').fill('zalo https://zalo.me/g/abc');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('problems');
    const summary = page.locator('#problems');
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Nội dung (2 chỗ)',
      'Đường dẫn (in thành mã QR)',
    ]);
    await shot('error-summary');
    await summary.getByRole('link', { name: 'Đường dẫn (in thành mã QR)' }).click();
    await expect.poll(() => page.evaluate(() => location.hash), WAIT).toBe('#f-links');
    expect(await page.locator('#f-links-error').textContent()).toContain('thiếu dấu “|”');
    await shot('links-error');
    await page.locator('#f-notice-body-error').scrollIntoViewIfNeeded();
    await shot('body-errors');
  }, 120_000);
  it('tells a clerk whose save a colleague on another computer, signed in with the same account, came before what is known (qa58b p2)', async () => {
    // Two computers of the office, each signed in as the one "admin" account.
    const [one, two] = [await newPageAt(browser, DESK), await newPageAt(browser, DESK)];
    for (const desk of [one, two]) {
      await signInByCookie(desk, s.url);
      await desk.goto(`${s.url}/c/hai-phong`);
    }
    await secondRefused(one, two, 'Nguyễn Thị Hai', 'Tiêu đề của máy hai');
    const said = (await alert(two).textContent()) ?? '';
    // Not "you": the other save may be a colleague's; what it changed is taken in, to be saved
    // with hers.
    expect(said).not.toMatch(/Chính bạn|bạn đã sửa/);
    expect(said).toContain(
      'Các mục bản kia đã sửa nay hiện như bản vừa lưu: “Họ và tên người ký”. Bấm Lưu lần nữa để lưu phần bạn sửa cùng với bản đó',
    );
    expect(await two.getByLabel('Tên ngắn của chiến dịch').inputValue()).toBe(
      'Tiêu đề của máy hai',
    );
    expect((await loadCampaign(file)).campaign.notice.signer.name).toBe('Nguyễn Thị Hai');
  }, 120_000);
  it('names the campaign by its new short title in the heading once saved (qa58b p6)', async () => {
    const desk = await newPageAt(browser, DESK);
    await signInByCookie(desk, s.url);
    await desk.goto(`${s.url}/c/hai-phong`);
    const typed = 'Phòng, chống sốt xuất huyết đợt 2';
    expect(await desk.locator('h1').textContent()).not.toBe(typed);
    await typeAndSave(desk, 'Tên ngắn của chiến dịch', typed);
    await saidSaved(desk);
    // The page was not reloaded (the script saved in place): its heading and title follow, and
    // the line above the heading (this folder has no name typed on Chiến dịch mới).
    expect(await desk.locator('h1').textContent()).toBe(typed);
    expect(await desk.locator('h1').locator('xpath=preceding-sibling::p[1]').textContent()).toBe(
      `Chiến dịch › ${typed}`,
    );
    expect(await desk.title()).toContain(typed);
    expect((await loadCampaign(file)).campaign.title).toBe(typed);
  }, 120_000);
});
