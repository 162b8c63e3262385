/**
 * The leader page's "Tin nhắn gửi nhóm Zalo" (qa21 finding 5) and its print counts (finding 13).
 * A storm warning with no links and no app gave the leader nothing to forward to the group's
 * Zalo chat: every page now has a message in the flyer's words — the title, the group's own time
 * and place, the steps numbered, whom to ask, the office and its phone — to copy whole with
 * "Sao chép". Beside the flyer and the checklist, how many to print for the group's households,
 * when the groups file gives them. A real server on loopback; the copy in Chromium on a 360×740
 * phone, read back from the browser's clipboard.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { fromHtml, messageOf } from './leader-page.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const OFFICE = 'Ban Chỉ huy Phòng thủ dân sự';
const PHONE = '0236 3 831 114';
const TITLE = 'KHẨN: Ứng phó bão số 3';
const STEPS = [
  'Chằng chống nhà cửa, chặt tỉa cây xanh quanh nhà',
  'Dự trữ nước uống, lương thực, thuốc men, đèn pin đủ dùng 3 ngày',
  'Không ra biển, không đi lại khi có bão',
];
/**
 * A storm warning: no links, no app; each group's own gathering time and place; the office's
 * phone its hotline.
 */
const CAMPAIGN = `issued: 2026-09-21
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG SƠN TRÀ]
  ward: phường Sơn Trà
  place: Sơn Trà
  office: ${OFFICE}
  phone: "${PHONE}"
notice:
  number: 7
  symbol: CĐ-UBND
  subject: "KHẨN: chủ động ứng phó với bão số 3"
  recipients: ["{{group.name}}"]
  body: Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.
  signer: { lines: [CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: "${TITLE}"
actions:
${STEPS.map((s) => `  - step: ${s}\n`).join('')}when: "{{group.[Giờ sơ tán]}}"
where: "{{group.[Điểm sơ tán]}}"
hotlines: ["${OFFICE}: ${PHONE}"]
`;
/** id, name, households, people, time, place. Group 2's counts are not known. */
const ROWS = [
  ['1', 'Tổ dân phố 1', '132', '480', '17h00 ngày 22/9/2026', 'Trường Tiểu học Lê Lai'],
  ['2', 'Tổ dân phố 2', '', '', '16h00 ngày 22/9/2026', 'Trụ sở UBND phường'],
] as const;
const GROUPS = `STT;Tên tổ dân phố;Số hộ;Số nhân khẩu;Giờ sơ tán;Điểm sơ tán\n${ROWS.map((r) => `${r.join(';')}\n`).join('')}`;

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ ward: await wardOf(CAMPAIGN, GROUPS) });
}, 120_000);
afterAll(async () => {
  await s?.app.close();
  await removeTempDirs();
});

const pageOf = async (id: string) => (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text();
const countsOf = (html: string) =>
  [...html.matchAll(/<p class="print-count">([\s\S]*?)<\/p>/g)].map((m) => fromHtml(m[1] ?? ''));

describe('the message to forward to the group’s Zalo chat', () => {
  it('says the title, the group’s own time and place, the steps and the office’s phone, for a campaign with no links and no app', async () => {
    const lines = messageOf(await pageOf('1')).split('\n');
    const [, , , , time, place] = ROWS[0];
    expect(lines).toContain(TITLE);
    expect(lines).toContain(`Thời gian: ${time}`);
    expect(lines).toContain(`Địa điểm: ${place}`);
    const numbered = lines.filter((l) => /^\d+\. /.test(l));
    expect(numbered).toEqual(STEPS.map((step, i) => `${i + 1}. ${step}`));
    const office = lines.find((l) => l.includes(OFFICE)) ?? '';
    expect(office).toContain(PHONE);
    // The office's phone is its hotline too: said once, and the office once under it (qa51).
    expect(lines.filter((l) => l.includes(PHONE))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('Liên hệ:'))).toHaveLength(1);
    // Plain text: no Markdown marks, no HTML.
    expect(lines.join('\n')).not.toMatch(/\*\*|<|>/);
    // Each group its own time and place.
    const other = messageOf(await pageOf('2')).split('\n');
    expect(other).toContain(`Thời gian: ${ROWS[1][4]}`);
    expect(other).toContain(`Địa điểm: ${ROWS[1][5]}`);
  });
});

describe('how many to print', () => {
  it('says beside the flyer and the checklist how many for the group’s households', async () => {
    const households = Number(ROWS[0][2]);
    expect(countsOf(await pageOf('1'))).toEqual([
      `In ${Math.ceil(households / 2)} tờ A4 (${households} hộ, mỗi tờ 2 tờ rơi)`,
      `In ${households} bản (mỗi hộ một bản)`,
    ]);
  });

  it('says nothing when the groups file does not give the count', async () => {
    const html = await pageOf('2');
    expect(html).toContain('Tờ rơi');
    expect(countsOf(html)).toEqual([]);
  });
});

describe.skipIf(!chromiumAvailable)('the message’s Sao chép button on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
  });

  it('copies the whole message, and the page fits a 360 px phone', async () => {
    const url = `${s.url}/g/${tokenOf('1')}/`;
    const ctx = await browser.newContext(phoneOptions());
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.url });
    const page = await ctx.newPage();
    await page.goto(url);
    // Something else on the clipboard first: the copy must replace it. (Written by the phone's
    // own page: a context of its own for it started one more renderer.)
    await page.evaluate(() => navigator.clipboard.writeText('trước khi bấm'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('trước khi bấm');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const buttons = page.getByRole('button', { name: 'Sao chép' });
    // One box, one button.
    expect(await buttons.count()).toBe(1);
    expect((await buttons.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await buttons.click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^Đã sao chép\. Mở nhóm Zalo của tổ/);
    await keepShot(page, 'test-output/leader-zalo-message-360.png', { fullPage: true });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator('textarea.message-text').inputValue();
    expect(copied).toBe(shown);
    const lines = copied.split('\n');
    expect(lines).toContain(TITLE);
    expect(lines).toContain(`Thời gian: ${ROWS[0][4]}`);
    expect(lines).toContain(`Địa điểm: ${ROWS[0][5]}`);
    expect(lines).toContain(`1. ${STEPS[0]}`);
    expect(copied).toContain(PHONE);
    await ctx.close();
  });
});
