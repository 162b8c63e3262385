/**
 * The checklist prints the code of a link a step asks for beside that step, as the contest's page
 * is, and keeps only the other links under "Cần hỗ trợ?" (qa20 #8: "Đăng ký học qua biểu mẫu
 * (quét mã QR)…" and the form's code under "Cần hỗ trợ? Quét mã QR bằng điện thoại", read as a
 * help line). Read from the printed page: the codes decoded (zbarimg) from the band of the raster
 * between a step and the next, or below the help heading; the heading from the page's text.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { collapseSpaces, pdfText, pdfWords } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderCampaignText } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FORM = 'https://forms.gle/Bd7kQx2BinhThanh';
const ZALO = 'https://zalo.me/g/hocvuso-binhthanh';
const HELP = 'Cần hỗ trợ?';

const campaign = (steps: readonly string[], links: string) => `issued: 2026-05-04
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG BÌNH THẠNH]
  ward: phường Bình Thạnh
  place: Thành phố Hồ Chí Minh
  office: Phòng Văn hoá - Xã hội
  phone: "028 3841 2233"
title: Lớp “Bình dân học vụ số” miễn phí cho người dân
notice:
  number: 77
  symbol: UBND-VHXH
  subject: mở lớp “Bình dân học vụ số” miễn phí tại các khu phố
  recipients: ["Trưởng {{group.name}}"]
  body: Đề nghị Trưởng các khu phố thông báo rộng rãi./.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Nguyễn Hoàng Phúc }
  cc: [Như trên;, "Lưu: VT, VHXH."]
actions:
${steps.map((s) => `  - step: "${s}"`).join('\n')}
links:
${links}`;

const DPI = 150;
const PT = DPI / 72;

/** The checklist's page 1, its text, and the codes decoded between two lines of it. */
async function checklistOf(steps: readonly string[], links: string) {
  const pdf = await renderCampaignText(
    checklist,
    campaign(steps, links),
    'STT;Tên khu phố\n2;Khu phố 2\n',
  );
  const [png] = (await rasterize(pdf, { dpi: DPI, page: 1 })) as [string];
  const words = (await pdfWords(pdf)).filter((w) => w.page === 1);
  /** Top of the line that begins `text`'s first two words, in raster pixels. */
  const topOf = (text: string) => {
    const [first, second] = text.split(' ');
    const i = words.findIndex((w, k) => w.text === first && words[k + 1]?.text === second);
    if (i < 0) throw new Error(`"${text}" is not on page 1`);
    return (words[i]?.yMin ?? 0) * PT;
  };
  const { width = 0, height = 0 } = await sharp(png).metadata();
  /** The codes in the band from under the line `from` begins to the line `to` (or the page's end). */
  const codesBetween = async (from: string, to?: string) => {
    const top = Math.round(topOf(from)) + 20;
    const bottom = to ? Math.round(topOf(to)) : height;
    const file = join(await makeTempDir('phuong-print-step-links-'), 'band.png');
    await sharp(png)
      .extract({ left: 0, top, width, height: bottom - top })
      .toFile(file);
    return (await decodeQrCodes(file)).sort();
  };
  return {
    text: collapseSpaces(await pdfText(pdf, { firstPage: 1, lastPage: 1 })),
    all: (await decodeQrCodes(png)).sort(),
    codesBetween,
  };
}

describe('a link a step asks for (qa20 #8)', () => {
  it('that says "quét mã QR" with one link: the code under the step, no help heading', async () => {
    const steps = [
      'Đăng ký học qua biểu mẫu (quét mã QR) hoặc báo Trưởng khu phố.',
      'Đi học đúng giờ, mang điện thoại đã sạc pin và căn cước.',
    ];
    const page = await checklistOf(
      steps,
      `  dangky: { url: "${FORM}", label: Biểu mẫu đăng ký học }\n`,
    );
    expect(page.all).toEqual([FORM]);
    expect(await page.codesBetween(steps[0] as string, steps[1])).toEqual([FORM]);
    expect(page.text).toContain('Biểu mẫu đăng ký học');
    expect(page.text).not.toContain(HELP);
  });

  it('that says the link’s label: the code under that step, the help group under the heading', async () => {
    const steps = [
      'Xem lịch học của khu phố trên bảng tin.',
      'Điền biểu mẫu đăng ký học trên điện thoại.',
      'Đi học đúng giờ, mang điện thoại đã sạc pin và căn cước.',
    ];
    const page = await checklistOf(
      steps,
      [
        `  zalo: { url: "${ZALO}", label: Nhóm Zalo hỗ trợ học viên }`,
        `  dangky: { url: "${FORM}", label: Biểu mẫu đăng ký học }`,
        '',
      ].join('\n'),
    );
    expect(page.all).toEqual([FORM, ZALO].sort());
    expect(await page.codesBetween(steps[1] as string, steps[2])).toEqual([FORM]);
    expect(page.text).toContain(HELP);
    expect(await page.codesBetween(HELP)).toEqual([ZALO]);
  });

  it('that says "quét mã QR" among two links it could mean: both stay under the heading', async () => {
    const steps = [
      'Quét mã QR để đăng ký hoặc báo Trưởng khu phố.',
      'Đi học đúng giờ, mang điện thoại đã sạc pin và căn cước.',
    ];
    const page = await checklistOf(
      steps,
      [
        `  dangky: { url: "${FORM}", label: Biểu mẫu đăng ký }`,
        `  zalo: { url: "${ZALO}", label: Nhóm Zalo của khu phố }`,
        '',
      ].join('\n'),
    );
    expect(await page.codesBetween(steps[0] as string, steps[1])).toEqual([]);
    expect(await page.codesBetween(HELP)).toEqual([FORM, ZALO].sort());
  });

  it('named by the name typed first in the studio’s line (qa23 #5): the code under that step', async () => {
    // The studio's Đường dẫn lines "Đăng ký học | https://forms.gle/… | Đăng ký học (biểu mẫu)"
    // and "Bình dân học vụ số | https://binhdanhocvuso.gov.vn | Nền tảng Bình dân học vụ số".
    const PLATFORM = 'https://binhdanhocvuso.gov.vn';
    const steps = [
      'Đăng ký học qua biểu mẫu (quét mã QR) hoặc với tổ trưởng',
      'Mang điện thoại thông minh đã sạc đầy đến lớp',
      'Đi học đủ các buổi của lớp',
    ];
    const page = await checklistOf(
      steps,
      [
        `  "Đăng ký học": { url: "${FORM}", label: "Đăng ký học (biểu mẫu)" }`,
        `  "Bình dân học vụ số": { url: "${PLATFORM}", label: "Nền tảng Bình dân học vụ số" }`,
        '',
      ].join('\n'),
    );
    expect(page.all).toEqual([FORM, PLATFORM].sort());
    expect(await page.codesBetween(steps[0] as string, steps[1])).toEqual([FORM]);
    expect(page.text).toContain(HELP);
    expect(await page.codesBetween(HELP)).toEqual([PLATFORM]);
  });
});
