/**
 * A new campaign's page (h-ux2): the blank campaign's four fields to fill in — “Tên cơ quan ban
 * hành” (TÊN), “Tên đơn vị trong câu” (tên), “Địa danh”, “Họ và tên người ký” — each had its own
 * point in the warnings box, the same sentence four times on a 360 px phone: "…: chưa in được
 * văn bản nào cho đến khi điền. Hãy ghi nội dung thật vào chỗ đó." Now one point names the four
 * fields and what each still holds, and says once that no file is made until they are filled.
 * The fields' labels are those the form shows (read from the page, not from the code).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithNewCampaign, type TestStudio } from './studio.js';

describe('a new campaign without a contest: its fields to fill in, said once', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithNewCampaign('Tiêm chủng mở rộng đợt 2'));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('names the four fields in one point, the sentence once', async () => {
    const page = plainText((await c.get('/c/tiem-chung-mo-rong-dot-2')).text);
    const point = /Còn (\d+) mục chưa điền: ([^.]*)\./.exec(page);
    expect(point?.[1]).toBe('4');
    for (const label of [
      'Tên cơ quan ban hành',
      'Tên đơn vị trong câu',
      'Địa danh',
      'Họ và tên người ký',
    ]) {
      expect(point?.[2]).toContain(`“${label}” (đang là “(`);
    }
    expect(page.match(/cho đến khi/g)).toHaveLength(1);
    expect(page).not.toContain('Hãy ghi nội dung thật vào chỗ đó');
  });
});
