/**
 * A receipt list's signature column (model/receipt.ts, qa55 p5): sized as the tick columns are, it
 * took its title's width ("Ký nhận", 17 mm), room for an "x", not for a name signed by hand. It is
 * made SIGN_MM wide, the room taken from the name and address columns down to what they keep.
 */
import type { TableColumn, TableSpec } from '../layout/table.js';
import { MM } from '../layout/text-model.js';
import type { Run } from '../template/blocks.js';

const SIGN_MM = 30;
/** The columns that give room, address first, and what each keeps (tracker-columns.ts
 * ADDRESS_MIN_MM, NAME_MIN_MM). */
const GIVERS: readonly (readonly [number, number])[] = [
  [2, 48],
  [1, 46],
];
/** The title the template gives a signing action's column without its own (tracker.hbs). */
export const SIGN_TITLE = 'Ký nhận';

const plain = (runs: readonly Run[]) =>
  runs
    .map((r) => r.text)
    .join('')
    .trim();

/** Widened specs, one per table spec and titles: the spec is shared by every group's sheet. */
const widened = new WeakMap<TableSpec, Map<string, TableSpec>>();

/**
 * The table with the columns titled as a signing action's wider; the same spec when it has none.
 * `titles` are the table's column titles, in its order; `signed` the signing columns' titles.
 */
export function withSignColumns(
  table: TableSpec,
  titles: readonly (readonly Run[])[],
  signed: readonly string[],
): TableSpec {
  if (signed.length === 0) return table;
  const key = `${signed.join('\u0000')}\u0001${titles.map(plain).join('\u0000')}`;
  let byKey = widened.get(table);
  const known = byKey?.get(key);
  if (known) return known;
  const columns: TableColumn[] = table.columns.map((c) => ({ ...c }));
  for (const [i, runs] of titles.entries()) {
    const column = columns[i];
    if (i < 3 || !column || !signed.includes(plain(runs))) continue;
    let need = Math.max(0, SIGN_MM * MM - column.width);
    for (const [k, keep] of GIVERS) {
      const from = columns[k];
      if (!from || need <= 0) continue;
      const give = Math.min(need, Math.max(0, from.width - keep * MM));
      from.width -= give;
      column.width += give;
      need -= give;
    }
  }
  const spec = { ...table, columns };
  if (!byKey) {
    byKey = new Map();
    widened.set(table, byKey);
  }
  byKey.set(key, spec);
  return spec;
}
