/**
 * The studio behind a reverse proxy that serves its public address over https (a real studio on
 * loopback, asked as the proxy asks it: its Host header, its X-Forwarded-… headers, the browser's
 * Origin it passes on; the peer a real socket bound to 127.0.0.x or the machine's own address).
 * - One rule for the address the studio was started with (--base-url) and the one saved on Cài
 *   đặt: a request is Secure (`__Host-` cookie, HSTS) when it came by that address's host, or
 *   when the proxy's X-Forwarded-Proto (or Forwarded proto=) says https — with or without
 *   --trust-proxy. The studio opened on its own machine keeps the plain cookie either way.
 * - A sign-in over plain http through a proxy that rewrites the Host (nginx's default
 *   `proxy_pass http://127.0.0.1:PORT`), or from another computer by the machine's network
 *   address, is counted in the store: Cài đặt warns from the first, with the two lines nginx
 *   needs, after a restart too. Sign-ins on the studio's own machine never count (before, any
 *   five sign-ins without one over https warned, counted in memory), nor do those by a loopback
 *   name from elsewhere (the container's published port). Only a sign-in that proves https (its
 *   host the public name, or a trusted proxy's word) ends the warning: an X-Forwarded-Proto a
 *   client wrote itself does not.
 */
import { networkInterfaces } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  type Answer,
  Client,
  HostClient,
  plainText,
  restartStudio,
  startStudio,
} from './studio.js';

const ADDRESS = 'https://in-an.phuong-hoacuong.example.vn';
const HOST = 'in-an.phuong-hoacuong.example.vn';
const HSTS = 'max-age=31536000';

afterAll(removeTempDirs);

/**
 * The session cookie a sign-in set: its name, less the studio's own suffix (`studio` or
 * `__Host-studio`), and its Set-Cookie line.
 */
function sessionSet(a: Answer): { name: string; line: string } {
  const line = a.headers.getSetCookie().find((l) => /^(__Host-)?studio-[0-9a-f]{8}=/.test(l)) ?? '';
  return { name: (line.split('=')[0] ?? '').replace(/-[0-9a-f]{8}$/, ''), line };
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

  it('without --trust-proxy, X-Forwarded-Proto or Forwarded proto=https is the public address; "http" there does not take the public host\'s Secure cookie away', async () => {
    const s = await startStudio({ baseUrl: ADDRESS });
    try {
      const loopback = new URL(s.url).host;
      const proxies: Record<string, string>[] = [
        { 'x-forwarded-proto': 'https' },
        { forwarded: 'for=203.0.113.7;proto=https;host=in-an.phuong-hoacuong.example.vn' },
      ];
      for (const proxy of proxies) {
        const https = new HostClient(s.url, loopback, proxy);
        const a = sessionSet(await signedIn(https));
        expect(a.name).toBe('__Host-studio');
        expect(a.line).toMatch(/;\s*Secure/i);
        expect((await https.get('/')).headers.get('strict-transport-security')).toBe(HSTS);
      }
      const http = new HostClient(s.url, HOST, { 'x-forwarded-proto': 'http' });
      expect(sessionSet(await signedIn(http)).name).toBe('__Host-studio');
    } finally {
      await s.close();
    }
  });
});

/** A time as Cài đặt writes it ("08:51 ngày 05/12/2026"). */
const TIME = String.raw`\d{2}:\d{2} ngày \d{2}/\d{2}/\d{4}`;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The warning on Cài đặt after `n` plain sign-ins from elsewhere, by `hosts`. */
const warningOf = (n: number, hosts: string) =>
  new RegExp(
    `${escaped(`Đã có ${n} lần đăng nhập qua một máy chủ trung gian (proxy) hoặc từ máy khác bằng http thường, không có https (lần gần nhất lúc `)}${TIME}${escaped(
      `, mở phần mềm với tên ${hosts}): mã đăng nhập của những lần đó không được bảo vệ. Nếu mọi người mở phần mềm bằng địa chỉ công khai ${ADDRESS}, máy chủ chuyển tiếp (proxy, ví dụ nginx) đang không báo tên miền và https cho phần mềm: hãy nhờ người cài đặt thêm vào cấu hình nginx, cạnh dòng proxy_pass, hai dòng: proxy_set_header Host $host; proxy_set_header X-Forwarded-Proto $scheme; (xem mục “Dành cho người cài đặt” dưới đây). Nếu đó là máy khác trong văn phòng mở bằng địa chỉ mạng nội bộ, hãy mở bằng địa chỉ ${ADDRESS}.`,
    )}`,
  );

/** This machine's first address on a network (not loopback), if it has one. */
function networkAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

