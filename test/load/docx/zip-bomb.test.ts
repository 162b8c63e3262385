/**
 * qa11 Q10: a small .docx whose document inflates to hundreds of MB (a "zip bomb") is refused
 * before mammoth inflates it, in one Vietnamese sentence with a hint, exit 1, nothing written —
 * as a groups workbook is — also when its headers declare small sizes (the bytes are counted as
 * they inflate); a genuine large notice (tens of MB of photos) still imports.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipInflatedBytes } from '../../../src/load/limits.js';
import { runCliInProcess } from '../../support/cli.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';
import { docxWithPhotos, zipBombDocx } from './large-docx.js';

afterAll(removeTempDirs);

describe('import-docx of a Word file that inflates far beyond its size', () => {
  it.each([
    ['declares its size', false],
    ['declares small sizes (its headers lie)', true],
  ])(
    '%s: refused in one Vietnamese sentence with a hint, exit 1, no campaign written',
    async (_, lying) => {
      const dir = await makeTempDir('phuong-print-docx-bomb-');
      const bomb = await zipBombDocx(150, lying);
      // The lie: its directory adds up to far under the bound.
      if (lying) expect(zipInflatedBytes(bomb)).toBeLessThan(1024 * 1024);
      // A file of well under a megabyte: no upload limit stops it.
      expect(bomb.length).toBeLessThan(1024 * 1024);
      await writeFile(join(dir, 'bomb.docx'), bomb);
      const run = await runCliInProcess(
        ['import-docx', 'bomb.docx', '--out', 'w', '--lang', 'vi'],
        {
          cwd: dir,
        },
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^lỗi: bomb\.docx: tệp Word này khi mở ra sẽ chiếm hơn 100 MB: tệp bị hỏng, hoặc không phải là một văn bản thông báo\ngợi ý: Kiểm tra xem có đúng tệp không; .*thu nhỏ hoặc xoá các hình lớn/,
      );
      expect(run.stderr).not.toMatch(/internal error|lỗi nội bộ|at .*\.js/);
      expect(existsSync(join(dir, 'w', 'campaign.yaml'))).toBe(false);
    },
    60_000,
  );

  it('imports a genuine notice with 30 MB of photos', async () => {
    const dir = await makeTempDir('phuong-print-docx-photos-');
    const docx = await docxWithPhotos(30);
    expect(docx.length).toBeGreaterThan(30 * 1024 * 1024);
    await writeFile(join(dir, 'anh.docx'), docx);
    const run = await runCliInProcess(['import-docx', 'anh.docx', '--out', 'w', '--lang', 'vi'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'w', 'campaign.yaml'))).toBe(true);
  }, 60_000);
});
