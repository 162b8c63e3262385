/**
 * The studio form's "Độ mật", "Phạm vi lưu hành" and "Cỡ chữ nội dung" beside "Độ khẩn" (qa42 F8,
 * F13.3): saved as notice.secrecy, notice.circulation and notice.bodySize, a word that is no mark
 * refused under its field in Vietnamese; "Cơ quan chủ quản" typed on two lines is saved as its
 * lines (qa42 F13.2), on one line as the one text it was.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fieldLabel, openCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

describe('the secrecy and circulation marks in the studio form', () => {
  const ex = exampleForTests('muc-mat');
  it('are saved beside the urgency; a word that is no mark is refused under its field', async () => {
    // The labels as the edit page shows them, each tied to its field's input.
    const page = (await ex.c.get('/c/muc-mat')).text;
    expect(fieldLabel(page, 'f-notice-secrecy')).toBe('Độ mật');
    expect(fieldLabel(page, 'f-notice-circulation')).toBe('Phạm vi lưu hành');
    expect(fieldLabel(page, 'f-notice-bodySize')).toBe('Cỡ chữ nội dung');
    const form = await openCampaignPage(ex.c, 'muc-mat');
    const wrong = await ex.c.postRaw('/c/muc-mat', {
      ...form,
      'notice.secrecy': 'bí mật',
      'notice.circulation': 'nội bộ thôi',
    });
    expect(wrong.status).toBe(422);
    const under = (id: string) =>
      new RegExp(`id="f-notice-${id}-error"[^>]*>(.*?)</p>`, 's').exec(wrong.text)?.[1] ?? '';
    expect(under('secrecy')).toContain('“bí mật” không phải mức độ mật');
    expect(under('circulation')).toContain(
      '“nội bộ thôi” không phải là một chỉ dẫn phạm vi lưu hành',
    );
    const res = await ex.c.postRaw('/c/muc-mat', {
      ...form,
      'notice.secrecy': 'MẬT',
      'notice.circulation': 'LƯU HÀNH NỘI BỘ',
      'notice.bodySize': '14',
      'issuer.parent': 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG',
    });
    expect(res.status, res.text.slice(0, 2000)).toBeLessThan(400);
    const saved = await readFile(ex.file, 'utf8');
    expect(saved).toMatch(/^ {2}secrecy: MẬT$/m);
    expect(saved).toMatch(/^ {2}circulation: LƯU HÀNH NỘI BỘ$/m);
    expect(saved).toMatch(/^ {2}bodySize: 14$/m);
    expect(saved).toMatch(/^ {2}parent:\n {4}- ỦY BAN NHÂN DÂN\n {4}- THÀNH PHỐ HẢI PHÒNG$/m);
    const again = await ex.c.postRaw('/c/muc-mat', {
      ...(await openCampaignPage(ex.c, 'muc-mat')),
      'issuer.parent': 'UBND QUẬN 1',
    });
    expect(again.status).toBeLessThan(400);
    expect(await readFile(ex.file, 'utf8')).toMatch(/^ {2}parent: UBND QUẬN 1$/m);
  });
});
