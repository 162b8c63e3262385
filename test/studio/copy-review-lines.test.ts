/**
 * Which lines of a copied campaign's "Kính gửi", "Nơi nhận" and office to ask the reminder lists
 * (review 33 finding 2): a line that only contains one of the ward's words — "thôn", "ấp",
 * "bản", "trên địa bàn", "Công an", "Chủ tịch", an office starting with "Phòng" — is the
 * campaign's own partner and is listed; only a whole line shaped as the ward's own addressee
 * (its bodies, its groups, everyone in the ward, the committee's own offices) is not.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownLines } from '../../src/studio/copy-review.js';
import { removeTempDirs } from '../support/tmp.js';
import { copyOf } from './campaign-files.js';
import { openCampaignPage } from './campaign-page.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** A field of the bundled example, one entry a line, as the form holds it. */
async function exampleList(key: 'recipients' | 'cc'): Promise<string[]> {
  const yaml = await readFile('examples/hai-phong/campaign.yaml', 'utf8');
  const block = new RegExp(`^  ${key}:.*\\n((?:    - .*\\n)+)`, 'm').exec(yaml)?.[1] ?? '';
  return block
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^ {4}- /, '').replace(/^"(.*)"$/, '$1'));
}

/** The reviewer's partners, each only containing one of the ward's words. */
const PARTNERS = [
  'Trường Mầm non Hoa Sen thôn 3;',
  'Trung tâm Y tế khu vực (bản điện tử);',
  'Các trường học trên địa bàn phường;',
  'Báo Công an Nhân dân;',
  'Chủ tịch Hội Chữ thập đỏ;',
];
/** The schools by their boards: the same partner as "Các trường học…", listed alike. */
const SCHOOL_BOARDS = 'Ban Giám hiệu các trường học trên địa bàn phường;';
const CLINIC = 'Phòng khám đa khoa khu vực Tân Định';

describe('a copied campaign’s recipients and office to ask', () => {
  it('lists the reviewer’s partners that only contain a ward word', () => {
    const partners = [
      ...PARTNERS.map((p) => `- ${p}`),
      SCHOOL_BOARDS,
      'Ban giám hiệu các trường trên địa bàn xã Tân Phú;',
      'Ấp Bắc Media;',
      'Công ty TNHH Thôn Quê;',
      'UBND phường và Trung tâm Y tế khu vực;',
    ];
    for (const field of ['notice.recipients', 'notice.cc']) {
      expect(ownLines(field, partners.join('\n')), field).toEqual(partners);
    }
  });

  it('lists an office to ask that is not the committee’s own', () => {
    for (const office of [
      'Phòng khám đa khoa khu vực Tân Định',
      'Phòng Y tế quận 1',
      'Trạm Y tế phường Tân Phú',
      'Bộ phận tư vấn của Trung tâm Y tế',
    ]) {
      expect(ownLines('issuer.office', office), office).toEqual([office]);
    }
  });

  it('keeps the ward’s own addressees and offices out of the list', () => {
    const ward = [
      'Như trên;',
      'Lưu: VT, VHXH.',
      'Thường trực Đảng uỷ;',
      'Thường trực HĐND phường;',
      'UBND phường Tân Định;',
      'Chủ tịch, các PCT UBND phường;',
      'Ủy ban MTTQVN phường và các tổ chức thành viên;',
      'Ban Thường trực UBMTTQ phường;',
      'Đoàn Thanh niên phường;',
      'Hội Cựu chiến binh phường;',
      'Các đoàn thể chính trị – xã hội phường;',
      'Công an phường, Ban Chỉ huy quân sự phường;',
      'Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc phường;',
      'Các Tổ dân phố trên địa bàn phường.',
      'Các khu phố trên địa bàn phường;',
      'Trưởng các thôn;',
      'Các ấp trên địa bàn xã;',
      'Nhân dân trên địa bàn phường.',
      'Văn phòng HĐND và UBND phường;',
    ];
    expect(ownLines('notice.cc', ward.join('\n'))).toEqual([]);
    expect(ownLines('notice.recipients', '{{group.name}}')).toEqual([]);
    for (const office of [
      'Phòng Văn hoá - Xã hội',
      'Phòng Văn hóa – Xã hội phường Tân Định',
      'Văn phòng HĐND và UBND phường',
      'Bộ phận một cửa',
    ]) {
      expect(ownLines('issuer.office', office), office).toEqual([]);
    }
  });

  it('keeps the bundled example’s Kính gửi and Nơi nhận standing but its schools', async () => {
    const recipients = await exampleList('recipients');
    const cc = await exampleList('cc');
    expect(recipients).toHaveLength(8);
    expect(cc).toHaveLength(3);
    expect(ownLines('notice.recipients', recipients.join('\n'))).toEqual([SCHOOL_BOARDS]);
    expect(ownLines('notice.cc', cc.join('\n'))).toEqual([]);
  });
});

