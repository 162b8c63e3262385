/**
 * The studio's preview: a group's notice from the saved inputs — its pages as JPEG pictures and its
 * PDF — and, after the subject is edited and saved, the new subject in the preview's PDF and new
 * image addresses. A campaign whose inputs fail names the problem instead.
 */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfPageTexts, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const images = (html: string) =>
  [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
const fileLink = (html: string) =>
  (/href="([^"]*\/preview\/file\?[^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');

describe('the preview', () => {
  let s: TestStudio;
  let c: Client;
  const slug = 'hai-phong';
  let folder: string;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample());
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it("shows a group's notice: every page as an image, and its PDF", async () => {
    const panel = await c.get(`/c/${slug}/preview/panel?group=5&kind=notice.pdf`);
    expect(panel.status).toBe(200);
    expect(panel.text).toContain('Tổ dân phố số 5');
    const file = await c.get(fileLink(panel.text));
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const pages = await pdfPageTexts(file.bytes);
    const srcs = images(panel.text);
    expect(srcs).toHaveLength(pages.length);
    for (const src of srcs) {
      const picture = await c.get(src);
      expect(picture.headers.get('content-type')).toBe('image/jpeg');
      const meta = await sharp(Buffer.from(picture.bytes)).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width).toBe(900);
      // A4 upright: √2 as tall as wide.
      expect(Math.round(((meta.height ?? 0) / 900) * 100)).toBe(141);
    }
    expect(collapseSpaces(await pdfText(file.bytes))).toContain('Tổ dân phố số 5');
    // Pages after the first load as they are scrolled to: a real attribute, not escaped text.
    const tags = [...panel.text.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(tags.length).toBeGreaterThan(1);
    expect(tags.slice(1).every((t) => / loading="lazy"/.test(t))).toBe(true);
    expect(panel.text).not.toContain('&quot;lazy');
  });

  it('says so when the group asked for is not in the list, rather than showing another as it', async () => {
    const panel = await c.get(`/c/${slug}/preview/panel?group=999&kind=notice.pdf`);
    expect(panel.status).toBe(200);
    expect(collapseSpaces(panel.text)).toContain('Danh sách không có tổ mã “999”');
  });

  it('follows an edit: the saved subject is in the new PDF, at a new address', async () => {
    const before = await c.get(`/c/${slug}/preview/panel?group=5&kind=notice.pdf`);
    const subject = 'thay đổi lịch tiêm chủng mở rộng tháng 12';
    const saved = await saveCampaignPage(c, slug, { 'notice.subject': subject });
    expect(saved.status).toBe(303);
    const after = await c.get(`/c/${slug}/preview/panel?group=5&kind=notice.pdf`);
    expect(images(after.text)[0]).not.toBe(images(before.text)[0]);
    const pdf = await c.get(fileLink(after.text));
    expect(collapseSpaces(await pdfText(pdf.bytes))).toContain(`V/v ${subject}`);
  });

  it('names the problem when the inputs fail, and offers the upload without groups', async () => {
    await writeFile(join(folder, 'groups.csv'), 'Họ tên;Tuổi\nAn;30\n');
    const page = await c.get(`/c/${slug}/preview`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Chưa xem trước được: Dòng tiêu đề không có cột');
    expect(page.text).not.toContain('<img');
    await cp(EXAMPLE_GROUPS, join(folder, 'groups.csv'));
  });
});
