/**
 * qa23 #9: nearly every office list has a "Ghi chú" column for its own notes ("Vùng có ổ dịch
 * tháng 10"). It was warned on every build as a column nothing prints, with advice to delete it
 * from the list. Now it is the office's notes: `check` says once, as information, that it is kept
 * and not printed; `build` says nothing of it; a text that prints it prints it. What the office
 * reads: the commands' output and the notice's text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const groups = (notes: string) =>
  `STT;Tên tổ dân phố;Số hộ;${notes}\n1;Tổ dân phố số 1;120;Vùng có ổ dịch tháng 10\n2;Tổ dân phố số 2;95;\n`;

describe('a notes column in the groups file', () => {
  it.each(['Ghi chú', 'Ghi chú khác', 'Ghi chu'])(
    '"%s" is said once by check as the office’s notes, not warned by build',
    async (header) => {
      const dir = await makeTempDir('phuong-print-notes-');
      await writeFile(join(dir, 'campaign.yaml'), NOTICE_ONLY);
      await writeFile(join(dir, 'groups.csv'), groups(header));
      const check = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
      expect(check.code, check.stderr).toBe(0);
      const said = check.stderr.split('\n').filter((l) => l.includes(`“${header}”`));
      expect(said).toEqual([
        `thông tin: ${join(dir, 'groups.csv')}: cột “${header}”: ghi chú riêng của văn phòng, giữ nguyên trong tệp và không in ra giấy`,
      ]);
      expect(check.stderr).not.toMatch(/xoá cột|delete the column/);

      const built = await buildCampaignText(NOTICE_ONLY, groups(header), 'notice');
      expect(built.code, built.stderr).toBe(0);
      expect(built.stderr).not.toContain(header);
    },
  );

  it('is printed where a text asks for it, and then not called unprinted', async () => {
    const yaml = NOTICE_ONLY.replace(
      'body: Đề nghị các khu phố triển khai.',
      'body: "Lưu ý: {{group.[Ghi chú]}}."',
    );
    const built = await buildCampaignText(yaml, groups('Ghi chú'), 'notice');
    expect(built.code, built.stderr).toBe(0);
    expect(await built.text('to-dan-pho-so-1', 'notice')).toContain(
      'Lưu ý: Vùng có ổ dịch tháng 10.',
    );
    await writeFile(join(built.dir, 'check.yaml'), yaml);
    const check = await checkVi(join(built.dir, 'check.yaml'), join(built.dir, 'groups.csv'));
    expect(check.stderr).not.toContain('ghi chú riêng');
    expect(await readFile(join(built.dir, 'groups.csv'), 'utf8')).toContain('Ghi chú');
  });

  it('is no other column: an unknown one is still warned', async () => {
    const built = await buildCampaignText(
      NOTICE_ONLY,
      groups('Ghi chú nội dung tuyên truyền'),
      'notice',
    );
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain('“Ghi chú nội dung tuyên truyền”');
  });
});
