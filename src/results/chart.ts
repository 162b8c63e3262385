/**
 * Results → layout: the bar chart of the groups' rates, one model for the office's page (SVG)
 * and the report (vector rectangles on the layout's Surface), so both draw the same bars. In:
 * the standings. Out: the ranked groups' bars in rate order (best first), each a share of the
 * scale's top, and the scale's ticks.
 */
import { ABOVE_MARK, formatRate, type Standings } from './standings.js';

export interface Bar {
  label: string;
  /** Tenths of a percent. */
  rate: number;
  text: string;
  /** The bar's length as a fraction (0..1) of the scale's top. */
  share: number;
  /** The figure is above its base: `text` carries the mark. */
  above?: true;
}

export interface Chart {
  bars: Bar[];
  /** The scale's top in tenths of a percent: the best rate rounded up to 10 %, at most 100 %. */
  top: number;
  /** Tick values in tenths of a percent, from 0 to top. */
  ticks: number[];
}

export function chartOf(s: Standings, label: (name: string, id: string) => string): Chart {
  const best = s.ranked[0]?.cells[0]?.rate ?? 0;
  const top = Math.max(100, Math.ceil(best / 100) * 100);
  const step = top <= 200 ? 50 : top <= 500 ? 100 : 200;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return {
    top,
    ticks,
    bars: s.ranked.map((r) => {
      const rate = r.cells[0]?.rate ?? 0;
      const above = r.cells[0]?.above;
      return {
        label: label(r.group.name, r.group.id),
        rate,
        text: above ? `${formatRate(rate)}${ABOVE_MARK}` : formatRate(rate),
        share: rate / top,
        ...(above ? { above } : {}),
      };
    }),
  };
}