describe('sign-ins over plain http with --base-url https', () => {
  it("an office that signs in only on the studio's own machine (127.0.0.1, 127.0.0.2, its network address) sees no warning, after a restart either", async () => {
    const s = await startStudio({ baseUrl: ADDRESS });
    const port = new URL(s.url).port;
    let again: Awaited<ReturnType<typeof restartStudio>> | undefined;
    try {
      const office = new Client(s.url);
      // A browser on the machine: its Origin is the address it has open.
      const own = (host: string, from?: string) =>
        new HostClient(s.url, host, { origin: `http://${host}` }, from);
      const lan = networkAddress();
      const clients = [
        office,
        office,
        own(`localhost:${port}`, '127.0.0.2'),
        own(`127.0.0.1:${port}`),
        own(`127.0.0.1:${port}`),
        ...(lan ? [own(`${lan}:${port}`, lan)] : [own(`127.0.0.1:${port}`, '127.0.0.3')]),
      ];
      for (const c of clients) expect(sessionSet(await signedIn(c)).name).toBe('studio');
      const page = said((await office.get('/settings')).text);
      expect(page).not.toContain('lần đăng nhập');
      expect(page).toContain('Dành cho người cài đặt');
      expect(s.errors.filter((l) => l.startsWith('warning:'))).toEqual([]);
      await s.app.close();
      again = await restartStudio(s, { baseUrl: ADDRESS });
      const after = new Client(again.url);
      await signedIn(after);
      expect(said((await after.get('/settings')).text)).not.toContain('lần đăng nhập');
    } finally {
      if (again) await again.app.close();
      await s.close();
    }
  });

  it("behind nginx's default proxy_pass on the same machine (Host 127.0.0.1:PORT, no X-Forwarded-Proto), the first sign-in by the public address warns with the two lines to add; the count is kept in the store past a restart, and one sign-in over https ends it", async () => {
    const s = await startStudio({ baseUrl: ADDRESS });
    const loopback = new URL(s.url).host;
    let again: Awaited<ReturnType<typeof restartStudio>> | undefined;
    try {
      const office = new Client(s.url);
      await signedIn(office);
      expect(said((await office.get('/settings')).text)).not.toContain('lần đăng nhập');
      // The browser is on the public address (its Origin); nginx passed it on, Host rewritten.
      const viaProxy = () =>
        new HostClient(s.url, loopback, { origin: ADDRESS, referer: `${ADDRESS}/sign-in` });
      expect(sessionSet(await signedIn(viaProxy())).name).toBe('studio');
      expect(said((await office.get('/settings')).text)).toMatch(warningOf(1, loopback));
      await signedIn(viaProxy());
      expect(said((await office.get('/settings')).text)).toMatch(warningOf(2, loopback));
      expect(s.errors.filter((l) => l.startsWith('warning:'))).toEqual([
        `warning: 1 sign-in has come over plain http (counted in the store, shown on Cài đặt), through a proxy or from another computer, while the public address is ${ADDRESS}; this one by ${loopback}: if it came through a reverse proxy, the proxy must pass the Host header and the scheme (nginx: proxy_set_header Host $host; proxy_set_header X-Forwarded-Proto $scheme;); until then its session cookie is not Secure and no HSTS is sent`,
      ]);

      await s.app.close();
      const logged: string[] = [];
      again = await restartStudio(s, { baseUrl: ADDRESS, logError: (l) => logged.push(l) });
      const after = new Client(again.url);
      await signedIn(after);
      expect(said((await after.get('/settings')).text)).toMatch(warningOf(2, loopback));
      // The log after the restart says the count the store kept, not "a sign-in".
      await signedIn(new HostClient(again.url, loopback, { origin: ADDRESS }));
      expect(logged.filter((l) => l.startsWith('warning:'))).toEqual([
        expect.stringMatching(
          /^warning: 3 sign-ins have come over plain http \(counted in the store/,
        ),
      ]);

      // The proxy mended (Host $host): one sign-in by the public address, and the warning goes.
      const mended = new HostClient(again.url, HOST, { origin: ADDRESS });
      expect(sessionSet(await signedIn(mended)).name).toBe('__Host-studio');
      expect(said((await after.get('/settings')).text)).not.toContain('lần đăng nhập');
    } finally {
      if (again) await again.app.close();
      await s.close();
    }
  });

  it("another computer of the office by the network address (a socket from 127.0.0.2, told apart from the studio's 127.0.0.1 for this test) warns; without an https address nothing is counted", async () => {
    const notHere = (ip: string) => ip === '127.0.0.1';
    const s = await startStudio({ baseUrl: ADDRESS, ownMachine: notHere });
    try {
      const office = new Client(s.url);
      await signedIn(office);
      const other = new HostClient(
        s.url,
        '192.168.1.20:8090',
        { origin: 'http://192.168.1.20:8090' },
        '127.0.0.2',
      );
      expect(sessionSet(await signedIn(other)).name).toBe('studio');
      expect(said((await office.get('/settings')).text)).toMatch(warningOf(1, '192.168.1.20:8090'));
    } finally {
      await s.close();
    }
    const plain = await startStudio({
      baseUrl: 'http://in-an.phuong-hoacuong.example.vn',
      ownMachine: notHere,
    });
    try {
      const office = new Client(plain.url);
      await signedIn(office);
      await signedIn(new HostClient(plain.url, '192.168.1.20:8090', {}, '127.0.0.2'));
      expect(said((await office.get('/settings')).text)).not.toContain('lần đăng nhập');
      expect(plain.errors.filter((l) => l.startsWith('warning:'))).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it("a client of nginx's default proxy_pass writing X-Forwarded-Proto: https itself (nginx passes it on, the Host rewritten to 127.0.0.1) gets its Secure cookie but does not end the warning; the proxy mended (its Host the public name) does", async () => {
    const s = await startStudio({ baseUrl: ADDRESS });
    const loopback = new URL(s.url).host;
    try {
      const office = new Client(s.url);
      await signedIn(office);
      await signedIn(new HostClient(s.url, loopback, { origin: ADDRESS }));
      expect(said((await office.get('/settings')).text)).toMatch(warningOf(1, loopback));
      const forgedHeaders: Record<string, string>[] = [
        { 'x-forwarded-proto': 'https' },
        { forwarded: 'proto=https' },
        { 'x-forwarded-proto': 'https', 'x-forwarded-host': HOST },
      ];
      for (const forged of forgedHeaders) {
        const c = new HostClient(s.url, loopback, { origin: ADDRESS, ...forged });
        expect(sessionSet(await signedIn(c)).name).toBe('__Host-studio');
        expect(said((await office.get('/settings')).text)).toMatch(warningOf(1, loopback));
      }
      // By the public name, but the proxy says it came over http: not proven either.
      await signedIn(new HostClient(s.url, HOST, { origin: ADDRESS, 'x-forwarded-proto': 'http' }));
      expect(said((await office.get('/settings')).text)).toMatch(warningOf(1, loopback));
      const mended = new HostClient(s.url, HOST, {
        origin: ADDRESS,
        'x-forwarded-proto': 'https',
      });
      expect(sessionSet(await signedIn(mended)).name).toBe('__Host-studio');
      expect(said((await office.get('/settings')).text)).not.toContain('lần đăng nhập');
    } finally {
      await s.close();
    }
  });

  it("with --trust-proxy, the proxy's X-Forwarded-Proto: https by its X-Forwarded-Host ends the warning", async () => {
    const s = await startStudio({ baseUrl: ADDRESS, trustProxy: true });
    const loopback = new URL(s.url).host;
    try {
      const office = new Client(s.url);
      await signedIn(office);
      await signedIn(new HostClient(s.url, loopback, { origin: ADDRESS }));
      expect(said((await office.get('/settings')).text)).toMatch(warningOf(1, loopback));
      const proxied = new HostClient(s.url, loopback, {
        origin: ADDRESS,
        'x-forwarded-proto': 'https',
        'x-forwarded-host': HOST,
      });
      expect(sessionSet(await signedIn(proxied)).name).toBe('__Host-studio');
      expect(said((await office.get('/settings')).text)).not.toContain('lần đăng nhập');
    } finally {
      await s.close();
    }
  });

  it("the shipped container (compose.yaml: open http://localhost:8080) is the office's own machine though Docker's published port connects from its gateway (a socket from 127.0.0.2 here): no warning by localhost, 127.0.0.1 or [::1]; the same socket by a network address, or with a proxy's header, still warns", async () => {
    const notHere = (ip: string) => ip === '127.0.0.1';
    const s = await startStudio({ baseUrl: ADDRESS, ownMachine: notHere });
    try {
      const office = new Client(s.url);
      await signedIn(office);
      for (const host of ['localhost:8080', 'LOCALHOST:8080', '127.0.0.1:8080', '[::1]:8080']) {
        const docker = new HostClient(s.url, host, { origin: `http://${host}` }, '127.0.0.2');
        expect(sessionSet(await signedIn(docker)).name).toBe('studio');
      }
      expect(said((await office.get('/settings')).text)).not.toContain('lần đăng nhập');
      expect(s.errors.filter((l) => l.startsWith('warning:'))).toEqual([]);
      await signedIn(
        new HostClient(
          s.url,
          'localhost:8080',
          { origin: 'http://localhost:8080', 'x-forwarded-for': '192.168.1.20' },
          '127.0.0.2',
        ),
      );
      expect(said((await office.get('/settings')).text)).toMatch(warningOf(1, 'localhost:8080'));
      await signedIn(new HostClient(s.url, 'localhost.example.vn:8080', {}, '127.0.0.2'));
      expect(said((await office.get('/settings')).text)).toMatch(
        warningOf(2, 'localhost:8080, localhost.example.vn:8080'),
      );
    } finally {
      await s.close();
    }
  });
});
