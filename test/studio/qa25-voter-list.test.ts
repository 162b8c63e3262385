/**
 * qa25 c1 in the studio: the ward's election workbook (test/fixtures/qa25-c1/sua-tieu-de.xlsx)
 * ends with "Tổng cộng | | 9 tổ | … | =SUM(…)" (F2), and the office's results sheet copies the
 * list's "Khu vực bỏ phiếu" column (ket-qua.xlsx, F7).
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { visible } from './results-figures.js';
import { type Client, plainText as plain, studioWithCampaign, type TestStudio } from './studio.js';

const DIR = fileURLToPath(new URL('../fixtures/qa25-c1/', import.meta.url));
const slug = 'niem-yet';

describe('the election workbook in the studio (qa25)', () => {
  let s: TestStudio;
  let office: Client;
  let folder: string;

  beforeAll(async () => {
    ({ s, c: office, folder } = await studioWithCampaign(slug, [join(DIR, 'campaign.yaml')]));
    await copyFile(join(DIR, 'sua-tieu-de.xlsx'), join(folder, 'groups.xlsx'));
    // The first workbook: "Liên hệ | Cử tri" over "Điện thoại | Số cử tri" (F4).
    const other = join(folder, '..', 'lien-he');
    await mkdir(other, { recursive: true });
    const yaml = await readFile(join(DIR, 'campaign.yaml'), 'utf8');
    await writeFile(
      join(other, 'campaign.yaml'),
      yaml.replace(/^id: \S+/m, 'id: 7b1e2f60-9d1c-4c57-9a57-2f1d2b0c4e11'),
    );
    await copyFile(join(DIR, 'lien-he.xlsx'), join(other, 'groups.xlsx'));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('greys the "Tổng cộng" row as a totals row, not a tổ to fix (F2)', async () => {
    const text = plain((await office.get(`/c/${slug}/groups`)).text);
    expect(text).toContain('9 tổ đọc được; 1 dòng không đọc');
    expect(text).toContain('Không đọc: dòng tổng cộng, không phải một tổ.');
    expect(text).not.toContain('Thiếu mã tổ');
    expect(text).not.toContain('dòng có lỗi');
  });

  it('says the import sheet\'s "Khu vực bỏ phiếu" is a column of the list, with no rename advice (F7)', async () => {
    const page = `/c/${slug}/results/import`;
    const bytes = await readFile(join(DIR, 'ket-qua.xlsx'));
    const preview = await office.upload(page, 'file', 'ket-qua.xlsx', bytes, {}, page);
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    expect(text).toContain(
      'cột “Khu vực bỏ phiếu” là cột của danh sách tổ: không cần nhập, cột này không được đọc',
    );
    expect(text).not.toContain('Muốn báo cáo cột này');
    // The figures are read as before: Tổ dân phố 1's 380.
    expect(text).toContain('380');
  });

  it('reads "Điện thoại" under "Liên hệ" as the phone column, the row not called a repeat (F4)', async () => {
    const html = (await office.get('/c/lien-he/groups')).text;
    const text = plain(html);
    expect(text).toContain('9 tổ đọc được; 1 dòng không đọc');
    expect(text).not.toContain('lặp lại dòng tiêu đề');
    expect(text).not.toContain('Cột “Liên hệ”');
    expect(text).toMatch(/Điện thoại\s+Số cử tri\s+Ghi chú/);
    // Tổ dân phố 1's leader and phone, row 7 of the workbook.
    expect(text).toMatch(/Nguyễn Văn Lợi\s+0905 123 401\s+412/);
  });
});
