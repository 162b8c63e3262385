/**
 * Nine household actions (a dengue leaflet's list) cannot all be columns of the tracking sheet,
 * which has room for eight (README › Documents: STT, name, address, 8 tick columns, notes).
 * qa6 H14: the print stopped with "Phần “columns” có 13 cột…"; the form then refused them, and
 * an office with a checklist of ten items could print nothing (qa20). They are saved, said on
 * the edit page, and every paper is built: the sheet has one column for them all.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import {
  blankCampaign,
  buildUntil,
  pageText as text,
  uploadExampleGroups,
} from './office-steps.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

const NINE = [
  'Dọn vật chứa nước đọng | Đã dọn',
  'Đậy kín dụng cụ chứa nước | Đã đậy',
  'Thả cá vào bể nước lớn | Thả cá',
  'Thay nước bình hoa mỗi tuần | Bình hoa',
  'Ngủ màn cả ban ngày | Ngủ màn',
  'Đi khám khi sốt cao | Đi khám',
  'Mở cửa khi phun hóa chất | Phun thuốc',
  'Cử người tham gia ra quân | Ra quân',
  'Ký cam kết không để bọ gậy | Cam kết',
];

describe('nine actions for residents', () => {
  let s: TestStudio;
  let c: Client;
  let slug = '';
  let file = '';
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    slug = await blankCampaign(c, 'Diệt bọ gậy');
    file = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
    // The skeleton's examples filled in, as the office does before printing.
    await writeFile(
      file,
      (await readFile(file, 'utf8'))
        .replace('(PHƯỜNG, XÃ HOẶC ĐẶC KHU) (TÊN)', 'PHƯỜNG HOÀN KIẾM')
        .replace('(phường, xã hoặc đặc khu) (tên)', 'phường Hoàn Kiếm')
        .replace('(Địa danh)', 'Hoàn Kiếm')
        .replace('(Họ và tên người ký)', 'Nguyễn Văn An'),
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('are saved, the edit page saying the tracking sheet has one column for them all', async () => {
    const res = await saveCampaignPage(c, slug, { actions: NINE.join('\n') });
    expect(res.status).toBe(303);
    expect(await readFile(file, 'utf8')).toContain('Ký cam kết không để bọ gậy');
    const page = text((await c.get(`/c/${slug}`)).text);
    expect(page).toContain(
      `Mục “Việc người dân cần làm”: Chiến dịch có ${NINE.length} việc, nhiều hơn 8 cột đánh dấu của bảng theo dõi: bảng có một cột chung “Đã làm đủ ${NINE.length} việc”`,
    );
  });

  it('are all printed: the build makes every paper', async () => {
    // Four of the example's groups: every paper of each is what is checked, not how many.
    await uploadExampleGroups(c, slug, 4);
    await buildUntil(c, slug, 'done');
    const page = text((await c.get(`/c/${slug}/build`)).text);
    expect(page).not.toContain('Chưa tạo được tệp in');
  });
});
