/**
 * qa12 Q12, read from the annex (phụ lục) of a notice with a short link and a long one in its
 * body: the codes side by side were printed at different sizes (the longer link's denser code
 * drawn larger), which looked like a mistake. Now every symbol of the annex is one size, the
 * densest code's, and none is smaller than a code held in the hand needs (README: ≥ 3 cm).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { VNEID_ANDROID, VNEID_IOS, vneidCampaign } from '../fixtures/vneid-campaign.js';
import { pdfInfo } from '../support/pdf-text.js';
import { decodeQrCodes, type LocatedQr, locateAllQrWithJsqr } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const SHORT = 'https://vneid.gov.vn';
const LONG =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004227&tinh_trang=hieu-luc';
const CAMPAIGN = vneidCampaign(
  ['Cài đặt ứng dụng VNeID trên điện thoại'],
  `links:\n  vneid: { url: "${SHORT}", label: Cổng VNeID }\n  dvc: { url: "${LONG}", label: Thủ tục trên Cổng Dịch vụ công }\n`,
).replace(
  'body: Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID./.',
  'body: "Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID ({{links.vneid.url}}) và làm thủ tục tại {{links.dvc.url}}./."',
);
const URLS = [SHORT, LONG, VNEID_IOS, VNEID_ANDROID];

const DPI = 150;
const pxMm = (px: number) => (px / DPI) * 25.4;
let pdf: Uint8Array;
let annexPng: string;
let codes: LocatedQr[];
beforeAll(async () => {
  pdf = await renderCampaignText(notice, CAMPAIGN, 'STT;Tên thôn\n1;Thôn Đông Hòa\n');
  const { pages } = await pdfInfo(pdf);
  [annexPng] = (await rasterize(pdf, { dpi: DPI, page: pages })) as [string];
  codes = await locateAllQrWithJsqr(annexPng);
});
afterAll(removeTempDirs);

it('puts a code of every link of the body and of the app on the annex page', async () => {
  expect([...(await decodeQrCodes(annexPng))].sort()).toEqual([...URLS].sort());
  expect(codes.map((c) => c.data).sort()).toEqual([...URLS].sort());
  // The long link's code has more modules than the short one's: the case of the fault.
  const modules = (url: string) => codes.find((c) => c.data === url)?.modules ?? 0;
  expect(modules(LONG)).toBeGreaterThan(modules(SHORT));
});

it('prints every symbol of the annex at one size, at least 3 cm with its quiet zone', () => {
  const sides = codes.map((c) => pxMm(c.side));
  expect(Math.max(...sides) - Math.min(...sides)).toBeLessThan(0.6);
  for (const c of codes) expect(pxMm((c.side * (c.modules + 8)) / c.modules)).toBeGreaterThan(30);
});

it('keeps codes side by side apart by the quiet zone of the one with the larger modules', () => {
  const rows = new Map<number, LocatedQr[]>();
  for (const c of codes) {
    const row = [...rows.keys()].find((top) => Math.abs(top - c.top) < 10) ?? c.top;
    rows.set(row, [...(rows.get(row) ?? []), c]);
  }
  const pairs = [...rows.values()].flatMap((row) =>
    row
      .sort((a, b) => a.left - b.left)
      .slice(1)
      .map((c, i) => [row[i] as LocatedQr, c] as const),
  );
  expect(pairs.length).toBeGreaterThan(0);
  for (const [a, b] of pairs) {
    const module = Math.max(a.side / a.modules, b.side / b.modules);
    expect(b.left - (a.left + a.side)).toBeGreaterThanOrEqual(4 * module);
  }
});
