/**
 * A poster of a campaign with a time and a place (`when`, `where`) prints them at its foot, each
 * group its own place (qa8 L2, poster part): the poster posted at the cultural house said where
 * to install the app but not when and where the commune's police would help. A campaign without
 * them keeps the group's venue there. Read from the poster's text (pdftotext).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { poster } from '../../src/kinds/poster.js';
import { vneidCampaign } from '../fixtures/vneid-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const WHEN = '7 giờ 30 – 11 giờ 00, Chủ nhật 13/12/2026';
const POINT = 'Hội trường thôn Đông Hòa';
const VENUE = 'Nhà văn hóa thôn Đông Hòa';
const GROUPS = `STT;Tên thôn;Địa chỉ nhà văn hóa;Điểm tiếp nhận\n1;Thôn Đông Hòa;${VENUE};${POINT}\n`;
const STEPS = ['Tải và cài đặt ứng dụng VNeID', 'Đến điểm tiếp nhận để kích hoạt mức 2'];

const posterText = async (extra: string) =>
  collapseSpaces(
    await pdfText(await renderCampaignText(poster, vneidCampaign(STEPS, extra), GROUPS)),
  );

describe("the poster's foot", () => {
  it("prints the campaign's time and the group's own place", async () => {
    const text = await posterText(`when: ${WHEN}\nwhere: "{{group.[Điểm tiếp nhận]}}"\n`);
    expect(text).toContain(`Thời gian: ${WHEN}`);
    expect(text).toContain(`Địa điểm: ${POINT}`);
    expect(text).not.toContain(VENUE);
  });

  it("prints the group's venue when the campaign gives no place", async () => {
    const text = await posterText('');
    expect(text).toContain(`Địa điểm: ${VENUE}`);
    expect(text).not.toContain('Thời gian');
  });
});
