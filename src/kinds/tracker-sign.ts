/**
 * A receipt list's signature column (model/receipt.ts, qa55 p5): sized as the tick columns are, it
 * took its title's width ("Ký nhận", 17 mm; 11 mm among seven actions of a children's list),
 * room for an "x", not for a name signed by hand. It is made SIGN_MIN_MM wide first, room taken
 * from the address and name columns down to what they keep, then from the notes (a signature
 * needs room more than a note: review55b-left #5), several signature columns sharing what there
 * is; then SIGN_MM, from the address and name columns only.
 */
import type { TableColumn, TableSpec } from '../layout/table.js';
import { MM } from '../layout/text-model.js';
import { textKey } from '../model/format.js';
import { plainText, type Run } from '../template/blocks.js';

/** A real signature's width, taken from the notes too. */
const SIGN_MIN_MM = 25;
/** Room to sign at ease, when the name and address columns have it to give. */
const SIGN_MM = 30;
/**
 * A column written in (an action's `write: true`): a choice in a few words by hand, "Đông Khê,
 * ca tối" (16 letters of about 2.2 mm), from the address and name columns.
 */
const WRITE_MM = 36;
/** The address and name columns, and what each keeps (tracker-columns.ts ADDRESS_MIN_MM, NAME_MIN_MM). */
const WRITTEN: readonly (readonly [number, number])[] = [
  [2, 48],
  [1, 46],
];
/** What the notes ("Ghi chú", the last column) keep: their title on one line. */
const NOTES_MIN_MM = 16;

/**
 * Widens the columns at `signing` towards `mm` each, from `givers` (a column's index, the least
 * it keeps, in mm), first giver first; when the givers have less than all need, each column gets
 * the same share of its need.
 */
function widen(
  columns: TableColumn[],
  signing: readonly number[],
  mm: number,
  givers: readonly (readonly [number, number])[],
): void {
  const needs = signing.map((i) => Math.max(0, mm * MM - (columns[i]?.width ?? 0)));
  const need = needs.reduce((a, b) => a + b, 0);
  const spare = givers.reduce(
    (a, [k, keep]) => a + Math.max(0, (columns[k]?.width ?? 0) - keep * MM),
    0,
  );
  if (need <= 0 || spare <= 0) return;
  const share = Math.min(1, spare / need);
  let left = Math.min(need, spare);
  for (const [k, keep] of givers) {
    const from = columns[k];
    if (!from || left <= 0) continue;
    const give = Math.min(left, Math.max(0, from.width - keep * MM));
    from.width -= give;
    left -= give;
  }
  signing.forEach((i, n) => {
    const column = columns[i];
    if (column) column.width += (needs[n] ?? 0) * share;
  });
}

/**
 * A column title as compared (model/format.ts textKey: spaces one, lower case): the signing
 * columns' titles (`signed`) are keyed so, and tracker.ts and tracker-extras.ts read the titles so.
 */
export const titleKey = (runs: readonly Run[]) => textKey(plainText(runs));

/** Widened specs, one per table spec and titles: the spec is shared by every group's sheet. */
const widened = new WeakMap<TableSpec, Map<string, TableSpec>>();

/**
 * The table with the columns titled as a signing action's wider, and those written in (`written`,
 * keyed so) wider still; the same spec when it has none. `titles` are the table's column titles,
 * in its order; `signed` the signing columns' titles as keyed (textKey).
 */
export function withSignColumns(
  table: TableSpec,
  titles: readonly (readonly Run[])[],
  signed: readonly string[],
  written: readonly string[] = [],
): TableSpec {
  if (signed.length === 0 && written.length === 0) return table;
  const key = `${signed.join('\u0000')}\u0001${written.join('\u0000')}\u0001${titles.map(titleKey).join('\u0000')}`;
  let byKey = widened.get(table);
  const known = byKey?.get(key);
  if (known) return known;
  const columns: TableColumn[] = table.columns.map((c) => ({ ...c }));
  const titled = (keys: readonly string[]) =>
    [...titles.keys()].filter((i) => {
      const runs = titles[i];
      return (
        i >= 3 && i < columns.length - 1 && runs !== undefined && keys.includes(titleKey(runs))
      );
    });
  const writing = titled(written);
  const signing = [...titled(signed), ...writing];
  widen(columns, signing, SIGN_MIN_MM, [...WRITTEN, [columns.length - 1, NOTES_MIN_MM]]);
  widen(columns, signing, SIGN_MM, WRITTEN);
  widen(columns, writing, WRITE_MM, WRITTEN);
  const spec = { ...table, columns };
  if (!byKey) {
    byKey = new Map();
    widened.set(table, byKey);
  }
  byKey.set(key, spec);
  return spec;
}
