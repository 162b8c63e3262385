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
import { endHourOf } from '../../src/output/event-past.js';
import { wardDay, wardTime } from '../../src/ward-time.js';
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
async function drill(edit: (yaml: string) => string, today?: string) {
  const dir = await makeTempDir();
  const file = join(dir, 'd-pccc.yaml');
  const yaml = edit(await readFile(join(QA40, 'd-pccc.yaml'), 'utf8'));
  await writeFile(file, yaml);
  const env = today ? { env: { PHUONG_PRINT_TODAY: today } } : {};
  const r = await checkVi(file, join(QA40, 'groups.csv'), env);
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

/**
 * qa49 m2: a time that ended hours ago today ("Từ 00h00 đến 01h00 ngày 07/12/2026" at 02:41) was
 * printed as current. The hour is the real clock's, so these runs take the real day for today.
 */
describe('a time that ended earlier today', () => {
  const now = () => wardTime(new Date()).slice(11);
  const today = wardDay();
  const [y, m, d] = today.split('-');
  const written = `${d}/${m}/${y}`;
  /** The fire drill on today, from midnight to `end`. */
  const onToday = (end: string) => (yaml: string) =>
    yaml
      .replace('issued: 2026-12-03', `issued: ${today}`)
      .replace(/^when: .*$/m, `when: "Từ 00h00 đến ${end} ngày ${written}"`)
      .replaceAll('06/12/2026', written);

  it('reads the hour a time ends at', () => {
    expect(endHourOf('Từ 00h00 đến 01h00 ngày 07/12/2026')).toBe('01:00');
    expect(endHourOf('từ 7h00 – 11h30, Chủ nhật 13/12/2026')).toBe('11:30');
    expect(endHourOf('Từ ngày 05/12 đến 17 giờ ngày 10/12/2026')).toBe('17:00');
    expect(endHourOf('08h00, Chủ nhật 06/12/2026 (có mặt lúc 07h30)')).toBeUndefined();
    expect(endHourOf('Từ 00h00 đến 24h00 ngày 07/12/2026')).toBeUndefined();
    expect(endHourOf('Từ ngày 05/12/2026 đến hết ngày 15/12/2026')).toBeUndefined();
    // The part of the day, the southern "g", the latest of several ranges; a dash and a colon
    // that are a day's, and a word after a number, are no time.
    expect(endHourOf('Từ 1h đến 5 giờ chiều ngày 07/12/2026')).toBe('17:00');
    expect(endHourOf('Từ 7g00 đến 17g00 ngày 07/12/2026')).toBe('17:00');
    expect(endHourOf('Chiều 13h30–17h, sáng 7h–11h, ngày 07/12/2026')).toBe('17:00');
    expect(endHourOf('ngày 07-12: cả ngày')).toBeUndefined();
    expect(endHourOf('từ 15/12 đến 17 hoặc 18/12/2026')).toBeUndefined();
  });

  // Not in the day's first two minutes, when "00:01" has not passed yet.
  it.skipIf(now() < '00:02')(
    'is warned of once its hour has passed, with the hour and the clock',
    async () => {
      const r = await drill(onToday('00h01'), today);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(
        new RegExp(
          `dòng ${r.lineOf('when:')}, mục “when”: chiến dịch đã kết thúc lúc 00:01 hôm nay \\(bây giờ là \\d\\d:\\d\\d\\)`,
        ),
      );
    },
  );

  it.skipIf(now() >= '23:58')('is not, while its hour is still to come', async () => {
    const r = await drill(onToday('23h59'), today);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('đã kết thúc');
  });
});
