/**
 * Two clerks on one campaign's edit form (qa45 F3): the second clerk's save, made from the page
 * she opened before the first one's save, is refused (409); the form it answers holds the saved
 * values of the fields she did not change and her own typed changes, and names what the other
 * changed; pressing Lưu again keeps both clerks' work. It used to answer her form as posted, so
 * the second Lưu wrote the old values back over the colleague's (and dropped a logo uploaded
 * meanwhile from campaign.yaml). Real sockets; the forms as the page's HTML sends them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeTempDirs } from '../support/tmp.js';
import { campaignPageFields, openCampaignPage } from './campaign-page.js';
import { addTestUser, Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const LAN = 'lan.vhxh';
const LAN_PASSWORD = 'mật khẩu của Lan';

const alertOf = (page: string) =>
  plainText(/<p class="notice error" role="alert">(.*?)<\/p>/s.exec(page)?.[1] ?? '');

/** The refusal of a save where both changed a field: a block of lines and choices. */
const bothAlertOf = (page: string) =>
  plainText(/<div class="notice error" role="alert">(.*?)<\/div>/s.exec(page)?.[1] ?? '');

/** The form's own fields, without the request's token and the state it stands on. */
const fieldsOnly = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith('_')));

describe('a save refused because a colleague saved first', () => {
  let s: TestStudio;
  let admin: Client;
  let lan: Client;
  let folder: string;

  beforeAll(async () => {
    ({ s, c: admin, folder } = await studioWithExample({}, 'hai-phong'));
    await addTestUser(s.store.db, LAN, LAN_PASSWORD);
    lan = new Client(s.url);
    expect((await lan.signIn(LAN, LAN_PASSWORD)).status).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const send = (who: Client, page: string, changes: Record<string, string> = {}) =>
    who.postRaw('/c/hai-phong', { ...campaignPageFields(page, 'hai-phong'), ...changes });
  const yaml = async () => parse(await readFile(join(folder, 'campaign.yaml'), 'utf8'));

  it("answers the colleague's saved fields with her own change, and the second Lưu keeps both", async () => {
    const hers = (await lan.get('/c/hai-phong')).text;
    const oldSlogan = campaignPageFields(hers, 'hai-phong').slogan;
    const mine = (await admin.get('/c/hai-phong')).text;
    expect((await send(admin, mine, { slogan: 'Khẩu hiệu admin vừa lưu' })).status).toBe(303);
    const refused = await send(lan, hers, { 'notice.signer.name': 'Trần Văn B' });
    expect(refused.status).toBe(409);
    const said = alertOf(refused.text);
    expect(said).toMatch(/^Chưa lưu: admin đã lưu chiến dịch này lúc /);
    expect(said).toContain('Các mục admin đã sửa nay hiện như bản vừa lưu: “Khẩu hiệu”.');
    // The form answered: the page as saved now, with her own change typed in.
    const answered = campaignPageFields(refused.text, 'hai-phong');
    expect(answered.slogan).toBe('Khẩu hiệu admin vừa lưu');
    expect(answered.slogan).not.toBe(oldSlogan);
    expect(fieldsOnly(answered)).toEqual({
      ...fieldsOnly(await openCampaignPage(admin)),
      'notice.signer.name': 'Trần Văn B',
    });
    // Lưu again: both clerks' changes are in the file.
    expect((await send(lan, refused.text)).status).toBe(303);
    const now = await openCampaignPage(admin);
    expect(now.slogan).toBe('Khẩu hiệu admin vừa lưu');
    expect(now['notice.signer.name']).toBe('Trần Văn B');
  });

  it('keeps a logo uploaded while the form was open', async () => {
    const hers = (await lan.get('/c/hai-phong')).text;
    expect(campaignPageFields(hers, 'hai-phong')['assets.logo']).toBe('');
    const png = new Uint8Array(
      await sharp({ create: { width: 300, height: 300, channels: 3, background: '#b01020' } })
        .png()
        .toBuffer(),
    );
    const up = await admin.upload('/c/hai-phong/logo', 'logo', 'logo.png', png, {}, '/c/hai-phong');
    expect(up.status).toBe(303);
    expect((await yaml()).assets.logo).toBe('logo.png');
    const refused = await send(lan, hers, { 'issuer.place': 'Lê Chân' });
    expect(refused.status).toBe(409);
    expect(alertOf(refused.text)).toContain('“Ảnh logo”');
    expect(campaignPageFields(refused.text, 'hai-phong')['assets.logo']).toBe('logo.png');
    expect((await send(lan, refused.text)).status).toBe(303);
    const after = await yaml();
    expect(after.assets.logo).toBe('logo.png');
    expect(after.issuer.place).toBe('Lê Chân');
  });

  it("keeps her text where both changed the same field, shows the colleague's words, and asks whose to keep", async () => {
    const hers = (await lan.get('/c/hai-phong')).text;
    const mine = (await admin.get('/c/hai-phong')).text;
    expect((await send(admin, mine, { slogan: 'Khẩu hiệu của admin' })).status).toBe(303);
    const refused = await send(lan, hers, { slogan: 'Khẩu hiệu của Lan' });
    expect(refused.status).toBe(409);
    const said = bothAlertOf(refused.text);
    expect(said).toContain('Cả hai cùng sửa “Khẩu hiệu”: admin đã sửa');
    expect(said).toContain('Lấy bản của admin cho mục này');
    expect(said).toContain('Ghi đè thay đổi của admin');
    expect(campaignPageFields(refused.text, 'hai-phong').slogan).toBe('Khẩu hiệu của Lan');
  });

  /**
   * qa49 M2: the hotline corrected by one clerk in "Nội dung" while another added a shelter to
   * the same field. The refusal quoted the whole body with its "1\." escapes; a plain second Lưu
   * put the old number back, and the first clerk was never told.
   */
  describe('the same field, a hotline corrected by one and a line added by the other', () => {
    const BODY = [
      'Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 9 đổ bộ đêm nay.',
      '1. Từ 18h00 ngày 06/12/2026, các hộ ven sông di chuyển đến nơi trú tránh an toàn.',
      '2. Chằng chống nhà cửa, cắt điện khi nước lên.',
      '3. Đường dây nóng của phường: 0225.3.857.999 (trực 24/24).',
    ].join('\n');
    const FIXED = BODY.replace('0225.3.857.999', '0225.3.857.888');
    const SHELTER = `${BODY}\n4. Điểm trú tránh: Trường Tiểu học Lê Chân.`;

    /** Admin sets the body, then admin and Lan open the page; admin fixes the hotline; Lan adds a line. */
    async function bothEdit() {
      const start = (await admin.get('/c/hai-phong')).text;
      expect((await send(admin, start, { 'notice.body': BODY })).status).toBe(303);
      const hers = (await lan.get('/c/hai-phong')).text;
      const mine = (await admin.get('/c/hai-phong')).text;
      expect((await send(admin, mine, { 'notice.body': FIXED })).status).toBe(303);
      const refused = await send(lan, hers, { 'notice.body': SHELTER });
      expect(refused.status).toBe(409);
      return refused;
    }
    const body = async () => String((await yaml()).notice.body).trim();

    it('shows only the line that differs, the number struck and the new one, without escapes', async () => {
      const said = bothAlertOf((await bothEdit()).text);
      expect(said).toContain(
        'Đường dây nóng của phường: 0225.3.857.999 → 0225.3.857.888 (trực 24/24).',
      );
      expect(said).not.toContain('\\.');
      expect(said).not.toContain('bão số 9 đổ bộ');
      expect(said).not.toContain('Chằng chống');
    });

    it('a plain second Lưu is refused until she chooses; "Ghi đè" keeps hers and tells admin once', async () => {
      const refused = await bothEdit();
      const again = await send(lan, refused.text);
      expect(again.status).toBe(409);
      expect(bothAlertOf(again.text)).toContain(
        'Chưa lưu: hãy chọn giữ bản nào cho “Nội dung”, rồi bấm Lưu.',
      );
      expect(await body()).toBe(FIXED);
      const over = await send(lan, again.text, { '_pick_notice.body': 'mine' });
      expect(over.status).toBe(303);
      expect(await body()).toBe(SHELTER);
      const told = (await admin.get('/c/hai-phong')).text;
      const note = plainText(
        /<div class="notice warn" role="alert">(.*?)<\/div>/s.exec(told)?.[1] ?? '',
      );
      expect(note).toContain(`${LAN} đã ghi đè thay đổi của bạn ở mục “Nội dung” lúc`);
      expect(note).toContain('0225.3.857.999 → 0225.3.857.888');
      // Told once; Lan herself is not told of her own overwrite.
      expect((await admin.get('/c/hai-phong')).text).not.toContain('đã ghi đè thay đổi của bạn');
      expect((await lan.get('/c/hai-phong')).text).not.toContain('đã ghi đè thay đổi của bạn');
    });

    it('a choice sent with a mistake elsewhere stays chosen on the page sent back (422), and is saved with it', async () => {
      const refused = await bothEdit();
      const issued = campaignPageFields(refused.text, 'hai-phong').issued ?? '';
      const bad = await send(lan, refused.text, {
        '_pick_notice.body': 'mine',
        issued: '31/02/2026',
      });
      expect(bad.status).toBe(422);
      expect(plainText(bad.text)).toContain('“31/02/2026” không phải là ngày có trên lịch.');
      // Her choice as she left it: checked, beside the colleague's change it is about.
      const back = campaignPageFields(bad.text, 'hai-phong');
      expect(back['_pick_notice.body']).toBe('mine');
      const said = bothAlertOf(bad.text);
      expect(said).toContain('0225.3.857.999 → 0225.3.857.888');
      expect(said).toContain(
        'Lựa chọn của bạn cho “Nội dung” vẫn giữ ở đây: sửa chỗ còn sai bên dưới rồi bấm Lưu.',
      );
      expect(said).toContain('Ô “Nội dung” bên dưới vẫn là chữ bạn gõ, như bạn đã chọn');
      expect(await body()).toBe(FIXED);
      // The date put right, Lưu: hers saved, and admin told as after any "Ghi đè".
      expect((await send(lan, bad.text, { issued })).status).toBe(303);
      expect(await body()).toBe(SHELTER);
      const told = (await admin.get('/c/hai-phong')).text;
      expect(told).toContain(`${LAN} đã ghi đè thay đổi của bạn ở mục “Nội dung” lúc`);
    });

    // review50 B1: "Lấy bản của admin" sent with a mistake elsewhere, then an edit in that field:
    // the choice was sent back and the next Lưu put admin's text back over her new line.
    it('"Lấy bản của admin" sent with a mistake elsewhere is done: her next edit of the field is saved', async () => {
      const refused = await bothEdit();
      const issued = campaignPageFields(refused.text, 'hai-phong').issued ?? '';
      const bad = await send(lan, refused.text, {
        '_pick_notice.body': 'theirs',
        issued: '31/02/2026',
      });
      expect(bad.status).toBe(422);
      const back = campaignPageFields(bad.text, 'hai-phong');
      expect(back['notice.body']?.trim()).toBe(FIXED);
      const added = `${FIXED}\n4. Điểm trú tránh: Nhà văn hóa tổ 5.`;
      expect((await send(lan, bad.text, { issued, 'notice.body': added })).status).toBe(303);
      expect(await body()).toBe(added);
      expect((await admin.get('/c/hai-phong')).text).not.toContain('đã ghi đè thay đổi của bạn');
    });

    it('"Lấy bản của admin" keeps the corrected number', async () => {
      const refused = await bothEdit();
      const taken = await send(lan, refused.text, { '_pick_notice.body': 'theirs' });
      expect(taken.status).toBe(303);
      expect(await body()).toBe(FIXED);
      expect((await admin.get('/c/hai-phong')).text).not.toContain('đã ghi đè thay đổi của bạn');
    });
  });

  it('says in a whole sentence what the own other tab changed (F7)', async () => {
    const tab1 = (await lan.get('/c/hai-phong')).text;
    const tab2 = (await lan.get('/c/hai-phong')).text;
    expect((await send(lan, tab1, { slogan: 'Khẩu hiệu tab một' })).status).toBe(303);
    const refused = await send(lan, tab2, { 'issuer.place': 'Phường Lê Chân' });
    expect(refused.status).toBe(409);
    expect(alertOf(refused.text)).toContain(
      'Các mục bản kia đã sửa nay hiện như bản vừa lưu: “Khẩu hiệu”.',
    );
    // A page opened before the studio carried the form's state (no _base): the older notice.
    const older = await lan.postRaw('/c/hai-phong', {
      ...campaignPageFields(tab2, 'hai-phong'),
      _base: '',
    });
    expect(older.status).toBe(409);
    expect(alertOf(older.text)).toContain('để xem bản đó đã sửa gì; bấm Lưu lần nữa');
    // Saving again overwrites that save, which may be a colleague's on the same account (qa58b p2).
    expect(alertOf(older.text)).toContain(
      'Nếu có người khác cùng dùng tài khoản này, hãy hỏi họ trước khi lưu đè.',
    );
  });
});
