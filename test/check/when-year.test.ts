/**
 * A day the time line (`when`) writes without its year (qa25: "ngày 15/12", "15/12, 19h30"):
 * the leader's page takes it in the notice's year (test/serve/leader-period.test.ts), and one
 * that either year may mean — before the notice's date in its year, months after it in the
 * next — is warned of by `check` where it is written: campaign.yaml's `when`, or the groups
 * file's cell the line prints, at its row and column, with both days to choose from.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { bloodDriveCampaign, MEETING_DAYS_GROUPS } from '../support/inputs.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The day `check` is run on (PHUONG_PRINT_TODAY), so that no case depends on the real clock. */
const TODAY = '2026-12-10';

async function check(issued: string, when: string, more = '') {
  const dir = await makeTempDir('phuong-print-when-year-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, bloodDriveCampaign(issued, when) + more);
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, MEETING_DAYS_GROUPS);
  const run = await checkVi(file, groups, { env: { PHUONG_PRINT_TODAY: TODAY } });
  return { run, file, groups, said: collapseSpaces(run.stderr) };
}

/** `check` of the blood drive with `deadline` on the line after it, and that line's number. */
async function checkDeadline(issued: string, when: string, deadline: string) {
  const r = await check(issued, when, `deadline: "${deadline}"\n`);
  return { ...r, line: bloodDriveCampaign(issued, when).split('\n').length };
}

describe('a `when` day without its year', () => {
  it('that either year may mean is warned of at campaign.yaml’s `when`, with both days', async () => {
    const { run, file, said } = await check('2026-12-20', '19h30 ngày 10/12');
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${file}, dòng 17, mục “when”: “10/12” không ghi năm: nếu là năm ban hành thì là ngày 10/12/2026, trước ngày ban hành 20/12/2026; nếu là năm sau thì là ngày 10/12/2027, nhiều tháng sau đó. Trang của tổ trưởng không tính ngày này khi báo chiến dịch đã kết thúc`,
    );
    expect(said).toContain('gợi ý: Ghi ngày đủ năm: 10/12/2026 hoặc 10/12/2027.');
  });

  it('taken from the groups file is warned of at its row and column, only where ambiguous', async () => {
    const { run, groups, said } = await check('2026-12-20', '19h30 {{group.[Ngày họp]}}');
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${groups}, dòng 2, cột “Ngày họp”: “12/12” không ghi năm: nếu là năm ban hành thì là ngày 12/12/2026`,
    );
    // 28/12 is after the notice of 20/12: this December's, nothing to say; 12/12/2026 has its year.
    expect(said.match(/không ghi năm/g)).toHaveLength(1);
  });

  it('that the notice’s date makes clear is not warned of', async () => {
    // 10/12 after a notice of 01/12; 05/01 early in the year after a notice of 20/12.
    for (const [issued, when] of [
      ['2026-12-01', '19h30 ngày 10/12'],
      ['2026-12-20', '7h00 ngày 05/01'],
    ] as const) {
      const { run, said } = await check(issued, when);
      expect(run.code, run.stderr).toBe(0);
      expect(said, when).not.toContain('không ghi năm');
    }
  });

  it('that begins a period takes the year of the day ending it, and is not warned of', async () => {
    // 15/12 before a notice of 18/12 would be ambiguous alone; its period's end gives 2026.
    const { run, said } = await check('2026-12-18', 'Từ 15/12 đến hết ngày 20/12/2026');
    expect(run.code, run.stderr).toBe(0);
    expect(said).not.toContain('không ghi năm');
    // Alone, the same day is still warned of.
    expect(collapseSpaces((await check('2026-12-18', 'Ngày 15/12')).said)).toContain(
      '“15/12” không ghi năm',
    );
  });
});

