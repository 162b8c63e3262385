/**
 * The public address an admin stores on the Cài đặt page counts as the one the studio was
 * started with: an https address makes the session cookie Secure (`__Host-`) and sends HSTS, to
 * the studio's pages and the leaders' alike, for the requests that reach the studio by that
 * address (a real server on loopback, asked with the Host header a browser sends through the
 * proxy). The studio opened on the office's machine, http://127.0.0.1:…, keeps its plain
 * cookie: the admin who saves the address there stays signed in, and anyone can still sign in
 * there. An admin browsing by the public address when it is saved is moved to the Secure cookie
 * without signing in again. An address under a folder of the name (https://x.gov.vn/studio/),
 * where the pages' links would open nothing, is refused with why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  type Answer,
  Client,
  HostClient,
  plainText,
  restartStudio,
  sessionName,
  studioWithExample,
  type TestStudio,
} from './studio.js';

const ADDRESS = 'https://phuong-hoacuong.example.vn';
const HOST = 'phuong-hoacuong.example.vn';
const SLUG = 'dia-chi';

/** The Set-Cookie line of cookie `name` in an answer. */
/** The Set-Cookie line of cookie `name`, less a studio's own suffix ("studio" is `studio-…`). */
const setCookie = (a: Answer, name: string) =>
  a.headers
    .getSetCookie()
    .find(
      (l) => (l.split('=')[0] ?? '').replace(/^((__Host-)?studio)-[0-9a-f]{8}$/, '$1') === name,
    );

/** Signs `c` in, and gives the sign-in's answer. */
async function signedIn(c: Client): Promise<Answer> {
  const a = await c.signIn();
  expect(a.status).toBe(303);
  expect((await c.get('/')).status).toBe(200);
  return a;
}

