/**
 * Nine household actions (a dengue leaflet's list) cannot all be columns of the tracking sheet,
 * which has room for eight (README › Documents: STT, name, address, 8 tick columns, notes).
 * qa6 H14: the form saved them ("Đã lưu.") and the print then stopped with "Phần “columns” có
 * 13 cột…", naming neither the field nor the limit. The form now refuses them at the field,
 * with the limit; a campaign file that has them anyway fails its build naming the field.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignForm } from '../../src/studio/campaign-file.js';
import { removeTempDirs } from '../support/tmp.js';
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

  it('are refused at the field, with the limit, and nothing is saved', async () => {
    const before = await readFile(file, 'utf8');
    const form = campaignForm(before);
    const res = await c.post(`/c/${slug}`, { ...form, actions: NINE.join('\n') }, `/c/${slug}`);
    expect(res.status).toBe(422);
    expect(await readFile(file, 'utf8')).toBe(before);
    const under = /id="f-actions-error"[^>]*>([\s\S]*?)<\/(?:p|div|span)>/.exec(res.text)?.[1];
    expect(text(under ?? '')).toContain('Bảng theo dõi chỉ in được tối đa 8 việc');
    expect(text(under ?? '')).toContain('ở đây có 9 việc');
    // Eight are saved.
    const eight = await c.post(
      `/c/${slug}`,
      { ...form, actions: NINE.slice(0, 8).join('\n') },
      `/c/${slug}`,
    );
    expect(eight.status).toBe(303);
  });

  it('written in the file anyway, stop the build with the field named', async () => {
    await uploadExampleGroups(c, slug);
    const yaml = (await readFile(file, 'utf8')).replace(/\nactions:[\s\S]*?(?=\n\S|$)/, '');
    await writeFile(
      file,
      `${yaml}\nactions:\n${NINE.map((a) => {
        const [step, column] = a.split(' | ');
        return `  - step: ${step}\n    column: ${column}\n`;
      }).join('')}`,
    );
    await buildUntil(c, slug, 'failed');
    const page = text((await c.get(`/c/${slug}/build`)).text);
    expect(page).toContain('Chưa in được');
    expect(page).toContain('“Việc người dân cần làm”');
  });
});
