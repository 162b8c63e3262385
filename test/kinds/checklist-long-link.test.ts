/**
 * A link as long as the ones offices paste (a prefilled Google Forms address, 123 characters) is
 * a larger code than a third of the checklist's width holds at a hand's module: the code takes a
 * wider cell of its own row, and every group's checklist is made (qa20: each failed, "quá dài để
 * in mã QR trên phiếu kiểm tra: cần 57 mm, trang chỉ còn chỗ 54 mm", no print file, no ZIP).
 * The codes are read back from the printed page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FORM =
  'https://docs.google.com/forms/d/e/1FAIpQLSfD8xk3a-BinhDanHocVuSo-BinhThanh/viewform?usp=pp_url&entry.123456=Khu+ph%E1%BB%91';
const SHORT = 'https://zalo.me/g/hocvuso';

describe('a long link on the checklist', () => {
  it('is printed as a code that scans, in a wider cell, beside the short ones', async () => {
    expect(FORM.length).toBeGreaterThan(120);
    const yaml = `${NOTICE_ONLY}actions:
  - step: Đăng ký học qua biểu mẫu
  - step: Đi học đúng giờ
links:
  zalo: { url: "${SHORT}", label: Nhóm Zalo lớp học }
  dangky: { url: "${FORM}", label: Biểu mẫu đăng ký học }
`;
    const groups = 'STT;Tên khu phố;Số hộ\n1;Khu phố 1;30\n2;Khu phố 2;40\n';
    const b = await buildCampaignText(yaml, groups, 'checklist');
    expect(b.code, b.stderr).toBe(0);
    for (const slug of ['khu-pho-1', 'khu-pho-2']) {
      const text = await b.text(slug, 'checklist');
      expect(text).toContain('Biểu mẫu đăng ký học');
      const pdf = await readFile(join(b.dir, 'out', slug, 'checklist.pdf'));
      const decoded = (await decodeQrCodesEach(await rasterize(pdf, { dpi: 100 }))).flat();
      expect(new Set(decoded)).toEqual(new Set([SHORT, FORM]));
    }
  });

  it('two under one step, the form among them: one a row, every group built (review)', async () => {
    const yaml = `${NOTICE_ONLY}actions:
  - step: Điền Biểu mẫu đăng ký học hoặc vào Nhóm Zalo lớp học
  - step: Đi học đúng giờ
links:
  zalo: { url: "${SHORT}", label: Nhóm Zalo lớp học }
  dangky: { url: "${FORM}", label: Biểu mẫu đăng ký học }
`;
    const b = await buildCampaignText(yaml, 'STT;Tên khu phố\n1;Khu phố 1\n', 'checklist');
    expect(b.code, b.stderr).toBe(0);
    const pdf = await readFile(join(b.dir, 'out', 'khu-pho-1', 'checklist.pdf'));
    const decoded = (await decodeQrCodesEach(await rasterize(pdf, { dpi: 100 }))).flat();
    expect(new Set(decoded)).toEqual(new Set([SHORT, FORM]));
  });
});
