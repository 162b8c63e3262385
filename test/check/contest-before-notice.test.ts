/**
 * A contest already over on the notice's date (read48 #1): a notice copied with a new date kept
 * the contest's old days. `check` said it twice, "the notice is dated …, after the contest starts"
 * at `issued` and "the contest ends … before the notice's date" at `contest.ends`; one mistake is
 * one warning, the stronger, at the contest's end (exit 0). A notice dated between the contest's
 * start and end keeps its own warning at `issued`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The example contest (11/10/2025 – 11/11/2025) with its notice dated `issued`. */
async function checkIssued(issued: string) {
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const edited = yaml.replace(/^issued: \S+/m, `issued: ${issued}`);
  expect(edited).not.toBe(yaml);
  const file = join(await makeTempDir(), 'campaign.yaml');
  await writeFile(file, edited);
  const r = await checkVi(file, EXAMPLE_GROUPS, {}, ['--kind', 'notice']);
  const lineOf = (start: string) => edited.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  const warnings = r.stderr.split('\n').filter((l) => l.startsWith('cảnh báo'));
  return { ...r, lineOf, warnings };
}

describe('a contest over before the notice’s date', () => {
  it('is one warning, at the contest’s end', async () => {
    const r = await checkIssued('2025-12-01');
    expect(r.code, r.stderr).toBe(0);
    const said = r.warnings.filter((w) => /cuộc thi/.test(w));
    expect(said, r.stderr).toHaveLength(1);
    expect(said[0]).toContain(
      `dòng ${r.lineOf('  ends:')}, mục “contest.ends”: cuộc thi kết thúc ngày 11/11/2025, trước ngày ban hành văn bản 01/12/2025`,
    );
    expect(r.stderr).toContain('Kiểm tra lại ngày kết thúc cuộc thi ở mục “contest.ends”');
  });

  it('a notice dated during the contest is still said at “issued”', async () => {
    const r = await checkIssued('2025-10-20');
    expect(r.code, r.stderr).toBe(0);
    const said = r.warnings.filter((w) => /cuộc thi/.test(w));
    expect(said, r.stderr).toHaveLength(1);
    expect(said[0]).toContain(`dòng ${r.lineOf('issued:')}, mục “issued”`);
    expect(said[0]).toContain('20/10/2025');
  });
});
