/**
 * A refused form marks the field it is about (qa30 3): `aria-invalid`, and `aria-describedby`
 * naming the sentence that says why, which the page gives the keyboard when it opens (autofocus),
 * so a screen reader's user hears the field's problem and starts from it — as the campaign
 * form's summary does. Read from the HTML the studio answers; the focus itself in Chromium:
 * users-browser.test.ts.
 */
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, Client, signedInForTests } from './studio.js';

/** What a screen reader is told of each field named (by id) on `page`, and what takes the focus. */
function marks(page: string, ids: string[]) {
  const doc = parseDocument(page).children;
  const byId = (id: string) =>
    DomUtils.findOne((e: Element) => e.attribs.id === id, doc, true) ?? undefined;
  const focused = DomUtils.findAll((e: Element) => 'autofocus' in e.attribs, doc);
  return {
    fields: Object.fromEntries(
      ids.map((id) => {
        const field = byId(id);
        const described = (field?.attribs['aria-describedby'] ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((d) => DomUtils.textContent(byId(d) ?? []).trim());
        return [id, { invalid: field?.attribs['aria-invalid'] === 'true', described }];
      }),
    ),
    focused: focused.map((e) => DomUtils.textContent(e).trim()),
  };
}

describe('a refused form marks its field', () => {
  const st = signedInForTests();

  it('a new campaign without a name: the name field', async () => {
    const res = await st.c.upload('/new', 'docx', '', new Uint8Array(), { name: '   ' }, '/new');
    expect(res.status).toBe(400);
    const said = 'Hãy đặt tên cho chiến dịch.';
    expect(marks(res.text, ['name', 'title'])).toEqual({
      fields: {
        name: { invalid: true, described: [expect.stringContaining('Ví dụ:'), said] },
        title: { invalid: false, described: [expect.stringContaining('Dòng chữ lớn')] },
      },
      focused: [said],
    });
  });

  it('a user name with spaces: the name field, not the password', async () => {
    const res = await st.c.post('/users', {
      name: 'Nguyễn Văn A',
      password: 'mật khẩu đủ dài 123',
    });
    expect(res.status).toBe(400);
    const said =
      'Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự), không có dấu cách.';
    const seen = marks(res.text, ['name', 'password']);
    expect(seen.fields.name).toEqual({
      invalid: true,
      described: ['Chữ và số, không dấu cách, ví dụ: lan.vhxh', said],
    });
    expect(seen.fields.password?.invalid).toBe(false);
    expect(seen.focused).toEqual([said]);
  });

  it('a new password repeated differently: the repeat field', async () => {
    const res = await st.c.post(
      '/password',
      { current: ADMIN_PASSWORD, password: 'mật khẩu mới dài', repeat: 'mật khẩu mới dai' },
      '/password',
    );
    expect(res.status).toBe(400);
    const said = 'Hai lần nhập mật khẩu mới không giống nhau.';
    const seen = marks(res.text, ['current', 'password', 'repeat']);
    expect(seen.fields.repeat).toEqual({ invalid: true, described: [said] });
    expect(seen.fields.current?.invalid).toBe(false);
    expect(seen.fields.password?.invalid).toBe(false);
    expect(seen.focused).toEqual([said]);
  });

  it('a groups file of a kind not read: the file field', async () => {
    const made = await st.c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { name: 'Thử tải lên' },
      '/new',
    );
    expect(made.status).toBe(303);
    const slug = /^\/c\/([^/?]+)/.exec(made.headers.get('location') ?? '')?.[1] ?? '';
    const path = `/c/${slug}/groups`;
    const res = await st.c.upload(
      path,
      'file',
      'danh-sach.pdf',
      new Uint8Array([37, 80, 68, 70]),
      {},
      path,
    );
    expect(res.status).toBe(400);
    const seen = marks(res.text, ['file']);
    expect(seen.fields.file?.invalid).toBe(true);
    expect(seen.fields.file?.described.at(-1)).toMatch(/^Chỉ nhận tệp Excel/);
    expect(seen.focused).toEqual([seen.fields.file?.described.at(-1)]);
  });

  it('a wrong password at sign-in: both fields, as either may be wrong', async () => {
    const res = await new Client(st.s.url).signIn('admin', 'sai mật khẩu');
    expect(res.status).toBe(401);
    const said =
      'Tên đăng nhập hoặc mật khẩu không đúng. Chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt.';
    expect(marks(res.text, ['name', 'password'])).toEqual({
      fields: {
        name: { invalid: true, described: [said] },
        password: { invalid: true, described: [said] },
      },
      focused: [said],
    });
  });
});
