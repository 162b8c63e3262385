/**
 * A poster of a campaign with a time and a place (`when`, `where`) prints them at its foot, each
 * group its own place (qa8 L2, poster part): the poster posted at the cultural house said where
 * to install the app but not when and where the commune's police would help. A campaign without
 * a place prints none, as the flyer does (qa12 Q7: an online procedure's poster sent residents to
 * the cultural house); `where: "{{group.venue}}"` asks for the group's own. Read from the
 * poster's text (pdftotext) and, for the share image, from its pixels.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { poster } from '../../src/kinds/poster.js';
import { share } from '../../src/kinds/share.js';
import { vneidCampaign } from '../fixtures/vneid-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const WHEN = '7 giờ 30 – 11 giờ 00, Chủ nhật 13/12/2026';
const POINT = 'Hội trường thôn Đông Hòa';
const VENUE = 'Nhà văn hóa thôn Đông Hòa';
const GROUPS = `STT;Tên thôn;Địa chỉ nhà văn hóa;Điểm tiếp nhận\n1;Thôn Đông Hòa;${VENUE};${POINT}\n`;
/** The same group with no venue at all: what a foot without a place looks like. */
const NO_VENUE = 'STT;Tên thôn\n1;Thôn Đông Hòa\n';
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

  it("prints no place when the campaign gives none, not even the group's venue", async () => {
    const text = await posterText('');
    expect(text).not.toContain('Địa điểm');
    expect(text).not.toContain(VENUE);
    expect(text).not.toContain('Thời gian');
  });

  // An app's poster prints no hotlines: the office's phone, one of them, stays on its contact
  // line (review53 #3: left out of both).
  it("keeps the office's phone on an app's poster when it is one of the hotlines", async () => {
    const text = await posterText('hotlines:\n  - "Công an xã: 0262 3625 111"\n');
    expect(text.replace(/\D/g, '')).toContain('02623625111');
  });

  it("prints the group's venue when `where` asks for it", async () => {
    const text = await posterText('where: "{{group.venue}}"\n');
    expect(text).toContain(`Địa điểm: ${VENUE}`);
  });
});

describe("the share image's foot", () => {
  const png = (extra: string, groups: string) =>
    renderCampaignText(share, vneidCampaign(STEPS, extra), groups);

  it("is the same image with or without the group's venue when the campaign gives no place", async () => {
    const withVenue = await png('', GROUPS);
    expect(Buffer.from(withVenue).equals(Buffer.from(await png('', NO_VENUE)))).toBe(true);
    // …and the venue would show: asked for, it changes the image.
    const asked = await png('where: "{{group.venue}}"\n', GROUPS);
    expect(Buffer.from(asked).equals(Buffer.from(withVenue))).toBe(false);
  });
});
