/**
 * The campaign form's saves that must not go through, answered as plain forms (no script): a
 * form made before someone else's save (409, nothing overwritten), and a save after the session
 * ended (403): the page says why in Vietnamese, keeps what was typed, and how to go on works —
 * sign in again, press Lưu, saved.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { campaignPageFields } from './campaign-page.js';
import { Client, exampleForTests } from './studio.js';

const alertOf = (page: string) =>
  /<p class="notice error" role="alert">(.*?)<\/p>/s.exec(page)?.[1]?.replace(/<[^>]+>/g, '');

describe('saves the campaign form refuses', () => {
  const ex = exampleForTests();

  /** The edit page's form as its browser sends it, read from the page (`page`), with `changes` typed. */
  const formFrom = (page: string, changes: Record<string, string>) => ({
    ...campaignPageFields(page, 'hai-phong'),
    ...changes,
  });

  it('refuses a form made before another save, keeps what was typed, and overwrites only when asked again', async () => {
    const tab1 = (await ex.c.get('/c/hai-phong')).text;
    const tab2 = (await ex.c.get('/c/hai-phong')).text;
    const first = await ex.c.postRaw(
      '/c/hai-phong',
      formFrom(tab1, { 'notice.signer.name': 'Trần Văn Một' }),
    );
    expect(first.status).toBe(303);
    const second = await ex.c.postRaw(
      '/c/hai-phong',
      formFrom(tab2, { title: 'Tiêu đề của tab hai' }),
    );
    expect(second.status).toBe(409);
    expect(alertOf(second.text)).toMatch(
      // The first tab's save was this clerk's account's (qa27 F6: the studio knows which account;
      // qa58b p2: not whether it was this clerk, or a colleague signed in with it elsewhere).
      /^Chưa lưu: Chiến dịch này đã được lưu bằng tài khoản admin \(tài khoản bạn đang dùng\), ở một tab khác hoặc một máy khác, lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}, sau khi bạn mở trang này\. Nội dung bạn đã gõ vẫn còn nguyên bên dưới\./,
    );
    expect(second.text).toContain('value="Tiêu đề của tab hai"');
    // The first save stands.
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.notice.signer.name).toBe('Trần Văn Một');
    expect(campaign.title).not.toBe('Tiêu đề của tab hai');
    // Pressing Lưu again on that page saves its own change over the other save, which it took
    // in (qa45 F3: the first tab's signer used to be written back to its old value).
    const again = await ex.c.postRaw(
      '/c/hai-phong',
      formFrom(second.text, { title: 'Tiêu đề của tab hai' }),
    );
    expect(again.status).toBe(303);
    expect((await loadCampaign(ex.file)).campaign.title).toBe('Tiêu đề của tab hai');
    expect((await loadCampaign(ex.file)).campaign.notice.signer.name).toBe('Trần Văn Một');
  });

  it('says the session ended, keeps the typed text, and saves once signed in again', async () => {
    const page = (await ex.c.get('/c/hai-phong')).text;
    const typed = 'Nội dung gõ trong nửa giờ, chưa lưu.';
    // Signed out in another tab.
    const other = new Client(ex.s.url);
    other.cookies.clear();
    for (const [k, v] of ex.c.cookies) other.cookies.set(k, v);
    expect((await other.post('/sign-out', {})).status).toBe(303);
    const before = await readFile(ex.file, 'utf8');
    const refused = await ex.c.postRaw('/c/hai-phong', formFrom(page, { 'notice.body': typed }));
    expect(refused.status).toBe(403);
    expect(alertOf(refused.text)).toBe(
      'Chưa lưu: phiên đăng nhập đã hết (đã đăng xuất ở nơi khác, đổi mật khẩu, hoặc quá 12 giờ). Nội dung bạn đã gõ vẫn còn nguyên bên dưới. Hãy đăng nhập lại ở tab mới, rồi quay lại trang này và bấm Lưu.',
    );
    expect(refused.text).toContain(`>${typed}</textarea>`);
    expect(refused.text).toContain('href="/sign-in" target="_blank"');
    // Nothing of the file is shown to a browser without a session (here: its hidden keys).
    expect(refused.text).not.toContain('mục không hiện trên biểu mẫu');
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    // Signed in again (in a new tab); Lưu on the old page: its form is of the earlier session.
    await ex.c.signIn();
    const stale = await ex.c.postRaw(
      '/c/hai-phong',
      formFrom(refused.text, { 'notice.body': typed }),
    );
    expect(stale.status).toBe(403);
    expect(alertOf(stale.text)).toBe(
      'Chưa lưu: trang này được mở từ lần đăng nhập trước. Nội dung bạn đã gõ vẫn còn nguyên bên dưới. Bấm Lưu lần nữa để lưu.',
    );
    expect(stale.text).toContain(`>${typed}</textarea>`);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    // Lưu once more: saved.
    const saved = await ex.c.postRaw(
      '/c/hai-phong',
      formFrom(stale.text, { 'notice.body': typed }),
    );
    expect(saved.status).toBe(303);
    expect((await loadCampaign(ex.file)).campaign.notice.body).toBe(typed);
  });
});
