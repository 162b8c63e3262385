/**
 * A fee collection on paper (qa40 M4): the ward's "thu phí vệ sinh môi trường" campaign
 * (test/fixtures/qa40-fee, as the QA round wrote it) gives its bank details as `payment` and
 * declares "Số tiền đã thu (đồng)" with no `of`, a plain amount. The flyer and the checklist print
 * the bank, the account number whole, its holder and the transfer's content under "Thông tin
 * chuyển khoản", none of it a step; the tracking sheet has a column for the sum each household
 * paid, and no tick column of bank details. Two of the list's rows (Tân Lập, Thống Nhất).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa40-fee/${name}`, import.meta.url));

/** The campaign's payment details, as its campaign.yaml gives them. */
const BANK = 'Ngân hàng TMCP Công thương Việt Nam (VietinBank) - Chi nhánh Lê Chân';
const ACCOUNT = '1234 5678 9012 3456';
const HOLDER = 'Ủy ban nhân dân phường Lê Chân';
const NOTE = 'VSMT 2026 - Tên tổ - Tên chủ hộ';
const SLUG = 'to-dan-pho-tan-lap';
/** The amount measure's label, as its campaign.yaml gives it (no `of`: a plain amount). */
const AMOUNT_LABEL = 'Số tiền đã thu (đồng)';

let built: TextBuild;
beforeAll(async () => {
  const yaml = await readFile(fixture('campaign.yaml'), 'utf8');
  const lines = (await readFile(fixture('groups.csv'), 'utf8')).split(/\r\n/);
  // The header, Tân Lập (row 7) and Thống Nhất (row 8).
  const groups = [lines[0], lines[7], lines[8], ''].join('\r\n');
  built = await buildCampaignText(yaml, groups, 'flyer,checklist,tracker');
}, 120_000);
afterAll(removeTempDirs);

describe('a fee campaign’s payment details and amount (qa40 M4)', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('prints the payment details on the flyer and the checklist, not as a step', async () => {
    for (const kind of ['flyer', 'checklist']) {
      const text = await built.text(SLUG, kind);
      const at = text.indexOf('Thông tin chuyển khoản');
      expect(at, kind).toBeGreaterThan(-1);
      const part = text.slice(at);
      expect(part).toContain(`Ngân hàng: ${BANK}`);
      expect(part).toContain(`Số tài khoản: ${ACCOUNT}`);
      expect(part).toContain(`Chủ tài khoản: ${HOLDER}`);
      expect(part).toContain(`Nội dung chuyển khoản: ${NOTE}`);
      // The account is information, not a numbered step.
      expect(text).not.toMatch(/\d\. [^.]*1234 5678/);
    }
  });

  it('gives the tracking sheet a column for the sum each household paid', async () => {
    const text = await built.text(SLUG, 'tracker');
    expect(text).toContain('Cột “Số tiền đã thu (đồng)”: ghi số tiền hộ đã nộp.');
    // The amount's column title whole, "Số tiền đã thu (đồng)" as the campaign labels it, before
    // "Ghi chú" on every page's header (pdftotext gives it after the rows on all but the last).
    const pages = Number(/Trang 1\/(\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text.split(`${AMOUNT_LABEL} Ghi chú`).length - 1).toBe(pages);
    expect(text).toContain(`Đã nộp phí VSMT Đã ủng hộ quỹ ${AMOUNT_LABEL} Ghi chú`);
    expect(text).not.toContain('1234');
    // The amount's own line, with no base to rate it against.
    expect(text).toContain('Số tiền đã thu: ……… đồng');
    expect(text).not.toMatch(/Số tiền đã thu: ……… đồng \//);
  });
});
