/**
 * qa25 c1, the ward's own election workbooks (test/fixtures/qa25-c1/, as the office made them):
 * three title rows, a two-row header, "Khu vực bỏ phiếu" merged over 2–3 tổ, and a "Tổng cộng |
 * | 9 tổ | … | =SUM(…)" row at the foot. The campaign's measure is "Số cử tri đã kiểm tra danh
 * sách", taken against "Số cử tri".
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGroupsFile, checkVi } from '../support/cli.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const DIR = fileURLToPath(new URL('../fixtures/qa25-c1/', import.meta.url));
const CAMPAIGN = `${DIR}campaign.yaml`;
const check = (file: string) => checkVi(CAMPAIGN, `${DIR}${file}`);

describe('the totals row at the foot of the groups workbook (qa25 F2)', () => {
  it('is set aside with a note naming its row, not a failed tổ "9 tổ"; check passes with 9 tổ', async () => {
    const r = await check('sua-tieu-de.xlsx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 9 tổ, /);
    expect(r.stderr).toContain(
      'sua-tieu-de.xlsx, dòng 16: đây là dòng tổng cộng (“Tổng cộng”), không phải một tổ dân phố: đã bỏ qua dòng này',
    );
    expect(r.stderr).not.toContain('thiếu mã tổ');
    expect(r.stderr).not.toContain('9 tổ');
  });

  it('keeps a group named "Cộng Hòa" or "Tổ Cộng Hòa" a group', async () => {
    const r = await checkGroupsFile(
      'to-dan-pho.csv',
      [
        'STT,Khu vực bỏ phiếu,Địa điểm bỏ phiếu,Tổ dân phố,Tổ trưởng,Số cử tri',
        '1,Cộng Hòa,Nhà văn hóa,Tổ Cộng Hòa,Nguyễn Văn An,400',
        '2,Cộng Hòa,Nhà văn hóa,Cộng Hòa,Trần Thị Bình,300',
        ',Tổng cộng,,2 tổ,,700',
        '',
      ].join('\n'),
      CAMPAIGN,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 2 tổ, /);
    expect(r.stderr).toContain('dòng 4: đây là dòng tổng cộng (“Tổng cộng”), không phải một tổ');
    expect(r.stderr).not.toContain('dòng 2: đây là dòng tổng cộng');
    expect(r.stderr).not.toContain('dòng 3: đây là dòng tổng cộng');
  });
});

describe('a two-row header (qa25 F4)', () => {
  it('reads "Số cử tri" merged over "Tổng số | Trong đó: nữ" as "Số cử tri – Tổng số", which the measure on "Số cử tri" takes, said', async () => {
    const r = await check('mau-2.xlsx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 9 tổ, /);
    expect(r.stderr).not.toContain('danh sách không có cột “Số cử tri”');
    expect(r.stderr).toContain(
      'cột “Số cử tri” của danh sách có các cột con: tỷ lệ của “Số cử tri đã kiểm tra danh sách” tính theo cột con đầu tiên, “Số cử tri – Tổng số”',
    );
    expect(r.stderr).toContain('ví dụ “Số cử tri – Trong đó: nữ”');
    // The total is used (the measure's base), not listed as a column nothing prints.
    expect(r.stderr).not.toContain('mục “Số cử tri – Tổng số”');
  });

  it('reads a second header row of other words ("Điện thoại" under "Liên hệ") as the header, not a repeat', async () => {
    const r = await check('lien-he.xlsx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 9 tổ, /);
    expect(r.stderr).not.toContain('lặp lại dòng tiêu đề');
    expect(r.stderr).not.toContain('“Liên hệ”');
    expect(r.stderr).not.toContain('danh sách không có cột “Số cử tri”');
  });
});
