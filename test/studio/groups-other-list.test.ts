/**
 * Another list uploaded over a campaign whose leaders have their links (QA7 D4): the same ids
 * carrying other groups (another commune's list, last year's, a wrong file), or ids gone, would
 * re-point or kill the links already sent. The studio keeps the file in use and asks, saying how
 * many ids changed and which are gone; a rename of one or two names is taken without a question.
 *
 * Fixtures (test/fixtures/studio-ap/, from QA7's campaign D, made in the studio): campaign.yaml,
 * groups.xlsx (sheet "Năm 2026": ids 1–7, the row of id 6 "Ấp Tân Lập" hidden in Excel so not
 * read, a "Tổng cộng" row) and other-commune.csv (ids 1, 2, 3, 4, 6, 7, every name and leader
 * another, id 5 gone).
 *
 * Also (QA7 D1): the groups table greys the rows the build does not read (the hidden row, the
 * totals row), each with why, so that a person checking the list by eye does not count them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { leaderLinks } from './results-figures.js';
import { type Client, plainText as plain, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/studio-ap/', import.meta.url));
const slug = 'niem-yet';
const page = `/c/${slug}/groups`;

describe('another list over a campaign whose leaders have their links', () => {
  let s: TestStudio;
  let office: Client;
  let other: Buffer;
  let links: Map<string, string>;
  let folder: string;

  beforeAll(async () => {
    ({
      s,
      c: office,
      folder,
    } = await studioWithCampaign(slug, [
      join(FIXTURES, 'campaign.yaml'),
      join(FIXTURES, 'groups.xlsx'),
    ]));
    other = await readFile(join(FIXTURES, 'other-commune.csv'));
    links = await leaderLinks(office, slug);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('greys the rows it does not read, each with why, and counts them', async () => {
    const html = (await office.get(page)).text;
    // groups.xlsx: row 7 (id 6, "Ấp Tân Lập") is hidden in Excel, row 9 is "Tổng cộng"; rows
    // 2–6 and 8 are the six ấp read.
    expect(plain(html)).toContain('6 ấp đọc được; 2 dòng không đọc (tô xám');
    const rows = [
      ...html.matchAll(/<tr( class="[^"]*")?[^>]*><th scope="row"[^>]*>(\d+)<\/th>(.*?)<\/tr>/gs),
    ];
    const greyed = rows
      .filter((m) => m[1] === ' class="skipped"')
      .map((m) => [m[2], plain(m[3] ?? '')]);
    expect(greyed.map(([row]) => row)).toEqual(['7', '9']);
    expect(greyed[0]?.[1]).toContain('Ấp Tân Lập');
    expect(greyed[0]?.[1]).toContain(
      'Không đọc: dòng đang bị ẩn trong Excel, ấp này không được in.',
    );
    expect(greyed[1]?.[1]).toContain('Tổng cộng');
    expect(greyed[1]?.[1]).toContain('Không đọc: dòng tổng cộng, không phải một ấp.');
    const read = rows.filter((m) => m[1] === undefined).map((m) => m[2]);
    expect(read).toEqual(['2', '3', '4', '5', '6', '8']);
  });

  it('is refused, saying how many ids changed and which are gone; the links still open their group', async () => {
    const before = await readFile(join(folder, 'groups.xlsx'));
    const res = await office.upload(page, 'file', 'other-commune.csv', other, {}, page);
    expect(res.status).toBe(409);
    const text = plain(res.text);
    // Read in use: ids 1, 2, 3, 4, 5, 7 (6 is hidden). The new file has five of them, each
    // with another name and (where both have one) another leader; id 5 is gone.
    expect(text).toContain(
      'Tệp mới có vẻ là một danh sách khác: 5/5 mã nay mang tên ấp khác, 5 mã đổi cả trưởng ấp (mã 1 trước là “Ấp 1”, nay là “Ấp Hòa Bình”; mã 2 trước là “Ấp Bàu Sen”, nay là “Ấp Hòa Thuận”; mã 3 trước là “Ấp Phú Lợi A”, nay là “Ấp Hòa Hiệp” và 2 mã khác)',
    );
    expect(text).toContain(
      '1 mã không còn trong tệp mới (mã 5 “Ấp Suối Cát (đã sáp nhập vào ấp Bàu Sen)”): đường dẫn đã gửi cho trưởng ấp của ấp này sẽ không mở được nữa.',
    );
    expect(text).toContain('Danh sách cũ vẫn giữ nguyên');
    expect(res.text).toContain('name="confirmShift"');
    expect(await readFile(join(folder, 'groups.xlsx'))).toEqual(before);
    // The link sent to Ấp 1's leader still opens Ấp 1.
    const leaderPage = await office.get(links.get('Ấp 1') ?? '/no-link-for-ap-1');
    expect(leaderPage.status).toBe(200);
    expect(leaderPage.text).toContain('<h1>Ấp 1</h1>');
  });

  it('is taken when the office ticks that it knows', async () => {
    const res = await office.upload(
      page,
      'file',
      'other-commune.csv',
      other,
      { confirmShift: '1' },
      page,
    );
    expect(res.status).toBe(303);
    const text = plain((await office.get(page)).text);
    expect(text).toContain('6 ấp đọc được');
    expect(text).toContain('Ấp Hòa Bình');
  });

  it('takes two names edited on their own rows without a question', async () => {
    const edited = other
      .toString('utf8')
      .replace(';Ấp Hòa Bình;', ';Ấp Hòa Bình Đông;')
      .replace(';Ấp Hòa Thuận;', ';Ấp Hòa Thuận Tây;');
    expect(edited).toContain('Ấp Hòa Thuận Tây');
    const res = await office.upload(page, 'file', 'ap.csv', Buffer.from(edited), {}, page);
    expect(res.status).toBe(303);
  });

  it('asks when a row whose link was sent is deleted', async () => {
    const file = (await readFile(join(folder, 'groups.csv'), 'utf8')).replace(
      /\n7;Ấp Hòa Phú;[^\n]*/,
      '',
    );
    expect(file).not.toContain('Ấp Hòa Phú');
    const res = await office.upload(page, 'file', 'ap.csv', Buffer.from(file), {}, page);
    expect(res.status).toBe(409);
    const text = plain(res.text);
    expect(text).toContain(
      'Chưa dùng tệp này. 1 mã không còn trong tệp mới (mã 7 “Ấp Hòa Phú”): đường dẫn đã gửi cho trưởng ấp của ấp này sẽ không mở được nữa.',
    );
    expect(text).not.toContain('danh sách khác');
  });

  it('asks before a list without the columns the texts print, and says it on the page once taken', async () => {
    // campaign.yaml prints {{group.[Khu vực bỏ phiếu]}} in Kính gửi and Nội dung, {{group.[Nơi
    // niêm yết]}} in Nội dung and the first action, {{group.[Số cử tri]}} in Nội dung; the VNeID
    // drive's list (vneid-groups.txt) has none of the three.
    const lacking =
      'cột “Khu vực bỏ phiếu” (in ở mục “Kính gửi”, “Nội dung”); cột “Nơi niêm yết” (in ở mục “Nội dung”, “Việc người dân cần làm”); cột “Số cử tri” (in ở mục “Nội dung”)';
    const before = await readFile(join(folder, 'groups.csv'));
    const vneid = await readFile(join(FIXTURES, 'vneid-groups.txt'));
    const res = await office.upload(page, 'file', 'thon.txt', vneid, {}, page);
    expect(res.status).toBe(409);
    const text = plain(res.text);
    expect(text).toContain(`Tệp mới không có các cột mà nội dung chiến dịch cần in: ${lacking}.`);
    expect(text).toContain('chưa tạo được tệp in');
    expect(text).toContain('tôi sẽ thêm các cột còn thiếu hoặc sửa thẻ Nội dung');
    expect(text).toContain('Danh sách cũ vẫn giữ nguyên');
    for (const word of ['biến', 'Lỗi mẫu']) expect(text).not.toContain(word);
    expect(await readFile(join(folder, 'groups.csv'))).toEqual(before);

    const taken = await office.upload(page, 'file', 'thon.txt', vneid, { confirmShift: '1' }, page);
    expect(taken.status).toBe(303);
    expect(plain((await office.get(page)).text)).toContain(
      `Danh sách đang dùng không có các cột mà nội dung chiến dịch cần in: ${lacking}.`,
    );
  });

  it('asks about a column the texts print whose header differs only by its accents (qa8 S1)', async () => {
    // other-commune.csv with its "Nơi niêm yết" header typed without accents: the file has a
    // column of a near name, and the texts' {{group.[Nơi niêm yết]}} still finds nothing in it.
    const csv = await readFile(join(FIXTURES, 'other-commune.csv'), 'utf8');
    expect(csv).toContain('Nơi niêm yết');
    const typo = Buffer.from(csv.replace('Nơi niêm yết', 'Noi niem yet'));
    const res = await office.upload(page, 'file', 'ap.csv', typo, {}, page);
    expect(res.status).toBe(409);
    const text = plain(res.text);
    expect(text).toContain(
      'Tệp mới không có cột mà nội dung chiến dịch cần in: cột “Nơi niêm yết”',
    );
    expect(text).toContain('tôi sẽ thêm các cột còn thiếu hoặc sửa thẻ Nội dung');
  });
});
