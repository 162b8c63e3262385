/**
 * A commune that mixes thôn and tổ dân phố (common since the 2025 mergers), its list typed with
 * the headers such a list has ("Mã thôn, tổ", "Tên thôn/tổ dân phố", "Trưởng thôn/Tổ trưởng")
 * and ending with a "Tổng cộng" row: `check` reads both groups (as many of each word: "2 khu dân
 * cư", qa11 Q8), names the totals row, and each
 * group's tracking sheet (read back with pdftotext) calls its head by its own word — "Trưởng
 * thôn" for the thôn, "Tổ trưởng" for the tổ dân phố — while the notice sent to all of them says
 * the commune's word for all of them in every copy (qa11 Q19).
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
  '"Mã thôn, tổ",Tên thôn/tổ dân phố,Trưởng thôn/Tổ trưởng,Số hộ gia đình',
  '1,Thôn Đông,Nguyễn Văn An,120',
  '2,Tổ dân phố Chợ,Lê Thị Bình,95',
  ',Tổng cộng,,215',
].join('\n');

const CAMPAIGN = `${NOTICE_ONLY}actions:\n  - step: Lật úp các vật dụng chứa nước đọng.\n    column: Đã dọn vật chứa nước\n`;

async function commune() {
  const dir = await makeTempDir('phuong-print-mixed-');
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'thon-to.csv');
  await writeFile(campaign, CAMPAIGN);
  await writeFile(groups, GROUPS);
  return { dir, campaign, groups };
}

describe('a commune of thôn and tổ dân phố', () => {
  it('check reads both groups and says the totals row is skipped', async () => {
    const { campaign, groups } = await commune();
    const r = await checkVi(campaign, groups);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 2 khu dân cư, /);
    expect(r.stderr).toContain(
      `cảnh báo: ${groups}, dòng 4: đây là dòng tổng cộng (“Tổng cộng”), không phải một khu dân cư: đã bỏ qua dòng này`,
    );
    expect(r.stderr).not.toContain('không dùng đến');
  });

  it("each tracking sheet names the head by the group's own word", async () => {
    const { dir, campaign, groups } = await commune();
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      ...buildArgs(campaign, groups, out, '--kind', 'tracker', '--quiet'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const thon = await pdfText(join(out, 'thon-dong', 'tracker.pdf'));
    const to = await pdfText(join(out, 'to-dan-pho-cho', 'tracker.pdf'));
    expect(thon).toContain('Trưởng thôn: Nguyễn Văn An');
    expect(thon).toContain('TRƯỞNG THÔN');
    expect(thon).not.toMatch(/tổ trưởng/i);
    expect(to).toContain('Tổ trưởng: Lê Thị Bình');
    expect(to).toContain('TỔ TRƯỞNG');
  });

  it('every copy of the notice names all the groups alike, each its own group in its word', async () => {
    // The body asks all the groups (the commune's word: as many thôn as tổ dân phố, "khu dân
    // cư") and names the copy's own head and group (its own word).
    const body =
      'Đề nghị {{term.groups}} triển khai. {{term.Groups}} báo cáo trước ngày 10. {{term.Leader}} {{group.name}} chịu trách nhiệm.';
    const { dir, campaign, groups } = await commune();
    await writeFile(
      campaign,
      CAMPAIGN.replace('body: Đề nghị các khu phố triển khai.', `body: "${body}"`),
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      ...buildArgs(campaign, groups, out, '--kind', 'notice', '--quiet'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const text = async (slug: string) =>
      (await pdfText(join(out, slug, 'notice.pdf'))).replace(/\s+/g, ' ');
    const thon = await text('thon-dong');
    const to = await text('to-dan-pho-cho');
    for (const copy of [thon, to]) {
      expect(copy).toContain(
        'Đề nghị các khu dân cư triển khai. Các khu dân cư báo cáo trước ngày 10.',
      );
      expect(copy).not.toMatch(/các thôn|các tổ dân phố/i);
    }
    expect(thon).toContain('Trưởng thôn Đông chịu trách nhiệm.');
    expect(to).toContain('Tổ trưởng tổ dân phố Chợ chịu trách nhiệm.');
  });
});
