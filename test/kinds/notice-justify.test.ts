/**
 * Justified lines of the notice, measured from the PDF's word boxes (pdftotext -bbox): no gap
 * between two words of a line is wider than twice the normal space of its type size, but on a
 * line a name kept whole moved off or broken before a long URL's remainder (justified however
 * loose, as Word sets it: qa21, qa39 m3), and none seven times.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { type PdfWord, pdfWords } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

/**
 * Gaps between the words of justified lines: lines that reach the right edge of the text (the
 * widest line's end on that page). Columns side by side, far apart, are not one line.
 */
function gaps(ws: PdfWord[]): { gap: number; size: number; between: string; line: number }[] {
  const lines: PdfWord[][] = [];
  for (const w of ws) {
    const line = lines[lines.length - 1];
    const prev = line?.[line.length - 1];
    if (
      line &&
      prev &&
      prev.page === w.page &&
      Math.abs(prev.yMin - w.yMin) < 1 &&
      w.xMin > prev.xMax &&
      w.xMin - prev.xMax < 30
    )
      line.push(w);
    else lines.push([w]);
  }
  const right = new Map<number, number>();
  for (const l of lines) {
    const end = (l[l.length - 1] as PdfWord).xMax;
    const page = (l[0] as PdfWord).page;
    right.set(page, Math.max(right.get(page) ?? 0, end));
  }
  const out: { gap: number; size: number; between: string; line: number }[] = [];
  for (const [n, l] of lines.entries()) {
    const last = l[l.length - 1] as PdfWord;
    const justified = last.xMax >= (right.get(last.page) ?? 0) - 0.5;
    for (let i = 1; i < l.length; i++) {
      const a = l[i - 1] as PdfWord;
      const b = l[i] as PdfWord;
      out.push({
        gap: b.xMin - a.xMax,
        size: Math.round((b.yMax - b.yMin) * 10),
        between: `${justified ? '' : '(ragged) '}${a.text} | ${b.text}`,
        line: n,
      });
    }
  }
  return out;
}

const example = (name: string, file: string) =>
  fileURLToPath(new URL(`../../examples/${name}/${file}`, import.meta.url));

describe('justified lines of the notice', () => {
  for (const name of ['hai-phong', 'tan-dinh']) {
    it(`${name}: no word gap wider than twice the space`, async () => {
      const { campaign } = await loadCampaign(example(name, 'campaign.yaml'));
      const [group] = await loadGroups(example(name, 'groups.csv'));
      if (!group) throw new Error('the example has groups');
      const { bytes } = await renderFor(notice, campaign, group);
      const all = gaps(await pdfWords(bytes));
      expect(all.length).toBeGreaterThan(200);
      // The normal space of each size: its most frequent gap (every ragged, centred or last line
      // sets it unstretched). Gaps under 1 pt are a word's pieces in two styles, not spaces.
      const counts = new Map<number, Map<number, number>>();
      for (const g of all.filter((g) => g.gap > 1)) {
        const bySize = counts.get(g.size) ?? new Map<number, number>();
        const key = Math.round(g.gap * 20) / 20;
        bySize.set(key, (bySize.get(key) ?? 0) + 1);
        counts.set(g.size, bySize);
      }
      const space = new Map(
        [...counts].map(([size, c]) => [size, [...c].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0]),
      );
      const over = (times: number) =>
        all.filter(
          (g) =>
            !g.between.startsWith('(ragged)') && g.gap > times * (space.get(g.size) ?? 0) + 0.3,
        );
      // A line a name kept whole moved off, or a URL's remainder, is justified however loose,
      // as Word sets it (qa21, qa39 m3): a few such lines here, none with holes of seven spaces.
      expect(over(7)).toEqual([]);
      const loose = new Set(over(2).map((g) => g.line));
      expect(loose.size).toBeLessThanOrEqual(3);
    });
  }
});
