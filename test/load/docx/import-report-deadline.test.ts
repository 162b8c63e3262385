/**
 * The report's deadline read from a Word notice (qa54 p6): the food-safety month's công văn
 * (test/fixtures/qa54-attp/cong-van-attp.docx, as the QA round wrote it with the `docx` package)
 * says "Báo cáo số hộ kinh doanh đã ký cam kết về Phòng Văn hóa - Xã hội trước ngày 05/01/2027".
 * `import-docx` read its "Thời gian" as `when` but not this: the leader's page had no "Hạn báo
 * cáo", and figures were counted late from the campaign's end, 15/01/2027.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/load/campaign.js';
import { runCliInProcess } from '../../support/cli.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';

afterAll(removeTempDirs);

const DOCX = fileURLToPath(new URL('../../fixtures/qa54-attp/cong-van-attp.docx', import.meta.url));
/**
 * qa58's consultation notice (made by the QA round's mkdocx.py as Word XML). Section III: "1.
 * Trưởng các tổ dân phố chủ trì hội nghị, lập biên bản …, gửi về Ủy ban nhân dân phường trước
 * ngày 10/02/2027." / "2. Phòng Văn hóa - Xã hội tổng hợp ý kiến, báo cáo Ủy ban nhân dân phường
 * trước ngày 15/02/2027."
 */
const CONSULT = fileURLToPath(new URL('../../fixtures/qa58-lyk/lay-y-kien.docx', import.meta.url));

/**
 * review58a #1: a one-date notice (made by the review's mk.py as Word XML) whose "II. TỔ CHỨC
 * THỰC HIỆN" says "Đề nghị Trưởng các tổ dân phố thông báo đến các hộ gia đình nộp tiền trước
 * ngày 20/12/2026.": the households' payment day, no report the leaders send.
 */
const PAY_DAY = fileURLToPath(new URL('../../fixtures/qa58-lyk/nop-tien.docx', import.meta.url));

/** `import-docx` run on a fixture: the campaign written and what it said, spaces collapsed. */
async function imported(fixture: string) {
  const dir = await makeTempDir('phuong-print-docx-deadline-');
  await copyFile(fixture, join(dir, 'notice.docx'));
  const r = await runCliInProcess(['import-docx', 'notice.docx', '--out', 'ward', '--lang', 'vi'], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  const { campaign } = await loadCampaign(join(dir, 'ward', 'campaign.yaml'));
  return { campaign, out: `${r.stdout}${r.stderr}`.replace(/\s+/g, ' ') };
}

describe('import-docx and the report’s deadline (qa54 p6)', () => {
  it('takes the day the body asks the report by as report.deadline, said as a guess', async () => {
    const dir = await makeTempDir('phuong-print-docx-deadline-');
    await copyFile(DOCX, join(dir, 'cong-van.docx'));
    const r = await runCliInProcess(
      ['import-docx', 'cong-van.docx', '--out', 'ward', '--lang', 'vi'],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const { campaign } = await loadCampaign(join(dir, 'ward', 'campaign.yaml'));
    expect(campaign.report?.deadline).toBe('2027-01-05');
    expect(`${r.stdout}${r.stderr}`).toContain('report.deadline: 05/01/2027');
  });

  it("takes the tổ leaders' day, not the office's own later one, and names both (qa58 M1)", async () => {
    const { campaign, out } = await imported(CONSULT);
    // The leaders' step (item 1) gives them until 10/02, not the Phòng's 15/02 (item 2).
    expect(campaign.report?.deadline).toBe('2027-02-10');
    expect(out).toContain('report.deadline: 10/02/2027');
    expect(out).toContain('gửi về Ủy ban nhân dân phường trước ngày 10/02/2027');
    // Both days named, so the office can check which is the leaders'.
    expect(out).toMatch(
      /cảnh báo: đoạn \d+ \(“báo cáo Ủy ban nhân dân phường trước ngày 15\/02\/2027”\)/,
    );
    expect(out).toContain('hai ngày có thể là hạn báo cáo: 10/02/2027');
    expect(out).toContain('và 15/02/2027');
    expect(out).toContain(
      'nếu tổ trưởng phải gửi kết quả trước 15/02/2027 thì sửa report.deadline',
    );
  });

  it('takes no report day from the households’ payment day the leaders pass on (review58a #1)', async () => {
    const { campaign, out } = await imported(PAY_DAY);
    expect(campaign.report?.deadline).toBeUndefined();
    expect(out).not.toContain('report.deadline');
    expect(out).not.toContain('hạn báo cáo: 20/12/2026');
  });
});
