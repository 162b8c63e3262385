/**
 * Two of the office's staff on one campaign (qa27 F5, F6): a save refused because a colleague
 * saved first names the colleague; a save of a campaign the colleague has just deleted says so —
 * by whom, when, and that “Đã xoá” restores it — with the typed text kept (it said "phần mềm trả
 * lời lỗi (mã 404)… bấm Lưu lần nữa"), and saves once restored; “Đã xoá” says who deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { campaignPageFields, openCampaignPage } from './campaign-page.js';
import { addTestUser, Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const LAN = 'lan.vhxh';
const LAN_PASSWORD = 'mật khẩu của Lan';

/**
 * The refusal's first sentence: a notice's <p>, or the first <p> of the block a save where both
 * changed the same field gets (its lines and choices follow: qa49 M2).
 */
const alertOf = (page: string) =>
  plainText(/class="notice error" role="alert">(?:<p>)?(.*?)<\/p>/s.exec(page)?.[1] ?? '');

describe('two staff on one campaign', () => {
  let s: TestStudio;
  let admin: Client;
  let lan: Client;

  beforeAll(async () => {
    ({ s, c: admin } = await studioWithExample({}, 'hai-phong'));
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
      ...campaignPageFields(page, 'hai-phong'),
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
    // What she changed is named, and now in the form (qa45 F3).
    expect(alertOf(refused.text)).toContain(`Các mục ${LAN} đã sửa nay hiện như bản vừa lưu: “`);
    expect(refused.text).toContain('value="0225 3 857 999"');
    expect(refused.text).toContain('value="Khẩu hiệu mới của admin"');
  });

  it('names, of two saves sent at once, the colleague whose save came first', async () => {
    // Each round: both open the page, then both press Lưu at once.
    const staff = [
      { who: admin, name: 'admin' },
      { who: lan, name: LAN },
    ];
    for (let round = 0; round < 6; round++) {
      const [first, second] = round % 2 ? [staff[1], staff[0]] : [staff[0], staff[1]];
      if (!first || !second) throw new Error('two staff');
      const pages = [
        (await first.who.get('/c/hai-phong')).text,
        (await second.who.get('/c/hai-phong')).text,
      ];
      const answers = await Promise.all([
        send(first.who, pages[0] ?? '', { slogan: `Khẩu hiệu ${round} của ${first.name}` }),
        send(second.who, pages[1] ?? '', { slogan: `Khẩu hiệu ${round} của ${second.name}` }),
      ]);
      // One save is the file now, whichever arrived first; the other was refused, naming its author.
      expect(answers.map((a) => a.status).sort()).toEqual([303, 409]);
      // The slogan the page shows now, opened again.
      const slogan = (await openCampaignPage(admin)).slogan;
      const winner = staff.find((p) => slogan === `Khẩu hiệu ${round} của ${p.name}`);
      expect(winner, slogan).toBeDefined();
      const lost = answers.find((a) => a.status === 409);
      expect(alertOf(lost?.text ?? ''), `round ${round}`).toMatch(
        new RegExp(`^Chưa lưu: ${winner?.name.replace('.', '\\.')} đã lưu chiến dịch này lúc `),
      );
    }
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
    // Her other tabs of it, opened again: the same who and when, not "Không tìm thấy trang".
    const when = /lúc (\d\d:\d\d ngày \d\d\/\d\d\/\d{4})/.exec(said)?.[1] ?? '';
    for (const tab of ['/c/hai-phong', '/c/hai-phong/leaders', '/c/hai-phong/results']) {
      const other = await admin.get(tab);
      expect(other.status, tab).toBe(410);
      expect(alertOf(other.text), tab).toContain(`vừa bị xoá (bởi ${LAN}, lúc ${when})`);
      expect(alertOf(other.text), tab).toContain('Có thể khôi phục ở “Đã xoá”');
      expect(other.text).not.toContain('Không tìm thấy trang');
    }
    // A campaign never made is still the plain 404.
    expect((await admin.get('/c/chua-tung-co')).status).toBe(404);
    expect(refused.text).toContain(`value="${typed}"`);
    // “Đã xoá” names who deleted it.
    const home = plainText((await admin.get('/')).text);
    expect(home).toMatch(new RegExp(`${LAN.replace('.', '\\.')} xoá lúc \\d\\d:\\d\\d ngày`));
    // Restored, the same page's Lưu saves.
    expect((await admin.post('/deleted/hai-phong/restore', {}, '/')).status).toBe(303);
    const again = await send(admin, refused.text, { slogan: typed });
    expect(again.status).toBe(303);
    expect((await openCampaignPage(admin)).slogan).toBe(typed);
  });
});
