/**
 * A groups file whose header the loader does not know for the id ("Mã cụm dân cư", a word no
 * rule lists, though the campaign says `group_term: cụm dân cư`): `check` names the missing
 * column and the header's row, and does not place the error "at" that column, which the file
 * does not have. Read from the CLI's stderr, in Vietnamese.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { withGroupTerm } from '../support/group-term.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const HEADER = ['Mã cụm dân cư', 'Tên cụm dân cư', 'Trưởng cụm dân cư', 'Số hộ'];

it('names the missing id column on the header row, not at a column the file lacks', async () => {
  const dir = await makeTempDir('phuong-print-missing-id-');
  const campaign = join(dir, 'campaign.yaml');
  const yaml = withGroupTerm(await readFile(EXAMPLE_CAMPAIGN, 'utf8'), 'cụm dân cư');
  expect(yaml).toContain('group_term: cụm dân cư');
  await writeFile(campaign, yaml);
  const groups = join(dir, 'cum.csv');
  await writeFile(groups, `${HEADER.join(';')}\n1;Cụm dân cư 1;Nguyễn Văn An;120\n`);

  const r = await runCliInProcess(['check', '--campaign', campaign, '--groups', groups], {
    env: { PHUONG_PRINT_LANG: 'vi' },
  });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(`${groups}, dòng 1: dòng tiêu đề không có cột “STT”`);
  // The columns the file does have are listed, so the office sees what was read.
  for (const h of HEADER) expect(r.stderr).toContain(h);
  // "cột “STT”: …" would say the error is at a column "STT" that the file does not have.
  expect(r.stderr).not.toMatch(/cột “STT”:/);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
});
