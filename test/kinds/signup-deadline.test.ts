/**
 * A class's registration deadline (qa40 m4): the ward's "tập huấn kỹ năng số" campaign
 * (test/fixtures/qa40-signup, as the QA round wrote it, its `deadline: 12/12/2026`) makes sign-up
 * sheets against "Chỉ tiêu (người)"; the deadline could only be written into a step's text. It
 * prints "Hạn đăng ký: 12/12/2026" under the time and the place of the sign-up sheet, the flyer
 * and the checklist. Two of the list's rows (Tân Lập, Thống Nhất). The same class counted on
 * household sheets (qa50 p1: no sign-up list, its notice saying "đăng ký … trước ngày …"): its
 * flyer says "Hạn đăng ký" as its text does, and a deadline the text gives to something else
 * (“nộp … trước ngày …”) stays “Thời hạn”.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { ownTemplates } from '../support/own-templates.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa40-signup/${name}`, import.meta.url));

let built: TextBuild;
let yaml: string;
/** The campaign's own `deadline` and `where`, as its campaign.yaml gives them. */
let campaign: { deadline: string; where: string };
beforeAll(async () => {
  yaml = await readFile(fixture('campaign.yaml'), 'utf8');
  campaign = parse(yaml);
  const lines = (await readFile(fixture('groups.csv'), 'utf8')).split(/\r\n/);
  const groups = [lines[0], lines[7], lines[8], ''].join('\r\n');
  built = await buildCampaignText(yaml, groups, 'flyer,checklist,tracker');
}, 120_000);
afterAll(removeTempDirs);

describe('a sign-up deadline (qa40 m4)', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('prints "Hạn đăng ký" on the sign-up sheet, the flyer and the checklist', async () => {
    const tracker = await built.text('to-dan-pho-tan-lap', 'tracker');
    expect(tracker).toContain('DANH SÁCH ĐĂNG KÝ THAM GIA');
    for (const kind of ['tracker', 'flyer', 'checklist']) {
      const text = await built.text('to-dan-pho-tan-lap', kind);
      expect(text, kind).toContain(`Địa điểm: ${campaign.where} Hạn đăng ký: ${campaign.deadline}`);
    }
  });
});

describe('a deadline no paper prints', () => {
  it('is warned of at its line when the office’s own templates have no line for it', async () => {
    const deadline = /^\{\{#if deadline\}\}.*\n/m;
    const own = await ownTemplates(join(await makeTempDir('deadline-own-'), 'templates'), {
      'flyer.hbs': deadline,
      'checklist.hbs': deadline,
      'tracker.hbs': deadline,
      // The poster prints the deadline of a campaign without an app too (its "@@ event").
      'poster.hbs': deadline,
    });
    const r = await runCliInProcess(
      [
        'check',
        '--campaign',
        fixture('campaign.yaml'),
        '--groups',
        fixture('groups.csv'),
        '--templates',
        own,
      ],
      { env: { LANG: 'vi_VN.UTF-8' } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `dòng ${lineOf(yaml, 'deadline:')}, mục “deadline”: mục “deadline” có nội dung nhưng không có tài liệu giấy nào của chiến dịch này in mục đó`,
    );
  });
});

describe('a sign-up deadline said by the campaign’s text, without a sign-up list (qa50 p1)', () => {
  // Counted against the households: a household sheet, not a sign-up list.
  const households = (text: string) => text.replace('of: Chỉ tiêu (người) }', 'of: Số hộ }');
  const flyerOf = async (text: string) => {
    const lines = (await readFile(fixture('groups.csv'), 'utf8')).split(/\r\n/);
    const b = await buildCampaignText(text, [lines[0], lines[7], ''].join('\r\n'), 'flyer');
    expect(b.code, b.stderr).toBe(0);
    return b.text('to-dan-pho-tan-lap', 'flyer');
  };
  it('prints “Hạn đăng ký” where the notice and a step say that day is the last to sign up, “Thời hạn” where they do not', async () => {
    const counted = households(yaml);
    expect(counted).not.toBe(yaml);
    // The body ("đăng ký trước hạn chót ngày 12/12/2026") and the first step name the day.
    expect(await flyerOf(counted)).toContain(`Hạn đăng ký: ${campaign.deadline}`);
    // Neither says “đăng ký” with that day: the day to hand something in, the word as before.
    const other = counted
      .replace('đăng ký trước hạn chót ngày', 'nộp phiếu trước hạn chót ngày')
      .replace(
        'Đăng ký học qua biểu mẫu (quét mã QR) trước ngày 12/12/2026',
        'Nộp phiếu trước ngày 12/12/2026',
      );
    const text = await flyerOf(other);
    expect(text).toContain(`Thời hạn: ${campaign.deadline}`);
    expect(text).not.toContain('Hạn đăng ký');
  });

  it('prints “Hạn đăng ký” where the notice writes that day out, “ngày 12 tháng 12 năm 2026”', async () => {
    // Only the body names the day, in words as a notice's date line writes it: 12/12/2026.
    const written = households(yaml)
      .replace('hạn chót ngày 12/12/2026', 'hạn chót ngày 12 tháng 12 năm 2026')
      .replace(
        'Đăng ký học qua biểu mẫu (quét mã QR) trước ngày 12/12/2026',
        'Nộp phiếu trước ngày 12/12/2026',
      );
    expect(written).toContain('đăng ký trước hạn chót ngày 12 tháng 12 năm 2026');
    expect(await flyerOf(written)).toContain(`Hạn đăng ký: ${campaign.deadline}`);
  });
});
