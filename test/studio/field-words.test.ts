/**
 * A problem beside a field of the studio's form, in the form's words (qa16): the office fills in
 * "Số văn bản" and "Kính gửi", never campaign.yaml's notice.number or notice.recipients, and is
 * told what to write where. The studio on loopback, the example campaign, the form as a browser
 * posts it; the page's text under each field.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests, plainText } from './studio.js';

/** The text under the field `id` of a page refused with problems. */
const underField = (page: string, id: string) =>
  new RegExp(`<p class="field-error" id="${id}-error">([\\s\\S]*?)</p>`)
    .exec(page)?.[1]
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('a problem under its field, in the form’s words', () => {
  const ex = exampleForTests();

  const save = async (change: Record<string, string>) => {
    return saveCampaignPage(ex.c, 'hai-phong', change);
  };

  it('says where the symbol goes when the whole number is typed in "Số văn bản"', async () => {
    const page = await save({ 'notice.number': '05/UBND-VHXH' });
    expect(page.status).toBe(422);
    const said = underField(page.text, 'f-notice-number') ?? '';
    expect(said).toContain('ghi 5 vào đó');
    expect(said).toContain('UBND-VHXH ghi vào “Ký hiệu”');
    expect(said).not.toMatch(/notice\./);
  });

  it('says to write the number alone when "Số 05" is typed in "Số văn bản"', async () => {
    const page = await save({ 'notice.number': 'Số 05' });
    expect(page.status).toBe(422);
    expect(underField(page.text, 'f-notice-number')).toContain('chỉ ghi số: ghi 5 vào đó');
  });

  it('names the line of "Việc người dân cần làm" a {{…}} is on (qa17: said "Dòng 1")', async () => {
    const page = await save({
      actions: 'Cài đặt ứng dụng | Đã cài\nĐến {{group.[Điểm tập kết]}} nhận tờ rơi | Đã nhận',
    });
    expect(page.status).toBe(422);
    expect(underField(page.text, 'f-actions')).toMatch(/^Dòng 2: .*Điểm tập kết/);
  });

  it('refuses an action line with two "|" beside the field, as campaign.yaml is (its third part was dropped)', async () => {
    const line = 'Khi nghe còi, tắt điện | Đã tắt điện | cầu dao tổng';
    const before = await readFile(ex.file, 'utf8');
    const page = await save({ actions: `Đổ bỏ vật dụng chứa nước đọng | Đã dọn\n${line}` });
    expect(page.status).toBe(422);
    const said = underField(page.text, 'f-actions') ?? '';
    expect(said).toContain(`Dòng 2 (“${line}”) có 2 dấu “|”`);
    expect(said).toContain('Ví dụ: Khi nghe còi, tắt điện | Đã tắt điện cầu dao tổng.');
    // Not saved: the file still has the action as it was, not "Đã tắt điện" without its end.
    expect(await readFile(ex.file, 'utf8')).toBe(before);
  });

  it('names "Kính gửi" and "Loại văn bản", not their keys, when a công văn has no recipient', async () => {
    const page = await save({ 'notice.recipients': '' });
    expect(page.status).toBe(422);
    const said = underField(page.text, 'f-notice-recipients') ?? '';
    expect(said).toContain('“Kính gửi”');
    expect(said).toContain('mỗi dòng một nơi');
    expect(said).toContain('“Loại văn bản”');
    expect(said).not.toMatch(/notice\./);
  });

  it('says what to write of a warning: "Như trên" in "Nơi nhận" of a Thông báo with no "Kính gửi"', async () => {
    const saved = await save({ 'notice.symbol': 'TB-UBND', 'notice.recipients': '' });
    expect(saved.status).toBe(303);
    const page = plainText((await ex.c.get('/c/hai-phong')).text);
    expect(page).toContain('văn bản không có “Kính gửi”');
    expect(page).toContain('Thay “Như trên” bằng các nơi nhận văn bản, ghi ở “Nơi nhận”');
    expect(page).not.toMatch(/notice\.cc/);
  });
});
