/**
 * What `check --lang vi` says of the columns an office names by hand (qa21 findings 8 and 14):
 * a column typed with its spaces and no brackets, or without "group.", is said in the bracket
 * form with the file's header (never "không có hàm", a function); a letter off names the column
 * meant; a time cell that says no time ("Chưa xếp lịch") is warned of at its row and column,
 * with what the flyer prints for that group. Campaign and groups: the QA tester's dengue
 * campaign (test/fixtures/qa21-sxh), and a small schedule typed here.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-sxh');

afterAll(removeTempDirs);

/** The QA campaign with `recipients` as its "Kính gửi" and `line` added to its body. */
async function typed(recipients: string, line: string): Promise<string> {
  const yaml = await readFile(join(FIXTURE, 'campaign.yaml'), 'utf8');
  const dir = await makeTempDir('phuong-print-typed-');
  const edited = yaml
    .replace(
      'recipients:\n    # "Kính gửi"',
      `recipients:\n    - "${recipients}"\n    # "Kính gửi"`,
    )
    .replace('    []\n  body:', '  body:')
    .replace('nghiêm túc./.', `nghiêm túc./.\n    ${line}`);
  expect(edited).toContain(line);
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, edited);
  return file;
}

const check = (campaign: string, groups: string) =>
  runCliInProcess(['check', '--campaign', campaign, '--groups', groups, '--lang', 'vi']);

describe('check --lang vi: a column typed by hand', () => {
  it('says the bracket form, "group." and the column a letter off', async () => {
    const campaign = await typed(
      'Tổ trưởng {{group.Tên tổ dân phố}}',
      'Tập trung tại {{Điểm tập kết}}, lúc {{group.[Giờ tập chung]}}.',
    );
    const r = await check(campaign, join(FIXTURE, 'groups.xlsx'));
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /mục thứ 1 của “notice\.recipients”: lỗi mẫu: tên cột có dấu cách phải viết trong ngoặc vuông: \{\{group\.\[Tên tổ dân phố\]\}\}$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /mục “notice\.body”: lỗi mẫu: cột của danh sách tổ phải ghi sau “group\.”, trong ngoặc vuông: \{\{Điểm tập kết\}\} → \{\{group\.\[Điểm tập kết\]\}\}$/,
      ),
    );
    expect(lines).toContain(
      'gợi ý: Danh sách tổ không có cột “Giờ tập chung”. Có phải “Giờ tập trung”? Hãy ghi {{group.[Giờ tập trung]}}.',
    );
    expect(r.stderr).not.toContain('không có hàm');
    // The fix is said in full: no hint sends the office to a README.
    expect(r.stderr).not.toContain('README');
  });

  it('names the file’s header for words without marks, and a known field by its name', async () => {
    const campaign = await typed('Tổ trưởng {{group.Ten to dan pho}}', '{{group.Tổ trưởng}} nhận.');
    const r = await check(campaign, join(FIXTURE, 'groups.xlsx'));
    expect(r.stderr).toContain(
      'tên cột có dấu cách phải viết trong ngoặc vuông: {{group.[Tên tổ dân phố]}}',
    );
    expect(r.stderr).toContain(
      'tên cột có dấu cách phải viết trong ngoặc vuông: {{group.[Tổ trưởng]}}',
    );
  });

  it('still calls a misspelt helper one', async () => {
    const campaign = await typed('{{uper group.name}}', 'Hết.');
    const r = await check(campaign, join(FIXTURE, 'groups.xlsx'));
    expect(r.stderr).toContain('không có hàm “uper”');
  });
});

const SCHEDULE = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Thời gian
1;Tổ dân phố 1;Đặng Thị Quý;139;7h30 - 11h00, thứ Bảy 07/03/2026
2;Tổ dân phố 2;Bùi Văn Dũng;168;Sáng Chủ nhật
3;Tổ dân phố 3;Dương Văn Mai;130;Chưa xếp lịch
`;

const DENGUE = `issued: 2026-03-02
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG HÒA CƯỜNG]
  ward: phường Hòa Cường
  place: Hòa Cường
  office: Phòng Văn hóa - Xã hội
title: Phòng, chống sốt xuất huyết
notice:
  number: 27
  symbol: UBND-VHXH
  subject: tăng cường phòng, chống sốt xuất huyết
  recipients: ["{{group.name}}"]
  body: Đề nghị {{term.groups}} triển khai.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Trần Thị Mỹ Hạnh }
  cc: [Như trên;]
actions:
  - step: Lật úp các vật dụng chứa nước đọng.
measures:
  - { id: ho_sach, label: Số hộ đã dọn vật chứa nước, of: households }
when: "{{group.[Thời gian]}}"
`;

describe('a time cell that says no time', () => {
  it('is warned of at its row and column, and the flyer says it as the group’s time', async () => {
    const dir = await makeTempDir('phuong-print-undated-');
    await writeFile(join(dir, 'campaign.yaml'), DENGUE);
    await writeFile(join(dir, 'groups.csv'), SCHEDULE);
    const r = await check(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
    expect(r.code).toBe(0);
    const warned = r.stderr.split('\n').filter((l) => l.includes('không có ngày giờ'));
    // Row 4 of the file (its header is row 1); "Sáng Chủ nhật" says when, without a digit.
    expect(warned).toEqual([
      `cảnh báo: ${join(dir, 'groups.csv')}, dòng 4, cột “Thời gian”: “Chưa xếp lịch” không có ngày giờ: tờ rơi sẽ in “Thời gian: Chưa xếp lịch”`,
    ]);
    expect(r.stderr).toContain(
      'gợi ý: Khi đã có lịch, ghi ngày giờ vào ô đó; trước đó, chưa phát tờ rơi, chưa dán áp phích của tổ này.',
    );

    // Printed as it is: the residents read that the time is not set yet, rather than a flyer
    // that looks complete without one.
    const built = await buildCampaignText(DENGUE, SCHEDULE, 'flyer');
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('“Chưa xếp lịch” không có ngày giờ');
    expect(await built.text('to-dan-pho-3', 'flyer')).toContain('Thời gian: Chưa xếp lịch');
    expect(await built.text('to-dan-pho-1', 'flyer')).toContain(
      'Thời gian: 7h30 - 11h00, thứ Bảy 07/03/2026',
    );
  });
});
