/**
 * A group's counts printed by the campaign's texts ({{group.households}}, {{group.population}})
 * are written as a Vietnamese paper writes numbers, "1.234" (qa20: "Số hộ: 1234" from a cell
 * that said "1.234"); a column the file gives as text prints as typed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe("a group's counts in the notice", () => {
  it('print with dots between thousands', async () => {
    const yaml = NOTICE_ONLY.replace(
      'body: Đề nghị các khu phố triển khai.',
      'body: "{{group.name}} có {{group.households}} hộ, {{group.population}} nhân khẩu; mã {{group.[Mã số]}}."',
    );
    const groups = 'STT;Tên khu phố;Số hộ;Số nhân khẩu;Mã số\n1;Khu phố 1;1.234;12 345;20261\n';
    const b = await buildCampaignText(yaml, groups, 'notice');
    expect(b.code, b.stderr).toBe(0);
    expect(await b.text('khu-pho-1', 'notice')).toContain(
      'Khu phố 1 có 1.234 hộ, 12.345 nhân khẩu; mã 20261.',
    );
  });
});
