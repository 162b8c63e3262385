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

  // review46 #2: a year typo marks every figure "gửi sau hạn báo cáo", and nothing said so. The
  // example's notice is dated 09/10/2025 and its contest runs 11/10/2025–11/11/2025.
  it('warns when it is before the notice, naming the field, and still passes', async () => {
    const r = await checkWithDeadline('01/01/2025');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`campaign.yaml, dòng ${r.line}, mục “report.deadline”`);
    expect(r.stderr).toContain('hạn báo cáo 01/01/2025 trước ngày ban hành văn bản 09/10/2025');
  });

  it('warns when it is before the contest starts', async () => {
    const r = await checkWithDeadline('10/10/2025');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('hạn báo cáo 10/10/2025 trước ngày bắt đầu chiến dịch 11/10/2025');
  });

  it('warns when it is more than a year after the contest ends', async () => {
    const r = await checkWithDeadline('20/11/2026');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`mục “report.deadline”`);
    expect(r.stderr).toContain('sau ngày kết thúc chiến dịch 11/11/2025 hơn một năm');
  });
});
