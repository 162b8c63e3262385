/**
 * Results → layout: the bar chart of the groups' rates, one model for the office's page (SVG)
 * and the report (vector rectangles on the layout's Surface), so both draw the same bars. In:
 * the standings. Out: the ranked groups' bars in rate order (best first), each a share of the
 * scale's top, and the scale's ticks.
 */
import { groupThousands } from '../model/format.js';
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
  /**
   * The scale's top in tenths of a percent: 100 %, or the best rate rounded up to the ticks' step
   * when it is over 100 %.
   */
  top: number;
  /** Tick values in tenths of a percent, from 0 to top, a step apart (tickStep). */
  ticks: number[];
}

/** The most steps the scale has: at most 7 labels, each well apart on the report's width. */
const MOST_STEPS = 6;

/**
 * The ticks' step, in tenths of a percent, for a scale up to `best`: the least of 10, 20, 25,
 * 50 % and those times 10, 100… that splits it into MOST_STEPS steps at most (20 % for a scale of
 * 100 %, 200 % for one of 1.000 %). A step of 20 % whatever the range printed about 50 labels
 * over one another when a tổ reported 10 times its target (qa24 F7).
 */
function tickStep(best: number): number {
  for (let scale = 100; ; scale *= 10) {
    const step = [1, 2, 2.5, 5]
      .map((f) => f * scale)
      .find((s) => Math.ceil(best / s) <= MOST_STEPS);
    if (step !== undefined) return step;
  }
}

/** A tick's label: "20%", "1.000%" (thousands grouped as every figure is). */
export const tickText = (tick: number): string => `${groupThousands(tick / 10)}%`;

export function chartOf(s: Standings, label: (name: string, id: string) => string): Chart {
  const best = Math.max(1000, s.ranked[0]?.cells[0]?.rate ?? 0);
  const step = tickStep(best);
  const top = Math.ceil(best / step) * step;
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
