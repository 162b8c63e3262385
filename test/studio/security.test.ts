/**
 * The studio's doors: no page or file without a session (every route the app registers, so a
 * route added later cannot be forgotten), every POST refused without the session's CSRF token or
 * with a wrong one, wrong passwords lock out (per browser and per account), the session cookie's
 * flags, signing out, and the users page kept to the admin. The store-touching parts (sessions,
 * users, lock-out) run on SQLite and, when the test server is there, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers } from '../../src/studio/accounts.js';
import { hashPassword, verifyPassword } from '../../src/studio/passwords.js';
import { BACKENDS, dropTestDatabases } from '../support/stores.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  ADMIN_PASSWORD,
  addTestUser,
  Client,
  HostClient,
  sessionName,
  startStudio,
  TEST_PASSWORD_COST,
  type TestStudio,
} from './studio.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

/** A path that matches a route's pattern: parameters and wildcards filled with a plain word. */
const pathOf = (pattern: string) =>
  pattern.replace(/:[A-Za-z]+/g, 'khong-co').replace(/\*/g, 'tep.pdf');

describe.each(BACKENDS)('the studio without a session ($name)', (backend) => {
  let s: TestStudio;
  beforeAll(async () => {
    s = await startStudio({}, backend);
  });
  afterAll(async () => {
    await s.close();
  });

  it('keeps its limits on slow clients though it makes its own HTTP server (for the leader pages)', () => {
    // Fastify leaves these at Node's defaults (300 s, 60 s) on a server made by serverFactory.
    expect(s.app.server.requestTimeout).toBe(120_000);
    expect(s.app.server.headersTimeout).toBe(10_000);
    expect(s.app.server.keepAliveTimeout).toBe(5_000);
  });

  it('registers its routes with only the sign-in page, the style and scripts and the health check public', () => {
    const routes = s.app.studioRoutes;
    expect(routes.length).toBeGreaterThan(4);
    const open = routes.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([
      'GET /assets/search.js',
      'GET /assets/studio.css',
      'GET /assets/studio.js',
      'GET /healthz',
      'GET /sign-in',
      'POST /sign-in',
    ]);
  });

  it('answers every other route with the sign-in page (GET) or a refusal (POST), whatever the cookie', async () => {
    for (const cookie of [undefined, `${sessionName(s)}=forged-session-id-0123456789`]) {
      const client = new Client(s.url, cookie ? { cookie } : {});
      for (const r of s.app.studioRoutes.filter((x) => !x.public)) {
        const res = await client.request(
          r.method,
          pathOf(r.url),
          r.method === 'GET' ? undefined : '',
        );
        const what = `${r.method} ${r.url} (${cookie ? 'forged cookie' : 'no cookie'})`;
        if (r.method === 'GET') {
          expect(res.status, what).toBe(303);
          expect(res.headers.get('location'), what).toBe('/sign-in');
        } else if (r.url === '/c/:slug' || r.url === '/c/:slug/results/group/:group') {
          // The campaign form and the office's figures form keep what was typed: made of the
          // request alone, the page says nothing of any campaign, not even whether it exists.
          expect(res.status, what).toBe(403);
          expect(res.text, what).toContain('Chưa lưu: phiên đăng nhập đã hết');
          expect(res.text, what).not.toContain('name="_csrf"');
        } else {
          expect(res.status, what).toBe(403);
          expect(res.text, what).toContain('Yêu cầu bị từ chối');
        }
      }
    }
  });

  it('refuses a sign-in posted without the form token of its page', async () => {
    const res = await new Client(s.url).postRaw('/sign-in', {
      name: 'admin',
      password: ADMIN_PASSWORD,
    });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`${sessionName(s)}=`))).toBe(false);
  });
});

