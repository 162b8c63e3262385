/**
 * qa59 M3, p3, p6: an awareness campaign (QA's "Đội mũ bảo hiểm cho trẻ em", test/fixtures/qa59-atgt:
 * a notice, a slogan and four points to know; no action, measure, time, place or deadline).
 * - M3: it got no poster (the hint sent the office to "Việc người dân cần làm", which made a
 *   household tick sheet), and with a link its poster printed title, slogan and QR code only.
 *   Its posters (A4, A3) and their picture are now made from its points, a QR code only when it
 *   has a link.
 * - p6: its flyer printed the notice's trích yếu "Tuyên truyền đội mũ bảo hiểm …" under the
 *   title: what the office does, repeating the title. Left out; a subject that tells residents
 *   something stays (one that only repeats the title was left out already: kinds/flyer.ts).
 * - p3: with no points yet (a notice alone), the slogan's warning sent the office to edit
 *   "templates/flyer.hbs": it now says the flyer and poster that print it are not made, and what
 *   makes them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa59-atgt/${name}`, import.meta.url));

/** The points, the link and the slogan as the campaign file gives them. */
const POINTS = [
  'Trẻ em từ đủ 6 tuổi ngồi trên xe máy, xe đạp điện phải đội mũ bảo hiểm.',
  'Chọn mũ vừa đầu trẻ, có tem hợp quy CR, cài quai đúng cách.',
  'Không cho trẻ ngồi phía trước người lái.',
  'Người lớn gương mẫu đội mũ bảo hiểm khi tham gia giao thông.',
];
const NUMBERED = `Điều cần biết ${POINTS.map((p, i) => `${i + 1}. ${p}`).join(' ')}`;
const LINK = 'https://www.csgt.vn/tin-tuc/doi-mu-bao-hiem-cho-tre-em';
const LINKS = `links:\n  guide:\n    url: "${LINK}"\n    label: Hướng dẫn chọn mũ bảo hiểm cho trẻ\n`;

let yaml: string;
let groups: string;
let plain: TextBuild;
let linked: TextBuild;
beforeAll(async () => {
  yaml = await readFile(fixture('campaign.yaml'), 'utf8');
  groups = await readFile(fixture('groups.csv'), 'utf8');
  plain = await buildCampaignText(yaml, groups, 'all');
  linked = await buildCampaignText(`${yaml}${LINKS}`, groups, 'poster');
}, 180_000);
afterAll(removeTempDirs);

/** The QR codes on each page of a group's PDF. */
async function codesOf(build: TextBuild, file: string): Promise<string[]> {
  const pages = await rasterize(join(build.dir, 'out', 'to-dan-pho-so-1', file), { dpi: 100 });
  return (await Promise.all(pages.map(decodeQrCodes))).flat();
}

describe('an awareness campaign’s poster (qa59 M3)', () => {
  it('is made, A4 and A3 and its picture, with no household papers and nothing said', async () => {
    expect(plain.code, plain.stderr).toBe(0);
    const files = await readdir(join(plain.dir, 'out', 'to-dan-pho-so-1'));
    expect(files).toEqual(expect.arrayContaining(['poster-a4.pdf', 'poster-a3.pdf', 'share.png']));
    expect(files).not.toContain('checklist.pdf');
    expect(files).not.toContain('tracker.pdf');
    expect(plain.stderr).not.toContain('áp phích');
  });

  it('prints its points numbered under “Điều cần biết”, no fake action, deadline or code', async () => {
    for (const size of ['poster-a4', 'poster-a3']) {
      const text = await plain.text('to-dan-pho-so-1', size);
      expect(text).toContain('Đội mũ bảo hiểm cho trẻ em');
      expect(text).toContain('Vì an toàn của con - hãy đội mũ bảo hiểm cho trẻ');
      expect(text).toContain(NUMBERED);
      for (const absent of ['Người dân cần làm gì', 'Thời hạn', 'Thời gian', 'quét mã QR'])
        expect(text).not.toContain(absent);
    }
    expect(await codesOf(plain, 'poster-a4.pdf')).toEqual([]);
  }, 60_000);

  it('with a link, prints the points beside the link’s code', async () => {
    expect(linked.code, linked.stderr).toBe(0);
    for (const size of ['poster-a4', 'poster-a3']) {
      const text = await linked.text('to-dan-pho-so-1', size);
      expect(text).toContain(NUMBERED);
      expect(text).toContain('Hướng dẫn chọn mũ bảo hiểm cho trẻ');
    }
    expect(await codesOf(linked, 'poster-a4.pdf')).toEqual([LINK]);
    expect(await codesOf(linked, 'poster-a3.pdf')).toEqual([LINK]);
  }, 60_000);
});

describe('the subject under the flyer’s title (qa59 p6)', () => {
  it('leaves out a subject of the office’s own work', async () => {
    const text = await plain.text('to-dan-pho-so-1', 'flyer');
    expect(text).not.toContain('Tuyên truyền');
    // The slogan straight under the title (the sheet's two flyers read as title, title, slogan…).
    expect(text).toContain('Đội mũ bảo hiểm cho trẻ em Vì an toàn của con');
  });

  it('keeps a subject that tells residents something', async () => {
    const subject = (s: string) => yaml.replace(/^ {2}subject: .*$/mu, `  subject: "${s}"`);
    const told = await buildCampaignText(
      subject('Kiểm tra mũ bảo hiểm miễn phí cho trẻ tại Trường Tiểu học Hồng Bàng'),
      groups,
      'flyer',
    );
    expect(told.code, told.stderr).toBe(0);
    expect(await told.text('to-dan-pho-so-1', 'flyer')).toContain(
      'Đội mũ bảo hiểm cho trẻ em Kiểm tra mũ bảo hiểm miễn phí cho trẻ tại Trường Tiểu học Hồng Bàng',
    );
  }, 60_000);

  // review59b #2: an office verb before what residents need (ages, a place, a day) keeps it.
  it('keeps an office-worded subject that carries ages and a day', async () => {
    const s = 'Triển khai kiểm tra mũ bảo hiểm cho trẻ từ 6 đến 10 tuổi ngày 17/01/2027';
    const told = await buildCampaignText(
      yaml.replace(/^ {2}subject: .*$/mu, `  subject: "${s}"`),
      groups,
      'flyer',
    );
    expect(told.code, told.stderr).toBe(0);
    expect(await told.text('to-dan-pho-so-1', 'flyer')).toContain(s);
  }, 60_000);
});

describe('the slogan of a campaign that makes no flyer or poster yet (qa59 p3)', () => {
  it('says which papers print it, that they are not made and what makes them', async () => {
    const b = await buildCampaignText(yaml.slice(0, yaml.indexOf('points:')), groups, 'notice');
    expect(b.code, b.stderr).toBe(0);
    const said = b.stderr.replace(/\s+/g, ' ');
    expect(said).toContain('mục “slogan” có nội dung nhưng không có tài liệu giấy nào');
    expect(said).toContain(
      'Mục này chỉ in trên áp phích và tờ rơi, mà chiến dịch này chưa làm các tài liệu đó: chúng được làm khi có mục points (điều cần biết)',
    );
    expect(said).not.toContain('templates/');
    expect(said).not.toContain('.hbs');
  }, 60_000);
});
