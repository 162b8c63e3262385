/**
 * review57a #9: a plain count written with no space before its bracket, "người(không tính tỉ
 * lệ)", was taken for a column of the list ("danh sách không có cột …"); it is read as the plain
 * count, and a plain count mistyped ("người (không tính)") is told the words to write.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/rev57a-tiem/${name}`, import.meta.url));

async function checkOf(of: string) {
  const dir = await makeTempDir('measure-of-plain-');
  const yaml = (await readFile(fixture('campaign.yaml'), 'utf8')).replace(
    'of: Số người cần tiêm',
    `of: ${of}`,
  );
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  const r = await checkVi(join(dir, 'campaign.yaml'), fixture('groups.csv'));
  return { code: r.code, said: collapseSpaces(r.stderr) };
}

describe('a plain count as the office spaces it (review57a #9)', () => {
  it('reads "người(không tính tỉ lệ)" and "hộ ,chỉ đếm" as plain counts', async () => {
    for (const of of ['người(không tính tỉ lệ)', 'hộ ,chỉ đếm']) {
      const { code, said } = await checkOf(of);
      expect(said, of).not.toContain('danh sách không có cột');
      expect(code, said).toBe(0);
    }
  });

  it('tells a mistyped plain count the words to write', async () => {
    const { code, said } = await checkOf('người (không tính)');
    expect(code).not.toBe(0);
    expect(said).toContain(
      'gợi ý: Nếu chỉ đếm số, không tính tỷ lệ, ghi of: người (không tính tỉ lệ), hoặc of: hộ (không tính tỉ lệ).',
    );
  });
});
