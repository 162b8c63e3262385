/**
 * A groups list saved by an English-locale Excel writes its counts "1,120": read as 1120 (a comma
 * before exactly three digits, no other mark), not refused; a real decimal ("12,5") in a count is
 * still refused, in one Vietnamese sentence naming the file, row and column. What the office
 * reads: `check --lang vi`, and the notice that prints the group's figures (pdftotext).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { checkGroupsFile } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const HEADER = 'STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu';

describe('counts typed with an English thousands comma', () => {
  it('are read as the whole numbers they are, and printed the Vietnamese way', async () => {
    const r = await checkGroupsFile(
      'groups.csv',
      [
        HEADER,
        '1;Tổ dân phố số 1;Lê Văn An;"1,120";870',
        '2;Tổ dân phố số 2;Hà Thị Bình;245;"1,002"',
      ].join('\n'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('không phải là số nguyên');
    const [first] = await loadGroups(r.file);
    const dir = await makeTempDir();
    const file = join(dir, 'campaign.yaml');
    await writeFile(
      file,
      NOTICE_ONLY.replace(
        '  body: Đề nghị các khu phố triển khai.',
        '  body: "{{group.name}} có {{thousands group.households}} hộ, {{thousands group.population}} nhân khẩu."',
      ),
    );
    const { campaign } = await loadCampaign(file);
    if (!first) throw new Error('no group read');
    const text = collapseSpaces(await pdfText((await renderFor(notice, campaign, first)).bytes));
    expect(text).toContain('Tổ dân phố số 1 có 1.120 hộ, 870 nhân khẩu.');
  });

  it('a decimal in a count is refused, naming the file, row and column, in Vietnamese', async () => {
    const r = await checkGroupsFile(
      'groups.csv',
      [
        HEADER,
        '1;Tổ dân phố số 1;Lê Văn An;870;"3,120"',
        '2;Tổ dân phố số 2;Hà Thị Bình;"12,5";900',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${r.file}, dòng 3, cột “Số hộ”: “12,5” là số thập phân (có phần lẻ sau dấu phẩy hoặc dấu chấm): số hộ, số nhân khẩu phải là số nguyên`,
    );
    expect(r.stderr).toContain('gợi ý: Ghi số nguyên, không có phần lẻ, ví dụ 245 hoặc 1.234.');
    // Row 2's "3,120" residents are no problem (a households figure over 1,000 would be warned of
    // for the tracking sheet's rows, which is not what this case is about).
    expect(r.stderr).not.toContain('dòng 2');
  });
});
