/**
 * qa59b M1: a khu phố whose place is long (240 characters, a rain fallback) had its A3 poster
 * print neither "Người dân cần làm gì?" nor "Cần mang theo", while its A4 poster, smaller, had
 * both. The A3's 15 cm code keeps its size whatever the page, so its type, scaled up with the
 * page, must be let shrink to the A4's smallest in print before a part is left out. Expected
 * values are the campaign's own headings, steps and bring list, read from the fixture's file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import { findItem, pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = new URL('../fixtures/qa59b-long-place/', import.meta.url).pathname;
/** The first action and the first thing to bring, as the campaign file writes them. */
let firstStep: string;
let firstBring: string;
let group1: string;
let result: Awaited<ReturnType<typeof build>>;

beforeAll(async () => {
  const yaml = await readFile(join(FIXTURE, 'campaign.yaml'), 'utf8');
  firstStep = /- step: (.+)/.exec(yaml)?.[1] ?? '';
  firstBring = /^bring:\n\s+- (.+)$/m.exec(yaml)?.[1] ?? '';
  const csv = await readFile(join(FIXTURE, 'groups.csv'), 'utf8');
  // The long place of row 2 (khu phố 1), as the check's premise.
  expect(csv.split('\n')[1]).toContain('nếu trời mưa tập trung tại Hội trường');
  const dir = await makeTempDir('phuong-print-a3-long-place-');
  result = await build({
    campaign: join(FIXTURE, 'campaign.yaml'),
    groups: join(FIXTURE, 'groups.csv'),
    out: dir,
    jobs: 1,
    kinds: ['poster'],
    groupIds: ['1'],
  });
  group1 = join(dir, 'khu-pho-nguyen-trung-truc-1-gom-cac-to-1-2-3-cu');
});
afterAll(removeTempDirs);

describe('the A3 poster of a khu phố with a long place', () => {
  it('prints the steps and what to bring on both sheets, as the A4 does', async () => {
    expect(firstStep).toContain('Mỗi hộ cử');
    expect(firstBring).toBe('Chổi, cuốc, xẻng, bao đựng rác');
    const a4 = collapseSpaces((await pdfPageTexts(join(group1, 'poster-a4.pdf'))).join(' '));
    const sheets = (await pdfPageTexts(join(group1, 'poster-a3.pdf'))).map(collapseSpaces);
    expect(sheets).toHaveLength(2);
    for (const page of [a4, ...sheets]) {
      expect(page).toContain('Người dân cần làm gì?');
      expect(page).toContain(firstStep);
      expect(page).toContain('Cần mang theo');
      expect(page).toContain(firstBring);
    }
    // Nothing said left out of the posters.
    expect(result.warnings.map((w) => w.describe('vi')).join('\n')).not.toMatch(/áp phích khổ/);
  });

  it('prints them on A3 no smaller than on A4', async () => {
    const sizeOf = async (file: string) => {
      const [page] = await pdfTextItems(await readFile(join(group1, file)));
      const item = page && findItem(page, firstBring);
      return item?.fontSize ?? 0;
    };
    const a4 = await sizeOf('poster-a4.pdf');
    expect(a4).toBeGreaterThan(8);
    expect(await sizeOf('poster-a3.pdf')).toBeGreaterThanOrEqual(a4 - 0.01);
  });
});
