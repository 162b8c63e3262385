/**
 * Load stage, groups: the totals rows ward lists hold ("Tổng", "Tổng cộng", "Cộng": the sum of
 * households and residents under the groups; "Cộng Hàng Bạc", "Cộng phường Hàng Bồ": the sum of
 * one part of a list kept in parts, sections.ts). In: a data row and the table's columns. Out:
 * whether the row is a totals row, and the warnings to show for it: it is skipped (never
 * silently), and where its figures are not the sum of the groups above (or of those since the
 * previous heading or totals row), that is said too — a group left out, or a figure mistyped.
 */
import { UserError } from '../../errors.js';
import { count, msg } from '../../messages/message.js';
import { type Column, type Columns, normaliseHeader } from './columns.js';
import type { RawRow } from './table.js';
import { parseCount } from './values.js';

// Normalised (no marks, lower case): "Tổng", "Tổng cộng", "Tổng số", "Cộng", "Toàn phường"…
const TOTALS =
  /^(?:tong cong|tong so|tong|cong|cong toan (?:phuong|xa|thi tran|dac khu)|toan (?:phuong|xa|thi tran|dac khu))$/;

// The same words followed by what is summed: "Cộng Hàng Bạc", "Tổng phường Hàng Bồ (cũ)".
const PART_TOTALS = /^(?:tong cong|tong|cong)\s+\S/;

const cell = (row: RawRow, col: Column | undefined) => (col ? (row.cells[col.index] ?? '') : '');
export const isTotalsWord = (text: string) => TOTALS.test(normaliseHeader(text));

/**
 * "Cộng <words>" with no id of its own (the words may span the id and name cells) and no leader,
 * phone or place: a group is never named so with all of them empty.
 */
function isPartTotals(row: RawRow, columns: Columns): boolean {
  const id = cell(row, columns.id);
  const name = cell(row, columns.name);
  const text = name || id;
  if ((id !== '' && id !== text) || !PART_TOTALS.test(normaliseHeader(text))) return false;
  return [columns.leader, columns.phone, columns.venue].every((col) => {
    const own = cell(row, col);
    return own === '' || own === text;
  });
}

// Normalised: the count of the groups a totals row writes where the names are ("9 tổ", "12 thôn",
// "64 tổ dân phố"); a group's own name never is a bare number and its unit ("Tổ 9" is).
const GROUP_COUNT =
  /^\d+\s+(?:to(?: dan pho)?|thon|khu pho|khom|ap|ban|buon|lang|xom|khu|cum|khu dan cu|doi|khoi)$/;

/**
 * The totals word of a row written the way Excel users write one under a list, the group's id
 * empty: the word ("Tổng cộng", "Cộng") in the row's first filled cell (a column before the names:
 * "Tổng cộng | | 9 tổ" under "Khu vực bỏ phiếu", qa25 F2) or in one of `wordColumns` (where a
 * roster's names are: "Cộng", qa22 #4), and the group's name cell empty, the same word or the
 * count of the groups summed ("9 tổ"). Undefined for any other row. One rule for the groups
 * list, the results import and the residents list.
 */
export function totalsLineWord(
  row: RawRow,
  columns: Pick<Columns, 'id' | 'name'>,
  wordColumns: readonly (Column | undefined)[] = [],
): string | undefined {
  const id = cell(row, columns.id);
  const name = cell(row, columns.name);
  if (id !== '' && !isTotalsWord(id)) return undefined;
  if (name !== '' && !isTotalsWord(name) && !GROUP_COUNT.test(normaliseHeader(name)))
    return undefined;
  const first = row.cells.find((c) => c !== '') ?? '';
  return [id, name, first, ...wordColumns.map((col) => cell(row, col))].find(
    (text) => text !== '' && isTotalsWord(text),
  );
}

/**
 * The id and name cells say "Tổng…" (one of them may be empty: the word spans both), or the row is
 * written as Excel users write a totals line (totalsLineWord), or is a part's subtotal.
 */
export function isTotalsRow(row: RawRow, columns: Columns): boolean {
  return totalsLineWord(row, columns) !== undefined || isPartTotals(row, columns);
}

const FIGURES = ['households', 'population'] as const;

/** The rows a totals row may sum. */
export interface SummedRows {
  /** Every group row above it (good or bad, hidden or not). */
  above: readonly RawRow[];
  /** Those since the previous section heading or totals row. */
  sinceLast: readonly RawRow[];
  /** Those refused as another row's id (the same group twice): the office's sum has it once. */
  refused: ReadonlySet<RawRow>;
}

/**
 * The note for a skipped totals row, and one per figure that is neither the sum of the groups
 * since the previous section heading or totals row (a part's subtotal) nor the sum of all the
 * groups above. A row hidden in Excel (a dissolved group) may be counted or not: the office's
 * SUM counts it, its filter's SUBTOTAL does not. A row refused as a duplicate may be counted or
 * not: a group pasted twice under a total typed before is not a group left out (qa50 m6).
 */
export function totalsWarnings(
  row: RawRow,
  columns: Columns,
  file: string,
  { above, sinceLast, refused }: SummedRows,
): UserError[] {
  const word = totalsLineWord(row, columns) ?? (cell(row, columns.id) || cell(row, columns.name));
  const notes = [
    new UserError(msg`a totals row ("${word}"), not a group: it is skipped`, {
      file,
      row: row.row,
    }),
  ];
  const shown = (rows: readonly RawRow[]) => rows.filter((r) => !r.hidden);
  for (const field of FIGURES) {
    const col = columns[field];
    const given = parseCount(cell(row, col));
    if (!col || typeof given !== 'number') continue;
    // The rows' own cells, good rows or not: a row with another problem still counts here.
    const sum = (rows: readonly RawRow[]) =>
      rows.reduce((s, r) => s + (Number(parseCount(cell(r, col))) || 0), 0);
    const all = sum(shown(above));
    const part = sum(shown(sinceLast));
    const once = (rows: readonly RawRow[]) => rows.filter((r) => !refused.has(r));
    const sums = [part, all, sum(sinceLast), sum(above)];
    if (refused.size > 0)
      sums.push(...[once(sinceLast), once(above)].flatMap((rs) => [sum(shown(rs)), sum(rs)]));
    if (sums.includes(given)) continue;
    const first = sinceLast[0]?.row;
    const last = sinceLast.at(-1)?.row;
    const isPart = first !== undefined && last !== undefined && sinceLast.length < above.length;
    notes.push(
      new UserError(
        isPart
          ? msg`the totals row says ${count(given)} but the groups above add up to ${count(all)}, those of rows ${first}–${last} to ${count(part)}`
          : msg`the totals row says ${count(given)} but the groups above add up to ${count(all)}`,
        { file, row: row.row, field: col.header },
        msg`Check for a group left out of the list or a figure typed wrong; the documents use each group's own figure.`,
      ),
    );
  }
  return notes;
}
