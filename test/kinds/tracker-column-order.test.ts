/**
 * The tracking sheet's tick columns stand in the order the campaign lists its actions, the order
 * the flyer and the checklist print the steps in; the app's own column stands where the action
 * that installs the app stands (qa15: a VNeID drive whose step 1 is "Có thẻ Căn cước" printed
 * "Đã cài VNeID | Có thẻ Căn cước | …"; the studio's "Đã đến", "Đã cài", "Đã kích hoạt" printed
 * "Đã cài | Đã đến | Đã kích hoạt"). With no action installing it, the app's column comes first,
 * as it always has. The expected order is read from the loaded campaign, the titles from the
 * header row of the PDF's first page (pdftotext -layout: the titles are short enough for one
 * line each).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { type Campaign, loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const APP = `app:
  name: VNeID
  ios: { url: "https://apps.apple.com/vn/app/vneid/id1582750311", label: iPhone }
  android: { url: "https://play.google.com/store/apps/details?id=com.vnid", label: Android }
`;
const group: Group = {
  id: '1',
  name: 'Khu phố 1',
  households: 12,
  source: { file: 'groups.csv', row: 2 },
};

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-tracker-order-');
});
afterAll(() => cleanupTempDir(dir));

async function load(name: string, yaml: string): Promise<Campaign> {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, yaml);
  return (await loadCampaign(file)).campaign;
}

/** The tick titles of the sheet's header row as printed, between "Địa chỉ" and "Ghi chú". */
async function printedTicks(campaign: Campaign): Promise<string> {
  const { bytes } = await renderFor(tracker, campaign, group);
  const [page] = await pdfPageTexts(bytes, { layout: true });
  const head = (page ?? '').split('\n').find((l) => /^\s*STT\s/.test(l)) ?? '';
  const m = /Địa chỉ\s+(.*?)\s+Ghi chú/.exec(head);
  if (!m?.[1]) throw new Error(`no header row of tick titles on one line: "${head}"`);
  return collapseSpaces(m[1]);
}

/** Each action's tick title as the campaign gives it: its column, else its step. */
const titlesOf = (campaign: Campaign) => campaign.actions.map((a) => a.column || a.step);

describe('the tracking sheet’s tick columns in the campaign’s order', () => {
  it('puts a VNeID drive’s install column second when installing is its second step', async () => {
    const campaign = await load(
      'vneid',
      `${NOTICE_ONLY}${APP}actions:
  - { step: Mang theo thẻ Căn cước gắn chip., column: Có thẻ Căn cước }
  - { step: Tải và cài đặt ứng dụng VNeID trên điện thoại., column: Đã cài VNeID }
  - { step: Đăng ký tài khoản mức độ 2 tại điểm tiếp nhận., column: Đã đăng ký }
  - { step: Đăng nhập VNeID và cài mã bảo vệ., column: Đã kích hoạt }
`,
    );
    expect(await printedTicks(campaign)).toBe(titlesOf(campaign).join(' '));
  });

  it('keeps the studio’s "Đã đến", "Đã cài", "Đã kích hoạt" in that order, "Đã cài" once', async () => {
    const campaign = await load(
      'studio',
      `${NOTICE_ONLY}${APP}actions:
  - { step: Đến nhà văn hóa khu phố., column: Đã đến }
  - { step: Cài ứng dụng VNeID., column: Đã cài }
  - { step: Kích hoạt tài khoản., column: Đã kích hoạt }
`,
    );
    expect(await printedTicks(campaign)).toBe(titlesOf(campaign).join(' '));
  });

  it('puts the app’s own title where an install step without a column stands', async () => {
    const campaign = await load(
      'no-column',
      `${NOTICE_ONLY}${APP}actions:
  - { step: Đến nhà văn hóa khu phố., column: Đã đến }
  - { step: Cài ứng dụng VNeID. }
  - { step: Kích hoạt tài khoản., column: Đã kích hoạt }
`,
    );
    const [first, , last] = titlesOf(campaign);
    const ticks = await printedTicks(campaign);
    // The install step's column is the app's, named by the template: between the other two.
    expect(ticks.startsWith(`${first} `)).toBe(true);
    expect(ticks.endsWith(` ${last}`)).toBe(true);
    const app = ticks.slice(`${first} `.length, -` ${last}`.length);
    expect(app).toContain(campaign.app?.name);
    expect(app).not.toContain(campaign.actions[1]?.step);
  });

  it('keeps the app’s column first when no action installs the app', async () => {
    const campaign = await load(
      'no-install',
      `${NOTICE_ONLY}${APP}actions:
  - { step: Đến nhà văn hóa khu phố., column: Đã đến }
  - { step: Kích hoạt tài khoản., column: Đã kích hoạt }
`,
    );
    const ticks = await printedTicks(campaign);
    const rest = ` ${titlesOf(campaign).join(' ')}`;
    expect(ticks.endsWith(rest)).toBe(true);
    expect(ticks.slice(0, -rest.length)).toContain(campaign.app?.name);
  });

  it('follows a contest’s own actions too, the app’s column at its install step', async () => {
    // The example (a contest and an app, steps made from the contest's fields) with actions.
    const example = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    const app = (await loadCampaign(EXAMPLE_CAMPAIGN)).campaign.app?.name;
    const campaign = await load(
      'contest',
      `${example}
actions:
  - { step: Đăng ký tài khoản trên nền tảng One Touch., column: Đã đăng ký }
  - { step: Tải ứng dụng ${app} về điện thoại., column: Đã tải app }
  - { step: Trả lời các câu hỏi của cuộc thi., column: Đã dự thi }
`,
    );
    expect(await printedTicks(campaign)).toBe(titlesOf(campaign).join(' '));
  });
});