describe.each(BACKENDS)('the studio with a session ($name)', (backend) => {
  let s: TestStudio;
  let admin: Client;
  beforeAll(async () => {
    s = await startStudio({}, backend);
    admin = new Client(s.url);
    expect((await admin.signIn()).status).toBe(303);
  });
  afterAll(async () => {
    await s.close();
  });

  it('sets the session cookie HttpOnly, SameSite, path /, with an expiry, and opens the home page', async () => {
    const c = new Client(s.url);
    const res = await c.signIn();
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith(`${sessionName(s)}=`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=(Lax|Strict)/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; Max-Age=\d+/);
    // Not https here: a Secure cookie would never come back over http.
    expect(cookie).not.toMatch(/Secure/);
    const id = cookie?.split(';')[0]?.split('=')[1] ?? '';
    expect(Buffer.from(id, 'base64url').length).toBe(32);
    const home = await c.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Chiến dịch');
  });

  it('refuses every POST route without the CSRF token or with a wrong one, as a form or an upload', async () => {
    const posts = s.app.studioRoutes.filter((r) => r.method === 'POST' && !r.public);
    expect(posts.map((r) => r.url)).toContain('/users');
    for (const r of posts) {
      const path = pathOf(r.url);
      const none = await admin.postRaw(path, { name: 'ke-gian', password: 'mat-khau-dai-du' });
      expect(none.status, `${r.url} without a token`).toBe(403);
      const wrong = await admin.postRaw(path, {
        _csrf: 'x'.repeat(43),
        name: 'ke-gian',
        password: 'mat-khau-dai-du',
      });
      expect(wrong.status, `${r.url} with a wrong token`).toBe(403);
      const form = new FormData();
      form.append('_csrf', 'y'.repeat(43));
      form.append('file', new Blob(['STT,Tên tổ dân phố\n1,Tổ 1\n']), 'groups.csv');
      const upload = await admin.request('POST', path, form);
      expect(upload.status, `${r.url} upload with a wrong token`).toBe(403);
      expect(upload.text).toContain('Yêu cầu bị từ chối');
    }
    expect((await listUsers(s.store.db)).map((u) => u.name)).toEqual(['admin']);
    // The same form with the page's token goes through.
    const ok = await admin.post('/users', { name: 'lan.vhxh', password: 'mật khẩu của Lan' });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('Đã thêm người dùng');
    expect((await listUsers(s.store.db)).map((u) => u.name)).toEqual(['admin', 'lan.vhxh']);
  });

  it('keeps the users page to the admin', async () => {
    await addTestUser(s.store.db, 'hoa', 'mật khẩu của Hoa');
    const hoa = new Client(s.url);
    expect((await hoa.signIn('hoa', 'mật khẩu của Hoa')).status).toBe(303);
    expect((await hoa.get('/users')).status).toBe(403);
    expect((await hoa.post('/users', { name: 'x', password: 'mat-khau-dai-du' })).status).toBe(403);
    expect((await hoa.get('/')).text).not.toContain('href="/users"');
  });

  it('signs out: the old cookie opens nothing any more', async () => {
    const c = new Client(s.url);
    await c.signIn();
    const id = c.cookies.get(sessionName(s)) ?? '';
    expect((await c.get('/')).status).toBe(200);
    const out = await c.post('/sign-out', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/sign-in');
    const replay = new Client(s.url, { cookie: `${sessionName(s)}=${id}` });
    const res = await replay.get('/');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in');
  });
});

describe.each(BACKENDS)('wrong passwords ($name)', (backend) => {
  let s: TestStudio;
  beforeAll(async () => {
    s = await startStudio({ trustProxy: true }, backend);
  });
  afterAll(async () => {
    await s.close();
  });

  it('lock out a browser: after five failures even the right password is refused for a while', async () => {
    const c = new Client(s.url, { 'x-forwarded-for': '203.0.113.7' });
    for (let i = 0; i < 5; i++) {
      const res = await c.signIn('admin', `sai-${i}`);
      expect(res.status).toBe(401);
      expect(res.text).toContain('mật khẩu không đúng');
    }
    const locked = await c.signIn('admin', ADMIN_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.text).toContain('tạm khoá');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.headers.getSetCookie().some((l) => l.startsWith(`${sessionName(s)}=`))).toBe(
      false,
    );
    // Another browser is not locked out by this one.
    const other = new Client(s.url, { 'x-forwarded-for': '198.51.100.9' });
    expect((await other.signIn()).status).toBe(303);
  });

  it('lock out the change-password form too, with the same count as sign-in', async () => {
    await addTestUser(s.store.db, 'lan', 'mật khẩu của Lan');
    const address = { 'x-forwarded-for': '203.0.113.50' };
    const c = new Client(s.url, address);
    expect((await c.signIn('lan', 'mật khẩu của Lan')).status).toBe(303);
    const change = (current: string) =>
      c.post(
        '/password',
        { current, password: 'mật khẩu mới của Lan', repeat: 'mật khẩu mới của Lan' },
        '/password',
      );
    for (let i = 0; i < 5; i++) {
      const res = await change(`sai-${i}`);
      expect(res.status).toBe(401);
      expect(res.text).toContain('Mật khẩu hiện tại không đúng');
    }
    // Past five wrong guesses even the right current password waits, and says how long.
    const locked = await change('mật khẩu của Lan');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.text).toMatch(/Hãy thử lại sau \d+ giây/);
    // One count: this browser cannot turn to the sign-in form to go on guessing there.
    const again = new Client(s.url, address);
    const signIn = await again.signIn('lan', 'mật khẩu của Lan');
    expect(signIn.status).toBe(429);
    expect(signIn.text).toContain('tạm khoá');
  });

  /** Twenty wrong passwords for `user`, one from each of twenty addresses `<prefix>.1`…`.20`. */
  async function lockFromManyAddresses(user: string, prefix: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const c = new Client(s.url, { 'x-forwarded-for': `${prefix}.${i + 1}` });
      expect((await c.signIn(user, `sai-${i}`)).status).toBe(401);
    }
  }

  it('lock out an account tried from many addresses', async () => {
    await addTestUser(s.store.db, 'mai', 'mật khẩu của Mai');
    await lockFromManyAddresses('mai', '192.0.2');
    // An address that tried a wrong password for it waits, the right one too.
    const tried = new Client(s.url, { 'x-forwarded-for': '192.0.2.7' });
    expect((await tried.signIn('mai', 'mật khẩu của Mai')).status).toBe(429);
    // A new address gets one try: a wrong one makes it wait as well.
    const guesser = new Client(s.url, { 'x-forwarded-for': '192.0.2.100' });
    expect((await guesser.signIn('mai', 'sai-nua')).status).toBe(401);
    expect((await guesser.signIn('mai', 'sai-nua-2')).status).toBe(429);
  });

  it("let the account's owner in from an address that gave no wrong password (qa32 m3)", async () => {
    // Its own account, locked here: the test passes or fails alone (`-t`) as in the whole file.
    await addTestUser(s.store.db, 'thu', 'mật khẩu của Thu');
    await lockFromManyAddresses('thu', '198.18.0');
    // The lock holds for an address that guessed…
    const tried = new Client(s.url, { 'x-forwarded-for': '198.18.0.7' });
    expect((await tried.signIn('thu', 'mật khẩu của Thu')).status).toBe(429);
    // …while Thu at her own computer, which gave no wrong password, signs in.
    const fresh = new Client(s.url, { 'x-forwarded-for': '198.18.0.200' });
    expect((await fresh.signIn('thu', 'mật khẩu của Thu')).status).toBe(303);
  });
});

