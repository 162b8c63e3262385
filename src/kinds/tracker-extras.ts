/**
 * The tracking sheet's roster columns besides number, name and address (model/roster-extras.ts,
 * qa56 M4): where a person's birth and amount are printed, and whether the sheet has a column to
 * add up on its "Tổng cộng" row (a signature or a birth is nothing to add up).
 */
import type { Resident } from '../load/types.js';
import type { DocContext } from '../model/context.js';
import { amountText } from '../model/roster-extras.js';
import type { Run } from '../template/blocks.js';
import { OTHER_COLUMNS } from './tracker-columns.js';

export interface ExtraColumns {
  /** The birth column's index among the table's columns; -1 for none. */
  born: number;
  /** The column the roster's amounts are printed in; -1 for none. */
  amount: number;
  /** Some column is added up on the totals rows: a tick, a count, an amount. */
  sums: boolean;
}

const plain = (runs: readonly Run[]) =>
  runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** The columns of `titles` (the table's, in its order) the roster fills, and `signed`'s titles. */
export function extraColumnsOf(
  ctx: Pick<DocContext, 'bornColumn' | 'amountsIn'>,
  titles: readonly (readonly Run[])[],
  signed: readonly string[],
): ExtraColumns {
  const inner = titles.map(plain).slice(0, -1);
  const find = (title: string) => (title ? inner.indexOf(title, OTHER_COLUMNS - 1) : -1);
  const born = find(ctx.bornColumn);
  const amount = find(ctx.amountsIn);
  const added = inner
    .slice(OTHER_COLUMNS - 1)
    .filter((t, i) => i + OTHER_COLUMNS - 1 !== born && !signed.includes(t));
  return { born, amount, sums: added.length > 0 };
}

/** A roster row's cells by column index: its birth and amount, where printed. */
export function extraCells(columns: ExtraColumns, r: Resident): [number, string][] {
  const cells: [number, string][] = [];
  if (columns.born >= 0) cells.push([columns.born, r.birth ?? '']);
  if (columns.amount >= 0) cells.push([columns.amount, amountText(r.amount)]);
  return cells;
}
