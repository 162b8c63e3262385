/**
 * qa9 Q5: an .xlsx of a few hundred KB whose sheet inflates to well over 100 MB (a "zip bomb")
 * is refused before exceljs inflates it, in one Vietnamese sentence: before, the 32 MB bound was
 * on the compressed file only and one upload took the studio to 2.7 GB. Refused too when its
 * headers declare a small size: the bytes are counted as they inflate, not taken from them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { zipInflatedBytes } from '../../src/load/limits.js';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { zip as zipOf } from '../support/zip.js';

afterAll(removeTempDirs);

it.each([
  ['declares its size', false],
  ['declares a small size (its headers lie)', true],
])(
  'refuses an .xlsx whose sheet inflates beyond the bound and %s, before reading it',
  async (_, lying) => {
    const sheet = [{ bytes: Buffer.alloc(1024 * 1024, 'A'), times: 120 }];
    const zip = zipOf({ 'xl/worksheets/sheet1.xml': sheet }, 9, lying ? () => 4096 : undefined);
    // Small as a file: well under the 32 MB bound on uploads.
    expect(zip.length).toBeLessThan(1024 * 1024);
    // The lie: its directory says 4 KB.
    if (lying) expect(zipInflatedBytes(zip)).toBe(4096);
    const file = join(await makeTempDir('phuong-print-bomb-'), 'danh-sach.xlsx');
    await writeFile(file, zip);
    const res = await checkVi(EXAMPLE_CAMPAIGN, file);
    expect(res.code).toBe(1);
    const lines = res.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^lỗi: .*danh-sach\.xlsx: tệp Excel này khi mở ra sẽ chiếm hơn 100 MB/,
    );
    expect(lines[1]).toMatch(/^gợi ý: /);
  },
);
