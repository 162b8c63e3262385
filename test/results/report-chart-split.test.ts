/**
 * qa58 p8: the report's chart put its 4th bar alone, under its own scale, on page 2. The
 * example's report with 3 to 6 groups, its subject made longer so the chart starts lower on
 * page 1 (each of these put one bar alone on the next page before): each page the chart is on
 * holds its scale and at least two bars, every bar printed once. A chart of 45 groups, longer
 * than a page, still runs on over pages, its last bar not alone (44 + 1 before). Bars are told by their rate ("19,9%", one decimal)
 * below a page's scale ("0%").
 */
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import { renderReport } from '../../src/output/report.js';
import { pdfWords } from '../support/pdf-text.js';
import { exampleInputs, leaderFigures } from '../support/render.js';

const RATE = /^\d+,\d%$/;

/** The bars on each page the chart is on, the example's first `n` groups (numbered on past 8). */
async function barsPerPage(n: number, longer: number): Promise<number[]> {
  const { campaign, groups } = await exampleInputs();
  const some = Array.from({ length: n }, (_, i) => ({
    ...(groups[i % groups.length] as (typeof groups)[number]),
    id: String(i + 1),
    name: `Tổ dân phố số ${i + 1}`,
  }));
  const latest = leaderFigures(some, (g, i) =>
    Math.floor(((g.population ?? 0) * ((i % 30) + 1)) / 40),
  );
  const subject = `${campaign.notice.subject}${' phòng chống dịch bệnh'.repeat(longer)}`;
  const { pdf } = await renderReport({
    campaign: { ...campaign, notice: { ...campaign.notice, subject } },
    groups: some,
    latest,
    options: { date: '2026-04-01' },
    fonts: loadFonts(),
  });
  const words = await pdfWords(pdf);
  return [...new Set(words.map((w) => w.page))].flatMap((page) => {
    const scale = words.find((w) => w.page === page && w.text === '0%');
    if (!scale) return [];
    return [
      words.filter((w) => w.page === page && w.yMin > scale.yMax && RATE.test(w.text)).length,
    ];
  });
}

describe('the report’s chart across pages (qa58 p8)', () => {
  it.each([
    [4, 18],
    [3, 24],
    [5, 9],
    [6, 3],
  ])('leaves no bar alone on a page: %i groups', async (n, longer) => {
    const bars = await barsPerPage(n, longer);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(n);
    expect(
      bars.filter((b) => b < 2),
      bars.join(' + '),
    ).toEqual([]);
  });

  it('runs a chart longer than a page on over pages, two bars at least on each', async () => {
    const bars = await barsPerPage(45, 9);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(45);
    expect(bars.length).toBeGreaterThan(1);
    expect(
      bars.filter((b) => b < 2),
      bars.join(' + '),
    ).toEqual([]);
  });
});
