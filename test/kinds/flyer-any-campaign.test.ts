/**
 * The flyer of a campaign that is not a contest (an app drive, a dengue campaign with two links,
 * a storm evacuation with only actions), as a leader hands it out: its title, every action, the
 * app's or the links' codes that scan, whom to ask, and a page filled from top to foot — not a
 * headline and four small lines over half an empty page. Expected values come from each
 * campaign's own text; the blank is measured on the printed page.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { type Campaign, loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText, pdfWords } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const HEAD = (subject: string, title: string) => `issued: 2026-03-01
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG HẢI CHÂU]
  ward: phường Hải Châu
  place: Đà Nẵng
  office: Công an phường
  phone: "0236 3821 115"
title: ${title}
notice:
  number: 7
  symbol: UBND-CA
  subject: ${subject}
  recipients: ["Trưởng {{group.name}}"]
  body: Đề nghị các tổ dân phố thông báo đến từng hộ gia đình./.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Hồ Văn Ỹ
  cc: [Như trên;, "Lưu: VT."]
`;
const actions = (steps: string[]) =>
  `actions:\n${steps.map((s) => `  - step: ${s}\n    column: Đã làm\n`).join('')}`;

const IOS = 'https://apps.apple.com/vn/app/vneid/id1582750311';
const ANDROID = 'https://play.google.com/store/apps/details?id=com.vnid';
const GUIDE = 'https://vncdc.gov.vn/phong-chong-sot-xuat-huyet';
const ZALO = 'https://zalo.me/g/haichausxh';
const REGISTER = 'https://forms.gle/BdhvsThuDauMot2027';

const CAMPAIGNS = {
  vneid: {
    title: 'Kích hoạt tài khoản định danh điện tử VNeID',
    steps: [
      'Cài ứng dụng VNeID trên điện thoại từ App Store hoặc Google Play.',
      'Mang căn cước đến Công an phường để kích hoạt tài khoản mức độ 2.',
      'Đăng nhập, kiểm tra thông tin cá nhân và cư trú trên ứng dụng.',
    ],
    extra: `app:
  name: VNeID
  ios: { url: "${IOS}", label: iPhone }
  android: { url: "${ANDROID}", label: Android }
`,
    codes: [IOS, ANDROID],
    lines: [],
  },
  // An app with a registration link (qa5 G6): the store codes at the foot, the link as its line.
  classes: {
    title: 'Lớp Bình dân học vụ số',
    steps: ['Đăng ký lớp học qua đường dẫn hoặc với tổ trưởng.', 'Cài đặt ứng dụng VNeID.'],
    extra: `app:
  name: VNeID
  ios: { url: "${IOS}", label: iPhone }
  android: { url: "${ANDROID}", label: Android }
links:
  dangky: { url: "${REGISTER}", label: Đăng ký lớp học }
`,
    codes: [IOS, ANDROID],
    lines: [`Đăng ký lớp học: ${REGISTER.replace('https://', '')}`],
  },
  dengue: {
    title: 'Phòng, chống sốt xuất huyết năm 2026',
    steps: [
      'Lật úp hoặc bỏ đi các vật dụng chứa nước đọng trong và quanh nhà.',
      'Đậy kín lu, khạp, bồn chứa nước; thay nước bình hoa mỗi tuần.',
      'Ngủ mùng cả ban ngày.',
      'Khi sốt cao đột ngột, đến ngay cơ sở y tế để được khám.',
    ],
    extra: `links:
  guide: { url: "${GUIDE}", label: "Hướng dẫn phòng, chống sốt xuất huyết" }
  zalo: { url: "${ZALO}", label: Nhóm Zalo của phường }
`,
    codes: [GUIDE, ZALO],
    lines: [],
  },
  storm: {
    title: 'Sơ tán dân tránh bão số 3',
    steps: [
      'Chằng chống nhà cửa, chặt tỉa cây xanh quanh nhà trước 17 giờ ngày 05/9.',
      'Người già, trẻ em, phụ nữ mang thai đến điểm sơ tán tại nhà văn hóa.',
      'Mang theo giấy tờ tùy thân, thuốc men, nước uống và đèn pin.',
    ],
    extra: '',
    codes: [],
    lines: [],
  },
} as const;
type Name = keyof typeof CAMPAIGNS;

const LEADER = 'Nguyễn Thị Hoa';
const LEADER_PHONE = '0905 123 456';
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại
1;Tổ dân phố số 12;${LEADER};${LEADER_PHONE}
`;

const MM = 72 / 25.4;
const SHEET = { width: 297, height: 210 };
const DPI = 100;
const pdfs = new Map<Name, Uint8Array>();

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-flyer-any-');
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  const [group] = (await loadGroups(join(dir, 'groups.csv'))) as [Group];
  for (const [name, c] of Object.entries(CAMPAIGNS) as [Name, (typeof CAMPAIGNS)[Name]][]) {
    const file = join(dir, `${name}.yaml`);
    await writeFile(file, HEAD(c.title.toLowerCase(), c.title) + actions([...c.steps]) + c.extra);
    const { campaign } = await loadCampaign(file);
    pdfs.set(name, (await renderFor(flyer, campaign as Campaign, group)).bytes);
  }
});
afterAll(removeTempDirs);

/** The tallest band of the left flyer's rows with no ink at all, in mm, between its margins. */
async function tallestBlankMm(pdf: Uint8Array): Promise<number> {
  const [png] = await rasterize(pdf, { dpi: DPI, page: 1 });
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const px = (mm: number) => Math.round((mm / 25.4) * DPI);
  // The left flyer, inside the 10 mm every flyer keeps from its edges.
  const [x0, x1, y0, y1] = [px(10), px(SHEET.width / 2 - 10), px(10), px(SHEET.height - 10)];
  let tallest = 0;
  let run = 0;
  for (let y = y0; y < y1; y++) {
    let ink = false;
    for (let x = x0; x < x1 && !ink; x++) ink = (data[y * info.width + x] ?? 255) < 160;
    run = ink ? 0 : run + 1;
    tallest = Math.max(tallest, run);
  }
  return (tallest / DPI) * 25.4;
}

