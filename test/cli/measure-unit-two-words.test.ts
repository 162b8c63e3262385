/**
 * A unit of two words after the "|" (qa58 M5): a consultation's "Số ý kiến góp ý | ý kiến" was
 * refused as "the list has no column “ý kiến” … write a unit", which is what the office wrote;
 * "kiến nghị" and "ý kiến (không tính tỉ lệ)" the same. Two words that name a kind of the
 * list's households or people ("hộ nghèo") still name a column (test/load/measure-unit-or-column).
 * What the office reads: `check`'s exit and words, the report's sum in its unit.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { checkRun, reportRun } from '../support/office-runs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-measure-two-words-');
const GROUPS =
  'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu\n1,Tổ dân phố số 1,210,780\n2,Tổ dân phố số 2,185,650\n';

describe('a measure counted in a unit of two words (qa58 M5)', () => {
  // "bà mẹ" counts people, as "phụ nữ" does (review58a #3), no unit of its own.
  it.each(['ý kiến', 'kiến nghị', 'ý kiến (không tính tỉ lệ)', 'bà mẹ'])(
    '“%s” is checked without error',
    async (of) => {
      const campaign = await write(
        `${of.replace(/\W+/gu, '-')}.yaml`,
        measureCampaign(`{ id: y_kien, label: Số ý kiến góp ý, of: ${of} }`),
      );
      const check = await checkRun(campaign, await write('groups.csv', GROUPS));
      expect(check.code, check.stderr).toBe(0);
      // No error that the list lacks a column of that name ("bà mẹ", a people word with no
      // column, is counted with no rate and said so: qa58 closing56, not refused).
      expect(check.stderr).not.toContain(`không có cột “${of}”`);
      expect(check.stderr).not.toMatch(/^lỗi/m);
      // A unit the product knows is not said to be one (review58a #3).
      expect(check.stderr).not.toContain('được hiểu là đơn vị đếm');
    },
  );

  it('is summed in its unit in the report, no rate', async () => {
    const campaign = await write(
      'campaign.yaml',
      measureCampaign('{ id: y_kien, label: Số ý kiến góp ý, of: ý kiến }'),
    );
    const groups = await write('groups.csv', GROUPS);
    const results = await write(
      'ketqua.csv',
      'Tên tổ dân phố,Số ý kiến góp ý\nTổ dân phố số 1,12\nTổ dân phố số 2,7 ý kiến\n',
    );
    const report = await reportRun({ campaign, groups, results }, path('out'));
    expect(report.code, report.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(path('out/report.pdf')));
    expect(text).toContain('- Số ý kiến góp ý: 19 ý kiến.');
  });

  // review58a #3: two words no unit the product knows ("phụ nũ", a typo of "phụ nữ") were
  // silently a unit: `check` said "ổn" and the tracker printed a bare total with no rate.
  it('says where two words it does not know are read as a unit, with the list’s column meant', async () => {
    const campaign = await write(
      'phu-nu.yaml',
      measureCampaign('{ id: kham, label: Số phụ nữ được khám sàng lọc, of: phụ nũ }'),
    );
    const bare = await checkRun(campaign, await write('groups.csv', GROUPS));
    expect(bare.code, bare.stderr).toBe(0);
    const said = collapseSpaces(bare.stderr);
    expect(said).toMatch(
      /cảnh báo: \S*phu-nu\.yaml, dòng \d+, mục thứ 1 của “measures”, “of”: “phụ nũ” được hiểu là đơn vị đếm, không phải cột của danh sách: “Số phụ nữ được khám sàng lọc” chỉ cộng tổng theo “phụ nũ”, không tính tỷ lệ/,
    );
    expect(said).toContain('gợi ý: Nếu cần tính tỷ lệ theo một cột của danh sách');
    // With the list's "Số phụ nữ", the hint names it.
    const withColumn = await checkRun(
      campaign,
      await write(
        'groups-pn.csv',
        'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu,Số phụ nữ\n1,Tổ dân phố số 1,210,780,400\n2,Tổ dân phố số 2,185,650,330\n',
      ),
    );
    expect(collapseSpaces(withColumn.stderr)).toContain(
      'gợi ý: Có phải cột “Số phụ nữ” của danh sách? Ghi of: Số phụ nữ.',
    );
  });
});
