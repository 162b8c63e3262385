/**
 * `report.deadline` (hạn báo cáo), the day the groups' figures are due: `check` takes a day
 * written 10/12/2026 as the notice's dates are, and refuses one not on the calendar or not a date
 * at all in Vietnamese, naming the field and its line, with an example, exit 1, no stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The example campaign with `report: { deadline: … }` added, checked in Vietnamese. */
async function checkWithDeadline(deadline: string) {
  const dir = await makeTempDir();
  const file = join(dir, 'campaign.yaml');
  const yaml = `${await readFile(EXAMPLE_CAMPAIGN, 'utf8')}\nreport:\n  deadline: ${deadline}\n`;
  await writeFile(file, yaml);
  const line = yaml.split('\n').indexOf(`  deadline: ${deadline}`) + 1;
  return { ...(await checkVi(file, EXAMPLE_GROUPS)), line };
}

describe('report.deadline in campaign.yaml', () => {
  it('is taken written day first', async () => {
    const r = await checkWithDeadline('20/11/2025');
    expect(r.stderr).not.toContain('deadline');
    expect(r.code, r.stderr).toBe(0);
  });

  it('is refused when not on the calendar, naming the field', async () => {
    const r = await checkWithDeadline('31/11/2025');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('“deadline” không phải là ngày có thật trên lịch');
    expect(r.stderr).toContain(`campaign.yaml, dòng ${r.line}, mục “report.deadline”`);
    expect(r.stderr).toContain('hạn báo cáo');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('is refused when not a date', async () => {
    const r = await checkWithDeadline('cuối tháng 11');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/“deadline”[^\n]*ngày/);
    expect(r.stderr).toContain('deadline: 10/12/2026');
  });
});
