/**
 * A notice dated by its month alone ("12/2026": the clerk writes the day when it is issued) is
 * read as the month's first day for the checks of its days, and said by its month in their
 * warnings: "01/12/2026" would be a day the office never wrote (review49 #8). `check` of the
 * example (a contest over before that month) and of the fire drill (its Sunday in the month
 * before), run by the command's code in this process.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const DRILL = new URL('../fixtures/qa40/d-pccc.yaml', import.meta.url).pathname;
const DRILL_GROUPS = new URL('../fixtures/qa40/groups.csv', import.meta.url).pathname;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-month-issued-');
});
afterAll(removeTempDirs);

async function checkWithIssued(campaign: string, groups: string, issued: string) {
  const file = join(dir, `${issued.replace('/', '-')}-${campaign.split('/').at(-1)}`);
  const yaml = (await readFile(campaign, 'utf8')).replace(/^issued:.*$/m, `issued: ${issued}`);
  await writeFile(file, yaml);
  return runCliInProcess(['check', '--campaign', file, '--groups', groups], {
    env: { PHUONG_PRINT_LANG: 'vi' },
  });
}

it('a contest over before the month the notice is dated in: the warning gives that month', async () => {
  // The example's contest ends 11/11/2025 (contest.ends).
  const r = await checkWithIssued(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, '12/2026');
  expect(r.stderr).toContain(
    'cuộc thi kết thúc ngày 11/11/2025, trước ngày ban hành văn bản 12/2026',
  );
  expect(r.stderr).not.toContain('01/12/2026');
});

it('an event in the month before: the warning gives the notice’s month', async () => {
  // The drill's Sunday is 06/12/2026 ("when").
  const r = await checkWithIssued(DRILL, DRILL_GROUPS, '01/2027');
  expect(r.stderr).toMatch(/06\/12\/2026[^\n]*01\/2027/);
  expect(r.stderr).not.toContain('01/01/2027');
});

it('a reporting deadline before the month the notice is dated in: the warning gives that month', async () => {
  // The fire drill's deadline: a day of November, the notice dated December 2026 by its month.
  const drill = (await readFile(DRILL, 'utf8')).replace(/^deadline:.*$/m, '');
  const file = join(dir, 'deadline.yaml');
  await writeFile(file, `deadline: "17h00 ngày 28/11/2026"\n${drill}`);
  const r = await checkWithIssued(file, DRILL_GROUPS, '12/2026');
  expect(r.stderr).toMatch(/28\/11\/2026[^\n]*12\/2026/);
  expect(r.stderr).not.toContain('01/12/2026');
});
