/**
 * A full flyer with the lists an office fills in: the Hải Phòng contest (prizes, steps, its long
 * code at the foot) with one thing to bring and two numbers to call was refused for every group
 * ("nội dung tờ rơi không vừa một trang A5 … Rút ngắn mẫu tờ rơi hoặc các nội dung cuộc thi"),
 * though the office touched no template. Now the flyer pairs short lines of its lists before
 * refusing, and a flyer that truly cannot fit is refused naming its parts, "Cần mang theo" and
 * "Số điện thoại cần biết" with their lines, and how much to cut. What a household and the
 * office see: the flyer's text, the command's words.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { STORM_ACTIONS, STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/campaign.yaml', import.meta.url));
/** The example's first group, as its groups file gives it. */
const GROUPS = 'STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ dân phố số 1;Nguyễn Văn Hùng\n';

const BRING = ['Điện thoại thông minh đã sạc đầy pin', 'Thẻ căn cước gắn chip'];
const HOTLINES = [
  ['Hỗ trợ kỹ thuật cuộc thi', '0904 540 490'],
  ['Công an phường', '0225 3 842 113'],
  ['Trạm Y tế phường', '0225 3 842 115'],
] as const;
/** Long names, as a ward writes them: none shares a row. */
const LONG_HOTLINES = [
  ['Tổ công nghệ số cộng đồng phường Lê Chân (hỗ trợ cài đặt tại nhà)', '0904 540 490'],
  ['Công an phường Lê Chân (trực ban 24/24)', '0225 3 842 113'],
  ['Trạm Y tế phường Lê Chân', '0225 3 842 115'],
  ['Phòng Văn hoá - Xã hội, Ủy ban nhân dân phường Lê Chân', '0225 3 857 123'],
] as const;

const withLists = (
  yaml: string,
  bring: readonly string[],
  hotlines: readonly (readonly string[])[],
) =>
  `${yaml}\nbring:\n${bring.map((b) => `  - ${b}\n`).join('')}hotlines:\n${hotlines
    .map(([who, number]) => `  - "${who}: ${number}"\n`)
    .join('')}`;

/** The flyer's lines as pdf.js reads them, each run of white space one space. */
async function flyerLines(built: TextBuild, group = 'to-dan-pho-so-1'): Promise<string[]> {
  const raw = await pdfText(await readFile(join(built.dir, 'out', group, 'flyer.pdf')));
  return raw.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
}

/** A storm warning (no contest): its steps, what to bring, ten numbers to call, a map's code. */
const STORM_HOTLINES = [
  ['Cứu hỏa', '114'],
  ['Trực ban Công an phường', '0236 3 888 000'],
  ['Ban Chỉ huy PTDS phường', '0236 3 111 222'],
  ['Công an phường', '0236 3 888 999'],
  ['Trạm Y tế phường', '0905 111 222'],
  ['Cấp cứu', '115'],
  ['Điện lực Sơn Trà', '0236 3 222 333'],
  ['Tổ trưởng tổ dân phố', '0905 123 456'],
  ['Đội xung kích phường', '0905 654 321'],
] as const;
const STORM_BRING = [
  'Giấy tờ tùy thân, thẻ căn cước',
  'Thuốc men thiết yếu',
  'Đèn pin, pin dự phòng',
  'Áo mưa',
  'Nước uống, lương khô',
  'Điện thoại đã sạc đầy',
];

const STORM = stormCampaign({
  before: `links:
  map: { url: "https://www.google.com/maps/d/viewer?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz012345&ll=16.0869,108.2424&z=14", label: Bản đồ điểm sơ tán }
`,
  actions: [
    ...STORM_ACTIONS,
    '{ step: "Dự trữ lương thực, nước uống cho ít nhất 3 ngày", column: Đã dự trữ }',
    '{ step: "Kiểm tra, cắt điện khi nước dâng vào nhà", column: Đã cắt điện }',
    '{ step: "Không ra biển, không đi qua ngầm tràn, khu vực sạt lở", column: Đã nhắc }',
    '{ step: "Theo dõi tin bão trên đài phát thanh của phường và Zalo của tổ", column: Đã theo dõi }',
    '{ step: "Neo đậu tàu thuyền vào nơi tránh trú an toàn", column: Đã neo tàu }',
    '{ step: "Gia cố mái nhà bằng bao cát", column: Đã gia cố }',
    '{ step: "Không ra ngoài khi bão đổ bộ", column: Ở trong nhà }',
  ],
  bring: STORM_BRING,
  hotlines: STORM_HOTLINES.map(([who, number]) => `"${who}: ${number}"`),
});

