/**
 * qa10 Q10, read from the printed checklist of a VNeID campaign with two support links of
 * different lengths: the Android store caption broke before ".vnid" (a line starting with a
 * dot), and the two support codes side by side were of different sizes (the longer link's larger),
 * which looked like a mistake. Now a link breaks after "/", "-", "?", "&" or "=", and the codes
 * of one row are one size.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { VNEID_ANDROID, vneidCampaign } from '../fixtures/vneid-campaign.js';
import { pdfText, pdfWords } from '../support/pdf-text.js';
import { locateQrWithJsqr } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const SHORT = 'https://vneid.gov.vn';
const LONG = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';
const CAMPAIGN = vneidCampaign(
  ['Cài đặt ứng dụng VNeID trên điện thoại', 'Đến Công an xã để kích hoạt tài khoản mức 2'],
  `links:\n  vneid: { url: "${SHORT}", label: Cổng VNeID }\n  dvc: { url: "${LONG}", label: Cổng Dịch vụ công }\n`,
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

it('never starts a line of a link with ".", "=" or "-"', async () => {
  const lines = (await pdfText(pdf, { layout: true })).split('\n');
  const pieces = lines.flatMap((l) => l.trim().split(/\s{2,}/));
  expect(pieces.filter((p) => /^[.=-]/.test(p))).toEqual([]);
  // The Android link still reads whole across its lines.
  const words = (await pdfWords(pdf)).map((w) => w.text).join('');
  expect(words).toContain(VNEID_ANDROID.replace('https://', ''));
});

it('draws the two support codes side by side at one size', async () => {
  const words = await pdfWords(pdf);
  const heading = words.find((w) => w.page === 1 && w.text === 'Cần');
  const contact = words.find((w) => w.page === 1 && w.text === 'Liên');
  const top = Math.round((heading?.yMax ?? 0) * PT) + 5;
  const height = Math.round((contact?.yMin ?? 0) * PT) - top;
  const half = Math.floor((210 / 25.4) * DPI) / 2;
  const band = { top, height, width: Math.floor(half) };
  const left = await locateQrWithJsqr(png, { ...band, left: 0 });
  const right = await locateQrWithJsqr(png, { ...band, left: Math.floor(half) });
  expect([left?.data, right?.data]).toEqual([SHORT, LONG]);
  expect(Math.abs((left?.side ?? 0) - (right?.side ?? 1))).toBeLessThan(3);
});
