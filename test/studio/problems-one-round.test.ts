/**
 * Every problem of a save said in one round (qa17): a value the schema refuses ("Số văn bản"
 * typed with its symbol) beside its field, and what the campaign's checks find in the rest (a
 * công văn with no "Kính gửi") beside theirs; a check whose complaint only follows from the
 * refused value (no "Ký hiệu": whether the notice is a công văn is not known) is not said. The
 * studio on loopback, the example campaign, the form as a browser posts it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

/** The text under the field `id` of a page refused with problems, undefined when none. */
const underField = (page: string, id: string) =>
  new RegExp(`<p class="field-error" id="${id}-error">([\\s\\S]*?)</p>`)
    .exec(page)?.[1]
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The summary at the form's top, as read. */
const summary = (page: string) =>
  /id="problems"[^>]*>([\s\S]*?)<\/div>/
    .exec(page)?.[1]
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('every problem of a save in one round', () => {
  const ex = exampleForTests();

  const save = async (change: Record<string, string>) => {
    return saveCampaignPage(ex.c, 'hai-phong', change);
  };

  it('says an empty "Kính gửi" with a "Số văn bản" the schema refuses', async () => {
    const before = await readFile(ex.file, 'utf8');
    const page = await save({ 'notice.number': '05/UBND-VHXH', 'notice.recipients': '' });
    expect(page.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    expect(underField(page.text, 'f-notice-number')).toContain('ghi 5 vào đó');
    expect(underField(page.text, 'f-notice-recipients')).toContain(
      'Công văn phải ghi nơi nhận ở “Kính gửi”',
    );
    expect(summary(page.text)).toBe('Chưa lưu: có 2 chỗ cần sửa, ở các mục: Số văn bản Kính gửi');
  });

  it('says the schema’s problem and the check’s, each beside its field, with an empty subject', async () => {
    const page = await save({ 'notice.subject': '', 'notice.recipients': '' });
    expect(page.status).toBe(422);
    expect(underField(page.text, 'f-notice-subject')).toBe('Không được để trống.');
    expect(underField(page.text, 'f-notice-recipients')).toContain('chưa có dòng nào');
  });

  it('says nothing of "Kính gửi" when "Ký hiệu", which says whether it is a công văn, is empty', async () => {
    const page = await save({ 'notice.symbol': '', 'notice.recipients': '' });
    expect(page.status).toBe(422);
    expect(underField(page.text, 'f-notice-symbol')).toBe('Không được để trống.');
    expect(underField(page.text, 'f-notice-recipients')).toBeUndefined();
    expect(summary(page.text)).toBe('Chưa lưu: có 1 chỗ cần sửa, ở các mục: Ký hiệu');
  });

  it('says a contest’s missing page once, not again as the body’s unknown {{links.contest.url}}', async () => {
    const page = await save({ 'links.contest.url': '', 'links.contest.label': '' });
    expect(page.status).toBe(422);
    expect(underField(page.text, 'f-links-contest-url')).toContain(
      'Cuộc thi chưa có địa chỉ trang thi',
    );
    expect(underField(page.text, 'f-notice-body')).toBeUndefined();
    expect(summary(page.text)).toBe('Chưa lưu: có 1 chỗ cần sửa, ở các mục: Trang cuộc thi');
  });

  it('says a misspelt {{group.nam}} with an empty "Kính gửi"', async () => {
    const page = await save({
      'notice.recipients': '',
      'notice.body': 'Kính gửi {{group.nam}}.',
    });
    expect(page.status).toBe(422);
    expect(underField(page.text, 'f-notice-recipients')).toContain('chưa có dòng nào');
    expect(underField(page.text, 'f-notice-body')).toContain('Dòng 1: không có biến “group.nam”');
  });
});
