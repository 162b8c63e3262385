/**
 * Files no real ward has are refused by `check` with the bound named: over 100,000 rows, a file of
 * 40 MB, a cell of 3,000 characters (with its row and column). Real sizes still pass.
 */
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-limits-');
});
afterAll(removeTempDirs);

const check = (groups: string) =>
  runCliInProcess(['check', '--campaign', EXAMPLE_CAMPAIGN, '--groups', groups, '--kind', 'flyer']);

describe('limits', () => {
  // README: "A groups or roster file may hold up to 100,000 rows": one more is refused (a
  // million rows cost ten times the writing and reading to say the same).
  it('100,001 rows: refused, naming the limit', async () => {
    const file = join(dir, 'rows.csv');
    const rows = ['STT;Tên tổ dân phố'];
    for (let i = 1; i <= 100_001; i++) rows.push(`${i};Tổ ${i}`);
    await writeFile(file, rows.join('\n'));
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*rows\.csv: the file has more than 100,000 rows/m);
  });

  it('a 40 MB file: refused before it is read', async () => {
    const file = join(dir, 'huge.csv');
    const handle = await open(file, 'w');
    await handle.truncate(40 * 1024 * 1024);
    await handle.close();
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*huge\.csv: the file is 40 MB; .* at most 32 MB/m);
  });

  it('a 3,000-character cell: refused with its row and column', async () => {
    const file = join(dir, 'long-cell.csv');
    await writeFile(file, `STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ 1;An\n2;Tổ 2;${'A'.repeat(3000)}\n`);
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: .*long-cell\.csv, row 3, field "Tổ trưởng": a cell holds 3,000 characters/m,
    );
  });

  it('a city of 3,000 groups passes', async () => {
    const file = join(dir, 'city.csv');
    await writeFile(file, wardCsv(3000));
    const r = await check(file);
    expect(r.code, r.stderr).toBe(0);
  });
});
