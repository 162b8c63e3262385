/**
 * A count cell holding 0 that the campaign's text prints (qa20 finding 16, then the wording
 * mend): a 0 in "Số hộ" or "Số nhân khẩu" is the list's figure, 0 households, not a figure not
 * known yet: the notice prints "0", `build` says the cell as "tổ có 0 hộ" (no "chưa có số", no
 * "bỏ trống"), and an empty cell is still said as empty, with its row and group. What a reader
 * sees: the command's warnings and the notice's text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

const BODY = '- Số hộ: {{group.households}}; số nhân khẩu: {{group.population}}.';
// Row 3 holds 0 households and 0 people, row 4 leaves the households empty.
const GROUPS = [
  'STT,Tên tổ dân phố,Tổ trưởng,Số hộ,Số nhân khẩu',
  '1,Tổ dân phố số 1,Nguyễn Văn An,320,1100',
  '2,Tổ dân phố số 2,Trần Văn Bình,0,0',
  '3,Tổ dân phố số 3,Phạm Thị Cúc,,850',
].join('\n');

let built: TextBuild;
beforeAll(async () => {
  const campaign = NOTICE_ONLY.replace('body: Đề nghị các khu phố triển khai.', `body: "${BODY}"`);
  built = await buildCampaignText(campaign, `${GROUPS}\n`, 'notice');
});
afterAll(removeTempDirs);

describe('a printed count whose cell holds 0', () => {
  it('is said as 0 households (people), apart from the empty cell, each at its row', () => {
    expect(built.code, built.stderr).toBe(0);
    const lines = built.stderr.split('\n');
    const at = (column: string) => lines.filter((l) => l.includes(`cột “${column}”`));
    expect(at('Số hộ')).toContainEqual(
      expect.stringContaining('dòng 3, cột “Số hộ”: số 0 là tổ có 0 hộ: không tính tỷ lệ'),
    );
    expect(at('Số nhân khẩu')).toContainEqual(
      expect.stringContaining(
        'dòng 3, cột “Số nhân khẩu”: số 0 là tổ có 0 nhân khẩu: không tính tỷ lệ',
      ),
    );
    expect(at('Số hộ')).toContainEqual(
      expect.stringContaining('cột “Số hộ” để trống ở 1 dòng (4: Tổ dân phố số 3)'),
    );
    expect(built.stderr).not.toContain('chưa có số: không tính tỷ lệ');
    expect(built.stderr).not.toContain('ghi 0 ở');
    expect(built.stderr).not.toMatch(/để trống ở \d+ dòng \([^)]*Tổ dân phố số 2/);
    expect(built.stderr).toContain('gợi ý: Để trống ô này khi chưa có số; chỉ giữ số 0 nếu tổ');
  });

  it('prints 0 on the notice, and nothing for the empty cell', async () => {
    expect(await built.text('to-dan-pho-so-2', 'notice')).toContain('- Số hộ: 0; số nhân khẩu: 0.');
    expect(await built.text('to-dan-pho-so-3', 'notice')).toContain(
      '- Số hộ: ; số nhân khẩu: 850.',
    );
    expect(await built.text('to-dan-pho-so-1', 'notice')).toContain(
      '- Số hộ: 320; số nhân khẩu: 1.100.',
    );
  });
});
