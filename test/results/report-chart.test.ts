/**
 * The report's chart with long group names: a name that wraps gets a taller row, so no word of
 * the report is drawn over another (word boxes from pdftotext -bbox), and every name is printed
 * beside its bar.
 */
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import { renderReport } from '../../src/output/report.js';
import { collapseSpaces, pdfText, pdfWords } from '../support/pdf-text.js';
import { exampleInputs, leaderFigures } from '../support/render.js';

const LONG = (id: string) =>
  `Tổ dân phố số ${id} khu dân cư Cầu Đất mở rộng phía Nam đường Nguyễn Đức Cảnh`;

describe('report chart', () => {
  it('gives a long name a taller row: no word drawn over another', async () => {
    const { campaign, groups } = await exampleInputs();
    const some = groups.slice(0, 12).map((g, i) => (i % 3 === 0 ? { ...g, name: LONG(g.id) } : g));
    const latest = leaderFigures(some, (g, i) => Math.floor(((g.population ?? 0) * i) / 20));
    const { pdf } = await renderReport({
      campaign,
      groups: some,
      latest,
      options: { date: '2026-04-01' },
      fonts: loadFonts(),
    });
    const all = await pdfWords(pdf);
    // Boxes of one line touch; words drawn over each other overlap by more than a hair.
    const overlaps = all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter(
          (b) =>
            a.page === b.page &&
            Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 1 &&
            Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 1,
        )
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlaps).toEqual([]);
    const text = collapseSpaces(await pdfText(pdf));
    // The chart alone: a list of groups that sent their figures late would name them again
    // below it (none here: the example is a contest without a report.deadline).
    const after = text.indexOf('gửi số liệu sau ngày kết thúc');
    const chart = text.slice(text.indexOf('3. Biểu đồ'), after < 0 ? undefined : after);
    // Each long name is printed beside its bar (pdftotext may interleave it with the rates).
    const long = some.filter((g) => g.name.includes('Cầu Đất')).length;
    expect(long).toBe(4);
    expect(chart.match(/Cầu Đất/g)).toHaveLength(long);
  });
});
