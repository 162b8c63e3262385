/**
 * Results → model: the groups' names as the results print them — the report (PDF, spreadsheet),
 * the Kết quả tab and /admin/ket-qua — where two groups of the list have the same name (qa24 F9:
 * "Tổ 12 - Khu 2" is both id 12 and id 43; the groups page warns once, and the report printed two
 * rows alike with different figures and ranks). Each of those is printed with its id, the "mã"
 * the office's pages name a group by ("Tổ 12 - Khu 2 (mã 43)"); every other name as it is. The
 * same names are those the groups page warns of (load/groups/same-names.ts nameKey: capitals,
 * accents and the kind of dash aside).
 */
import { nameKey } from '../load/groups/same-names.js';
import type { Group } from '../load/types.js';

type Named = Pick<Group, 'id' | 'name'>;

/** A function giving each group of `groups` its printed name; a group not in them, its own. */
export function toldApart(groups: readonly Named[]): (group: Named) => string {
  const count = new Map<string, number>();
  for (const g of groups) {
    const key = nameKey(g.name);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return (g) => ((count.get(nameKey(g.name)) ?? 0) > 1 ? `${g.name} (mã ${g.id})` : g.name);
}
