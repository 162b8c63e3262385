/**
 * A flyer too long for its page because of the campaign's own lists (30 numbers to call, 12
 * things to bring) was refused at templates/flyer.hbs, a file the office never wrote. What the
 * office reads now: the campaign file, the list's field and its line there (the largest list's,
 * and each list's in the parts that take the room), and how many lines to cut — from `build` as
 * from `check`, in Vietnamese.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const BRING = Array.from(
  { length: 12 },
  (_, i) => `Giấy tờ tùy thân, thẻ căn cước và sổ hộ khẩu của người thứ ${i + 1}`,
);
const HOTLINES = Array.from(
  { length: 30 },
  (_, i) => `Ban Chỉ huy Phòng thủ dân sự phường Sơn Trà, tổ ${i + 1}: 0236 3 111 ${200 + i}`,
);

const YAML = stormCampaign({ bring: BRING, hotlines: HOTLINES.map((h) => `"${h}"`) });

let dir: string;
let campaign: string;
let groups: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-flyer-lists-');
  campaign = join(dir, 'campaign.yaml');
  groups = join(dir, 'groups.csv');
  await writeFile(campaign, YAML);
  await writeFile(groups, STORM_GROUPS);
});
afterAll(removeTempDirs);

/** What the office is told, as one line (the terminal's wrapping aside). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function expectSaidAtTheLists(stderr: string) {
  const said = flat(stderr);
  const hotlines = lineOf(YAML, HOTLINES[0] as string);
  const bring = lineOf(YAML, BRING[0] as string);
  // At the longest list's first line in the campaign file, not at the tool's template.
  expect(said).toContain(`${campaign}, dòng ${hotlines}, mục “hotlines”: `);
  expect(said).toContain('nội dung tờ rơi không vừa một trang A5');
  expect(said).not.toContain('flyer.hbs');
  // Each list among the parts that take the room, with its line.
  expect(said).toContain(
    `“Số điện thoại cần biết” (mục “hotlines”, dòng ${hotlines}) ${HOTLINES.length} dòng`,
  );
  expect(said).toContain(`“Cần mang theo” (mục “bring”, dòng ${bring}) ${BRING.length} dòng`);
  // What to cut, and where.
  expect(said).toMatch(
    new RegExp(
      `gợi ý: Rút ngắn một trong các danh sách của chiến dịch trong tệp campaign\\.yaml: mục “hotlines” ở dòng ${hotlines}: bớt khoảng \\d+ dòng`,
    ),
  );
  expect(said).toMatch(/Tờ rơi đang dài hơn trang \d+ mm\./);
}

describe('a flyer too long for the campaign’s own lists', () => {
  it('build: the refusal names the campaign file, the list and its line', async () => {
    // The command's code in this process, as check below: the same exit code and words, without
    // a Node start-up.
    const r = await runCliInProcess([
      ...buildArgs(campaign, groups, join(dir, 'out')),
      '--kind',
      'flyer',
      '--lang',
      'vi',
    ]);
    expect(r.code, r.stderr).not.toBe(0);
    expectSaidAtTheLists(r.stderr);
  });

  it('check: the same, at the same line', async () => {
    const r = await checkVi(campaign, groups, {}, ['--kind', 'flyer']);
    expect(r.code, r.stderr).not.toBe(0);
    expectSaidAtTheLists(r.stderr);
  });
});
