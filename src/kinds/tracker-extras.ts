/**
 * The tracking sheet's roster columns besides number, name and address (model/roster-extras.ts,
 * qa56 M4): where a person's birth and amount are printed, and whether the sheet has a column to
 * add up on its "Tổng cộng" row (a signature or a birth is nothing to add up).
 */
import type { Measurer } from '../layout/line-break.js';
import type { TableColumn, TableSpec } from '../layout/table.js';
import { MM } from '../layout/text-model.js';
import type { Resident } from '../load/types.js';
import type { DocContext } from '../model/context.js';
import { textKey } from '../model/format.js';
import { amountText } from '../model/roster-extras.js';
import type { Run } from '../template/blocks.js';
import { OTHER_COLUMNS } from './tracker-columns.js';
import { titleKey } from './tracker-sign.js';

export interface ExtraColumns {
  /** The birth column's index among the table's columns; -1 for none. */
  born: number;
  /** The column the roster's amounts are printed in; -1 for none. */
  amount: number;
  /** The exemptions' column ("Diện miễn"); -1 for none. */
  exempt: number;
  /** The roster's own numbers' column (model/roster-extras.ts ROSTER_NO_TITLE); -1 for none. */
  no: number;
  /** The roster's counts' columns ("Số chó"), with the headers their cells are under. */
  counts: [number, string][];
  /** The columns a sum of money is written in by hand ("Số tiền đã thu (đồng)"). */
  written: number[];
  /** Some column is added up on the totals rows: a tick, a count, an amount. */
  sums: boolean;
}

/** The columns of `titles` (the table's, in its order) the roster fills, and `signed`'s (titles as keyed: textKey). */
export function extraColumnsOf(
  ctx: Pick<
    DocContext,
    'bornColumn' | 'amountsIn' | 'exemptColumn' | 'rosterNo' | 'amountColumnsSaid' | 'countColumns'
  >,
  titles: readonly (readonly Run[])[],
  signed: readonly string[],
): ExtraColumns {
  const inner = titles.map(titleKey).slice(0, -1);
  const find = (title: string) => (title ? inner.indexOf(textKey(title), OTHER_COLUMNS - 1) : -1);
  const born = find(ctx.bornColumn);
  const amount = find(ctx.amountsIn);
  const exempt = find(ctx.exemptColumn);
  const no = find(ctx.rosterNo);
  const counts = ctx.countColumns
    .map((h): [number, string] => [find(h), h])
    .filter(([i]) => i >= 0);
  // The counts are added up, as the ticks are (their totals printed: tracker.ts).
  const given = [born, exempt, no];
  const added = inner
    .slice(OTHER_COLUMNS - 1)
    .filter((t, i) => !given.includes(i + OTHER_COLUMNS - 1) && !signed.includes(t));
  const written = ctx.amountColumnsSaid
    .filter((c) => c.money)
    .map((c) => find(c.title))
    .filter((i) => i >= 0);
  return { born, amount, exempt, no, counts, written, sums: added.length > 0 };
}

/**
 * A roster row's figures by column index, for the totals rows: its amount, and each count the
 * roster gives as a whole number ("2" dogs; a blank or "2-3" is none: that column's total is then
 * left to the leader).
 */
export function rowFigures(columns: ExtraColumns, r: Resident): Map<number, number> {
  const figures = new Map<number, number>();
  if (columns.amount >= 0 && r.amount !== undefined) figures.set(columns.amount, r.amount);
  for (const [i, header] of columns.counts) {
    const cell = (r.counts?.[header] ?? '').trim();
    if (/^\d{1,6}$/.test(cell)) figures.set(i, Number(cell));
  }
  return figures;
}

/** A roster row's cells by column index: its birth and amount, where printed. */
export function extraCells(columns: ExtraColumns, r: Resident): [number, string][] {
  const cells: [number, string][] = [];
  if (columns.born >= 0) cells.push([columns.born, r.birth ?? '']);
  if (columns.amount >= 0) cells.push([columns.amount, amountText(r.amount)]);
  if (columns.exempt >= 0) cells.push([columns.exempt, r.exempt ?? '']);
  if (columns.no >= 0) cells.push([columns.no, r.no ?? '']);
  for (const [i, header] of columns.counts) cells.push([i, r.counts?.[header] ?? '']);
  return cells;
}

