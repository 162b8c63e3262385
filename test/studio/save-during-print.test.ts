/**
 * A save while a print runs (qa49): the print read the campaign before the save, so its files are
 * of the earlier version, and the saved page said only "Đã lưu.". Now it says that the running
 * print uses the version before the save and that its files will be marked old. Real sockets:
 * the example's 32 groups print for seconds, the save comes once the print has read its inputs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import { pressPrintAll } from './print-all.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

describe('saving while a print runs', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({}, 'hai-phong'));
  });
  afterAll(async () => {
    // The print is not let draw its 32 groups to the end (~20 s of CPU): the studio's close
    // stops it as Ctrl-C does and waits for the groups under way (builds.stopAll), so nothing of
    // it is left writing when the folder goes.
    await s.close();
    await removeTempDirs();
  });

  it('says the running print uses the version before the save, its files to be marked old', async () => {
    // The form open in the office's browser before the print is pressed (opened during the
    // print, its page waits for the print's documents drawn in this thread: ~5 s of CPU).
    const form = await openCampaignPage(c, 'hai-phong');
    expect((await pressPrintAll(c, 'hai-phong')).status).toBe(303);
    // A group drawn: the print has read the campaign.
    let status = { state: 'running', done: 0 };
    for (let i = 0; i < 600 && status.state === 'running' && status.done === 0; i++) {
      status = JSON.parse((await c.get('/c/hai-phong/build/status')).text);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status.state).toBe('running');
    const saved = await c.postRaw('/c/hai-phong', {
      ...form,
      slogan: 'Khẩu hiệu mới trong lúc in',
    });
    expect(saved.status).toBe(303);
    const page = plainText((await c.get(saved.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu.');
    expect(page).toMatch(
      /Tệp in đang tạo dùng bản trước khi lưu \(đọc lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}\): các tệp đó sẽ được đánh dấu là cũ\./,
    );
  });
});
