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

/**
 * A draft's blank date typed with tabs for its blanks ("ngày<tab>tháng<tab>năm 2026") is one
 * date, not three columns: the parts a tab cut between "ngày", "tháng" and "năm" are joined.
 */
function datesWhole(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    const cutDate =
      prev !== undefined &&
      /(?:^|\s)(?:ngày|tháng)[\s.…_\d]*$/iu.test(prev) &&
      /^[\s.…_\d]*(?:tháng|năm)(?:\s|$)/iu.test(part);
    if (cutDate) out[out.length - 1] = `${prev.trimEnd()} ${part.trimStart()}`;
    else out.push(part);
  }
  return out;
}

function paraLines(para: Para, box: string): Line[] {
  return para.tabbed.map(datesWhole).flatMap((parts, n): Line[] =>
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
