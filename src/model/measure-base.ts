/**
 * Model stage: what a measure's rate is taken against. A measure counts people (its base the
 * group's population), households (its households), or what a column of the groups file counts:
 * an election's "Số cử tri", a VNeID drive's "Số người từ 14 tuổi trở lên" (qa17: a turnout
 * taken against the population read 60 % for a thôn where every voter voted). The one place that
 * reads a base, so the tracking sheet, the leader's form, the office's pages, the report and its
 * spreadsheet all say the same figure and the same word.
 */
import { normaliseHeader } from '../load/groups/columns.js';
import { parseCount } from '../load/groups/values.js';
import type { Group } from '../load/types.js';

/** A measure as far as its base goes: `of` is "people", "households", or a column's header. */
export interface MeasureOf {
  of: string;
}

/** The header of the groups column a measure is taken against; undefined for people/households. */
export function baseColumnOf(m: MeasureOf): string | undefined {
  return m.of === 'people' || m.of === 'households' ? undefined : m.of;
}

/** Whether the measure counts people (a column's count is of people: voters, residents aged 14+). */
export const countsPeople = (m: MeasureOf) => m.of !== 'households';

/** The cell of the group's column named `header` (as the office typed it, case and spaces aside). */
export function columnCell(group: Pick<Group, 'columns'>, header: string): string | undefined {
  const wanted = normaliseHeader(header);
  for (const [h, cell] of Object.entries(group.columns ?? {})) {
    if (normaliseHeader(h) === wanted) return cell;
  }
  return undefined;
}

/** A cell's count ("1.052", "1 052", "820"), as the list's own counts are read; else undefined. */
export const countOf = (cell: string | undefined) => parseCount((cell ?? '').trim()) ?? undefined;

/** The group's figure a measure's rate is taken against (undefined when the list has none). */
export function baseOf(
  group: Pick<Group, 'population' | 'households' | 'columns'>,
  m: MeasureOf,
): number | undefined {
  const column = baseColumnOf(m);
  if (column !== undefined) return countOf(columnCell(group, column));
  return m.of === 'people' ? group.population : group.households;
}

/**
 * What the base counts, after a figure ("820 cử tri"): "nhân khẩu", "hộ", or the column's header
 * less its "Số"/"Tổng số" ("Số cử tri" → "cử tri", "Số người từ 14 tuổi" → "người từ 14 tuổi").
 */
export function baseUnit(m: MeasureOf): string {
  const column = baseColumnOf(m);
  if (column === undefined) return m.of === 'people' ? 'nhân khẩu' : 'hộ';
  const words = column
    .trim()
    .replace(/^(?:tổng\s+)?số(?:\s+lượng)?\s+/iu, '')
    .trim();
  if (!words) return column.trim();
  // The header's capital is the header's, not the unit's; an acronym ("CCCD") keeps its case.
  const [first = '', second = ''] = [...words];
  return second && second === second.toLocaleUpperCase('vi') && /\p{Lu}/u.test(second)
    ? words
    : first.toLocaleLowerCase('vi') + words.slice(first.length);
}
