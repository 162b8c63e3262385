/**
 * Blank tracking sheets' table pages are drawn once and placed again (Surface.reuse, a PDF form
 * XObject): what a leader prints must not show it. Each sheet reads as its own (its numbers, its
 * group, its page numbers), a group's file is the same bytes whether its pages were drawn for it
 * or for another group first, and the ward's print file keeps each drawn page once.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { build } from '../../src/output/build.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, exampleInputs, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const run = promisify(execFile);

let campaign: Campaign;
let groups: Group[];
let dir: string;

beforeAll(async () => {
  ({ campaign, groups } = await exampleInputs());
  dir = await makeTempDir('phuong-print-kept-pages-');
});
afterAll(removeTempDirs);

const render = (group: Group) => renderFor(tracker, campaign, group);

/** The row numbers printed on a page, in reading order. */
const rowNumbers = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^\d+$/.test(l))
    .map(Number);

describe('blank tracking sheets', () => {
  // First in this file (a process of its own): group a's pages are drawn for it, then placed.
  it("are the same bytes whether a group's pages were drawn for it or for another group first", async () => {
    const [a, b] = groups.filter((g) => (g.households ?? 0) > 60);
    if (!a || !b) throw new Error('the example has no two groups of over 60 households');
    const first = await render(a);
    await render(b);
    const again = await render(a);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('read as their own group on every page, numbered 1 to the households and on', async () => {
    const two = groups.filter((g) => (g.households ?? 0) > 60).slice(0, 2);
    expect(two).toHaveLength(2);
    for (const group of two) {
      const pages = await pdfPageTexts((await render(group)).bytes);
      expect(pages.length).toBeGreaterThan(2);
      pages.forEach((page, i) => {
        expect(page).toContain(group.name);
        expect(page).toMatch(new RegExp(`Trang ${i + 1}/${pages.length}`));
        expect(page).toContain('STT');
      });
      // Every household's row, in order, each once; then the spare rows that fill the last page.
      const households = group.households ?? 0;
      const rows = pages.flatMap(rowNumbers).filter((n) => n <= households);
      expect(rows).toEqual(Array.from({ length: households }, (_, k) => k + 1));
    }
  });

  it("read as their own group in the ward's print file, which qpdf finds sound", async () => {
    const csv = join(dir, 'groups.csv');
    await writeFile(csv, wardCsv(3));
    const out = join(dir, 'out');
    await build({ campaign: EXAMPLE_CAMPAIGN, groups: csv, out, kinds: ['tracker'], jobs: 1 });
    const print = join(out, 'print', 'tracker-all.pdf');
    await run('qpdf', ['--check', print]);
    const pages = await pdfPageTexts(await readFile(print));
    // Each group's sheet starts at its "Trang 1/…" and counts its own households from 1.
    const starts = pages.flatMap((p, i) => (/Trang 1\//.test(p) ? [i] : []));
    expect(starts).toHaveLength(3);
    starts.forEach((start, g) => {
      const end = starts[g + 1] ?? pages.length;
      const sheet = pages.slice(start, end).filter((p) => p.trim() !== '');
      for (const page of sheet) expect(page).toContain(`Tổ dân phố số ${g + 1} `);
      const numbers = sheet.flatMap(rowNumbers);
      for (let n = 1; n <= 150; n++) expect(numbers).toContain(n);
    });
  });
});
