/**
 * The checklist of an app campaign without a contest (VNeID level 2): the step that asks to
 * install the app has the app's two store codes beside it, captioned, each scanning to its store
 * (qa4 F14: the sheet a resident takes home said "Cài đặt ứng dụng VNeID" and carried only the
 * Zalo group's code). Read from the printed page: the codes are decoded from the band of the
 * raster between the step before and the install step (zbarimg), their captions and size from
 * the page's words and the decoded symbols.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { VNEID_ANDROID, VNEID_IOS, vneidCampaign } from '../fixtures/vneid-campaign.js';
import { collapseSpaces, pdfText, pdfWords } from '../support/pdf-text.js';
import { decodeQrCodes, locateQrWithJsqr } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderCampaignText } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const ZALO = 'https://zalo.me/g/eakar-vneid';
const STEPS = [
  'Chuẩn bị thẻ căn cước gắn chip và điện thoại thông minh',
  'Cài đặt ứng dụng VNeID trên điện thoại',
  'Đến Công an xã để kích hoạt tài khoản mức 2',
];

const CAMPAIGN = vneidCampaign(
  STEPS,
  `links:\n  zalo: { url: "${ZALO}", label: Nhóm Zalo của xã }\n`,
);

const DPI = 150;
const PT = DPI / 72;
let pdf: Uint8Array;
let png: string;
beforeAll(async () => {
  pdf = await renderCampaignText(checklist, CAMPAIGN, 'STT;Tên thôn\n1;Thôn Đông Hòa\n');
  [png] = (await rasterize(pdf, { dpi: DPI, page: 1 })) as [string];
});
afterAll(removeTempDirs);

/** Top of the first word of `text` on page 1, in points. */
async function topOf(text: string): Promise<number> {
  const first = text.split(' ')[0] as string;
  const word = (await pdfWords(pdf)).find((w) => w.page === 1 && w.text === first);
  if (!word) throw new Error(`"${first}" is not on page 1`);
  return word.yMin;
}

it('prints the app codes, each captioned with the app and its phone, and every step', async () => {
  const text = collapseSpaces(await pdfText(pdf));
  for (const step of STEPS) expect(text).toContain(step);
  expect(text).toContain('tải VNeID cho iPhone');
  expect(text).toContain('tải VNeID cho Android');
  expect((await decodeQrCodes(png)).sort()).toEqual([VNEID_ANDROID, VNEID_IOS, ZALO].sort());
});

/** The raster's rows from under the step before the install step to the step after it. */
async function installBand() {
  const top = Math.round((await topOf(STEPS[0] as string)) * PT) + 20;
  const bottom = Math.round((await topOf(STEPS[2] as string)) * PT);
  const { width = 0 } = await sharp(png).metadata();
  return { left: 0, top, width, height: bottom - top };
}

it('sets the two store codes beside the step that asks to install the app', async () => {
  // The band between the step before and the step after the install step holds both codes.
  const band = await installBand();
  const installAt = (await topOf(STEPS[1] as string)) * PT;
  expect(installAt).toBeGreaterThan(band.top);
  expect(installAt).toBeLessThan(band.top + band.height);
  const file = join(await makeTempDir('phuong-print-checklist-band-'), 'band.png');
  await sharp(png).extract(band).toFile(file);
  expect((await decodeQrCodes(file)).sort()).toEqual([VNEID_ANDROID, VNEID_IOS].sort());
});

it('makes each store code at least 30 mm across with its quiet zone, as a hand reads it', async () => {
  const band = await installBand();
  const half = Math.floor(band.width / 2);
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const dark = (x: number, y: number) =>
    (data[Math.round(y) * info.width + Math.round(x)] ?? 255) < 128;
  for (const [i, url] of [VNEID_IOS, VNEID_ANDROID].entries()) {
    const found = await locateQrWithJsqr(png, { ...band, left: i * half, width: half });
    expect(found?.data).toBe(url);
    const { left = 0, top = 0, side = 0, modules = 21 } = found ?? {};
    const module = side / modules;
    // The quiet zone: four modules of white on every side of the symbol (a pixel's slack).
    const inked: string[] = [];
    for (let k = 1.5; k <= 4 * module - 1; k++) {
      for (let t = 0; t <= side; t++) {
        const around: [number, number][] = [
          [left - k, top + t],
          [left + side + k, top + t],
          [left + t, top - k],
          [left + t, top + side + k],
        ];
        for (const [x, y] of around) if (dark(x, y)) inked.push(`${x},${y}`);
      }
    }
    expect(inked.slice(0, 5)).toEqual([]);
    expect((((modules + 8) * module) / DPI) * 25.4).toBeGreaterThanOrEqual(29.5);
  }
});
