/**
 * qa9 Q2: `report --data` with a folder that holds no store (mistyped, or the campaign's own
 * folder) is refused, in one Vietnamese sentence with a hint, as `backup` refuses it: before, a
 * new empty store was made there and the office got a "0 groups reported" report, exit 0.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

it('refuses a data folder with no store, and makes none', async () => {
  const dir = await makeTempDir('phuong-print-no-store-');
  const data = join(dir, 'du-lieu-go-nham');
  const out = join(dir, 'bao-cao');
  const res = await runCliInProcess([
    'report',
    '--lang',
    'vi',
    '--campaign',
    EXAMPLE_CAMPAIGN,
    '--groups',
    EXAMPLE_GROUPS,
    '--data',
    data,
    '--out',
    out,
  ]);
  expect(res.code).toBe(1);
  const lines = res.stderr.trimEnd().split('\n');
  expect(lines[0]).toContain(`không có kho dữ liệu trong ${data}`);
  expect(lines[1]).toMatch(/^gợi ý: .*serve --data/);
  expect(existsSync(data)).toBe(false);
  expect(existsSync(join(out, 'report.pdf'))).toBe(false);
});