describe('the reminder of a copy whose earlier campaign had such partners', () => {
  let s: TestStudio;
  let c: Client;
  let items: string[];
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({}, 'kham-mat'));
    const form = await openCampaignPage(c, 'kham-mat');
    const res = await c.postRaw('/c/kham-mat', {
      ...form,
      'notice.recipients': [form['notice.recipients'], ...PARTNERS].join('\n'),
      'notice.cc': ['Như trên;', ...PARTNERS, 'Lưu: VT, VHXH.'].join('\n'),
      'issuer.office': CLINIC,
      'issuer.phone': '028 3820 1234',
    });
    expect(res.status, visible(res.text).slice(0, 600)).toBe(303);
    const slug = await copyOf(s, c, 'kham-mat', 'Khám mắt đợt 2');
    const page = (await c.get(`/c/${slug}`)).text;
    const box = /<div class="notice info copy-reminder"[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    items = [...box.matchAll(/<span class="carried-said">([\s\S]*?)<\/span>/g)].map((m) =>
      visible(m[1] ?? '').trim(),
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('lists each partner under Kính gửi and Nơi nhận, and the clinic with its phone', () => {
    // The partners' lines alone, the first as written (a long item is cut on the page).
    const said = `“${PARTNERS.slice(0, 2)
      .map((p) => p.replace(/;$/, ''))
      .join('; ')}; Các trường học`;
    // Kính gửi: the example's own schools' line first (its other lines are standing).
    const schools = SCHOOL_BOARDS.replace(/;$/, '');
    expect(items.find((i) => i.startsWith('Kính gửi:'))).toContain(
      `Kính gửi: “${schools}; ${PARTNERS[0]?.replace(/;$/, '')}`,
    );
    expect(items.find((i) => i.startsWith('Nơi nhận:'))).toContain(`Nơi nhận: ${said}`);
    expect(items).toContain(`Bộ phận giải đáp: “${CLINIC}”`);
    expect(items).toContain('Số điện thoại liên hệ: “028 3820 1234”');
  });
});

/**
 * A campaign saved before list marks were taken off its items (qa25: "- Chi hội Chữ thập đỏ
 * các thôn." stored with its "- "), then copied: the reminder quotes each line as the papers
 * print it, without the mark; and the schools' boards are asked about as the schools are.
 */
describe('the reminder of a copy whose lines were stored with their list marks', () => {
  let s: TestStudio;
  let c: Client;
  let items: string[];
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample({}, 'qua-tet'));
    const file = join(folder, 'campaign.yaml');
    const yaml = (await readFile(file, 'utf8'))
      .replace(
        /^ {2}recipients:.*\n(?: {4}- .*\n)+/m,
        '  recipients:\n    - Thường trực Đảng ủy;\n    - "- Chi hội Chữ thập đỏ các thôn."\n',
      )
      .replace(
        /^ {2}cc:.*\n(?: {4}- .*\n)+/m,
        `  cc:\n    - Như trên;\n    - "• ${SCHOOL_BOARDS}"\n    - "- Lưu: VT, VHXH."\n`,
      );
    expect(yaml).toContain('"- Chi hội Chữ thập đỏ các thôn."');
    await writeFile(file, yaml);
    const slug = await copyOf(s, c, 'qua-tet', 'Trao quà Tết đợt 2');
    const page = (await c.get(`/c/${slug}`)).text;
    const box = /<div class="notice info copy-reminder"[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    items = [...box.matchAll(/<span class="carried-said">([\s\S]*?)<\/span>/g)].map((m) =>
      visible(m[1] ?? '').trim(),
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('quotes the Kính gửi line without its list mark', () => {
    expect(items).toContain('Kính gửi: “Chi hội Chữ thập đỏ các thôn.”');
  });

  it('lists the schools’ boards under Nơi nhận, without the mark', () => {
    expect(items).toContain(`Nơi nhận: “${SCHOOL_BOARDS}”`);
  });
});
