/**
 * A date typed day first in campaign.yaml, as Viet Nam writes it and the studio's form takes it
 * (qa7 L2): `issued: 07/12/2026` was refused ("must be YYYY-MM-DD") though unambiguous. It is the
 * 7th of December: the notice says so (pdftotext of the build), and a contest's dates too.
 */
import { afterAll, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

it('reads "07/12/2026" as the 7th of December 2026', async () => {
  const yaml = `${NOTICE_ONLY.replace(/^issued: .*$/m, 'issued: 07/12/2026')}contest:
  name: Tìm hiểu Luật Căn cước năm 2023
  platform: Cổng thi trực tuyến của tỉnh
  starts: 10/12/2026
  ends: 31.12.2026
links:
  contest: { url: "https://thi.example.gov.vn/cuoc-thi", label: Trang cuộc thi }
`;
  const built = await buildCampaignText(yaml, 'STT;Tên khu phố\n1;Khu phố 1\n', 'notice,flyer');
  expect(built.code, built.stderr).toBe(0);
  expect(await built.text('khu-pho-1', 'notice')).toContain('ngày 07 tháng 12 năm 2026');
  expect(await built.text('khu-pho-1', 'flyer')).toContain(
    'Từ ngày 10/12/2026 đến ngày 31/12/2026',
  );
});