describe('a `deadline` day without its year', () => {
  it('that either year may mean is warned of at campaign.yaml’s `deadline`, with both days', async () => {
    // The deadline as the office types it, on the line after the blood drive's.
    const { run, file, said, line } = await checkDeadline(
      '2026-12-20',
      '19h30 ngày 28/12/2026',
      '15/12',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${file}, dòng ${line}, mục “deadline”: “15/12” không ghi năm: nếu là năm ban hành thì là ngày 15/12/2026, trước ngày ban hành 20/12/2026; nếu là năm sau thì là ngày 15/12/2027, nhiều tháng sau đó`,
    );
    expect(said).toContain('gợi ý: Ghi ngày đủ năm: 15/12/2026 hoặc 15/12/2027.');
  });

  it('that the notice’s date makes clear, or with its year, is not warned of', async () => {
    // Both after the notice of 20/12/2026 and after the day of the check (TODAY).
    for (const deadline of ['28/12', '28/12/2026']) {
      const { run, said } = await checkDeadline('2026-12-20', '19h30 ngày 30/12/2026', deadline);
      expect(run.code, run.stderr).toBe(0);
      expect(said, deadline).not.toContain('không ghi năm');
      expect(said, deadline).not.toContain('“deadline”');
    }
  });
});

describe('a `deadline` day before the notice or already over', () => {
  it.each([
    ['2026-12-02', 'Trước ngày 01/12/2026', '01/12/2026', '02/12/2026'],
    // A two-digit year is read as this century's: checked as 05/12/2026.
    ['2026-12-06', 'Trước 17h00 ngày 05/12/26', '05/12/26', '06/12/2026'],
  ])(
    'before the notice’s date (%s, “%s”) is warned of at campaign.yaml’s `deadline`',
    async (issued, deadline, said1, issuedSaid) => {
      const { run, file, said, line } = await checkDeadline(
        issued,
        '19h30 ngày 28/12/2026',
        deadline,
      );
      expect(run.code, run.stderr).toBe(0);
      expect(said).toContain(
        `cảnh báo: ${file}, dòng ${line}, mục “deadline”: “${said1}” trước ngày ban hành ${issuedSaid}: người dân nhận giấy khi đã quá hạn`,
      );
      expect(said).toContain(
        'gợi ý: Ghi thời hạn là một ngày sau ngày ban hành, đủ ngày/tháng/năm.',
      );
    },
  );

  it('that only starts a time (kể từ ngày …) is no deadline day, and is not warned of', async () => {
    for (const deadline of [
      'Trong 10 ngày kể từ ngày 01/12/2026',
      'Trong 10 ngày, tính từ ngày 01/12/2026',
    ]) {
      const { run, said } = await checkDeadline('2026-12-02', '19h30 ngày 28/12/2026', deadline);
      expect(run.code, run.stderr).toBe(0);
      expect(said, deadline).not.toContain('“deadline”');
    }
    // A later day ends it: that one is the deadline, and is checked.
    const { said } = await checkDeadline(
      '2026-12-02',
      '19h30 ngày 28/12/2026',
      'Từ ngày 20/11/2026 đến ngày 01/12/2026',
    );
    expect(said).toContain('“01/12/2026” trước ngày ban hành 02/12/2026');
  });

  it('already over on the day of the check is warned of with today’s date', async () => {
    // A notice of 2020 whose deadline, after it, was long over by the day of the check (TODAY).
    const { run, file, said, line } = await checkDeadline(
      '2020-12-02',
      '19h30 ngày 28/12/2020',
      '17h00 ngày 20/12/2020',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${file}, dòng ${line}, mục “deadline”: “20/12/2020” đã qua: hôm nay là ngày 10/12/2026, giấy in ra sẽ ghi một thời hạn đã hết`,
    );
    expect(said).toContain('gợi ý: Ghi thời hạn mới, hoặc sửa lại ngày nếu gõ nhầm.');
  });

  it('after the notice and still to come is not warned of', async () => {
    const { run, said } = await checkDeadline(
      '2099-12-02',
      '19h30 ngày 28/12/2099',
      'Đến hết ngày 20/12/2099',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(said).not.toMatch(/quá hạn|đã qua/);
  });
});

describe('a day written in words without its year (“ngày 10 tháng 12”)', () => {
  it('is read in the notice’s year as “10/12” is: warned of where either year may be meant', async () => {
    const { run, file, said } = await check('2026-12-20', '19h30 ngày 10 tháng 12');
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${file}, dòng 17, mục “when”: “10 tháng 12” không ghi năm: nếu là năm ban hành thì là ngày 10/12/2026, trước ngày ban hành 20/12/2026; nếu là năm sau thì là ngày 10/12/2027`,
    );
    const deadline = await checkDeadline('2026-12-20', '19h30 ngày 28/12/2026', 'ngày 15 tháng 12');
    expect(deadline.said).toContain(
      `mục “deadline”: “15 tháng 12” không ghi năm: nếu là năm ban hành thì là ngày 15/12/2026`,
    );
  });

  it('that begins a period takes its end’s year; one after the notice is not warned of', async () => {
    for (const [issued, when] of [
      ['2026-12-18', 'Từ ngày 15 tháng 12 đến hết ngày 20/12/2026'],
      ['2026-12-01', '19h30 ngày 10 tháng 12'],
    ] as const) {
      const { run, said } = await check(issued, when);
      expect(run.code, run.stderr).toBe(0);
      expect(said, when).not.toContain('không ghi năm');
    }
  });
});