describe('an https public address saved on the Cài đặt page', () => {
  let s: TestStudio;
  let local: Client;
  beforeAll(async () => {
    ({ s, c: local } = await studioWithExample({}, SLUG));
    expect((await local.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(
      303,
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('before: neither Secure nor HSTS, by any name', async () => {
    const pub = new HostClient(s.url, HOST);
    const a = await signedIn(pub);
    expect(setCookie(a, 'studio')).not.toMatch(/;\s*Secure/i);
    expect((await pub.get('/')).headers.get('strict-transport-security')).toBeNull();
  });

  it('saved on the office machine (http://127.0.0.1): the admin stays signed in there, plain cookie, no HSTS', async () => {
    const saved = await local.post('/settings', { address: ADDRESS }, '/settings');
    expect(saved.status).toBe(200);
    expect(saved.headers.getSetCookie()).toEqual([]);
    const text = plainText(saved.text);
    expect(text).toContain(`Đã lưu địa chỉ công khai ${ADDRESS}.`);
    expect(text).toContain(
      `Khi mở phần mềm bằng địa chỉ này, trình duyệt chỉ gửi mã đăng nhập qua kết nối an toàn (https) và luôn mở bằng https. Mở bằng địa chỉ khác của máy, như ${s.url} đang mở, vẫn đăng nhập như trước.`,
    );
    const home = await local.get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('strict-transport-security')).toBeNull();
    // Someone else signs in there as before.
    const other = new Client(s.url);
    const a = await signedIn(other);
    expect(setCookie(a, 'studio')).toMatch(/HttpOnly/i);
    expect(setCookie(a, 'studio')).not.toMatch(/;\s*Secure/i);
  });

  it('by the public address: the session cookie is Secure and __Host-, and studio and leader pages send HSTS', async () => {
    const pub = new HostClient(s.url, HOST);
    const form = await pub.get('/sign-in');
    expect(setCookie(form, 'studio_signin')).toMatch(/;\s*Secure/i);
    expect(form.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const a = await signedIn(pub);
    expect(setCookie(a, '__Host-studio')).toMatch(/;\s*Secure/i);
    expect(setCookie(a, '__Host-studio')).toMatch(/;\s*Path=\//i);
    expect(setCookie(a, 'studio')).toBeUndefined();
    const leaders = await pub.get(`/c/${SLUG}/leaders`);
    expect(leaders.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const link = /class="leader-url" value="([^"]+)"/.exec(leaders.text)?.[1] ?? '';
    expect(link.startsWith(`${ADDRESS}/p/${SLUG}/`)).toBe(true);
    const leader = await new HostClient(s.url, HOST).get(new URL(link).pathname);
    expect(leader.status).toBe(200);
    expect(leader.headers.get('strict-transport-security')).toBe('max-age=31536000');
    // The same leader page opened on the office machine: no HSTS for 127.0.0.1.
    const there = await new Client(s.url).get(new URL(link).pathname);
    expect(there.status).toBe(200);
    expect(there.headers.get('strict-transport-security')).toBeNull();
  });

  it('still counts after a restart', async () => {
    await s.app.close();
    const again = await restartStudio(s);
    s.app = again.app;
    s.url = again.url;
    const local2 = new Client(again.url);
    for (const [k, v] of local.cookies) local2.cookies.set(k, v);
    local = local2;
    const pub = new HostClient(again.url, HOST);
    const a = await signedIn(pub);
    expect(setCookie(a, '__Host-studio')).toMatch(/;\s*Secure/i);
    expect((await pub.get('/')).headers.get('strict-transport-security')).toBe('max-age=31536000');
    // The office machine's browser is still signed in.
    expect((await local.get('/')).status).toBe(200);
  });

  it('saved while browsing by that address: the session moves to the Secure cookie, the admin stays signed in', async () => {
    // The address removed: the public name is plain again.
    expect((await local.post('/settings', { address: '' }, '/settings')).status).toBe(200);
    const pub = new HostClient(s.url, HOST);
    const a = await signedIn(pub);
    expect(setCookie(a, 'studio')).not.toMatch(/;\s*Secure/i);
    const saved = await pub.post('/settings', { address: ADDRESS }, '/settings');
    expect(saved.status).toBe(200);
    expect(setCookie(saved, '__Host-studio')).toMatch(/;\s*Secure/i);
    expect(setCookie(saved, 'studio')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(pub.cookies.has(sessionName(s))).toBe(false);
    // Signed in, and the page's form (made for the new session) is taken.
    expect((await pub.get('/')).status).toBe(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(saved.text)?.[1] ?? '';
    const again = await pub.postRaw('/settings', { _csrf: token, address: ADDRESS });
    expect(again.status).toBe(200);
  });

  it('an http address: plain cookie and no HSTS by that name', async () => {
    expect(
      (await local.post('/settings', { address: 'http://phuong-hoacuong.example.vn' }, '/settings'))
        .status,
    ).toBe(200);
    const pub = new HostClient(s.url, HOST);
    const a = await signedIn(pub);
    expect(setCookie(a, 'studio')).not.toMatch(/;\s*Secure/i);
    expect((await pub.get('/')).headers.get('strict-transport-security')).toBeNull();
  });

  it('refuses an address under a folder of the name, saying why, and keeps a page address copied whole as before', async () => {
    const sub = await local.post(
      '/settings',
      { address: 'https://ubnd.gov.vn/studio/' },
      '/settings',
    );
    expect(sub.status).toBe(400);
    expect(plainText(sub.text)).toContain(
      'Phần mềm không chạy được dưới một thư mục của tên miền (“/studio/”): các trang của phần mềm và đường dẫn gửi tổ trưởng, trưởng thôn đều bắt đầu ngay sau tên miền, nên đường dẫn, mã QR in ra sẽ không mở được. Cần dành cho phần mềm một tên miền riêng trỏ thẳng tới phần mềm (người cài đặt phần mềm làm việc này), ví dụ https://in-an.ubnd.gov.vn, rồi ghi tên miền đó.',
    );
    const page = await local.post(
      '/settings',
      { address: `${ADDRESS}/c/${SLUG}/leaders` },
      '/settings',
    );
    expect(page.status).toBe(400);
    expect(plainText(page.text)).toContain(
      `Chỉ ghi phần đầu của địa chỉ, không có phần sau tên miền (“/c/${SLUG}/leaders”). Ghi ${ADDRESS}.`,
    );
    // The campaigns' folder alone, as `studio --base-url https://…/c/` is refused: the same words.
    const c = await local.post('/settings', { address: 'https://ubnd.gov.vn/c/' }, '/settings');
    expect(c.status).toBe(400);
    expect(plainText(c.text)).toContain(
      'Chỉ ghi phần đầu của địa chỉ, không có phần sau tên miền (“/c/”). Ghi https://ubnd.gov.vn.',
    );
    expect(plainText((await local.get('/settings')).text)).toContain(
      'Đang dùng: http://phuong-hoacuong.example.vn',
    );
  });
});
