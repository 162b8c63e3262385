/**
 * A copy of last round's campaign with new contest dates: the example's notice takes its dates
 * from `contest`, so it prints the new round's as the flyer does; a body that types the dates
 * instead, left at last round's, is warned about with its line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { lineOf } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const group: Group = { id: '5', name: 'Tổ dân phố số 5', source: { file: 'groups.csv', row: 6 } };

let dir: string;
let example: string;
beforeAll(async () => {
  dir = await makeTempDir();
  example = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
});
afterAll(() => cleanupTempDir(dir));

/** The example as an office copies it for the next round: new contest and issue dates. */
const nextRound = (yaml: string) =>
  yaml
    .replace('starts: 2025-10-11', 'starts: 2028-02-01')
    .replace('ends: 2025-11-11', 'ends: 2028-02-29')
    .replace('issued: 2025-10-09', 'issued: 2028-01-28');

async function save(name: string, yaml: string) {
  const file = join(dir, name);
  await writeFile(file, yaml);
  const { campaign, warnings } = await loadCampaign(file);
  return { file, campaign, warnings };
}

describe('the contest dates of the notice', () => {
  it('follow contest.starts and contest.ends in a copy of the example', async () => {
    const { campaign, warnings } = await save('next.yaml', nextRound(example));
    const text = collapseSpaces(await pdfText((await renderFor(notice, campaign, group)).bytes));
    expect(text).toContain('4. Thời gian thi: Từ ngày 01/02/2028 đến ngày 29/02/2028.');
    expect(text).not.toContain('11/10/2025');
    expect(warnings.map((w) => w.message).join('\n')).not.toContain("the contest's dates");
  });

  it('typed in the body and left at last round’s: a warning naming the line and both periods', async () => {
    const typed = nextRound(example).replace(
      'Từ ngày {{contestDates.starts.short}} đến ngày {{contestDates.ends.short}}.',
      'Từ ngày 11/10/2025 đến ngày 11/11/2025.',
    );
    const { file, warnings } = await save('typed.yaml', typed);
    const found = warnings.filter((w) => w.where.field === 'notice.body');
    expect(found.map((w) => w.describe('vi'))).toEqual([
      `${file}, dòng ${lineOf(typed, 'Thời gian thi:')}, mục “notice.body”: nội dung ghi thời gian thi từ 11/10/2025 đến 11/11/2025, nhưng cuộc thi diễn ra từ 01/02/2028 đến 29/02/2028 (tờ rơi và phiếu in theo ngày này)`,
    ]);
  });

  it('typed in other phrasings: each read, and said with the days it writes', async () => {
    // The contest runs 01/02/2028–29/02/2028; each body's period, and the days the warning names.
    const cases = [
      ['Từ ngày 11/10/2025 đến hết ngày 11/11/2025.', '11/10/2025', '11/11/2025'],
      ['Từ 11/10/2025 tới 11/11/2025.', '11/10/2025', '11/11/2025'],
      ['11/10/2025 – 11/11/2025.', '11/10/2025', '11/11/2025'],
      [
        'Từ ngày 11 tháng 10 năm 2025 đến hết ngày 11 tháng 11 năm 2025.',
        '11/10/2025',
        '11/11/2025',
      ],
      ['Từ ngày 15/01 đến hết ngày 20/02/2028.', '15/01/2028', '20/02/2028'],
      ['Từ ngày 20/12 đến hết ngày 29/02/2028.', '20/12/2027', '29/02/2028'],
    ] as const;
    for (const [period, from, to] of cases) {
      const typed = nextRound(example).replace(
        'Từ ngày {{contestDates.starts.short}} đến ngày {{contestDates.ends.short}}.',
        period,
      );
      const { file, warnings } = await save('phrased.yaml', typed);
      const found = warnings.filter((w) => w.where.field === 'notice.body');
      expect(
        found.map((w) => w.describe('vi')),
        period,
      ).toEqual([
        `${file}, dòng ${lineOf(typed, 'Thời gian thi:')}, mục “notice.body”: nội dung ghi thời gian thi từ ${from} đến ${to}, nhưng cuộc thi diễn ra từ 01/02/2028 đến 29/02/2028 (tờ rơi và phiếu in theo ngày này)`,
      ]);
    }
    // Within the contest's days, in the same phrasings: nothing said.
    for (const period of [
      'Từ ngày 01/02 đến hết ngày 29/02/2028.',
      'Từ 01/02/2028 tới 29/02/2028.',
    ]) {
      const typed = nextRound(example).replace(
        'Từ ngày {{contestDates.starts.short}} đến ngày {{contestDates.ends.short}}.',
        period,
      );
      const { warnings } = await save('within.yaml', typed);
      expect(
        warnings.filter((w) => w.where.field === 'notice.body'),
        period,
      ).toEqual([]);
    }
  });

  it('a period on a line that says "thiết" or "cần thiết", not "thi", is not the contest’s', async () => {
    const body = nextRound(example).replace(
      '**4\\. Thời gian thi:** Từ ngày {{contestDates.starts.short}} đến ngày {{contestDates.ends.short}}.',
      '**4\\. Lắp đặt thiết bị cần thiết:** Từ ngày 01/03/2028 đến ngày 31/03/2028.',
    );
    expect(body).toContain('Lắp đặt thiết bị');
    const { warnings } = await save('thiet.yaml', body);
    expect(warnings.filter((w) => w.where.field === 'notice.body')).toEqual([]);
  });
});
