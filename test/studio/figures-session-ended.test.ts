/**
 * qa45 F5: a clerk types a figure a leader phoned in on Kết quả › a group's page, but her session
 * ended meanwhile (signed out elsewhere, a password reset). The save answered "Yêu cầu bị từ chối.
 * Biểu mẫu đã hết hạn …" and the figure was gone. Now the page says the session ended, shows the
 * figure typed, and its Lưu lại, pressed once signed in again, brings back the group's page with
 * the figure in its box; Lưu lại there saves it. Real studio on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForm } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, JOINED, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const PATH = '/c/hai-phong/results/group/3';
const formOf = (page: string) => browserForm(page, (f) => f.attribs.action === PATH).fields;

describe('a figure typed after the session ended', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('is shown, kept, and saved once signed in again', async () => {
    const page = (await office.get(PATH)).text;
    const box = new RegExp(`<label for="([^"]+)">${JOINED}`).exec(page)?.[1] ?? '';
    const name = new RegExp(`id="${box}" name="([^"]+)"`).exec(page)?.[1] ?? '';
    expect(name).not.toBe('');
    // Signed out in another tab.
    const other = new Client(s.url);
    for (const [k, v] of office.cookies) other.cookies.set(k, v);
    expect((await other.post('/sign-out', {})).status).toBe(303);
    const refused = await office.postRaw(PATH, { ...formOf(page), [name]: '41' });
    expect(refused.status).toBe(403);
    const said = visible(refused.text);
    expect(said).toContain('Chưa lưu: phiên đăng nhập đã hết');
    // Each figure with its label, as the form showed it.
    expect(said).toContain(`Các số vừa gõ (chưa lưu): ${JOINED}: 41`);
    expect(said).not.toContain('Biểu mẫu đã hết hạn');
    // Signed in again (a new tab); Lưu lại on the refused page: the group's page, 41 in its box.
    await office.signIn();
    const again = await office.postRaw(PATH, formOf(refused.text));
    expect(again.status).toBe(403);
    expect(visible(again.text)).toContain(
      'Trang này được mở từ lần đăng nhập trước. Các số bạn đã gõ vẫn còn nguyên bên dưới',
    );
    expect(formOf(again.text)[name]).toBe('41');
    const saved = await office.postRaw(PATH, formOf(again.text));
    expect(saved.status).toBe(303);
    expect(visible((await office.get(PATH)).text)).toContain('Số đã lưu: 41');
  });

  it('shows a label a request sent at most 200 letters long', async () => {
    // Any site can post here signed out: its label is cut, not printed 5,000 letters long.
    const stranger = new Client(s.url);
    const res = await stranger.postRaw(PATH, { so_tham_gia: '5', nhan_tham_gia: 'Â'.repeat(5000) });
    const said = visible(res.text);
    expect(said).toContain(`${'Â'.repeat(200)}: 5`);
    expect(said).not.toContain('Â'.repeat(201));
  });
});
