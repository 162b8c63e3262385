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
import { buildArgs, checkVi, runCli } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const BRING = Array.from(
  { length: 12 },
  (_, i) => `Giấy tờ tùy thân, thẻ căn cước và sổ hộ khẩu của người thứ ${i + 1}`,
);
const HOTLINES = Array.from(
  { length: 30 },
  (_, i) => `Ban Chỉ huy Phòng thủ dân sự phường Sơn Trà, tổ ${i + 1}: 0236 3 111 ${200 + i}`,
);

const YAML = `issued: 2026-09-21
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG SƠN TRÀ]
  ward: phường Sơn Trà
  place: Sơn Trà
  office: Văn phòng UBND phường
  phone: "0236 3 831 114"
notice:
  number: 7
  symbol: CĐ-UBND
  subject: chủ động ứng phó với bão số 3
  recipients: ["{{group.name}}"]
  body: Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.
  signer: { lines: [CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: Ứng phó bão số 3
actions:
  - { step: "Chằng chống nhà cửa, chặt tỉa cây xanh quanh nhà", column: Đã chằng chống }
  - { step: Sơ tán đến nơi an toàn khi có lệnh của phường, column: Đã sơ tán }
bring:
${BRING.map((b) => `  - ${b}\n`).join('')}hotlines:
${HOTLINES.map((h) => `  - "${h}"\n`).join('')}`;

let dir: string;
let campaign: string;
let groups: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-flyer-lists-');
  campaign = join(dir, 'campaign.yaml');
  groups = join(dir, 'groups.csv');
  await writeFile(campaign, YAML);
  await writeFile(groups, 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n');
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
    const r = await runCli([
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