describe('password hashes', () => {
  it('are salted scrypt with their parameters, and only the password verifies', async () => {
    // At the tests' cost: the studio's own is the next test's (four checks at it took ~1 s).
    const a = await hashPassword('mật khẩu', TEST_PASSWORD_COST);
    const b = await hashPassword('mật khẩu', TEST_PASSWORD_COST);
    expect(a).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('mật');
    expect(await verifyPassword('mật khẩu', a)).toBe(true);
    // NFC at the boundary: the same word typed with combining marks is the same password.
    expect(await verifyPassword('mật khẩu'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mat khau', a)).toBe(false);
    expect(await verifyPassword('mật khẩu', 'scrypt$1$1$1$$')).toBe(false);
  });

  it('are made at scrypt N = 2^15, r = 8 by a studio left to its own cost, and sign in', async () => {
    // The other tests' studios hash at a lower cost (studio.ts): this one at the studio's own.
    const s = await startStudio({ passwordCost: undefined });
    try {
      const admin = new Client(s.url);
      expect((await admin.signIn()).status).toBe(303);
      const added = await admin.post('/users', { name: 'lan', password: 'mật khẩu của Lan' });
      expect(added.status).toBe(200);
      const hashes = await s.store.db
        .selectFrom('studio_users')
        .select(['name', 'password_hash'])
        .orderBy('name')
        .execute();
      expect(hashes.map((h) => [h.name, h.password_hash.split('$').slice(0, 4).join('$')])).toEqual(
        [
          ['admin', 'scrypt$32768$8$1'],
          ['lan', 'scrypt$32768$8$1'],
        ],
      );
      expect((await new Client(s.url).signIn('lan', 'mật khẩu của Lan')).status).toBe(303);
      expect((await new Client(s.url).signIn('lan', 'mật khẩu của Lan?')).status).toBe(401);
    } finally {
      await s.close();
    }
  });
});

describe('over https', () => {
  it('names the cookie __Host- and marks it Secure, by the public address', async () => {
    const s = await startStudio({ baseUrl: 'https://studio.example.vn' });
    try {
      const res = await new HostClient(s.url, 'studio.example.vn').signIn();
      const cookie = res.headers
        .getSetCookie()
        .find((l) => l.startsWith(`${sessionName(s, true)}=`));
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    } finally {
      await s.close();
    }
  });
});

describe('the health check', () => {
  it('answers "ok" without a session, naming nothing, however often a probe asks', async () => {
    const s = await startStudio({ rateLimit: 3 });
    try {
      for (let i = 0; i < 10; i++) {
        const res = await new Client(s.url).get('/healthz');
        expect(res.status).toBe(200);
        expect(res.text).toBe('ok\n');
        expect(res.headers.getSetCookie()).toEqual([]);
      }
      // The rate limit itself still holds for the pages.
      const pages = await Promise.all(
        Array.from({ length: 5 }, () => new Client(s.url).get('/sign-in')),
      );
      expect(pages.map((p) => p.status)).toContain(429);
    } finally {
      await s.close();
    }
  });
});
