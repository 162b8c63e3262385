/**
 * The users' pages in Chromium (Debian's, by playwright-core), at a desk (the phone's layout:
 * phone-browser.test.ts):
 * an office user changes their own password from the top bar (the browser they left signed in
 * elsewhere is signed out, the new password signs in), and the admin removes a user through the
 * confirmation page. The admin is signed in by cookie (`signInByCookie`: the sign-in form is what
 * Lan's sign-ins walk here); a sign-in fills the form the page already shows (after signing out,
 * or a refused password) as a person does, without loading it again. With
 * PHUONG_PRINT_TEST_SHOTS=1 a screenshot of each step is kept in test-output/studio-users/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers } from '../../src/studio/accounts.js';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { Client, startStudio, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio-users');
const LAN_OLD = 'mật khẩu của Lan';
const LAN_NEW = 'Lan đổi mật khẩu tháng Mười Hai';

describe.skipIf(!chromiumAvailable)('the users pages in Chromium, at a desk', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  const shot = screenshots(OUT, DESK, () => page);
  /** Signs in through the form: the one on the page, or the sign-in page loaded first. */
  const signIn = async (name: string, password: string) => {
    if (new URL(page.url()).pathname !== '/sign-in') await page.goto(`${s.url}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill(name);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  };

  /** The text of what has the keyboard (not the page itself). */
  const focusedText = () =>
    page.evaluate(() =>
      document.activeElement === document.body ? 'BODY' : document.activeElement?.textContent,
    );

  beforeAll(async () => {
    s = await startStudio();
    browser = await sharedChromium();
    page = await newPageAt(browser, DESK);
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('changes a password from the top bar, signing the other browser out', async () => {
    // The admin adds Lan on the users page, reached from the top bar.
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/`);
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByLabel('Tên đăng nhập').fill('lan.vhxh');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(LAN_OLD);
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => page.locator('.notice.ok').textContent()).toContain('Đã thêm');
    await shot('users');
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.waitForURL(`${s.url}/sign-in`);

    // Lan is signed in on another machine too (a client of its own).
    const otherMachine = new Client(s.url);
    expect((await otherMachine.signIn('lan.vhxh', LAN_OLD)).status).toBe(303);
    expect((await otherMachine.get('/')).status).toBe(200);

    // Lan changes her password here, from the bar.
    await signIn('lan.vhxh', LAN_OLD);
    await page.waitForURL(`${s.url}/`);
    await page.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(`${s.url}/password`);
    // A wrong current password is said so, and changes nothing.
    await page.getByLabel('Mật khẩu hiện tại').fill('sai mật khẩu');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(LAN_NEW);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(LAN_NEW);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect
      .poll(() => page.locator('.notice.error').textContent())
      .toContain('Mật khẩu hiện tại không đúng.');
    // The refusal has the keyboard (qa30 3), and names the field it is about.
    expect(await focusedText()).toBe(
      'Mật khẩu hiện tại không đúng. Chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt.',
    );
    expect(await page.getByLabel('Mật khẩu hiện tại').getAttribute('aria-invalid')).toBe('true');
    await shot('password-wrong');
    await page.getByLabel('Mật khẩu hiện tại').fill(LAN_OLD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(LAN_NEW);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(LAN_NEW);
    await shot('password-form');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(`${s.url}/password?changed=1`);
    expect(await page.locator('.notice.ok').textContent()).toBe(
      'Đã đổi mật khẩu. Các máy khác đã bị đăng xuất.',
    );
    await shot('password-changed');
    // This browser stays signed in; the other machine is signed out.
    await page.getByRole('link', { name: 'Chiến dịch' }).click();
    await page.waitForURL(`${s.url}/`);
    const other = await otherMachine.get('/');
    expect(other.status).toBe(303);
    expect(other.headers.get('location')).toBe('/sign-in');

    // The old password no longer signs in; the new one does.
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.waitForURL(`${s.url}/sign-in`);
    await signIn('lan.vhxh', LAN_OLD);
    await expect
      .poll(() => page.locator('.notice.error').textContent())
      .toContain('mật khẩu không đúng');
    expect(await focusedText()).toBe(
      'Tên đăng nhập hoặc mật khẩu không đúng. Chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt.',
    );
    await signIn('lan.vhxh', LAN_NEW);
    await page.waitForURL(`${s.url}/`);
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.waitForURL(`${s.url}/sign-in`);
  }, 120_000);

  it('removes a user after the confirmation page', async () => {
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/users`);
    // The admin's form for giving Lan a new password (the API tests post it).
    await page.locator('a[href="/users/lan.vhxh/password"]').click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Đặt lại mật khẩu cho “lan.vhxh”');
    await shot('reset-form');
    await page.getByRole('link', { name: 'Huỷ' }).click();
    await page.waitForURL(`${s.url}/users`);
    await page.locator('a[href="/users/lan.vhxh/remove"]').click();
    await page.waitForURL(`${s.url}/users/lan.vhxh/remove`);
    await shot('remove-confirm');
    // "Huỷ" keeps her.
    await page.getByRole('link', { name: 'Huỷ, giữ lại' }).click();
    await page.waitForURL(`${s.url}/users`);
    expect((await listUsers(s.store.db)).map((u) => u.name)).toContain('lan.vhxh');
    await page.locator('a[href="/users/lan.vhxh/remove"]').click();
    await page.getByRole('button', { name: 'Xoá người dùng “lan.vhxh”' }).click();
    await expect
      .poll(() => page.locator('.notice.ok').textContent())
      .toBe('Đã xoá người dùng “lan.vhxh”.');
    await shot('removed');
    expect((await listUsers(s.store.db)).map((u) => u.name)).toEqual(['admin']);
  }, 120_000);
});
