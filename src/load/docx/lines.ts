/**
 * Load stage, Word import: the lines of some items as the header and signature parts read them:
 * each line of each paragraph, with the table column it sits in (or the column a tab makes in a
 * paragraph laid out with tabs, as some notices' headers are).
 */
import type { Item, Para } from './html-items.js';

export interface Line {
  para: Para;
  text: string;
  /** 0 left, 1 right (table column, or the part after a tab); undefined for a whole line. */
  col?: number;
  /** The table cell (or paragraph) it belongs to: a text that wraps onto lines stays in it. */
  box: string;
  /** A whole line typed after a tab (to the right of the page). */
  indented?: boolean;
}

export function linesOf(items: readonly Item[]): Line[] {
  const out: Line[] = [];
  for (const item of items) {
    if (item.kind !== 'table') {
      out.push(...paraLines(item, `p${item.index}`));
      continue;
    }
    item.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const box = `t${item.number}r${r}c${c}`;
        for (const para of cell.paras) {
          for (const line of paraLines(para, box)) {
            out.push(row.length > 1 ? { ...line, col: Math.min(c, 1), box } : line);
          }
        }
      });
    });
  }
  return out;
}

function paraLines(para: Para, box: string): Line[] {
  return para.tabbed.flatMap((parts, n): Line[] =>
    parts.length > 1
      ? parts.map((text, i) => ({
          para,
          text,
          col: Math.min(i, 1),
          box: `${box}.${Math.min(i, 1)}`,
        }))
      : parts.map((text) => ({ para, text, box, indented: para.indented?.[n] === true })),
  );
}
