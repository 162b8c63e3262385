/**
 * A sign-up sheet's target read as a most only when the campaign says a most of people or seats
 * (closing42 Left): the class of qa40 (test/fixtures/qa40/c-tap-huan.yaml, "mỗi tổ dân phố tối đa
 * 05 học viên") with its number sentence rewritten. "tối đa 30 người", "không quá 05 chỗ" cap the
 * sheet at one row a seat; "tối đa 3 buổi", "không quá 2 ngày", "tối đa 90 phút" say no such
 * thing, and the sheet keeps its spare rows after the target. Counted on the tracker PDF's
 * numbered rows; the seats are the groups file's "Chỉ tiêu (người)".
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa40/${name}`, import.meta.url));
const SAID = 'mỗi tổ dân phố tối đa 05 học viên';

/** The numbered rows of tổ 7's tracker when the class's body says `sentence` instead; its seats. */
async function rows(sentence: string): Promise<{ numbers: number[]; seats: number }> {
  const text = await readFile(fixture('c-tap-huan.yaml'), 'utf8');
  expect(text).toContain(SAID);
  const file = join(await makeTempDir('phuong-print-seat-cap-'), 'campaign.yaml');
  await writeFile(file, text.replace(SAID, sentence));
  const { campaign } = await loadCampaign(file);
  const group = (await loadGroups(fixture('groups-chitieu.csv'))).find((g) => g.id === '7');
  const tracker = findKind('tracker');
  if (!group || !tracker) throw new Error('no tổ 7 or no tracker');
  const seats = Number(group.columns?.['Chỉ tiêu (người)'] ?? Number.NaN);
  const printed = await pdfText((await renderFor(tracker, campaign, group)).bytes, {
    layout: true,
  });
  // The table's numbered rows: a line holding its STT alone.
  const numbers = printed
    .split('\n')
    .map((l) => /^\s*(\d+)\s*$/.exec(l)?.[1])
    .filter((n) => n !== undefined)
    .map(Number);
  return { numbers, seats };
}

describe('a sign-up sheet’s seats, said as a most', () => {
  it.each(['mỗi tổ dân phố tối đa 30 người', 'mỗi tổ dân phố không quá 05 chỗ'])(
    '“%s”: a row a seat, no spare rows',
    async (sentence) => {
      const { numbers, seats } = await rows(sentence);
      expect(seats).toBeGreaterThan(0);
      expect(numbers).toEqual(Array.from({ length: seats }, (_, i) => i + 1));
    },
  );

  it.each([
    'mỗi tổ dân phố 05 học viên, mỗi người học tối đa 3 buổi',
    'mỗi tổ dân phố 05 học viên, lớp học không quá 2 ngày',
    'mỗi tổ dân phố 05 học viên, mỗi buổi tối đa 90 phút',
  ])('“%s”: no most of people, the spare rows stay', async (sentence) => {
    const { numbers, seats } = await rows(sentence);
    expect(numbers.slice(0, seats)).toEqual(Array.from({ length: seats }, (_, i) => i + 1));
    expect(numbers.length).toBeGreaterThan(seats);
  });
});
