/**
 * The studio behind a reverse proxy that serves its public address over https (a real studio on
 * loopback, asked as the proxy asks it: its Host header, its X-Forwarded-… headers).
 * - One rule for the address the studio was started with (--base-url) and the one saved on Cài
 *   đặt: a request is Secure (`__Host-` cookie, HSTS) when it came by that address's host, or,
 *   with --trust-proxy, when the proxy's X-Forwarded-Proto says https. The studio opened on its
 *   own machine keeps the plain cookie either way; before, --base-url https made every request
 *   Secure, so the office's network address (http://192.168.…) could not keep a session.
 * - A proxy that rewrites the Host (nginx's `proxy_pass http://127.0.0.1:PORT`) and sends no
 *   X-Forwarded-Proto makes every sign-in look like one on the studio's machine: after five such
 *   sign-ins, none by the public address, Cài đặt says so and what the IT helper must change, and
 *   the log has one line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Answer, Client, HostClient, plainText, startStudio } from './studio.js';

const ADDRESS = 'https://in-an.phuong-hoacuong.example.vn';
const HOST = 'in-an.phuong-hoacuong.example.vn';
const HSTS = 'max-age=31536000';

afterAll(removeTempDirs);

/** The session cookie a sign-in set: its name and its Set-Cookie line. */
function sessionSet(a: Answer): { name: string; line: string } {
  const line = a.headers.getSetCookie().find((l) => /^(__Host-)?studio=/.test(l)) ?? '';
  return { name: line.split('=')[0] ?? '', line };
}

/** A page's text as read (no space before a closing bracket or a stop a tag's end put there). */
const said = (page: string) => plainText(page).replace(/\s+([),.;])/g, '$1');

async function signedIn(c: Client): Promise<Answer> {
  const a = await c.signIn();
  expect(a.status).toBe(303);
  expect((await c.get('/')).status).toBe(200);
  return a;
}

describe('started with --base-url https', () => {
  it('is Secure and sends HSTS by that host only: the machine and its network address keep the plain cookie', async () => {
    const s = await startStudio({ baseUrl: ADDRESS });
    try {
      const pub = new HostClient(s.url, HOST);
      const a = sessionSet(await signedIn(pub));
      expect(a.name).toBe('__Host-studio');
      expect(a.line).toMatch(/;\s*Secure/i);
      expect((await pub.get('/')).headers.get('strict-transport-security')).toBe(HSTS);

      for (const local of [new Client(s.url), new HostClient(s.url, '192.168.1.20:8090')]) {
        const b = sessionSet(await signedIn(local));
        expect(b.name).toBe('studio');
        expect(b.line).not.toMatch(/;\s*Secure/i);
        expect((await local.get('/')).headers.get('strict-transport-security')).toBeNull();
      }
    } finally {
      await s.close();
    }
  });
});

describe('behind a proxy that rewrites the Host to 127.0.0.1', () => {
  it('with --trust-proxy and X-Forwarded-Proto: https, is Secure and sends HSTS', async () => {
    const s = await startStudio({ baseUrl: ADDRESS, trustProxy: true });
    try {
      const loopback = new URL(s.url).host;
      const pub = new HostClient(s.url, loopback, { 'x-forwarded-proto': 'https' });
      const a = sessionSet(await signedIn(pub));
      expect(a.name).toBe('__Host-studio');
      expect(a.line).toMatch(/;\s*Secure/i);
      expect((await pub.get('/')).headers.get('strict-transport-security')).toBe(HSTS);
      // The proxy's plain http side: not Secure, whatever the host.
      const plain = new HostClient(s.url, HOST, { 'x-forwarded-proto': 'http' });
      expect(sessionSet(await signedIn(plain)).name).toBe('studio');
    } finally {
      await s.close();
    }
  });

  it('without --trust-proxy, X-Forwarded-Proto counts for nothing: the Host decides', async () => {
    const s = await startStudio({ baseUrl: ADDRESS });
    try {
      const loopback = new URL(s.url).host;
      const https = new HostClient(s.url, loopback, { 'x-forwarded-proto': 'https' });
      expect(sessionSet(await signedIn(https)).name).toBe('studio');
      const http = new HostClient(s.url, HOST, { 'x-forwarded-proto': 'http' });
      expect(sessionSet(await signedIn(http)).name).toBe('__Host-studio');
    } finally {
      await s.close();
    }
  });

  it('without X-Forwarded-Proto: after five sign-ins none by the public address, Cài đặt warns and says what to send, and the log says it once', async () => {
    const s = await startStudio();
    try {
      const office = new Client(s.url);
      await signedIn(office);
      const saved = await office.post('/settings', { address: ADDRESS }, '/settings');
      expect(saved.status).toBe(200);
      // What the IT helper must do is on the page from the start.
      const help =
        'Dành cho người cài đặt: nếu https do máy chủ chuyển tiếp (proxy, ví dụ nginx) lo, proxy phải gửi nguyên tên miền trong dòng Host (nginx: proxy_set_header Host $host;), hoặc gửi X-Forwarded-Proto (nginx: proxy_set_header X-Forwarded-Proto $scheme;) và phần mềm khởi động kèm --trust-proxy (khi đó X-Forwarded-Host cũng được đọc).';
      expect(said(saved.text)).toContain(help);

      // Office workers signing in through the proxy, which names 127.0.0.1:PORT.
      const loopback = new URL(s.url).host;
      const warning = `Đã có 5 lần đăng nhập nhưng không lần nào qua địa chỉ công khai ${ADDRESS} bằng https (các lần đăng nhập đến phần mềm với tên ${loopback}). Nếu mọi người mở phần mềm bằng địa chỉ ${ADDRESS}, máy chủ chuyển tiếp (proxy) đang không báo tên miền cho phần mềm nên mã đăng nhập chưa được bảo vệ bằng https: hãy nhờ người cài đặt sửa theo mục “Dành cho người cài đặt” dưới đây. Nếu chỉ mở phần mềm trên máy văn phòng thì không cần làm gì.`;
      for (let i = 1; i <= 4; i++) {
        const through = new HostClient(s.url, loopback);
        expect(sessionSet(await signedIn(through)).name).toBe('studio');
      }
      expect(said((await office.get('/settings')).text)).not.toContain('Đã có 4 lần');
      expect(s.errors.filter((l) => l.startsWith('warning:'))).toEqual([]);
      await signedIn(new HostClient(s.url, loopback));
      expect(said((await office.get('/settings')).text)).toContain(warning);
      await signedIn(new HostClient(s.url, loopback));
      expect(said((await office.get('/settings')).text)).toContain(
        'Đã có 6 lần đăng nhập nhưng không lần nào',
      );
      expect(s.errors.filter((l) => l.startsWith('warning:'))).toEqual([
        `warning: 5 sign-ins, none by the public address ${ADDRESS} over https (they came by ${loopback}): a reverse proxy in front must pass the Host header (nginx: proxy_set_header Host $host;), or X-Forwarded-Proto with --trust-proxy; until then the session cookie is not Secure and no HSTS is sent`,
      ]);

      // The proxy mended: one sign-in by the public address, and the warning goes.
      const mended = new HostClient(s.url, HOST);
      expect(sessionSet(await signedIn(mended)).name).toBe('__Host-studio');
      expect(said((await office.get('/settings')).text)).not.toContain('Đã có');
    } finally {
      await s.close();
    }
  });
});
