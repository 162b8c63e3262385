/**
 * A groups file's own headers, as the build reports them: a character the fonts lack is named
 * in the column the file calls it ("Nhà văn hóa", not the usual "Địa chỉ nhà văn hóa"), and a
 * column that looks like a known one gets one warning saying which — not a second one calling it
 * unknown.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-columns-named-');
});
afterAll(removeTempDirs);

const inputsOf = async (csv: string) => {
  const groups = join(dir, `g${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(groups, csv);
  return loadBuildInputs({ campaign: EXAMPLE_CAMPAIGN, groups });
};

describe("the build names a groups file's columns as the file does", () => {
  it('a glyph the fonts lack, in the column headed "Nhà văn hóa"', async () => {
    const inputs = await inputsOf(
      'STT;Tên tổ dân phố;Nhà văn hóa\n1;Tổ dân phố số 1;Nhà văn hóa 山\n2;Tổ dân phố số 2;Nhà văn hóa số 2\n',
    );
    const failed = inputs.failures.find((f) => f.id === '1');
    expect(failed?.error.where.field).toBe('Nhà văn hóa');
    expect(failed?.error.message).toContain('U+5C71');
  });

  it('a look-alike column gets the one warning that names the field it looks like', async () => {
    const header = 'Số hộ thường xuyên';
    const inputs = await inputsOf(`STT;Tên tổ dân phố;${header}\n1;Tổ dân phố số 1;120\n`);
    const about = inputs.warnings.filter(
      (w) => w.where.field === header || w.message.includes(header),
    );
    expect(about).toHaveLength(1);
  });
});