/**
 * Who gives room to a birth or amount column too narrow for its cells ("12/03/1957", "1.000.000":
 * sized by their titles' words among five actions, they broke in three lines): the address, the
 * name, then the notes, each down to what it keeps (mm; tracker-sign.ts keeps the same).
 */
const GIVERS: readonly (readonly [number, number])[] = [
  [2, 48],
  [1, 46],
  [-1, 16],
];

/** The widest an exemption's cell is given ("Hộ cận nghèo"); a longer one takes two lines. */
const EXEMPT_MOST = 30 * MM;

/**
 * The room a date of birth written by hand takes ("12/03/2019"): a children's list of blank rows
 * gave its "Ngày sinh" the width of its title's longest word, 11 mm (qa57 p5).
 */
const HANDWRITTEN_DATE = 22 * MM;

/**
 * The room a sum of money written by hand takes: nine digits and their two dots ("125.000.000";
 * a fee's "1.250.000" with room to spare), a handwritten digit about 2.5 mm wide, a dot 1.2 mm.
 * Sized by its title's words, "Số tiền đã thu (đồng)" was 17 mm: "1.250.000" did not fit.
 */
const HANDWRITTEN_AMOUNT = (9 * 2.5 + 2 * 1.2) * MM;

/**
 * The table with its birth and amount columns wide enough for their cells on one line; `blank`:
 * its rows are written by hand (no roster), their birth cells given a handwritten date's room.
 */
export function withExtraWidths(
  table: TableSpec,
  columns: ExtraColumns,
  measure: Measurer,
  roster: readonly Resident[],
  total: string,
  blank = false,
): TableSpec {
  const { body, padX } = table.style;
  const widest = (texts: readonly string[], bold: boolean) =>
    Math.max(0, ...texts.map((t) => measure.width(t, body, bold, false)));
  const needs: [number, number][] = [];
  if (columns.born >= 0)
    needs.push([
      columns.born,
      blank
        ? HANDWRITTEN_DATE - 2 * padX - 1
        : widest(
            roster.map((r) => r.birth ?? ''),
            false,
          ),
    ]);
  if (columns.amount >= 0)
    needs.push([
      columns.amount,
      Math.max(
        widest(
          roster.map((r) => amountText(r.amount)),
          false,
        ),
        widest([total], true),
      ),
    ]);
  for (const i of columns.written) needs.push([i, HANDWRITTEN_AMOUNT - 1]);
  if (columns.no >= 0)
    needs.push([
      columns.no,
      widest(
        roster.map((r) => r.no ?? ''),
        false,
      ),
    ]);
  if (columns.exempt >= 0)
    needs.push([
      columns.exempt,
      Math.min(
        EXEMPT_MOST,
        widest(
          roster.map((r) => r.exempt ?? ''),
          false,
        ),
      ),
    ]);
  const out: TableColumn[] = table.columns.map((c) => ({ ...c }));
  let changed = false;
  for (const [i, text] of needs) {
    const column = out[i];
    if (!column) continue;
    let need = text + 2 * padX + 1 - column.width;
    for (const [k, keep] of GIVERS) {
      const from = out.at(k);
      if (!from || need <= 0) continue;
      const give = Math.min(need, Math.max(0, from.width - keep * MM));
      from.width -= give;
      column.width += give;
      need -= give;
      changed ||= give > 0;
    }
  }
  return changed ? { ...table, columns: out } : table;
}

/** The roster's amounts added up; undefined when it gives none. */
export const sumAmounts = (roster: readonly Resident[] | undefined): number | undefined =>
  roster?.some((r) => r.amount !== undefined)
    ? roster.reduce((a, r) => a + (r.amount ?? 0), 0)
    : undefined;
