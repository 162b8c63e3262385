/**
 * qa56 M1: a campaign made from scratch on "Chiến dịch mới" named "Khám NVQS 2027" printed that
 * name as its notice's trích yếu, its poster's headline and its report's "về việc …", and the
 * "Lưu ý trước khi in" box said nothing of it, even after every field it listed was filled in
 * and saved. Until the office writes its own subject and title, the box says they are still
 * the name and asks for the notice's real subject; a subject the office typed is not nagged,
 * even one that reads like the name. Over HTTP, as the office's browser sends the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { blankCampaign, pageText } from './office-steps.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

/** The points of the page's "Lưu ý" box that speak of the campaign's name. */
const namePoints = (page: string) =>
  [
    ...pageText(page).matchAll(
      /((?:“Trích yếu \(V\/v\)” và )?“[^”]+” vẫn là tên ghi khi tạo chiến dịch.*?)\. Hãy/g,
    ),
  ].map((m) => m[1]);

describe('a new campaign whose subject is still its name', () => {
  let s: TestStudio;
  let c: Client;
  let slug = '';
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    slug = await blankCampaign(c, 'Khám NVQS 2027');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says the subject and the title are the name, and asks for a real subject', async () => {
    const page = pageText((await c.get(`/c/${slug}`)).text);
    expect(page).toContain(
      '“Trích yếu (V/v)” và “Tên ngắn của chiến dịch” vẫn là tên ghi khi tạo chiến dịch, “Khám NVQS 2027”',
    );
    expect(page).toContain('ghi trích yếu thật của thông báo: một câu tóm tắt nội dung');
    expect(page).toContain('không dùng chữ viết tắt riêng');
    // The print tab's box says it too.
    const build = pageText((await c.get(`/c/${slug}/build`)).text);
    expect(build).toContain('“Trích yếu (V/v)” và “Tên ngắn của chiến dịch” vẫn là tên');
  });

  it('keeps saying it after a save that leaves both as they were (QA filled the rest)', async () => {
    const saved = await saveCampaignPage(c, slug, { 'notice.signer.name': 'Nguyễn Văn An' });
    expect(saved.status).toBe(303);
    const page = (await c.get(`/c/${slug}`)).text;
    expect(namePoints(page)[0]).toContain('“Trích yếu (V/v)” và “Tên ngắn của chiến dịch”');
  });

  it('stops once the office writes the subject; the title alone is said after', async () => {
    const form = await openCampaignPage(c, slug);
    expect(form['notice.subject']).toBe('Khám NVQS 2027');
    const saved = await saveCampaignPage(c, slug, {
      'notice.subject': 'khám sức khỏe nghĩa vụ quân sự năm 2027',
    });
    expect(saved.status).toBe(303);
    const page = (await c.get(`/c/${slug}`)).text;
    expect(namePoints(page)).toEqual([
      '“Tên ngắn của chiến dịch” vẫn là tên ghi khi tạo chiến dịch, “Khám NVQS 2027”: áp phích, tờ rơi in nó làm tiêu đề lớn',
    ]);
  });

  it('does not nag a subject the office typed that reads as the name', async () => {
    // Typed back to the name, and the title typed too: the office's own words now.
    await saveCampaignPage(c, slug, {
      'notice.subject': 'Khám NVQS 2027',
      title: 'Khám sức khỏe nghĩa vụ quân sự',
    });
    const form = await openCampaignPage(c, slug);
    expect(form['notice.subject']).toBe('Khám NVQS 2027');
    const page = (await c.get(`/c/${slug}`)).text;
    expect(namePoints(page)).toEqual([]);
    expect(pageText(page)).not.toContain('vẫn là tên ghi khi tạo chiến dịch');
  });
});
