/**
 * A campaign with nothing but its notice (a Word import: no contest, app, actions or links)
 * prints only the notices. qa6 H13: the studio never said why the flyers, checklists and
 * tracking sheets were missing, and its build tab still spoke of posters. The import's page,
 * the Nội dung page and the build tab now say it in the form's words, and the build tab names
 * posters only when there are some.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { noticeDocx } from '../load/docx/notice-docx.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildUntil, pageText as text, uploadExampleGroups } from './office-steps.js';
import { Client, startStudio, type TestStudio } from './studio.js';

const SAID =
  'Chỉ in thông báo: muốn có tờ rơi thì điền “Thời gian”, “Địa điểm” hoặc “Thời hạn”; muốn có cả phiếu kiểm tra, bảng theo dõi thì điền mục “Việc người dân cần làm” (phần Áp phích, tờ rơi, bảng theo dõi).';

describe('a campaign imported from Word, with its notice alone', () => {
  let s: TestStudio;
  let c: Client;
  let slug = '';
  beforeAll(async () => {
    s = await startStudio({ importNotice: wordNoticeImporter });
    c = new Client(s.url);
    await c.signIn();
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is said so on the import’s page and on Nội dung', async () => {
    const res = await c.upload('/new', 'docx', 'cong-van.docx', await noticeDocx(), {
      name: 'Công văn từ Word',
      from: '',
    });
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/\?imported=1$/);
    slug = location.replace(/^\/c\//, '').replace(/\?.*$/, '');
    expect(text((await c.get(location)).text)).toContain(SAID);
    expect(text((await c.get(`/c/${slug}`)).text)).toContain(SAID);
  });

  it('is said on the build tab, which speaks of no posters after printing the notices', async () => {
    // Four of the example's groups: what the tab says, not how many.
    await uploadExampleGroups(c, slug, 4);
    const before = (await c.get(`/c/${slug}/build`)).text;
    expect(text(before)).toContain(SAID);
    // The button's sentence names what prints, not posters and flyers (qa7 E3); the reminder
    // of the office's own choice is not said as an error.
    expect(text(before)).toContain(
      'Tạo các tệp PDF văn bản của mọi tổ dân phố theo nội dung và danh sách',
    );
    expect(text(before)).not.toMatch(/In văn bản, áp phích|tờ rơi, phiếu cho mọi/);
    const box = /<p class="notice (\w+)"[^>]*>((?:(?!<\/p>).)*Chỉ in thông báo)/s.exec(before);
    expect(box?.[1]).toBe('info');
    await buildUntil(c, slug, 'done');
    const page = text((await c.get(`/c/${slug}/build`)).text);
    expect(page).toContain('Đã tạo tệp in cho 4/4');
    expect(page).toContain(SAID);
    expect(page).not.toContain('Áp phích in một mặt');
  });

  it('is no longer said once the campaign has actions', async () => {
    const file = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
    await writeFile(
      file,
      `${await readFile(file, 'utf8')}\nactions:\n  - step: Đổ bỏ vật dụng chứa nước đọng\n`,
    );
    expect(text((await c.get(`/c/${slug}`)).text)).not.toContain('Chỉ in thông báo');
    expect(text((await c.get(`/c/${slug}/build`)).text)).not.toContain('Chỉ in thông báo');
  });
});
