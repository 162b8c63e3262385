/**
 * The studio's users over real HTTP and a real store (SQLite, and PostgreSQL when the test server
 * is there): changing one's own password (the current one required; the old one refused at
 * sign-in afterwards, the new one taken; the other browsers signed out), an admin giving another
 * user a new password (their open sessions end), removing a user after a confirmation page (they
 * cannot sign in, their open browser is refused), never oneself and never the last user — not
 * even when two admins remove each other at the same moment — and every form refused without
 * its CSRF token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers, removeUser } from '../../src/studio/accounts.js';
import { BACKENDS, dropTestDatabases } from '../support/stores.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  ADMIN_PASSWORD,
  addTestUser,
  Client,
  plainText,
  startStudio,
  type TestStudio,
} from './studio.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

/** Is `c` still signed in? The home page answers, rather than sending it to the sign-in page. */
async function signedIn(c: Client): Promise<boolean> {
  const res = await c.get('/');
  if (res.status === 200) return true;
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/sign-in');
  return false;
}

async function signedInAs(s: TestStudio, name: string, password: string): Promise<Client> {
  const c = new Client(s.url);
  expect((await c.signIn(name, password)).status).toBe(303);
  return c;
}

const names = async (s: TestStudio) => (await listUsers(s.store.db)).map((u) => u.name);

