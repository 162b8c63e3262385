/**
 * Two of the office's staff on one campaign (qa27 F5, F6): a save refused because a colleague
 * saved first names the colleague; a save of a campaign the colleague has just deleted says so —
 * by whom, when, and that “Đã xoá” restores it — with the typed text kept (it said "phần mềm trả
 * lời lỗi (mã 404)… bấm Lưu lần nữa"), and saves once restored; “Đã xoá” says who deleted.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { browserForm } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { addTestUser, Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const LAN = 'lan.vhxh';
const LAN_PASSWORD = 'mật khẩu của Lan';

const alertOf = (page: string) =>
  plainText(/<p class="notice error" role="alert">(.*?)<\/p>/s.exec(page)?.[1] ?? '');

describe('two staff on one campaign', () => {
  let s: TestStudio;
  let admin: Client;
  let lan: Client;
  let file: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, c: admin, folder } = await studioWithExample({}, 'hai-phong'));
    file = join(folder, 'campaign.yaml');
    await addTestUser(s.store.db, LAN, LAN_PASSWORD);
    lan = new Client(s.url);
    expect((await lan.signIn(LAN, LAN_PASSWORD)).status).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  /** The edit form as `who`'s browser sends it, from `page` (as opened), with `changes` typed. */
  const send = async (who: Client, page: string, changes: Record<string, string>) =>
    who.postRaw('/c/hai-phong', {
      ...browserForm(page, (f) => f.attribs.action === '/c/hai-phong').fields,
      ...changes,
    });

  it('names the colleague whose save came first', async () => {
    const mine = (await admin.get('/c/hai-phong')).text;
    const hers = (await lan.get('/c/hai-phong')).text;
    expect((await send(lan, hers, { 'issuer.phone': '0225 3 857 999' })).status).toBe(303);
    const refused = await send(admin, mine, { slogan: 'Khẩu hiệu mới của admin' });
    expect(refused.status).toBe(409);
    expect(alertOf(refused.text)).toMatch(
      new RegExp(
        `^Chưa lưu: ${LAN.replace('.', '\\.')} đã lưu chiến dịch này lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}, sau khi bạn mở trang này\\.`,
      ),
    );
    expect(alertOf(refused.text)).toContain(`để xem ${LAN} đã sửa gì`);
    expect(refused.text).toContain('value="Khẩu hiệu mới của admin"');
  });

  it('says a campaign the colleague deleted was deleted, by whom, keeps the text, and saves once restored', async () => {
    const mine = (await admin.get('/c/hai-phong')).text;
    const typed = 'Khẩu hiệu gõ trong lúc Lan xoá';
    expect((await lan.post('/c/hai-phong/delete', {}, '/c/hai-phong/delete')).status).toBe(303);
    const refused = await send(admin, mine, { slogan: typed });
    expect(refused.status).toBe(410);
    const said = alertOf(refused.text);
    expect(said).toMatch(
      new RegExp(
        `^Chiến dịch này vừa bị xoá \\(bởi ${LAN.replace('.', '\\.')}, lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}\\): chưa lưu\\.`,
      ),
    );
    expect(said).toContain('Có thể khôi phục ở “Đã xoá”');
    expect(said).not.toContain('404');
    expect(refused.text).toContain(`value="${typed}"`);
    // “Đã xoá” names who deleted it.
    const home = plainText((await admin.get('/')).text);
    expect(home).toMatch(new RegExp(`${LAN.replace('.', '\\.')} xoá lúc \\d\\d:\\d\\d ngày`));
    // Restored, the same page's Lưu saves.
    expect((await admin.post('/deleted/hai-phong/restore', {}, '/')).status).toBe(303);
    const again = await send(admin, refused.text, { slogan: typed });
    expect(again.status).toBe(303);
    expect((await loadCampaign(file)).campaign.slogan).toBe(typed);
  });
});
