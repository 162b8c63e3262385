/**
 * The tracking sheet's title: upper case, but the app's name is a brand printed as written
 * ("VNeID", not "VNEID"); it speaks of installing the app only when the campaign is about the
 * app, not when the app is one of several things residents are asked to do.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const APP = `app:
  name: VNeID
  ios: { url: "https://apps.apple.com/vn/app/vneid/id1582750311", label: iPhone }
  android: { url: "https://play.google.com/store/apps/details?id=com.vnid", label: Android }
  qr_caption_ios: Mã QR tải VNeID cho iPhone
  qr_caption_android: Mã QR tải VNeID cho Android
`;
const ACTIONS = `actions:
  - { step: Đăng ký lớp “Bình dân học vụ số”, column: Đã đăng ký }
  - { step: Cài VNeID, column: Đã cài }
`;
const group: Group = {
  id: '1',
  name: 'Tổ dân phố Vỹ Dạ 1',
  households: 12,
  source: { file: 'groups.csv', row: 2 },
};

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

async function firstPage(extra: string, notice = NOTICE_ONLY): Promise<string> {
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, `${notice}${extra}`);
  const { campaign } = await loadCampaign(file);
  const { bytes } = await renderFor(tracker, campaign, group);
  return collapseSpaces((await pdfPageTexts(bytes))[0] ?? '');
}

describe('the tracking sheet’s title', () => {
  it('keeps the app’s name as written in a campaign about the app', async () => {
    const page = await firstPage(APP);
    expect(page).toContain('BẢNG THEO DÕI THỰC HIỆN VÀ CÀI ĐẶT ỨNG DỤNG VNeID');
    expect(page).not.toContain('VNEID');
  });

  it('does not speak of installing the app when it is one of several actions', async () => {
    const page = await firstPage(`title: Lớp “Bình dân học vụ số”\n${APP}${ACTIONS}`);
    expect(page).toContain('BẢNG THEO DÕI THỰC HIỆN');
    expect(page).not.toContain('CÀI ĐẶT ỨNG DỤNG');
    expect(page).not.toContain('VNEID');
  });

  // qa7 L11, qa13: the subject as a sentence, as the flyer and the checklist print it; "V/v"
  // stands under a công văn's number only, on the notice.
  it("prints the subject as a sentence, a công văn's as a Thông báo's", async () => {
    for (const symbol of ['UBND-VHXH', 'TB-UBND']) {
      const page = await firstPage(ACTIONS, NOTICE_ONLY.replace('UBND-VHXH', symbol));
      expect(page).toContain('BẢNG THEO DÕI THỰC HIỆN Tăng cường phòng, chống sốt xuất huyết');
      expect(page).not.toContain('V/v');
    }
  });
});
