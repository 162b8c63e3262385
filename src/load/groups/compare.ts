/**
 * Load stage, groups: the order groups are printed in. In: two groups. Out: a sort comparison.
 *
 * Numeric collation so "2" comes before "10" and "Tổ dân phố số 2" before "… số 10";
 * base sensitivity so case and accents never split an otherwise equal pair into an odd order.
 */
import type { Group } from '../types.js';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function compareGroups(
  a: Pick<Group, 'id' | 'name'>,
  b: Pick<Group, 'id' | 'name'>,
): number {
  return collator.compare(a.id, b.id) || collator.compare(a.name, b.name);
}
