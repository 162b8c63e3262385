/**
 * A contest's support links on its checklist (qa7 F4): links named "nhomzalo" and "huongdan" (as
 * the studio's links field invites) were left off, only "zalo", "guide" and "video" printed, with
 * no word. Every link other than the contest page prints as a code with its label. What a
 * household sees: the checklist's text and the codes decoded from its page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';

const GROUPS = 'STT,Tên thôn,Trưởng thôn\n1,Thôn Đông Bình,Nguyễn Văn An\n';

const LINKS = {
  contest: { url: 'https://thi.example.gov.vn/cuoc-thi', label: 'Trang cuộc thi' },
  nhomzalo: { url: 'https://zalo.me/g/thicancuoc', label: 'Nhóm Zalo hỗ trợ cuộc thi' },
  huongdan: { url: 'https://thi.example.gov.vn/huong-dan', label: 'Hướng dẫn dự thi' },
};

const CAMPAIGN = `${NOTICE_ONLY}contest:
  name: Tìm hiểu Luật Căn cước năm 2023
  platform: Cổng thi trực tuyến của tỉnh
  starts: 2026-12-10
  ends: 2026-12-31
  support_phone: "0227 3 851 113"
links:
${Object.entries(LINKS)
  .map(([name, l]) => `  ${name}:\n    url: "${l.url}"\n    label: ${l.label}\n`)
  .join('')}`;

let built: TextBuild;

beforeAll(async () => {
  built = await buildCampaignText(CAMPAIGN, GROUPS, 'checklist');
});
afterAll(removeTempDirs);

describe('a contest’s support links named as the office likes', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('prints each link’s label under the support heading', async () => {
    const text = await built.text('thon-dong-binh', 'checklist');
    expect(text).toContain('Cần hỗ trợ? Quét mã QR bằng điện thoại');
    expect(text).toContain(LINKS.nhomzalo.label);
    expect(text).toContain(LINKS.huongdan.label);
  });

  it('prints a code for every link, the contest page’s too', async () => {
    const pdf = await readFile(join(built.dir, 'out', 'thon-dong-binh', 'checklist.pdf'));
    const codes = (await decodeQrCodesEach(await rasterize(pdf, { dpi: 150 }))).flat();
    expect([...codes].sort()).toEqual(
      Object.values(LINKS)
        .map((l) => l.url)
        .sort(),
    );
  });
});
