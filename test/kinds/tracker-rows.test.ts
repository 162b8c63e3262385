/**
 * The blank tracking sheet has a row for each thing the campaign counts: a campaign whose first
 * measure counts people (children vaccinated, residents who took a contest) gets a row per
 * resident, not per household. A commune's measles campaign counted children over the
 * population, and its sheets had a row per household: ten pages for a thôn of 28 people, none of
 * them a row to tick a child on. Read as the leader reads it: the row numbers and the
 * instruction line of the printed sheet (pdftotext).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfInfo, pdfPageTexts } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const ACTIONS = `title: Tiêm vắc xin sởi cho trẻ em năm 2026
actions:
  - { step: Đưa trẻ đến điểm tiêm đúng giờ, column: Đã tiêm }
  - { step: Theo dõi trẻ 30 phút sau tiêm, column: Đã theo dõi }
id: soi-2026
`;
const PEOPLE = `measures:
  - { id: da_tiem, label: Số trẻ đã tiêm, of: people }
  - { id: ho_da_den, label: Số hộ đã đưa trẻ đi tiêm, of: households }
`;
const HOUSEHOLDS = `measures:
  - { id: ho_da_den, label: Số hộ đã đưa trẻ đi tiêm, of: households }
  - { id: da_tiem, label: Số trẻ đã tiêm, of: people }
`;
/** A small thôn: more households than fit one page is not the point; the two figures differ. */
const thon: Group = {
  id: '1',
  name: 'Thôn 1',
  households: 12,
  population: 47,
  source: { file: 'groups.csv', row: 2 },
};

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

/** The sheet's pages as text, and the row numbers printed at the start of its lines. */
async function sheet(extra: string, group: Group = thon) {
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, `${NOTICE_ONLY}${ACTIONS}${extra}`);
  const { campaign } = await loadCampaign(file);
  const { bytes } = await renderFor(tracker, campaign, group);
  const pages = await pdfPageTexts(bytes);
  const rows = pages.flatMap((p) =>
    p
      .split('\n')
      .map((l) => /^\s*(\d+)\s*$/.exec(l)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number),
  );
  return { pages, rows, text: collapseSpaces(pages.join('\n')), bytes };
}

describe('the blank tracking sheet’s rows', () => {
  it('are one per resident when the campaign’s first measure counts people', async () => {
    const { rows, text, pages, bytes } = await sheet(PEOPLE);
    // Numbered 1, 2, … with no gap, at least one a resident (47), the last page filled.
    expect(rows).toEqual(rows.map((_, i) => i + 1));
    expect(rows.length).toBeGreaterThanOrEqual(47);
    expect(rows.length - 47).toBeLessThan(rows.length / pages.length);
    expect((await pdfInfo(bytes)).pages).toBe(pages.length);
    expect(text).toContain('Đánh dấu “x” vào ô khi người dân đã làm xong việc đó.');
    expect(text).not.toContain('hộ gia đình đã làm xong');
    expect(text).toContain('Tỷ lệ tham gia: ……… người / 47 nhân khẩu = ……… %');
  });

  it('are one per household when the first measure counts households', async () => {
    const { rows, text, pages } = await sheet(HOUSEHOLDS);
    expect(pages).toHaveLength(1);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.length).toBeLessThan(47);
    expect(text).toContain('Đánh dấu “x” vào ô khi hộ gia đình đã làm xong việc đó.');
    expect(text).toContain('Số hộ đã đưa trẻ đi tiêm: ……… hộ / 12 hộ = ……… %');
  });

  it('stay one per household for a campaign that declares no measure', async () => {
    const { rows, text, pages } = await sheet('');
    expect(pages).toHaveLength(1);
    expect(rows.length).toBeLessThan(47);
    expect(text).toContain('khi hộ gia đình đã làm xong việc đó.');
  });

  it('are 25 when the groups file gives no population, as when it gives no households', async () => {
    const { population: _, ...noPopulation } = thon;
    const { rows } = await sheet(PEOPLE, noPopulation);
    expect(rows.slice(0, 25)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(rows.length).toBeLessThan(47);
  });
});
