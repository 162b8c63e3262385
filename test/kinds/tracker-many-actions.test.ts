/**
 * A campaign of more actions than the tracking sheet's eight tick columns (qa20: a PCCC
 * household self-check of 10 items) builds every paper: the checklist and the flyer list every
 * action, and the sheet ticks only the actions the office gave a column title, else has one
 * column for all of them; `build` says which, at campaign.yaml's `actions` line. It stopped the
 * whole campaign (the notice too) with "phần “columns” có 14 cột", naming the tool's template.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const ITEMS = [
  'Kiểm tra bình chữa cháy còn hạn sử dụng',
  'Ngắt điện các thiết bị khi ra khỏi nhà',
  'Không câu móc, cắm nhiều thiết bị vào một ổ điện',
  'Để bình gas xa nguồn nhiệt',
  'Có lối thoát nạn thứ hai',
  'Không để xe sát cửa ra vào',
  'Cất giữ chất dễ cháy đúng nơi',
  'Thuộc số điện thoại cứu hỏa 114',
  'Lắp thiết bị báo cháy',
  'Tham gia tập huấn thoát nạn',
];
const GROUPS = 'STT;Tên khu phố;Số hộ;Số nhân khẩu\n1;Khu phố 1;30;100\n2;Khu phố 2;25;90\n';

const campaign = (actions: string) => `${NOTICE_ONLY}title: Hộ gia đình tự kiểm tra phòng cháy
actions:
${actions}`;

describe('more actions than the tracking sheet has columns', () => {
  it('builds every paper; the sheet has one column for all, the checklist each action', async () => {
    const yaml = campaign(ITEMS.map((s) => `  - step: ${s}\n`).join(''));
    const b = await buildCampaignText(yaml, GROUPS, 'notice,flyer,checklist,tracker');
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain(
      `mục “actions”: chiến dịch có ${ITEMS.length} việc, nhiều hơn 8 cột đánh dấu của bảng theo dõi: bảng có một cột chung “Đã làm đủ ${ITEMS.length} việc”`,
    );
    expect(b.stderr).not.toContain('lỗi');
    const sheet = await b.text('khu-pho-1', 'tracker');
    expect(sheet).toContain(`Đã làm đủ ${ITEMS.length} việc`);
    expect(sheet).toContain(`khi hộ đã làm đủ ${ITEMS.length} việc của phiếu kiểm tra`);
    for (const item of ITEMS) expect(sheet).not.toContain(item);
    const checklist = await b.text('khu-pho-1', 'checklist');
    for (const item of ITEMS) expect(checklist).toContain(item);
    expect(await b.text('khu-pho-2', 'notice')).toContain('Khu phố 2');
  });

  it('ticks only the actions given a column title when they fit', async () => {
    const titled = new Map([
      [0, 'Bình chữa cháy'],
      [8, 'Báo cháy'],
      [9, 'Tập huấn'],
    ]);
    const yaml = campaign(
      ITEMS.map((s, i) => {
        const column = titled.get(i);
        return `  - step: ${s}\n${column ? `    column: ${column}\n` : ''}`;
      }).join(''),
    );
    const b = await buildCampaignText(yaml, GROUPS, 'checklist,tracker');
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain(
      `chiến dịch có ${ITEMS.length} việc, nhiều hơn 8 cột đánh dấu của bảng theo dõi: bảng chỉ có cột cho ${titled.size} việc đã đặt tiêu đề cột`,
    );
    const sheet = await b.text('khu-pho-1', 'tracker');
    for (const column of titled.values()) expect(sheet).toContain(column);
    expect(sheet).not.toContain('Đã làm đủ');
    for (const item of ITEMS) expect(sheet).not.toContain(item);
  });
});
