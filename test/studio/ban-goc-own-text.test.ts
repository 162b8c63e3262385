/**
 * qa51 M1: a notice whose body prints each tổ's own "Giờ tập trung" and "Điểm tập trung" has no
 * one text, and the ward's bản gốc (the unmarked copy the văn thư registers and signs) is tổ 1's.
 * The CLI said so; the studio said nothing. Now its Nội dung page and print tab (both list
 * `checkCampaignText`'s warnings; the print tab repeats it beside "Bản gốc") say it in the same
 * words as the build, naming the columns and the tổ whose text the bản gốc is.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/messages/message.js';
import { checkCampaignText } from '../../src/studio/campaign-file.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa51/${name}`, import.meta.url));
const CAMPAIGN = fixture('campaign.yaml');
const GROUPS = fixture('groups.csv');

/** The warnings at the notice's fields, as the studio says them (with their hints). */
async function ownTextNotes(text: string) {
  const { warnings } = await checkCampaignText(text, CAMPAIGN, GROUPS);
  return warnings
    .filter((w) => w.where.field?.startsWith('notice.'))
    .map((w) => ({
      field: w.where.field,
      said: `${say(w.text, 'vi')} ${w.hintText ? say(w.hintText, 'vi') : ''}`,
    }));
}

describe('the studio on a notice whose text differs from tổ to tổ', () => {
  it('says the bản gốc is tổ 1’s, naming the columns the body prints', async () => {
    const text = await readFile(CAMPAIGN, 'utf8');
    const first = (await readFile(GROUPS, 'utf8')).split('\n')[1]?.split(';')[1];
    const [note, ...more] = await ownTextNotes(text);
    expect(more).toEqual([]);
    expect(note?.field).toBe('notice.body');
    expect(note?.said).toContain('cột “Giờ tập trung”, “Điểm tập trung” của từng tổ');
    expect(note?.said).toContain(`bản gốc, bản không ghi “Bản gửi”`);
    expect(note?.said).toContain(`là nội dung gửi ${first}`);
    // A way out a clerk can take, no template code.
    expect(note?.said).toContain('thành một danh sách trong nội dung');
    expect(note?.said).not.toMatch(/\{\{|notice\./);
  });

  it('says nothing of a body written for the whole ward', async () => {
    const text = await readFile(CAMPAIGN, 'utf8');
    const wardWide = text.replace(
      'tập trung lúc {{group.[Giờ tập trung]}} tại {{group.[Điểm tập trung]}}',
      'tập trung theo lịch của từng tổ',
    );
    expect(wardWide).not.toBe(text);
    expect(await ownTextNotes(wardWide)).toEqual([]);
  });

  it('says when the flyer gives each tổ its own hour and place and the body none (qa51 m4)', async () => {
    // The first version: one hour in the body, each tổ's own in “Thời gian”, “Địa điểm”.
    const text = (await readFile(CAMPAIGN, 'utf8')).replace(
      'tập trung lúc {{group.[Giờ tập trung]}} tại {{group.[Điểm tập trung]}}',
      'từ 6 giờ 30 đến 10 giờ 00. Mỗi tổ tập trung theo giờ và điểm riêng của tổ',
    );
    const [note, ...more] = await ownTextNotes(text);
    expect(more).toEqual([]);
    expect(note?.field).toBe('notice.body');
    expect(note?.said).toContain(
      'không ghi cột “Giờ tập trung”, “Điểm tập trung” riêng của từng tổ, trong khi “Thời gian”, “Địa điểm” in các cột đó trên tờ rơi',
    );
  });

  it('says it too when the body hands out flyers without sending anyone to them (review52 #7)', async () => {
    const text = (await readFile(CAMPAIGN, 'utf8')).replace(
      'tập trung lúc {{group.[Giờ tập trung]}} tại {{group.[Điểm tập trung]}}',
      'từ 6 giờ 30 đến 10 giờ 00. Tổ trưởng phát tờ rơi đến từng hộ',
    );
    expect(text).toContain('phát tờ rơi');
    const notes = await ownTextNotes(text);
    expect(notes.map((n) => n.field)).toEqual(['notice.body']);
  });
});
