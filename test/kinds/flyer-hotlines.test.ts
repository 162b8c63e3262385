/**
 * The numbers to call and what to bring (qa21 findings 5 and 14): a storm warning's hotlines were
 * only in the notice's body table, so the flyer (the one paper households get) carried the
 * office's phone alone; a VNeID drive's "Mang theo thẻ căn cước…" could only be a tick column.
 * `hotlines` and `bring` print on the flyer, "Số điện thoại cần biết" boxed, each number whole on
 * its line; `check` refuses a hotline line with no number and suggests moving a "Mang theo …"
 * action to `bring`. What a household and the office see: the flyer's text, the command's words.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { STORM_GROUPS, STORM_PHONE, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** Whom to call and the number, as the office types them; long names, as a ward's are. */
const HOTLINES = [
  // The office's own phone (issuer.phone) among them, as a ward's storm line often is.
  ['Ban Chỉ huy Phòng thủ dân sự phường Sơn Trà (trực 24/24)', STORM_PHONE],
  ['Công an phường Sơn Trà', '0236 3 888 999'],
  ['Trạm Y tế phường', '0905 111 222'],
] as const;
const BRING = ['Giấy tờ tùy thân, thẻ căn cước', 'Thuốc men thiết yếu của gia đình'];

const CAMPAIGN = (more = '') =>
  stormCampaign({
    bring: BRING,
    // Typed unquoted, as a công văn's lines are; the last one's number read by YAML as an integer.
    hotlines: [
      `${HOTLINES[0][0]}: ${HOTLINES[0][1]}`,
      `"${HOTLINES[1][0]}: ${HOTLINES[1][1]}"`,
      `${HOTLINES[2][0]}: ${HOTLINES[2][1].replaceAll(' ', '')}`,
    ],
    after: more,
  });
const GROUPS = STORM_GROUPS;

let built: TextBuild;
beforeAll(async () => {
  built = await buildCampaignText(CAMPAIGN(), GROUPS, 'flyer,checklist');
}, 120_000);
afterAll(removeTempDirs);

describe('the numbers to call and what to bring, on the flyer', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('prints "Số điện thoại cần biết" with each line, and "Cần mang theo" with each thing', async () => {
    const text = await built.text('to-dan-pho-1', 'flyer');
    expect(text).toContain('Số điện thoại cần biết');
    for (const [who, number] of HOTLINES) expect(text).toContain(`${who}: ${number}`);
    expect(text).toContain('Cần mang theo');
    for (const b of BRING) expect(text).toContain(b);
    // The office at the foot; its phone, one of the hotlines, printed once on each paper (qa51).
    expect(text).toContain('Liên hệ:');
    // (The flyer's sheet holds two copies, each with its "Số điện thoại cần biết".)
    for (const kind of ['flyer', 'checklist'] as const) {
      const paper = await built.text('to-dan-pho-1', kind);
      const copies = paper.split('Số điện thoại cần biết').length - 1;
      const digits = paper.replace(/\D/g, '');
      expect(digits.split(STORM_PHONE.replace(/\D/g, '')).length - 1, kind).toBe(copies);
    }
  });

  it('prints the office phone once on a contest without its own support phone too', async () => {
    // A contest whose support line is the office's ("Liên hệ: …" with its phone), the office's
    // phone one of the hotlines: the flyer printed it under the hotlines and again at its foot.
    const contest = await buildCampaignText(
      stormCampaign({
        before:
          'links:\n  contest: { url: "https://thi.sontra.vn", label: Trang cuộc thi }\n' +
          'contest:\n  name: Tìm hiểu phòng chống thiên tai\n  platform: Cổng thông tin phường\n' +
          '  starts: 2026-09-22\n  ends: 2026-10-22\n',
        hotlines: HOTLINES.map(([who, number]) => `"${who}: ${number}"`),
      }),
      GROUPS,
      'flyer,checklist',
    );
    expect(contest.code, contest.stderr).toBe(0);
    for (const kind of ['flyer', 'checklist'] as const) {
      const paper = await contest.text('to-dan-pho-1', kind);
      expect(paper, kind).toContain('Liên hệ:');
      const copies = paper.split('Số điện thoại cần biết').length - 1;
      expect(copies, kind).toBeGreaterThan(0);
      const digits = paper.replace(/\D/g, '');
      expect(digits.split(STORM_PHONE.replace(/\D/g, '')).length - 1, kind).toBe(copies);
    }
  }, 120_000);

  it('ticks what to bring on the checklist, after the steps', async () => {
    const text = await built.text('to-dan-pho-1', 'checklist');
    const at = text.indexOf('Cần mang theo');
    expect(at).toBeGreaterThan(text.indexOf('Sơ tán đến nơi an toàn'));
    for (const b of BRING) expect(text.indexOf(b)).toBeGreaterThan(at);
  });

  it('lists the numbers to call on the checklist too, before the contact line', async () => {
    const text = await built.text('to-dan-pho-1', 'checklist');
    const at = text.indexOf('Số điện thoại cần biết');
    expect(at).toBeGreaterThan(text.indexOf('Cần mang theo'));
    for (const [who, number] of HOTLINES)
      expect(text.indexOf(`${who}: ${number}`)).toBeGreaterThan(at);
    expect(text.indexOf('Liên hệ:')).toBeGreaterThan(text.indexOf(HOTLINES[2][1]));
  });

  it('keeps every number whole on one line', async () => {
    const raw = await pdfText(await readFile(join(built.dir, 'out', 'to-dan-pho-1', 'flyer.pdf')));
    const lines = raw.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    for (const [, number] of HOTLINES)
      expect(
        lines.some((l) => l.endsWith(number)),
        `${number} in:\n${raw}`,
      ).toBe(true);
  });
});

