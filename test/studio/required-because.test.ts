/**
 * A field left empty that only another field requires says which (qa17: "Không được để trống"
 * beside the app's store address once "Tên ứng dụng" was filled, with no word of why): the
 * contest's and the app's parts name the field filled, and how to go without the part; a line of
 * a one-a-line field names its line and the part of it missing. The studio on loopback, the
 * example campaign, the form as a browser posts it; the text under each field.
 */
import { describe, expect, it } from 'vitest';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

/** The text under the field `id` of a page refused with problems. */
const underField = (page: string, id: string) =>
  new RegExp(`<p class="field-error" id="${id}-error">([\\s\\S]*?)</p>`)
    .exec(page)?.[1]
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** Every field of the contest's part but its rules, left empty. */
const NO_CONTEST = Object.fromEntries(
  [
    'contest.name',
    'contest.platform',
    'links.contest.url',
    'links.contest.label',
    'contest.starts',
    'contest.ends',
    'contest.questions',
    'contest.share_message',
    'contest.certificate_button',
    'contest.support_phone',
    'contest.topics',
    'contest.eligible',
    'contest.prizes.community.title',
    'contest.prizes.community.detail',
    'contest.prizes.individual.title',
    'contest.prizes.individual.items',
  ].map((name) => [name, '']),
);

describe('a field another one requires says which', () => {
  const ex = exampleForTests();

  const save = async (change: Record<string, string>) => {
    const page = await saveCampaignPage(ex.c, 'hai-phong', change);
    expect(page.status).toBe(422);
    return page.text;
  };

  it('says the app’s store addresses are needed because its name is filled', async () => {
    const page = await save({ 'app.name': 'VNeID', 'app.ios.url': '', 'app.android.url': '' });
    for (const id of ['f-app-ios-url', 'f-app-android-url'])
      expect(underField(page, id)).toBe(
        'Cần điền vì đã ghi “Tên ứng dụng”. Để trống cả phần này nếu chiến dịch không mời cài ứng dụng.',
      );
  });

  it('says the app’s name is needed because a store address is filled', async () => {
    const page = await save({ 'app.name': '' });
    expect(underField(page, 'f-app-name')).toBe(
      'Cần điền vì đã ghi “Địa chỉ trên App Store”. Để trống cả phần này nếu chiến dịch không mời cài ứng dụng.',
    );
  });

  it('says the contest’s name, platform and days are needed because its rules are filled', async () => {
    const page = await save({ ...NO_CONTEST, 'contest.rules': 'Mỗi người dự thi một lần.' });
    for (const id of ['f-contest-name', 'f-contest-platform', 'f-contest-starts', 'f-contest-ends'])
      expect(underField(page, id)).toBe(
        'Cần điền vì đã ghi “Thể lệ”. Để trống cả phần này nếu chiến dịch không có cuộc thi.',
      );
  });

  it('names the line of a link without its caption, or its address', async () => {
    const caption = await save({ links: 'zalo | https://zalo.me/g/abc123 |' });
    expect(underField(caption, 'f-links')).toBe(
      'Dòng 1 (“zalo”): thiếu chú thích in dưới mã QR, ghi sau dấu “|” thứ hai. Cần có vì dòng này có địa chỉ; người dân đọc chú thích để biết mã QR mở trang gì.',
    );
    const address = await save({
      links: 'zalo | https://zalo.me/g/abc123 | Nhóm Zalo\nguide | | Hướng dẫn',
    });
    expect(underField(address, 'f-links')).toMatch(/^Dòng 2 \(“guide”\): thiếu địa chỉ/);
  });

  it('names the line of a link written as the field shows it, “tên | địa chỉ”', async () => {
    const caption = await save({ links: '| https://zalo.me/g/abc123' });
    expect(underField(caption, 'f-links')).toBe(
      'Dòng 1: thiếu tên in dưới mã QR, ghi trước dấu “|”. Cần có vì dòng này có địa chỉ; người dân đọc tên đó để biết mã QR mở trang gì.',
    );
    const address = await save({
      links: 'Nhóm Zalo | https://zalo.me/g/abc123\nTài liệu hướng dẫn |',
    });
    expect(underField(address, 'f-links')).toBe(
      'Dòng 2 (“Tài liệu hướng dẫn”): thiếu địa chỉ, ghi sau dấu “|”. Mỗi đường dẫn được in thành mã QR nên cần có địa chỉ, ví dụ: Tài liệu hướng dẫn | https://zalo.me/g/abc123.',
    );
  });

  it('names the line of a link whose long caption makes a key cut to 40 letters', async () => {
    // review44 #10: the key the save makes is cut at 40 letters; the line was not found by it.
    const long = 'Tài liệu hướng dẫn cài đặt và sử dụng ứng dụng công dân số';
    const page = await save({ links: `Nhóm Zalo |\n${long} |` });
    expect(underField(page, 'f-links')).toContain(
      `Dòng 2 (“${long}”): thiếu địa chỉ, ghi sau dấu “|”.`,
    );
  });

  it('names the line of an action with a column title and no step', async () => {
    const page = await save({ actions: 'Cài đặt ứng dụng | Đã cài\n| Đã nhận tờ rơi' });
    expect(underField(page, 'f-actions')).toBe(
      'Dòng 2: thiếu việc cần làm trước dấu “|”. Cần có vì dòng này đã ghi tên cột “Đã nhận tờ rơi”: mỗi cột của bảng theo dõi là một việc.',
    );
  });

  it('names the line of a measure with its basis and no name', async () => {
    const page = await save({ measures: '| người' });
    expect(underField(page, 'f-measures')).toBe(
      'Dòng 1: thiếu tên chỉ tiêu trước dấu “|”. Cần có vì dòng này đã ghi “người”: tổ trưởng đọc tên chỉ tiêu để biết điền số nào.',
    );
  });
});
