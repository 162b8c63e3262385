/**
 * A notice whose body names the app's store links ("tải tại {{app.ios.url}} hoặc
 * {{app.android.url}}") inside brackets: the annex printed four codes for two addresses, two of
 * them without a caption, and the pointer to the annex landed inside the sentence's brackets
 * ("(tải tại https://… (mã QR … Phụ lục kèm theo) hoặc https://…)", qa18). Read from the annex's
 * raster (zbarimg) and the notice's text (pdftotext).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { VNEID_ANDROID, VNEID_IOS, vneidCampaign } from '../fixtures/vneid-campaign.js';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const CAMPAIGN = vneidCampaign(['Cài đặt ứng dụng VNeID trên điện thoại']).replace(
  'body: Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID./.',
  'body: "Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID (tải tại {{app.ios.url}} hoặc {{app.android.url}}) trước ngày 20/12/2026./."',
);

let pdf: Uint8Array;
beforeAll(async () => {
  expect(CAMPAIGN).toContain('tải tại {{app.ios.url}}');
  pdf = await renderCampaignText(notice, CAMPAIGN, 'STT;Tên thôn\n1;Thôn Đông Hòa\n');
});
afterAll(removeTempDirs);

it('prints one code an address on the annex, each with the app’s caption', async () => {
  const { pages } = await pdfInfo(pdf);
  const [annex] = (await rasterize(pdf, { dpi: 150, page: pages })) as [string];
  expect((await decodeQrCodes(annex)).sort()).toEqual([VNEID_ANDROID, VNEID_IOS].sort());
  const text = collapseSpaces(await pdfText(pdf));
  expect(text).toContain('Mã QR tải ứng dụng VNeID (dùng cho điện thoại iPhone)');
  expect(text).toContain('Mã QR tải ứng dụng VNeID (dùng cho điện thoại Android)');
});

it('points to the annex after the brackets the links stand in', async () => {
  const text = collapseSpaces(await pdfText(pdf));
  expect(text).toContain(
    `hoặc ${VNEID_ANDROID}) (mã QR của các đường dẫn tại Phụ lục kèm theo) trước ngày 20/12/2026`,
  );
});
