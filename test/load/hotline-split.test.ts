/**
 * A number to call as an office types it (qa24 F11): "Đường dây nóng Sở Y tế (1900 9095)" printed
 * "Đường dây nóng Sở Y tế (: 1900 9095)" on the flyer, the checklist and the leader's page. The
 * bracket, a phone word ("ĐT", "số", "SĐT") and a comma are what stands between the name and the
 * number, and the paper prints "name: number"; a line that still cannot be split is warned at its
 * line by `check`. What the office and a household see: the parts each line is read into (the
 * flyer prints "who: number"), the flyer's text, the command's words.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHotline } from '../../src/load/hotlines.js';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** A line as typed, whom it calls, and its number as printed. */
const LINES: readonly (readonly [string, string, string])[] = [
  ['Đường dây nóng Sở Y tế (1900 9095)', 'Đường dây nóng Sở Y tế', '1900 9095'],
  ['Trạm Y tế phường (ĐT: 0912 345 678)', 'Trạm Y tế phường', '0912 345 678'],
  ['Trạm Y tế phường (SĐT 0912345678)', 'Trạm Y tế phường', '0912 345 678'],
  ['Công an phường - ĐT 0236 3 888 999', 'Công an phường', '0236 3 888 999'],
  ['Tổ trưởng Nguyễn Văn An, số 0912.345.678', 'Tổ trưởng Nguyễn Văn An', '0912 345 678'],
  [
    'Ban Chỉ huy quân sự (trực 24/24: 0905 111 222)',
    'Ban Chỉ huy quân sự (trực 24/24)',
    '0905 111 222',
  ],
  ['Ban Chỉ huy PCTT (0905 111 222, 24/24)', 'Ban Chỉ huy PCTT', '0905 111 222, 24/24'],
  // As they were read before, and still are.
  ['Trạm Y tế phường Tân Phú – 028 3860 1234', 'Trạm Y tế phường Tân Phú', '028 3860 1234'],
  ['Trung tâm Y tế khu vực\t028.3860.5678', 'Trung tâm Y tế khu vực', '028 3860 5678'],
  ['Cấp cứu 115', 'Cấp cứu', '115'],
  ['Công an phường: 0236 3 888 999 (24/24)', 'Công an phường', '0236 3 888 999 (24/24)'],
  ['Tổ 113 khu 2: 0905 111 222', 'Tổ 113 khu 2', '0905 111 222'],
  ['Điện thoại: 0236 3 888 999', 'Điện thoại', '0236 3 888 999'],
];

describe('a number to call, read into whom it calls and the number', () => {
  it.each(LINES)('%s', (line, who, number) => {
    const read = readHotline(line);
    expect(`${read.who}: ${read.number}`).toBe(`${who}: ${number}`);
    // The tel: link dials the number's digits.
    expect(read.dial).toBe(number.split(/[,(]/)[0]?.replace(/\D/g, ''));
  });
});

let built: TextBuild;
let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-hotline-split-');
  await writeFile(join(dir, 'groups.csv'), STORM_GROUPS);
  built = await buildCampaignText(
    stormCampaign({ hotlines: LINES.slice(0, 5).map(([line]) => `"${line}"`) }),
    STORM_GROUPS,
    'flyer,checklist',
  );
}, 120_000);
afterAll(removeTempDirs);

describe('on paper', () => {
  it('prints each line as "whom: number", no bracket or phone word left before the number', async () => {
    expect(built.code, built.stderr).toBe(0);
    for (const kind of ['flyer', 'checklist']) {
      const text = (await built.text('to-dan-pho-1', kind)).replace(/\s+/g, ' ');
      for (const [, who, number] of LINES.slice(0, 5)) expect(text).toContain(`${who}: ${number}`);
      expect(text).not.toContain('(:');
      expect(text).not.toMatch(/ĐT: \d/);
    }
  });
});

describe('check', () => {
  it('warns of a line it cannot split, naming the line and what the papers print', async () => {
    const file = join(dir, 'unsplit.yaml');
    const line = '0905 111 222 Công an phường Sơn Trà';
    await writeFile(file, stormCampaign({ hotlines: [`"${LINES[0]?.[0]}"`, `"${line}"`] }));
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code, run.stderr).toBe(0);
    const said = `${run.stdout}\n${run.stderr}`.replace(/\s+/g, ' ');
    expect(said).toContain(
      `dòng 2 của “Số điện thoại cần biết” (“${line}”) không tách được tên nơi cần gọi và số điện thoại`,
    );
    expect(said).toContain('Ghi tên nơi cần gọi, dấu hai chấm rồi số điện thoại');
    // The line the bracket splits is not warned.
    expect(said).not.toContain('dòng 1 của “Số điện thoại cần biết”');
  });
});