describe.each(Object.keys(CAMPAIGNS) as Name[])('the flyer of a %s campaign', (name) => {
  const c = CAMPAIGNS[name];

  it('prints its title, every action and whom in the group to ask', async () => {
    const text = collapseSpaces(await pdfText(pdfs.get(name) as Uint8Array));
    expect(text).toContain(c.title);
    for (const step of c.steps) expect(text).toContain(step);
    expect(text).toContain(LEADER);
    expect(text).toContain(LEADER_PHONE);
    // A link the foot has no code for is a line of its own, never dropped.
    for (const line of c.lines) expect(text).toContain(line);
  });

  it("carries the app's or the links' codes, each scanning to its address, in both flyers", async () => {
    const [png] = await rasterize(pdfs.get(name) as Uint8Array, { dpi: 150, page: 1 });
    const found = await decodeQrCodes(png as string);
    expect([...found].sort()).toEqual([...c.codes, ...c.codes].sort());
  });

  it('fills its page: no blank band taller than a sixth of the flyer', async () => {
    // A flyer is 190 mm of usable height; a headline and four lines in the top third left a
    // blank of some 90 mm above the foot.
    const usable = SHEET.height - 20;
    expect(await tallestBlankMm(pdfs.get(name) as Uint8Array)).toBeLessThan(usable / 6);
  });
});

it('keeps every word of a flyer inside its half', async () => {
  // Wider codes side by side must leave the text of each flyer on its own side of the cut.
  for (const name of Object.keys(CAMPAIGNS) as Name[]) {
    const words = await pdfWords(pdfs.get(name) as Uint8Array);
    const cut = (SHEET.width / 2) * MM;
    const stray = words.filter(
      (w) => w.xMin < cut && w.xMax > cut && !['cắt', 'theo', 'đường', 'này'].includes(w.text),
    );
    expect(stray.map((w) => w.text)).toEqual([]);
  }
});

it("names the office once when its own name says the ward (qa5 G12: 'Công an phường Ngọc Hà, phường Ngọc Hà'; qa7 A5: 'Công an xã, xã Đông Hưng')", async () => {
  const dir = await makeTempDir('phuong-print-flyer-office-');
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  const [group] = (await loadGroups(join(dir, 'groups.csv'))) as [Group];
  const c = CAMPAIGNS.storm;
  const textOf = async (office: string) => {
    const file = join(dir, 'office.yaml');
    const yaml = HEAD(c.title.toLowerCase(), c.title).replace(
      '  office: Công an phường\n',
      `  office: ${office}\n`,
    );
    await writeFile(file, yaml + actions([...c.steps]));
    const { campaign } = await loadCampaign(file);
    return collapseSpaces(
      await pdfText((await renderFor(flyer, campaign as Campaign, group)).bytes),
    );
  };
  const named = await textOf('Công an phường Hải Châu');
  expect(named).toContain('Liên hệ: Công an phường Hải Châu');
  expect(named).not.toContain('Hải Châu, phường Hải Châu');
  expect(await textOf('Phòng Văn hóa - Xã hội')).toContain(
    'Liên hệ: Phòng Văn hóa - Xã hội, phường Hải Châu',
  );
  // qa7 A5: an office named with the unit's word at its end takes the ward's name, not the word
  // again ("Công an xã, xã Đông Hưng").
  for (const office of ['Công an phường', 'Trạm Y tế phường', 'Văn phòng HĐND và UBND phường']) {
    const text = await textOf(office);
    expect(text).toContain(`Liên hệ: ${office} Hải Châu`);
    expect(text).not.toContain('phường, phường');
  }
});
