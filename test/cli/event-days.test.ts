/**
 * The campaign's own days against the notice's date and today (qa47 M2, m6): a notice re-used
 * with its number and date made new kept last campaign's time;
 * a "Thời hạn" left months before the event moved later. `check` said "ổn" for each. It warns now
 * (exit 0), in Vietnamese, naming the file, line and field, with a hint; and says nothing of them
 * for the fixtures whose days are right. Today is the tests' (PHUONG_PRINT_TODAY, 01/12/2026).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const QA40 = 'test/fixtures/qa40';
const DAY_WORDS = [
  /trước ngày ban hành văn bản/,
  /đã hết ngày/,
  /đã kết thúc ngày/,
  /thời hạn .* hơn một tháng/,
];

/** qa40's fire drill (notice 03/12/2026, drill "08h00, Chủ nhật 06/12/2026") changed by `edit`. */
async function drill(edit: (yaml: string) => string) {
  const dir = await makeTempDir();
  const file = join(dir, 'd-pccc.yaml');
  const yaml = edit(await readFile(join(QA40, 'd-pccc.yaml'), 'utf8'));
  await writeFile(file, yaml);
  const r = await checkVi(file, join(QA40, 'groups.csv'));
  const lineOf = (start: string) => yaml.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  return { ...r, lineOf };
}

describe('the campaign days `check` warns of', () => {
  it('a time before the notice’s own date', async () => {
    const r = await drill((y) => y.replace('issued: 2026-12-03', 'issued: 2027-01-04'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `d-pccc.yaml, dòng ${r.lineOf('when:')}, mục “when”: thời gian của chiến dịch (06/12/2026) trước ngày ban hành văn bản 04/01/2027`,
    );
    expect(r.stderr).toContain('văn bản chép từ chiến dịch trước vẫn giữ ngày cũ');
  });

  it('a time already over today', async () => {
    const r = await drill((y) =>
      y.replace('issued: 2026-12-03', 'issued: 2026-11-10').replaceAll('06/12/2026', '15/11/2026'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `mục “when”: chiến dịch đã kết thúc ngày 15/11/2026 (hôm nay là ngày 01/12/2026)`,
    );
    expect(r.stderr).not.toContain('trước ngày ban hành văn bản');
  });

  it('a "Thời hạn" months before the event', async () => {
    const r = await drill((y) =>
      y
        .replaceAll('06/12/2026', '14/03/2027')
        .replace(/^when:/m, 'deadline: "17h00 ngày 10/01/2027"\nwhen:'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `dòng ${r.lineOf('deadline:')}, mục “deadline”: thời hạn 10/01/2027 trước ngày bắt đầu chiến dịch 14/03/2027 hơn một tháng`,
    );
  });

  it('nothing for the fixtures whose days are right', async () => {
    const cases: [string, string][] = [
      ...['b-tiem-chung', 'bau-cu', 'd-pccc', 'e-stk-split', 'e-thu-phi', 'pccc-assets-map'].map(
        (f): [string, string] => [join(QA40, `${f}.yaml`), join(QA40, 'groups.csv')],
      ),
      ['test/fixtures/qa43/campaign.yaml', join(QA40, 'groups.csv')],
      ['examples/tan-dinh/campaign.yaml', 'examples/tan-dinh/groups.csv'],
    ];
    for (const [campaign, groups] of cases) {
      const r = await checkVi(campaign, groups);
      for (const words of DAY_WORDS) expect(r.stderr, campaign).not.toMatch(words);
    }
  });
});
