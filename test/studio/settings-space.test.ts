/**
 * Cài đặt › Dung lượng trên máy names what an office can free besides prints (review39 #9): the
 * campaigns deleted but kept 30 days, and the old data a restore into the folder itself kept
 * ("truoc-khoi-phuc-<time>/"): often the biggest things in the data folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserForm } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { plainText, studioWithExample } from './studio.js';

afterAll(removeTempDirs);

describe('the settings page’s disk space', () => {
  it('names the deleted campaigns and a restore’s kept folder, with their sizes', async () => {
    const { s, c } = await studioWithExample({}, 'hai-phong');
    const before = plainText((await c.get('/settings')).text);
    expect(before).not.toContain('Các chiến dịch đã xoá');
    expect(before).not.toContain('truoc-khoi-phuc');

    const ask = await c.get('/c/hai-phong/delete');
    const form = browserForm(ask.text, (f) => f.attribs.action === '/c/hai-phong/delete');
    expect((await c.postRaw(form.action, form.fields)).status).toBe(303);
    const kept = join(s.dataDir, 'truoc-khoi-phuc-20261205-0930');
    await mkdir(kept);
    await writeFile(join(kept, 'phuong-print.sqlite'), new Uint8Array(3 * 1024 * 1024));

    const after = plainText((await c.get('/settings')).text);
    expect(after).toMatch(
      /Các chiến dịch đã xoá \(còn giữ 30 ngày để khôi phục\) chiếm \d+(,\d)? (KB|MB): bấm “Xoá hẳn” ở mục “Đã xoá”/,
    );
    expect(after).toContain(
      'Dữ liệu cũ được giữ lại khi khôi phục từ bản sao lưu (thư mục truoc-khoi-phuc-20261205-0930) chiếm 3,0 MB',
    );
    await s.close();
  });
});
