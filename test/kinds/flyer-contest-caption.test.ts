/**
 * The flyer of a contest other than the bundled example captions the contest page's code with the
 * caption the office gave it (`links.contest.label`, the studio's "Chú thích dưới mã QR trang
 * cuộc thi"), as the checklist does: review L2, where the flyer printed its own fixed words.
 * Read back from the printed sheet (pdftotext) and the code from its raster (zbarimg).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const PAGE = 'https://thipccc.tphcm.gov.vn/hoi-thi-2026';
const CAPTION = 'Cổng hội thi pháp luật PCCC';

const CAMPAIGN = `issued: 2026-12-03
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG BẾN THÀNH]
  ward: phường Bến Thành
  place: Thành phố Hồ Chí Minh
  office: Phòng Văn hóa - Xã hội
notice:
  number: 27
  symbol: UBND-VHXH
  subject: hưởng ứng Hội thi trực tuyến tìm hiểu pháp luật về phòng cháy, chữa cháy
  recipients: [Trưởng các khu phố]
  body: Đề nghị các khu phố vận động người dân tham gia hội thi./.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Trần Thị Thanh Hương }
  cc: [Như trên;, "Lưu: VT."]
contest:
  name: Tìm hiểu pháp luật về phòng cháy, chữa cháy
  platform: Cổng thi trực tuyến Thành phố
  starts: 2026-12-05
  ends: 2027-01-05
  questions: 20
  support_phone: "028 3829 1234"
links:
  contest: { url: "${PAGE}", label: ${CAPTION} }
`;

let pdf: Uint8Array;
beforeAll(async () => {
  pdf = await renderCampaignText(flyer, CAMPAIGN, 'STT;Tên khu phố\n1;Khu phố 1\n');
});
afterAll(removeTempDirs);

it("captions the contest page's code, on both flyers, with the office's own caption", async () => {
  const text = collapseSpaces(await pdfText(pdf));
  expect(text.split(CAPTION).length - 1).toBe(2);
  const [png] = await rasterize(pdf, { dpi: 150, page: 1 });
  expect(await decodeQrCodes(png as string)).toEqual([PAGE, PAGE]);
});
