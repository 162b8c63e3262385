/**
 * The studio's small words, as the office reads them: a campaign's heading is its short name (the
 * name typed on Chiến dịch mới), else its whole subject with a capital (cut to two lines on the
 * screen only, qa30 4: in the HTML and the page's title whole); the groups table shows a
 * phone Excel kept as a number with its leading 0, as the documents print it; the groups page's
 * warnings speak of the studio's tabs and fields, never README, a command-line option or a
 * campaign.yaml key (qa4 F8); and a logo uploaded to a campaign with no poster says that nothing
 * prints it. Real sockets on loopback; expected words from the files written here.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NOTICE_ONLY, xlsxBytes } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { saveCampaignPage } from './campaign-page.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const heading = (page: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1];
const title = (page: string) => /<title>([^<]*)<\/title>/.exec(page)?.[1];

describe('the studio’s words for the office', () => {
  let s: TestStudio;
  let c: Client;

  beforeAll(async () => {
    ({ s, c } = await studioWithExample());
    // Tân Định: no app; its body prints {{group.venue}}.
    await cp('examples/tan-dinh', join(s.dataDir, 'campaigns', 'tan-dinh'), { recursive: true });
    // A notice alone: no actions, links, time or place, so no poster.
    const notice = join(s.dataDir, 'campaigns', 'chi-thong-bao');
    await mkdir(notice);
    await writeFile(join(notice, 'campaign.yaml'), NOTICE_ONLY);
    await writeFile(join(notice, 'groups.csv'), wardCsv(2));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('heads a campaign with a short name, else its whole subject', async () => {
    // A folder made by hand, no short name: the subject, whole (not cut with "…" in the HTML: a
    // screen reader reads it all), with a capital.
    const subject = String(
      parse(await readFile('examples/hai-phong/campaign.yaml', 'utf8')).notice.subject,
    );
    expect(subject.length).toBeGreaterThan(100);
    const groups = (await c.get('/c/hai-phong/groups')).text;
    const whole = `${subject.charAt(0).toLocaleUpperCase('vi')}${subject.slice(1)}`
      .replace(/\s+/g, ' ')
      .trim()
      .replaceAll('"', '&quot;');
    expect(heading(groups)).toBe(whole);
    // The title, which a screen reader reads at every page, is short (qa41 m3): the subject's
    // first words and its last (two subjects alike but for their end are told apart).
    const words = whole.split(' ');
    expect(title(groups)?.length ?? 0).toBeLessThanOrEqual(120);
    expect(title(groups)).toContain(`: ${words.slice(0, 4).join(' ')}`);
    expect(title(groups)).toContain(' … ');
    expect(title(groups)).toContain(`${words.slice(-2).join(' ')} — Phường in ấn`);

    // Made on Chiến dịch mới, its short name emptied: the name the office typed.
    const made = await c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Phòng chống bão 2026',
      from: '',
    });
    expect(made.status).toBe(303);
    const page = made.headers.get('location') ?? '';
    const slug = /^\/c\/([^?]+)/.exec(page)?.[1] ?? '';
    const saved = await saveCampaignPage(c, slug, { title: '' });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    for (const tab of ['', '/groups', '/build', '/leaders', '/results']) {
      expect(heading((await c.get(`/c/${slug}${tab}`)).text), tab).toBe('Phòng chống bão 2026');
    }
  });

  it('shows the groups file in the studio’s words, a number-cell phone with its 0', async () => {
    const bytes = await xlsxBytes({
      'Danh sách': [
        [
          'STT',
          'Tên khu phố',
          'Trưởng khu phố',
          'Bí thư chi bộ',
          'Số điện thoại',
          'Số hộ',
          'Số nhân khẩu',
          'Ngày tập huấn',
          'Tuyến thu gom rác',
        ],
        [
          1,
          'Khu phố 1',
          'Nguyễn Hữu Dũng',
          'Phan Thanh Phúc',
          903111222,
          262,
          1010,
          'sáng 09/03/2026',
          'x',
        ],
        [
          2,
          'Khu phố 2',
          'Trần Văn Bình',
          'Lê Văn Tám',
          '0912 000 111',
          1500,
          4800,
          'chiều 09/03/2026',
          '',
        ],
      ],
    });
    const up = await c.upload(
      '/c/tan-dinh/groups',
      'file',
      'khu-pho.xlsx',
      bytes,
      {},
      '/c/tan-dinh/groups',
    );
    expect(up.status, up.text.slice(0, 300)).toBe(303);
    const page = (await c.get('/c/tan-dinh/groups')).text;
    // The phone as the documents print it.
    expect(page).toMatch(/<td class="phone"[^>]*>0903 111 222<\/td>/);
    expect(page).not.toContain('>903111222</td>');
    const warnings = visible(/<ul class="notice warn">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '');
    // The three warnings are there…
    expect(warnings).toContain('Tuyến thu gom rác');
    expect(warnings).toContain('1.500');
    expect(warnings).toContain('Địa chỉ nhà văn hóa');
    // …in the studio's words: its tab and field, what to do in the file.
    expect(warnings).toContain('thẻ Nội dung');
    expect(warnings).toContain('trong ô “Nội dung”');
    expect(warnings).toContain('rồi tải tệp lên lại');
    // The column named once, by its place (qa17: "Cột “X”: cột “X” không phải…"), and where a
    // group's own place goes among the fields that may print it.
    expect(warnings).toContain('Cột “Tuyến thu gom rác”: cột này không phải cột phần mềm tự đọc');
    expect(warnings).toContain('ô “Địa điểm”');
    for (const cli of [
      'README',
      '--rosters',
      'campaign.yaml',
      'notice.body',
      'Cột “group.venue”',
    ]) {
      expect(warnings, cli).not.toContain(cli);
    }
  });

  it('says where an uploaded logo prints, or that nothing of the campaign prints it', async () => {
    const png = new Uint8Array(
      await sharp({
        create: { width: 300, height: 200, channels: 3, background: { r: 180, g: 20, b: 30 } },
      })
        .png()
        .toBuffer(),
    );
    const said = async (slug: string) => {
      const up = await c.upload(`/c/${slug}/logo`, 'logo', 'logo.png', png, {}, `/c/${slug}`);
      expect(up.status).toBe(303);
      const page = await c.get(up.headers.get('location') ?? '');
      return visible(/<p class="notice ok"[^>]*>([\s\S]*?)<\/p>/.exec(page.text)?.[1] ?? '');
    };
    const none = await said('chi-thong-bao');
    expect(none).toContain('Đã tải ảnh logo lên');
    expect(none).toContain('chiến dịch này không có');
    expect(none).not.toContain('chọn “Áp phích”');
    // A campaign without an app has its poster too (qa50 p9), which prints the logo:
    // cli/unprinted-logo.test.ts.
    expect(await said('hai-phong')).toContain('chọn “Áp phích” ở phần xem trước');
  });
});
