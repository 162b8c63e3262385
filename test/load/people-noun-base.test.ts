/**
 * One rule for a people noun after a measure's "|" (h-left15a, closing55 "Left undone"): the
 * groups column that counts it, "Số <noun> …", is its base. "| trẻ" took a "Số trẻ" column while
 * "| cử tri" with the list's "Số cử tri" was refused ("danh sách không có cột “cử tri”"). An
 * election's turnout (test/support/election.ts, Tổ dân phố số 1: 398 cử tri) and a swimming
 * class's children ("Số trẻ từ 6 đến 15 tuổi", Tổ dân phố số 1: 74), built by the CLI: the
 * tracking sheet's rate line, and the warning naming the column taken when two could be.
 */
import { describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { campaign, groupsCsv } from '../support/election.js';
import { stormCampaign } from '../support/storm-campaign.js';

const byNoun = campaign().replace('of: Số cử tri', 'of: cử tri');

describe('“| cử tri” with the list’s “Số cử tri”', () => {
  it('is taken against it: the sheet’s rate line is the tổ’s 398 voters', async () => {
    const built = await buildCampaignText(byNoun, groupsCsv, 'tracker');
    const said = built.stderr.replace(/\s+/g, ' ');
    expect(built.code, said).toBe(0);
    expect(said).not.toContain('không có cột');
    // One column could be meant: nothing to say about which.
    expect(said).not.toContain('cột đếm số cử tri');
    expect(await built.text('to-dan-pho-so-1', 'tracker')).toContain(
      'Số cử tri đã đi bầu: ……… cử tri / 398 cử tri = ……… %',
    );
  }, 120_000);

  it('with “Số cử tri nữ” beside it, says which column its rate is taken against', async () => {
    const women = groupsCsv
      .trimEnd()
      .split('\n')
      .map((line, i) => `${line};${i === 0 ? 'Số cử tri nữ' : 200}`)
      .join('\n');
    const built = await buildCampaignText(byNoun, `${women}\n`, 'tracker');
    const said = built.stderr.replace(/\s+/g, ' ');
    expect(built.code, said).toBe(0);
    expect(said).toContain(
      'danh sách có 2 cột đếm số cử tri (“Số cử tri”, “Số cử tri nữ”): tỷ lệ của “Số cử tri đã đi bầu” tính theo cột “Số cử tri”',
    );
    expect(said).toContain('ví dụ of: Số cử tri nữ');
    expect(await built.text('to-dan-pho-so-1', 'tracker')).toContain('/ 398 cử tri = ……… %');
  }, 120_000);
});

describe('“| trẻ” with the list’s “Số trẻ từ 6 đến 15 tuổi”', () => {
  it('lists the children and rates them against the tổ’s 74', async () => {
    const built = await buildCampaignText(
      stormCampaign({
        after: 'measures:\n  - { id: boi, label: Số trẻ đăng ký học bơi, of: trẻ }\n',
      }),
      'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu,Số trẻ từ 6 đến 15 tuổi\n1,Tổ dân phố 1,180,620,74\n',
      'tracker',
    );
    const said = built.stderr.replace(/\s+/g, ' ');
    expect(built.code, said).toBe(0);
    const text = await built.text('to-dan-pho-1', 'tracker');
    expect(text).toContain('DANH SÁCH TRẺ');
    expect(text).toContain('Số trẻ đăng ký học bơi: ……… trẻ / 74 trẻ từ 6 đến 15 tuổi = ……… %');
    // The column is read, so not said to be printed nowhere.
    expect(said).not.toContain('“Số trẻ từ 6 đến 15 tuổi”: cột này không phải');
  }, 120_000);
});
