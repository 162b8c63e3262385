/**
 * qa29 in the studio: a campaign whose groups each have their own day, time and place.
 * - M1: the Danh sách tổ tab names the place column "Địa điểm" that nothing prints, in the
 *   studio's words (the Nội dung tab's "Địa điểm" field, linked), as it names the unknown ones;
 * - M2: a "Thời gian"/"Địa điểm" that points at the notice's table is said on the Nội dung tab
 *   with what to write in the form's fields instead;
 * - m2: "Tạo chiến dịch mới" says what its name is for and offers the printed title apart: the
 *   title typed is the flyer's headline, the name only names the campaign and its folder; left
 *   empty, the name is the title, as before.
 * Inputs: test/fixtures/qa29 (the QA round's notice and groups, cut to six groups).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import {
  type Client,
  plainText as plain,
  signedInForTests,
  studioWithCampaign,
  type TestStudio,
} from './studio.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa29/', import.meta.url));
const TABLE_WORDS = 'theo lịch của từng tổ dân phố tại bảng trên';

afterAll(removeTempDirs);

describe('a campaign with each group’s day and place in its list (qa29 M1, M2)', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    // The imported notice's time and place: the notice's table, not the list's columns.
    const dir = await makeTempDir('phuong-print-qa29-studio-');
    const yaml = (await readFile(join(FIXTURES, 'campaign.yaml'), 'utf8'))
      .replace('when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}"', `when: ${TABLE_WORDS}`)
      .replace('where: "{{group.[Địa điểm]}}"', `where: ${TABLE_WORDS}`);
    await writeFile(join(dir, 'campaign.yaml'), yaml);
    ({ s, c } = await studioWithCampaign('vneid', [
      join(dir, 'campaign.yaml'),
      join(FIXTURES, 'groups.csv'),
    ]));
  });
  afterAll(async () => {
    await s.close();
  });

  it('names the unprinted place column on the groups tab, with the field to write it in', async () => {
    const html = (await c.get('/c/vneid/groups')).text;
    const text = plain(html);
    expect(text).toContain(
      'Cột “Địa điểm”: cột này được đọc là địa điểm của từng tổ, nhưng chưa có nội dung nào in cột này. Muốn in địa điểm riêng của từng tổ, viết {{group.[Địa điểm]}} vào ô “Địa điểm” ở thẻ Nội dung rồi bấm Lưu',
    );
    // Its sibling columns, which nothing prints either, are named as before.
    expect(text).toContain('Cột “Ngày”: cột này không phải cột phần mềm tự đọc');
    expect(html).toMatch(/<a href="\/c\/vneid#f-where">“Địa điểm”<\/a>/);
  });

  it('says on the Nội dung tab that the time and place point at a table no flyer prints', async () => {
    const text = plain((await c.get('/c/vneid')).text);
    expect(text).toContain(
      `Mục “Địa điểm”: “${TABLE_WORDS}” chỉ sang một bảng hay lịch (“bảng”): tờ rơi, phiếu kiểm tra, bảng theo dõi, áp phích và trang của tổ trưởng in dòng “Địa điểm” này nhưng không in bảng đó`,
    );
    expect(text).toContain(
      'ở ô “Thời gian” viết {{group.[Giờ]}}, ngày {{group.[Ngày]}} và ở ô “Địa điểm” viết {{group.[Địa điểm]}}',
    );
    expect(text).not.toContain('README');
  });
});

describe('Tạo chiến dịch mới: the name and the printed title (qa29 m2)', () => {
  const st = signedInForTests({ importNotice: wordNoticeImporter });

  /** The campaign made (where the answer sends the office) and the title its page's form shows. */
  const titleOf = async (location: string | null) => {
    const slug = /^\/c\/([^?]+)/.exec(location ?? '')?.[1] ?? '';
    return { slug, title: (await openCampaignPage(st.c, slug)).title };
  };

  it('says what the name is for, and offers the printed title apart', async () => {
    const text = plain((await st.c.get('/new')).text);
    expect(text).toContain(
      'Tên để tìm chiến dịch trong danh sách; tên thư mục được đặt theo tên này.',
    );
    expect(text).toContain('Tiêu đề in trên giấy');
    expect(text).toContain(
      'Dòng chữ lớn ở đầu tờ rơi, áp phích, phiếu kiểm tra và trang tổ trưởng.',
    );
  });

  it('prints the title typed, not the name, on a campaign read from Word', async () => {
    const docx = await readFile(join(FIXTURES, 'cong-van-lich.docx'));
    const res = await st.c.upload('/new', 'docx', 'cong-van-lich.docx', docx, {
      name: 'VNeID mức 2 - lịch theo tổ',
      title: 'Thu nhận hồ sơ định danh điện tử mức độ 2',
      from: '',
    });
    expect(res.status, plain(res.text)).toBe(303);
    const { slug, title } = await titleOf(res.headers.get('location'));
    expect(title).toBe('Thu nhận hồ sơ định danh điện tử mức độ 2');
    expect(slug).toBe('vneid-muc-2-lich-theo-to');
    // The new form's help names the Nội dung tab's field the title is in as that field reads
    // (qa51: “Tiêu đề” there, “Tên ngắn của chiến dịch” on the tab).
    const said = /Sửa được sau ở ô “([^”]+)” của thẻ Nội dung/.exec(
      plain((await st.c.get('/new')).text),
    )?.[1];
    const page = (await st.c.get(`/c/${slug}`)).text;
    const field = /<label for="f-title">([^<]+)<\/label>/.exec(page)?.[1];
    expect(field).toBeTruthy();
    expect(said).toBe(field);
  });

  it('prints the name when no title is typed, as before', async () => {
    const res = await st.c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Tháng cao điểm phòng cháy, chữa cháy',
      from: '',
    });
    expect(res.status, plain(res.text)).toBe(303);
    expect((await titleOf(res.headers.get('location'))).title).toBe(
      'Tháng cao điểm phòng cháy, chữa cháy',
    );
  });
});
