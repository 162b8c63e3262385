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
