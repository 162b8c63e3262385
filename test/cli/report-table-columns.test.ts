/**
 * qa54 p11: report.pdf's table, as a reader checks it. The clean-up day's kg column printed
 * "1.250,5" above "1.250", both right-aligned on their last character, so the thousands did not
 * line up; now each figure of a column has as many decimals as its most precise one ("1.250,0",
 * "0,0"), and they line up on the decimal comma. The vaccination's table had no "Chỉ tiêu" column
 * though report.xlsx had one, so a group's rate could not be checked on paper; now a measure taken
 * against a target has its column, headed as the groups list heads it. Expected figures come from
 * the files written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText, pdfWords, wordLines } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';
import { reportInVietnamese } from './report-figures.js';

const { write, path } = testFolder('phuong-print-report-columns-');

const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;Chỉ tiêu (trẻ)
1;Tổ dân phố 1;Nguyễn Văn Bình;210;780;45
2;Tổ dân phố 2;Trần Thị Hoa;185;640;38
3;Tổ dân phố 3;Lê Văn Tám;240;905;52
4;Tổ dân phố 4;Phạm Thị Lan;160;590;30
`;

async function report(measures: string[], results: string) {
  const out = path(`bao-cao-${measures.length}`);
  const run = await reportInVietnamese({
    campaign: await write('campaign.yaml', measureCampaign(...measures)),
    groups: await write('groups.csv', GROUPS),
    results: await write('ket-qua.csv', results),
    out,
    date: '2026-03-22',
  });
  expect(run.code, run.stderr).toBe(0);
  return join(out, 'report.pdf');
}

describe('report.pdf’s table', () => {
  it('prints a quantity’s figures with the same decimals, lined up on the comma', async () => {
    const pdf = await report(
      ['{ id: rac_kg, label: Khối lượng rác thu gom (kg) }'],
      'STT;Khối lượng rác thu gom (kg)\n1;1250,5\n2;0\n3;1250\n4;1200\n',
    );
    // The table's rows: a group's or the ward's, their figures with a decimal comma.
    const rows = wordLines(await pdfWords(pdf)).filter((l) =>
      l.some((w) => w.text === 'Tổ' || w.text === 'Toàn'),
    );
    const figures = rows.flatMap((l) => l.filter((w) => /^[\d.]*,\d$/.test(w.text)));
    const said = figures.map((w) => w.text);
    for (const f of ['1.250,5', '1.250,0', '1.200,0', '0,0', '3.700,5']) expect(said).toContain(f);
    expect(said).not.toContain('1.250');
    // Right-aligned with one decimal each: the commas stand one above the other.
    expect(said).toHaveLength(5);
    const ends = figures.map((w) => w.xMax);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(0.5);
  });

  it('has a target’s column beside its figures, with the ward’s total', async () => {
    const pdf = await report(
      ['{ id: tre, label: Số trẻ đã được tiêm, of: Chỉ tiêu (trẻ) }'],
      'STT;Số trẻ đã được tiêm\n1;40\n2;38\n3;60\n',
    );
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('Chỉ tiêu (trẻ)');
    // Name, target, figure, rate: 40 of 45 is 88,9 %.
    expect(text).toMatch(/Tổ dân phố 1 45 40 88,9/);
    expect(text).toMatch(/Tổ dân phố 3 52 60 115,4/);
    // Tổ 4 has not reported: its target stands alone.
    expect(text).toMatch(/Tổ dân phố 4 30(?! \d)/);
    // The ward's target is every group's: 165.
    expect(text).toContain('Toàn xã (tính 1 tổ chưa báo cáo là 0) 165 138 83,6');
  });
});
