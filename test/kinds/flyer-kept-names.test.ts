/**
 * A flyer keeps a person's name and a quoted name on one line (qa8 K4): "Liên hệ trưởng thôn
 * Trần Quốc ⏎ Toản." left one word of the leader's name alone on a line, and the title 'Lớp
 * "Bình dân học vụ ⏎ số" cho người cao tuổi' broke inside the programme's name. The thôn, its
 * leader and the title are qa8's (/tmp/qa8/kns); read from the built flyer's lines (pdftotext).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const LEADER = 'Trần Quốc Toản';
const QUOTED = '"Bình dân học vụ số"';
const TITLE = `Lớp ${QUOTED} cho người cao tuổi`;

const CAMPAIGN = `issued: 2026-12-01
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ HÒA PHÚ]
  ward: xã Hòa Phú
  place: Hòa Phú
  office: Văn phòng HĐND và UBND xã
  phone: "0262 3 812 345"
  group_term: thôn
title: '${TITLE}'
actions:
  - step: Mang theo điện thoại thông minh đã sạc đầy pin và căn cước công dân
  - step: Tham dự đủ 3 buổi học tại nhà văn hóa thôn
notice:
  number: 152
  symbol: TB-UBND
  subject: Về việc mở lớp “Bình dân học vụ số” cho người cao tuổi tại các thôn
  recipients: ["Trưởng thôn {{group.name}}"]
  body: Đề nghị Trưởng thôn thông báo rộng rãi đến người cao tuổi trên địa bàn./.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Y Khuê Niê
  cc: [Như trên;, "Lưu: VT."]
`;

const GROUPS = `STT;Tên thôn;Trưởng thôn;Số hộ
4;Thôn Đoàn Kết;${LEADER};76
`;

let lines: string[];
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-kept-names-');
  await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  const out = join(dir, 'out');
  const run = await runCliInProcess([
    'build',
    '--campaign',
    join(dir, 'campaign.yaml'),
    '--groups',
    join(dir, 'groups.csv'),
    '--kind',
    'flyer',
    '--out',
    out,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const text = await pdfText(await readFile(join(out, 'thon-doan-ket', 'flyer.pdf')));
  lines = text.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim());
}, 120_000);
afterAll(removeTempDirs);

describe('names on a flyer', () => {
  it("keeps the leader's name on one line", () => {
    expect(lines.join(' ')).toContain(`Liên hệ trưởng thôn ${LEADER}.`);
    expect(lines.some((l) => l.includes(LEADER))).toBe(true);
  });

  it('keeps the quoted name of a two-line title on one line', () => {
    expect(lines.join(' ')).toContain(TITLE);
    expect(lines.some((l) => l.includes(QUOTED))).toBe(true);
  });
});