describe('check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('phuong-print-hotlines-');
    await writeFile(join(dir, 'groups.csv'), GROUPS);
  });

  it('refuses a line of the numbers to call that gives no number, naming the line', async () => {
    const file = join(dir, 'no-number.yaml');
    await writeFile(file, CAMPAIGN('  - Ban Chỉ huy quân sự phường\n'));
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code).not.toBe(0);
    const said = run.stderr.replace(/\s+/g, ' ');
    expect(said).toContain(
      'dòng 4 của “Số điện thoại cần biết” (“Ban Chỉ huy quân sự phường”) không có số điện thoại',
    );
    expect(said).toContain('Ghi số điện thoại sau tên nơi cần gọi');
  });

  // qa50 p8: a group's own number asked for is not a number forgotten: said as what it is.
  it('refuses a line that takes its number from the groups file, saying where that number prints', async () => {
    const file = join(dir, 'group-number.yaml');
    await writeFile(file, CAMPAIGN('  - "Tổ trưởng tổ dân phố: {{group.phone}}"\n'));
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code).not.toBe(0);
    const said = run.stderr.replace(/\s+/g, ' ');
    expect(said).toContain(
      'dòng 4 của “Số điện thoại cần biết” (“Tổ trưởng tổ dân phố: {{group.phone}}”) lấy số từ danh sách tổ ({{…}})',
    );
    expect(said).toContain('tờ rơi và trang của tổ trưởng đã ghi tên và số điện thoại tổ trưởng');
    expect(said).not.toContain('không có số điện thoại');
  });

  it('suggests moving an action that says what to bring, without refusing it', async () => {
    const file = join(dir, 'bring-action.yaml');
    const step = 'Mang theo thẻ căn cước gắn chip và điện thoại đã cài VNeID';
    await writeFile(file, CAMPAIGN().replace('actions:\n', `actions:\n  - step: ${step}\n`));
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code, run.stderr).toBe(0);
    const said = `${run.stdout}\n${run.stderr}`.replace(/\s+/g, ' ');
    expect(said).toContain(`việc “${step}” là thứ cần mang theo`);
    expect(said).toContain(
      'Nên chuyển sang mục “Cần mang theo” (bring), mỗi dòng một thứ: “Thẻ căn cước gắn chip và điện thoại đã cài VNeID”',
    );
    // Not the column hint, whose example names another thing ("Đã báo sai tên").
    expect(said).not.toContain('Đã báo sai tên');
  });
});
