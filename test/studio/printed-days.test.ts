/**
 * A group's day typed so that the papers tell a wrong day (qa23 #4), uploaded in the studio: the
 * groups page and the print page say each cell at its row and column, with the notice's date, as
 * they say a time cell with no time. The schedule is test/support/inputs.ts's.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEDULE_CAMPAIGN, SCHEDULE_ISSUED, scheduleWorkbook } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { plainText, studioWithCampaign } from './studio.js';

afterAll(removeTempDirs);

describe('a day with no year or on the notice’s date, uploaded', () => {
  it('is warned of on the groups page and the print page, at its row and column', async () => {
    const dir = await makeTempDir('phuong-print-printed-days-');
    await writeFile(join(dir, 'campaign.yaml'), SCHEDULE_CAMPAIGN);
    const { s, c } = await studioWithCampaign('lich', [join(dir, 'campaign.yaml')]);
    try {
      const page = '/c/lich/groups';
      const up = await c.upload(
        page,
        'file',
        'lich.xlsx',
        Buffer.from(await scheduleWorkbook()),
        {},
        page,
      );
      expect(up.status, plainText(up.text)).toBe(303);
      const said = [
        `Dòng 4, cột “Ngày làm”: “5/12” không có năm và trùng ngày ban hành ${SCHEDULE_ISSUED}. Kiểm tra lại ô đó: ghi ngày đủ ngày/tháng/năm, sau ngày ban hành. Giấy in của tổ này in đúng như ô đang ghi.`,
        `Dòng 5, cột “Ngày làm”: “thứ bảy 12/12” không có năm, trong khi các ô khác của cột ghi ngày đủ năm (văn bản ban hành ngày ${SCHEDULE_ISSUED}).`,
        `Dòng 8, cột “Ngày làm”: “01/12/2026” trước ngày ban hành ${SCHEDULE_ISSUED}: người dân nhận giấy khi ngày đó đã qua.`,
      ];
      const groups = plainText((await c.get(page)).text);
      const build = plainText((await c.get('/c/lich/build')).text);
      for (const line of said) {
        expect(groups).toContain(line);
        expect(build).toContain(line);
      }
    } finally {
      await s.close();
    }
  });
});
