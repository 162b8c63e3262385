/**
 * A campaign with nothing but its notice and the one link its text gives (a Word import: no
 * contest, app or actions) prints the notices and, for that link's code, a poster and its share
 * image (qa50 p9). qa6 H13: the studio never said why the flyers, checklists and tracking sheets
 * were missing, and its build tab spoke of posters there were none of. The import's page, the
 * Nội dung page and the build tab now say what is made and what is not, in the form's words,
 * and the build tab names posters only when there are some (the studio's own "Chỉ in thông
 * báo" of a notice with no link at all: kinds/notice-only-flyer.test.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { noticeDocx } from '../load/docx/notice-docx.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildUntil, pageText as text, uploadExampleGroups } from './office-steps.js';
import { Client, startStudio, type TestStudio } from './studio.js';

// The flyer is made from the points to know, a time, a place or a deadline too, as the build's
// hint says (qa59 M3: the studio named the actions alone, which make household papers).
const SAID =
  'Chỉ làm thông báo, áp phích, ảnh áp phích: chiến dịch không có cuộc thi hoặc việc người dân cần làm (không làm tờ rơi, ảnh tờ rơi, phiếu kiểm tra, bảng theo dõi). Muốn có tờ rơi, ảnh tờ rơi thì điền một trong các mục “Điều cần biết”, “Thời gian”, “Địa điểm”, “Thời hạn”, “Việc người dân cần làm”; muốn có phiếu kiểm tra, bảng theo dõi thì điền mục “Việc người dân cần làm” (phần Áp phích, tờ rơi, bảng theo dõi).';

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

  it('is said on the build tab, which names the posters beside the notices, and no flyer', async () => {
    // Two of the example's groups: what the tab says, not how many.
    await uploadExampleGroups(c, slug, 2);
    const before = (await c.get(`/c/${slug}/build`)).text;
    expect(text(before)).toContain(SAID);
    // The button's sentence names what prints, not posters and flyers (qa7 E3); the reminder
    // of the office's own choice is not said as an error.
    expect(text(before)).toContain(
      'Tạo các tệp PDF văn bản, áp phích, ảnh áp phích của mọi tổ dân phố theo nội dung và danh sách',
    );
    expect(text(before)).not.toMatch(/tờ rơi, phiếu cho mọi/);
    const box = /<p class="notice (\w+)"[^>]*>((?:(?!<\/p>).)*Chỉ làm thông báo)/s.exec(before);
    expect(box?.[1]).toBe('info');
    await buildUntil(c, slug, 'done');
    const page = text((await c.get(`/c/${slug}/build`)).text);
    expect(page).toContain('Đã tạo tệp in cho 2/2');
    expect(page).toContain(SAID);
    expect(page).toContain('Áp phích in một mặt');
  });

  it('is no longer said once the campaign has actions', async () => {
    const file = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
    await writeFile(
      file,
      `${await readFile(file, 'utf8')}\nactions:\n  - step: Đổ bỏ vật dụng chứa nước đọng\n`,
    );
    expect(text((await c.get(`/c/${slug}`)).text)).not.toContain('Chỉ làm thông báo');
    expect(text((await c.get(`/c/${slug}/build`)).text)).not.toContain('Chỉ làm thông báo');
  });
});
