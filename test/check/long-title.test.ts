/**
 * A title as long as a subject (qa20: 232 characters, an 8-line heading on the flyer) is warned
 * of at `check`, at its line of campaign.yaml, in the office's words; a short one is not.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const LONG =
  'Kế hoạch tổ chức ra quân hưởng ứng Ngày Chủ nhật xanh, thực hiện nếp sống văn minh đô thị, bảo vệ môi trường và chuyển đổi số trên địa bàn các khu phố của phường năm 2026 theo chỉ đạo của Ủy ban nhân dân thành phố';

async function check(title: string) {
  const dir = await makeTempDir('phuong-print-long-title-');
  const campaign = join(dir, 'campaign.yaml');
  await writeFile(campaign, `${NOTICE_ONLY}title: ${title}\nactions:\n  - step: Dọn vệ sinh\n`);
  await writeFile(join(dir, 'groups.csv'), 'STT;Tên khu phố\n1;Khu phố 1\n');
  return {
    campaign,
    r: await runCliInProcess([
      'check',
      '--campaign',
      campaign,
      '--groups',
      join(dir, 'groups.csv'),
      '--lang',
      'vi',
    ]),
  };
}

describe('a long title', () => {
  it('is warned of at its line, with its length', async () => {
    const { campaign, r } = await check(LONG);
    const line = `${NOTICE_ONLY}title:`.split('\n').length;
    expect(r.stderr).toContain(
      `cảnh báo: ${campaign}, dòng ${line}, mục “title”: tên ngắn của chiến dịch (title) dài ${[...LONG].length} ký tự`,
    );
  });

  it('of a few words is not', async () => {
    const { r } = await check('Ngày Chủ nhật xanh');
    expect(r.stderr).not.toContain('mục “title”');
  });
});
