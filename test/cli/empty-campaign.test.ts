/**
 * A campaign file with nothing in it yet (saved empty, or only comments) and one that is not a
 * list of fields: each is one sentence and a hint that says what to start from (qa13: the office
 * read "the file must be a list of fields" and no hint at all).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function checkOf(text: string) {
  const file = join(await makeTempDir('phuong-print-empty-campaign-'), 'campaign.yaml');
  await writeFile(file, text);
  return { file, r: await checkVi(file, EXAMPLE_GROUPS) };
}

describe('check of a campaign file', () => {
  it.each([
    ['empty', ''],
    ['with only a comment', '# chiến dịch phòng chống sốt xuất huyết\n'],
  ])('%s: says it is empty and what to start from', async (_, text) => {
    const { file, r } = await checkOf(text);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`lỗi: ${file}: tệp chiến dịch đang trống`);
    expect(r.stderr).toContain('gợi ý: Hãy bắt đầu từ một bản sao của tệp mẫu');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('of a list, not fields: says so, with how a campaign is written', async () => {
    const { file, r } = await checkOf('- Phòng chống sốt xuất huyết\n- Diệt lăng quăng\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`lỗi: ${file}, dòng 1: tệp phải gồm các mục của chiến dịch`);
    expect(r.stderr).toContain('gợi ý: Ghi chiến dịch thành các dòng “tên mục: giá trị”');
  });
});
