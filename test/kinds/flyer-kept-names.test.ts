/**
 * A flyer keeps a person's name and a quoted name on one line (qa8 K4): "Liên hệ trưởng thôn
 * Trần Quốc ⏎ Toản." left one word of the leader's name alone on a line, and the title 'Lớp
 * "Bình dân học vụ ⏎ số" cho người cao tuổi' broke inside the programme's name. The thôn, its
 * leader and the title are qa8's (/tmp/qa8/kns); read from the built flyer's lines (pdftotext).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { parseCampaignReport } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
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

/** GROUPS' thôn, as the loader reads it. */
const THON = { id: '4', name: 'Thôn Đoàn Kết', source: { file: 'groups.csv', row: 2 } };

const GROUPS = `STT;Tên thôn;Trưởng thôn;Số hộ
4;Thôn Đoàn Kết;${LEADER};76
`;

/** The flyer's and the notice's lines for a campaign (CAMPAIGN with `subject`, `title` when given). */
async function build(subject?: string, title?: string, edit = (yaml: string) => yaml) {
  const dir = await makeTempDir('phuong-print-kept-names-');
  let yaml = edit(
    subject ? CAMPAIGN.replace(/ {2}subject: .*/u, `  subject: ${subject}`) : CAMPAIGN,
  );
  if (title) yaml = yaml.replace(/^title: .*/mu, `title: ${title}`);
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  const out = join(dir, 'out');
  const run = await runCliInProcess([
    'build',
    '--campaign',
    join(dir, 'campaign.yaml'),
    '--groups',
    join(dir, 'groups.csv'),
    '--kind',
    'flyer,notice',
    '--out',
    out,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const linesOf = async (kind: string) =>
    (await pdfText(await readFile(join(out, 'thon-doan-ket', `${kind}.pdf`))))
      .split('\n')
      .map((l) => l.replace(/\s+/gu, ' ').trim());
  return { flyer: await linesOf('flyer'), notice: await linesOf('notice') };
}

let lines: string[];
let notice: string[];
beforeAll(async () => {
  ({ flyer: lines, notice } = await build());
}, 120_000);
afterAll(removeTempDirs);

describe('names on a flyer', () => {
  it("keeps the leader's name on one line", () => {
    expect(lines.join(' ')).toContain(`Liên hệ trưởng thôn ${LEADER}.`);
    expect(lines.some((l) => l.includes(LEADER))).toBe(true);
  });

  it("keeps the ward's name whole in the office's contact line, where it met the line's end (qa19)", async () => {
    // qa19's phường: "Liên hệ: Phòng Văn hóa - Xã hội, phường Ngọc ⏎ Hà".
    const built = await build(undefined, undefined, (yaml) =>
      yaml
        .replace('ward: xã Hòa Phú', 'ward: phường Ngọc Hà')
        .replace('office: Văn phòng HĐND và UBND xã', 'office: Phòng Văn hóa - Xã hội')
        // A link's code beside the foot narrows the contact line to qa19's width.
        .concat(
          'links:\n  tracuu:\n    url: "https://baohiemxahoi.gov.vn/tracuu/Pages/tra-cuu-ho-gia-dinh.aspx"\n    label: Tra cứu mã số BHYT\n',
        ),
    );
    const contact = built.flyer.findIndex((l) => l.startsWith('Liên hệ: '));
    expect(built.flyer.slice(contact, contact + 2).join(' ')).toContain(
      'Liên hệ: Phòng Văn hóa - Xã hội, phường Ngọc Hà',
    );
    expect(built.flyer.filter((l) => /Ngọc$/u.test(l))).toEqual([]);
  }, 120_000);

  it('keeps the quoted name of a two-line title on one line', () => {
    expect(lines.join(' ')).toContain(TITLE);
    expect(lines.some((l) => l.includes(QUOTED))).toBe(true);
  });
});

/**
 * A subject that only repeats the title (qa8 K7: "Mở lớp “Bình dân học vụ số” cho người cao tuổi
 * tại các thôn" under 'Lớp "Bình dân học vụ số" cho người cao tuổi') is not printed again on
 * the flyer; the notice prints it. One that says more (a date) is printed on both.
 */
describe('the subject under a flyer title', () => {
  const REPEATING = 'Mở lớp “Bình dân học vụ số” cho người cao tuổi tại các thôn';

  it('is left off the flyer when it only repeats the title, and printed on the notice', () => {
    expect(lines.join(' ')).not.toContain('tại các thôn');
    // The notice prints the trích yếu as typed, "Về việc" too (qa50 m3).
    expect(notice.join(' ')).toContain(
      `Về việc ${REPEATING.charAt(0).toLowerCase()}${REPEATING.slice(1)}`,
    );
  });

  it('is printed on the flyer when it says more than the title', async () => {
    const more = 'Mở lớp “Bình dân học vụ số” cho người cao tuổi từ ngày 05/12/2026';
    const built = await build(more);
    expect(built.flyer.join(' ')).toContain(more);
    expect(built.notice.join(' ')).toContain(more);
  }, 120_000);

  it('is left off when all it adds is "mở" and the year the time line prints; printed when the flyer has no other year (qa50 p2)', async () => {
    const title = 'Lớp bồi dưỡng kỹ năng số cho người cao tuổi';
    const subject = 'Mở Lớp bồi dưỡng kỹ năng số cho người cao tuổi năm 2026';
    const flyerOf = async (when: string) => {
      const yaml = CAMPAIGN.replace(/^title: .*/mu, `title: ${title}`)
        .replace(/ {2}subject: .*/u, `  subject: Về việc ${subject}`)
        .concat(when ? `when: ${when}\n` : '');
      const { campaign } = parseCampaignReport(yaml, 'campaign.yaml');
      const bytes = (await renderFor(flyer, campaign, THON as Group)).bytes;
      return collapseSpaces(await pdfText(bytes));
    };
    const timed = await flyerOf('từ ngày 12/12/2026 đến ngày 20/12/2026');
    expect(timed).toContain(title);
    expect(timed).not.toContain(subject);
    // No other line says the year: the subject says more than the title, and is printed.
    expect(await flyerOf('')).toContain(subject);
  });

  it('is printed on the flyer when it has every word of the title and many more (qa15)', async () => {
    const title = 'Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư năm 2026';
    const more =
      'Tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư năm 2026 theo mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” và “Điểm chữa cháy công cộng”';
    const built = await build(`"${more.replace(/"/g, '\\"')}"`, `"${title}"`);
    expect(built.flyer.join(' ')).toContain(title);
    expect(built.flyer.join(' ')).toContain(more);
  }, 120_000);
});
