/**
 * closing56: a women's screening, "Số phụ nữ được khám sàng lọc | phụ nữ", over a list with no
 * column counting women (only "Số nhân khẩu", 620 in Tổ dân phố 1) was rated against every
 * resident: "……… người / 620 người", men and children counted in its base. Now it is counted
 * with no rate, and `build` warns at the measure's line, naming the column it needs ("Số phụ
 * nữ"). With that column (310) its rate is taken against it; "| cư dân" still names everyone.
 */
import { describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { stormCampaign } from '../support/storm-campaign.js';

const LABEL = 'Số phụ nữ được khám sàng lọc';
const measure = (of: string) =>
  stormCampaign({ after: `measures:\n  - { id: kham, label: ${LABEL}, of: ${of} }\n` });
const LIST = 'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu\n1,Tổ dân phố 1,180,620\n';

describe('“| phụ nữ” with no column counting women (closing56)', () => {
  it('is rated against nothing, and warned of at its line, naming the column it needs', async () => {
    const built = await buildCampaignText(measure('phụ nữ'), LIST, 'tracker');
    const said = built.stderr.replace(/\s+/g, ' ');
    expect(built.code, said).toBe(0);
    expect(said).toMatch(
      new RegExp(
        `campaign\\.yaml, dòng \\d+, mục thứ 1 của “measures”, “of”: danh sách không có cột đếm số phụ nữ \\(ví dụ “Số phụ nữ”\\): “${LABEL}” chỉ đếm số, không tính tỷ lệ`,
        'u',
      ),
    );
    expect(said).toContain('Thêm cột “Số phụ nữ” vào tệp danh sách tổ');
    const text = await built.text('to-dan-pho-1', 'tracker');
    expect(text).toContain(LABEL);
    expect(text).not.toContain('620');
  }, 120_000);

  it('is rated against the list’s “Số phụ nữ” when it has one', async () => {
    const list = 'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu,Số phụ nữ\n1,Tổ dân phố 1,180,620,310\n';
    const built = await buildCampaignText(measure('phụ nữ'), list, 'tracker');
    const said = built.stderr.replace(/\s+/g, ' ');
    expect(built.code, said).toBe(0);
    expect(said).not.toContain('không có cột đếm số phụ nữ');
    expect(await built.text('to-dan-pho-1', 'tracker')).toContain('/ 310 phụ nữ');
  }, 120_000);

  it('leaves “| cư dân” against every resident', async () => {
    const built = await buildCampaignText(measure('cư dân'), LIST, 'tracker');
    const said = built.stderr.replace(/\s+/g, ' ');
    expect(built.code, said).toBe(0);
    expect(said).not.toContain('không có cột đếm số');
    expect(await built.text('to-dan-pho-1', 'tracker')).toContain('/ 620');
  }, 120_000);
});