let example: string;
let built: TextBuild;
beforeAll(async () => {
  example = await readFile(EXAMPLE, 'utf8');
  built = await buildCampaignText(withLists(example, BRING, HOTLINES), GROUPS, 'flyer');
}, 120_000);
afterAll(removeTempDirs);

describe('the example contest with two things to bring and three numbers to call', () => {
  it('builds its flyer', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('prints the lists and still all of the contest', async () => {
    const text = await built.text('to-dan-pho-so-1', 'flyer');
    expect(text).toContain('Cần mang theo');
    for (const b of BRING) expect(text).toContain(b);
    expect(text).toContain('Số điện thoại cần biết');
    for (const [who, number] of HOTLINES) expect(text).toContain(`${who}: ${number}`);
    // The contest's own parts, from the campaign.
    expect(text).toContain('Công dân số Hải Phòng - sử dụng thông minh, sống an toàn');
    expect(text).toContain('Giải cá nhân học tập tích cực');
    expect(text).toContain('5.000.000 đồng');
    expect(text).toContain('Nhận chứng nhận');
    expect(text).toContain('0904 540 490');
  });

  it('keeps every number whole on its line', async () => {
    const lines = await flyerLines(built);
    for (const [, number] of HOTLINES)
      expect(
        lines.some((l) => l.includes(number)),
        `${number} in:\n${lines.join('\n')}`,
      ).toBe(true);
  });
});

describe('a storm warning with many numbers to call', () => {
  it('prints every step, thing to bring and number, each number whole on its line', async () => {
    const storm = await buildCampaignText(STORM, STORM_GROUPS, 'flyer');
    expect(storm.code, storm.stderr).toBe(0);
    const text = await storm.text('to-dan-pho-1', 'flyer');
    expect(text).toContain('Không ra ngoài khi bão đổ bộ');
    for (const b of STORM_BRING) expect(text).toContain(b);
    for (const [who, number] of STORM_HOTLINES) expect(text).toContain(`${who}: ${number}`);
    const lines = await flyerLines(storm, 'to-dan-pho-1');
    for (const [, number] of STORM_HOTLINES)
      expect(
        lines.some((l) => l.includes(number)),
        `${number} in:\n${lines.join('\n')}`,
      ).toBe(true);
  });
});

describe('a flyer that cannot fit', () => {
  it('check names what takes the room, the lists with their lines, and how much to cut', async () => {
    const dir = await makeTempDir('phuong-print-flyer-fit-');
    const campaign = join(dir, 'campaign.yaml');
    const yaml = withLists(example, BRING, LONG_HOTLINES);
    await writeFile(campaign, yaml);
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    const run = await checkVi(campaign, join(dir, 'groups.csv'));
    expect(run.code).not.toBe(0);
    const said = run.stderr.replace(/\s+/g, ' ');
    expect(said).toContain('nội dung tờ rơi không vừa một trang A5');
    // Each of the campaign's lists at its line in the campaign file (the office wrote them, not
    // the template).
    const bring = lineOf(yaml, `  - ${BRING[0]}`);
    const hotlines = lineOf(yaml, LONG_HOTLINES[0][0]);
    expect(said).toContain(`“Cần mang theo” (mục “bring”, dòng ${bring}) ${BRING.length} dòng`);
    expect(said).toContain(
      `“Số điện thoại cần biết” (mục “hotlines”, dòng ${hotlines}) ${LONG_HOTLINES.length} dòng`,
    );
    expect(said).toContain('“Giải thưởng” (mục “contest.prizes”');
    expect(said).toMatch(/còn dài hơn \d+ mm/);
    expect(said).toMatch(
      new RegExp(
        `gợi ý: Rút ngắn một trong các danh sách của chiến dịch trong tệp campaign\\.yaml: .*mục “hotlines” ở dòng ${hotlines}: bớt khoảng \\d+ dòng`,
      ),
    );
    expect(said).not.toContain('flyer.hbs');
    // Not the old hint, which named only the template and the contest.
    expect(said).not.toContain('Rút ngắn mẫu tờ rơi hoặc các nội dung cuộc thi');
  });
});
