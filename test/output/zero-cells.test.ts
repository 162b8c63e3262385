/**
 * A count cell holding 0 that the campaign's text prints (qa20 finding 16): a 0 in "Số hộ" is
 * taken as not known, so the notice prints nothing there, as for an empty cell; the warning of
 * what prints empty says the cell holds 0 — not "để trống", which sent the office looking for an
 * empty cell — and an empty cell is still said as empty, each with its row and group. What a
 * reader sees: the command's warnings and the notice's text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

const BODY = '- Số hộ: {{group.households}}; số nhân khẩu: {{group.population}}.';
// Row 3 holds 0 households, row 4 leaves them empty.
const GROUPS = [
  'STT,Tên tổ dân phố,Tổ trưởng,Số hộ,Số nhân khẩu',
  '1,Tổ dân phố số 1,Nguyễn Văn An,320,1100',
  '2,Tổ dân phố số 2,Trần Văn Bình,0,900',
  '3,Tổ dân phố số 3,Phạm Thị Cúc,,850',
].join('\n');

let built: TextBuild;
beforeAll(async () => {
  const campaign = NOTICE_ONLY.replace('body: Đề nghị các khu phố triển khai.', `body: "${BODY}"`);
  built = await buildCampaignText(campaign, `${GROUPS}\n`, 'notice');
});
afterAll(removeTempDirs);

describe('a printed count whose cell holds 0', () => {
  it('is said as holding 0, apart from the empty cell, each with its row and group', () => {
    expect(built.code, built.stderr).toBe(0);
    const said = built.stderr.split('\n').filter((l) => l.includes('cột “Số hộ”'));
    expect(said).toContainEqual(
      expect.stringContaining(
        'cột “Số hộ” ghi 0 ở 1 dòng (3: Tổ dân phố số 2): số 0 được hiểu là chưa có số, nên giấy in của các tổ này sẽ bỏ trống chỗ nội dung ghi {{group.households}}',
      ),
    );
    expect(said).toContainEqual(
      expect.stringContaining('cột “Số hộ” để trống ở 1 dòng (4: Tổ dân phố số 3)'),
    );
    expect(built.stderr).not.toMatch(/để trống ở \d+ dòng \([^)]*Tổ dân phố số 2/);
    expect(built.stderr).toContain('gợi ý: Ghi số thật vào các ô đó; nếu chưa có số');
  });

  it('prints nothing for it on the notice, as the warning says', async () => {
    expect(await built.text('to-dan-pho-so-2', 'notice')).toContain(
      '- Số hộ: ; số nhân khẩu: 900.',
    );
    expect(await built.text('to-dan-pho-so-1', 'notice')).toContain(
      '- Số hộ: 320; số nhân khẩu: 1.100.',
    );
  });
});
