/**
 * A Central Highlands commune whose villages are "plei" (Jrai, Bahnar: Gia Lai, Kon Tum) and
 * "bon" (M'Nông: Đắk Nông), beside its thôn and buôn: each group's tracking sheet (read back
 * with pdftotext) calls its head by its own word — "Trưởng plei", "Trưởng bon", as "Trưởng
 * buôn" — and its headers "Tên plei/bon", "Trưởng plei/bon" are read (h-q10 item 7).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const GROUPS = [
  'Mã plei,Tên plei/bon,Trưởng plei/bon,Số hộ',
  '1,Plei Ơi,Rơ Châm Hyưk,120',
  "2,Bon Đắk R'Moan,Điểu Sơn,95",
  '3,Buôn Ea Kmăt,Y Bhim Niê,80',
].join('\n');

const CAMPAIGN = `${NOTICE_ONLY}actions:\n  - step: Lật úp các vật dụng chứa nước đọng.\n    column: Đã dọn vật chứa nước\n`;

describe('a commune of plei, bon and buôn', () => {
  it("reads the list, and each tracking sheet names the head by the group's own word", async () => {
    const dir = await makeTempDir('phuong-print-plei-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'plei-bon.csv');
    await writeFile(campaign, CAMPAIGN);
    await writeFile(groups, GROUPS);
    const checked = await checkVi(campaign, groups);
    expect(checked.code, checked.stderr).toBe(0);
    // Every column is a field: none is left unread.
    expect(checked.stderr).not.toContain('không dùng đến');
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      ...buildArgs(campaign, groups, out, '--kind', 'tracker', '--quiet'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const plei = await pdfText(join(out, 'plei-oi', 'tracker.pdf'));
    const bon = await pdfText(join(out, 'bon-dak-r-moan', 'tracker.pdf'));
    const buon = await pdfText(join(out, 'buon-ea-kmat', 'tracker.pdf'));
    expect(plei).toContain('Trưởng plei: Rơ Châm Hyưk');
    expect(bon).toContain('Trưởng bon: Điểu Sơn');
    expect(buon).toContain('Trưởng buôn: Y Bhim Niê');
    for (const t of [plei, bon]) expect(t).not.toMatch(/tổ trưởng/i);
  });
});

/**
 * Khmer villages in the Mekong delta are "phum" as well as "sóc" (qa36 F6): "Phum Sóc Mới" under
 * a header "Tên khóm, ấp" is a phum, headed by a "trưởng phum", not an ấp called "Phum Sóc Mới".
 */
describe('a ward of khóm, ấp, sóc and phum', () => {
  it('calls a phum’s head by its own word', async () => {
    const dir = await makeTempDir('phuong-print-phum-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'khom-ap.csv');
    await writeFile(
      campaign,
      NOTICE_ONLY.replace(
        '  recipients: ["{{group.name}}"]',
        '  recipients: ["{{term.Leader}} {{group.name}} (ông/bà {{group.leader}})"]',
      ),
    );
    await writeFile(
      groups,
      [
        'STT;Tên khóm, ấp;Trưởng khóm/Trưởng ấp;Số hộ',
        '1;Khóm 1;Thạch Thị Sa Ri;180',
        '4;Ấp Prey Chóp;Kim Sóc Phol;140',
        '5;Phum Sóc Mới;Danh Sa Rươl;90',
        '6;Sóc Trà Quýt;Lý Thị Sà Phol;120',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      ...buildArgs(campaign, groups, out, '--kind', 'notice', '--quiet'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const phum = (await pdfText(join(out, 'phum-soc-moi', 'notice.pdf'))).replace(/\s+/g, ' ');
    expect(phum).toContain('Trưởng phum Sóc Mới (ông/bà Danh Sa Rươl)');
    expect(phum).not.toMatch(/ấp Phum/i);
  });
});