describe.each(BACKENDS)('users in the studio ($name)', (backend) => {
  let s: TestStudio;
  beforeAll(async () => {
    s = await startStudio({}, backend);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("changes one's own password: the old one is refused, the new one taken, the other browsers signed out", async () => {
    await addTestUser(s.store.db, 'lan.vhxh', 'mật khẩu của Lan');
    const here = await signedInAs(s, 'lan.vhxh', 'mật khẩu của Lan');
    const phone = await signedInAs(s, 'lan.vhxh', 'mật khẩu của Lan');
    const admin = await signedInAs(s, 'admin', ADMIN_PASSWORD);

    const form = await here.get('/password');
    expect(form.status).toBe(200);
    expect(form.text).toContain('Mật khẩu hiện tại');
    const res = await here.post(
      '/password',
      {
        current: 'mật khẩu của Lan',
        password: 'Lan đổi mật khẩu mới',
        repeat: 'Lan đổi mật khẩu mới',
      },
      '/password',
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/password?changed=1');
    // This browser goes on, with a new session; the phone is signed out; admin is untouched.
    const done = await here.get('/password?changed=1');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Đã đổi mật khẩu. Các máy khác đã bị đăng xuất.');
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(admin)).toBe(true);

    const old = await new Client(s.url).signIn('lan.vhxh', 'mật khẩu của Lan');
    expect(old.status).toBe(401);
    expect(old.text).toContain('mật khẩu không đúng');
    expect((await new Client(s.url).signIn('lan.vhxh', 'Lan đổi mật khẩu mới')).status).toBe(303);
  });

  it('keeps the password when the current one is wrong or the new one breaks the rules, saying why', async () => {
    await addTestUser(s.store.db, 'minh', 'mật khẩu của Minh');
    const c = await signedInAs(s, 'minh', 'mật khẩu của Minh');
    const tries: [Record<string, string>, number, string][] = [
      [
        { current: 'sai mật khẩu rồi', password: 'mật khẩu mới dài', repeat: 'mật khẩu mới dài' },
        401,
        'Mật khẩu hiện tại không đúng.',
      ],
      [
        { current: 'mật khẩu của Minh', password: 'ngắn', repeat: 'ngắn' },
        400,
        'Mật khẩu phải có ít nhất 10 ký tự.',
      ],
      [
        { current: 'mật khẩu của Minh', password: 'mật khẩu mới dài', repeat: 'mật khẩu mới dai' },
        400,
        'Hai lần nhập mật khẩu mới không giống nhau.',
      ],
      [
        {
          current: 'mật khẩu của Minh',
          password: 'mật khẩu của Minh',
          repeat: 'mật khẩu của Minh',
        },
        400,
        'Mật khẩu mới phải khác mật khẩu hiện tại.',
      ],
    ];
    for (const [fields, status, message] of tries) {
      const res = await c.post('/password', fields, '/password');
      expect(res.status, message).toBe(status);
      expect(res.text).toContain(message);
    }
    expect(await signedIn(c)).toBe(true);
    expect((await new Client(s.url).signIn('minh', 'mật khẩu của Minh')).status).toBe(303);
    expect((await new Client(s.url).signIn('minh', 'mật khẩu mới dài')).status).toBe(401);
  });

  it('refuses a user name of dots alone (a browser reads /users/../password as /password)', async () => {
    const admin = await signedInAs(s, 'admin', ADMIN_PASSWORD);
    for (const name of ['.', '..']) {
      const res = await admin.post('/users', { name, password: 'mật khẩu đủ dài 123' });
      expect(res.status).toBe(400);
      expect(res.text).toContain('Tên đăng nhập chỉ gồm');
    }
    expect(await names(s)).not.toContain('..');
    // A dot inside a name is still a name.
    expect(
      (await admin.post('/users', { name: 'ng.thu', password: 'mật khẩu đủ dài 123' })).status,
    ).toBe(200);
    expect(await names(s)).toContain('ng.thu');
  });

  it('lets an admin give another user a new password, signing that user out everywhere', async () => {
    await addTestUser(s.store.db, 'thu', 'mật khẩu của Thu');
    const thu = await signedInAs(s, 'thu', 'mật khẩu của Thu');
    const admin = await signedInAs(s, 'admin', ADMIN_PASSWORD);
    const list = await admin.get('/users');
    expect(list.text).toContain('href="/users/thu/password"');
    const form = await admin.get('/users/thu/password');
    expect(form.status).toBe(200);
    expect(form.text).toContain('Đặt lại mật khẩu cho “thu”');

    const short = await admin.post('/users/thu/password', { password: 'ngắn', repeat: 'ngắn' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('Mật khẩu phải có ít nhất 10 ký tự.');
    expect(await signedIn(thu)).toBe(true);

    const res = await admin.post(
      '/users/thu/password',
      { password: 'mật khẩu mới cho Thu', repeat: 'mật khẩu mới cho Thu' },
      '/users/thu/password',
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('Đã đặt lại mật khẩu cho “thu”');
    expect(await signedIn(thu)).toBe(false);
    expect(await signedIn(admin)).toBe(true);
    expect((await new Client(s.url).signIn('thu', 'mật khẩu của Thu')).status).toBe(401);
    expect((await new Client(s.url).signIn('thu', 'mật khẩu mới cho Thu')).status).toBe(303);
  });

  it('removes a user after a confirmation page: they cannot sign in, and their open browser is refused', async () => {
    await addTestUser(s.store.db, 'hoa', 'mật khẩu của Hoa');
    const hoa = await signedInAs(s, 'hoa', 'mật khẩu của Hoa');
    const hoaToken = await hoa.tokenOf('/');
    const admin = await signedInAs(s, 'admin', ADMIN_PASSWORD);

    // The link asks first, with a form (no script needed); asking removes nothing.
    const confirm = await admin.get('/users/hoa/remove');
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Xoá người dùng “hoa”?');
    expect(confirm.text).toMatch(/<form method="post" action="\/users\/hoa\/remove"/);
    expect(confirm.text).toContain('href="/users">Huỷ, giữ lại</a>');
    expect(await names(s)).toContain('hoa');
    expect(await signedIn(hoa)).toBe(true);

    const res = await admin.post('/users/hoa/remove', {}, '/users/hoa/remove');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Đã xoá người dùng “hoa”.');
    expect(await names(s)).not.toContain('hoa');
    // The open browser: its pages and its forms (with the token it holds) are refused.
    expect(await signedIn(hoa)).toBe(false);
    const post = await hoa.postRaw('/new', { _csrf: hoaToken, name: 'Chiến dịch của Hoa' });
    expect(post.status).toBe(403);
    expect((await new Client(s.url).signIn('hoa', 'mật khẩu của Hoa')).status).toBe(401);
    // Gone is gone: the pages about that user are 404 now.
    expect((await admin.get('/users/hoa/remove')).status).toBe(404);
  });

  it('never removes oneself, nor the last user', async () => {
    const admin = await signedInAs(s, 'admin', ADMIN_PASSWORD);
    expect((await admin.get('/users')).text).not.toContain('href="/users/admin/remove"');
    const self = await admin.post('/users/admin/remove', {});
    expect(self.status).toBe(303);
    expect(self.headers.get('location')).toBe('/password');
    expect(await names(s)).toContain('admin');
    expect(await signedIn(admin)).toBe(true);

    const alone = await startStudio({}, backend);
    try {
      expect(await names(alone)).toEqual(['admin']);
      expect(await removeUser(alone.store.db, 'admin')).toBe('last');
      expect(await names(alone)).toEqual(['admin']);
      expect(await signedIn(await signedInAs(alone, 'admin', ADMIN_PASSWORD))).toBe(true);
    } finally {
      await alone.close();
    }
  });

  it('keeps one of two admins who remove each other at the same moment', async () => {
    const two = await startStudio({}, backend);
    try {
      await addTestUser(two.store.db, 'quan', 'mật khẩu của Quân', true);
      const admin = await signedInAs(two, 'admin', ADMIN_PASSWORD);
      const quan = await signedInAs(two, 'quan', 'mật khẩu của Quân');
      const [a, q] = [await admin.tokenOf('/'), await quan.tokenOf('/')];
      await Promise.all([
        admin.postRaw('/users/quan/remove', { _csrf: a }),
        quan.postRaw('/users/admin/remove', { _csrf: q }),
      ]);
      expect((await names(two)).length).toBe(1);
    } finally {
      await two.close();
    }
  });

  it('refuses every users and password form without its CSRF token, changing nothing', async () => {
    await addTestUser(s.store.db, 'tam', 'mật khẩu của Tâm');
    const tam = await signedInAs(s, 'tam', 'mật khẩu của Tâm');
    const admin = await signedInAs(s, 'admin', ADMIN_PASSWORD);
    const forms: [Client, string, Record<string, string>][] = [
      [
        tam,
        '/password',
        { current: 'mật khẩu của Tâm', password: 'mật khẩu khác hẳn', repeat: 'mật khẩu khác hẳn' },
      ],
      [
        admin,
        '/users/tam/password',
        { password: 'mật khẩu khác hẳn', repeat: 'mật khẩu khác hẳn' },
      ],
      [admin, '/users/tam/remove', {}],
    ];
    for (const [c, path, fields] of forms) {
      const res = await c.postRaw(path, fields);
      expect(res.status, path).toBe(403);
      expect(res.text).toContain('Yêu cầu bị từ chối');
    }
    expect(await names(s)).toContain('tam');
    expect(await signedIn(tam)).toBe(true);
    expect((await new Client(s.url).signIn('tam', 'mật khẩu của Tâm')).status).toBe(303);
  });

  it('keeps resetting and removing to admins', async () => {
    await addTestUser(s.store.db, 'vy', 'mật khẩu của Vy');
    const vy = await signedInAs(s, 'vy', 'mật khẩu của Vy');
    expect((await vy.get('/users/admin/remove')).status).toBe(403);
    expect((await vy.post('/users/admin/remove', {})).status).toBe(403);
    expect(
      (await vy.post('/users/admin/password', { password: 'x'.repeat(12), repeat: 'x'.repeat(12) }))
        .status,
    ).toBe(403);
    expect(await names(s)).toContain('admin');
    expect((await new Client(s.url).signIn('admin', ADMIN_PASSWORD)).status).toBe(303);
    // Their own password is theirs to change.
    expect((await vy.get('/password')).status).toBe(200);
  });

  it('tells a user who is not an administrator that /users and Cài đặt are the administrator’s (qa35 MINOR-6)', async () => {
    await addTestUser(s.store.db, 'thu-ky', 'mật khẩu thư ký');
    const thuKy = await signedInAs(s, 'thu-ky', 'mật khẩu thư ký');
    for (const path of ['/users', '/settings']) {
      const res = await thuKy.get(path);
      expect(res.status, path).toBe(403);
      const text = plainText(res.text);
      // A bookmark opened: no form involved, so not the words for an expired form.
      expect(text, path).not.toContain('Biểu mẫu');
      expect(text, path).toContain(
        'Chỉ người quản trị phần mềm của văn phòng mới mở được trang này',
      );
    }
  });
});
