/**
 * Model: how many rows a group's tracking sheet serves when a residents list gives it (qa22 #2).
 * A list is often partial (the six households a clerk has typed so far, of a thôn of 212): its
 * rows come first, then blank numbered rows up to the group's own count, as the sheet without a
 * list has them, so that the sheet still serves the whole group. The count is what the sheet's
 * rows are and what its rate line is taken against (tallyOf, computed with the list):
 *
 * - rows of households: the households the campaign counts when its rate counts households (the
 *   groups file's "Số hộ", or a households column such as "Số hộ phải sơ tán": a list of the 6
 *   households to evacuate is then the whole of it); else the groups file's households;
 * - rows of people: the people a target asks for ("Chỉ tiêu (người)": the sign-up sheet, the
 *   one sheet without a list whose rows are people), the children a children's list counts
 *   ("Số thiếu nhi": the roster's children, context.ts sheetResidents; "Số trẻ gái cần tiêm": its
 *   own column's 32, qa56 M2), or the people a receipt list counts ("Số cụ mừng thọ" 6: a roster
 *   of 3 elders leaves the leader rows for the other 3); none otherwise: a sheet without a list has
 *   a row per household, and a list of the 25 residents to visit filled up to a population of
 *   1.624 would be 60 pages where the household sheet has 16;
 * - none when the campaign reports nothing: the rate is taken against the list itself, which is
 *   then the campaign's own set (the 12 households invited to a training).
 *
 * Read by the tracking sheet (kinds/tracker.ts), the build's warning on lists far shorter than
 * the groups file says (model/roster-checks.ts) and the studio's residents-list page.
 */
import type { Tally } from './context.js';

export interface SheetRows {
  /** The rows the sheet serves: the listed ones first, then blank numbered ones. */
  rows: number;
  /** What the count counts, after its figure: "hộ", "hộ phải sơ tán", "nhân khẩu", "cử tri". */
  unit: string;
}

export function sheetRowsOf(tally: Tally, households: number | undefined): SheetRows | undefined {
  if (tally.roster) return undefined;
  // A children's list of the roster's children (sheetResidents): up to the group's count of
  // them ("Số thiếu nhi" 38), as a sheet without a roster has a row for each.
  if (tally.rowsPeople) {
    const base = tally.base;
    return tally.people &&
      (tally.targetWord === 'chỉ tiêu' || tally.children || tally.receipt || tally.named) &&
      base !== null
      ? { rows: base, unit: tally.unit }
      : undefined;
  }
  if (!tally.people && !tally.things && tally.base !== null)
    return { rows: tally.base, unit: tally.unit };
  return households !== undefined && households > 0 ? { rows: households, unit: 'hộ' } : undefined;
}

/**
 * Spare rows a sign-up sheet, a receipt list and a children's list print after the rows of their
 * count (then the last page is filled): a group that finds more people than it was asked for, or
 * a person the list misses, is written on the sheet too.
 */
export const SPARE_SIGN_UP_ROWS = 3;

/**
 * The rows a sheet with a roster prints before its last page is filled, uncapped: the listed
 * rows, then blank numbered ones up to the group's count (sheetRowsOf) and, on a children's list
 * or a receipt list short of its count, the spare rows (review56a #9: "Tổng cộng" right after
 * the 4th child). The tracking sheet draws them (capped at its most); the build's check on that
 * most counts them, not the roster's residents.
 */
export function rosterRowsOf(
  tally: Pick<Tally, 'children' | 'receipt'> & Parameters<typeof sheetRowsOf>[0],
  households: number | undefined,
  listed: number,
): number {
  const whole = sheetRowsOf(tally, households)?.rows ?? 0;
  const spare = tally.children || (tally.receipt && listed < whole) ? SPARE_SIGN_UP_ROWS : 0;
  return Math.max(whole, listed) + spare;
}

/**
 * A list far shorter than the group's count: fewer than half of it. A list of a group's
 * households typed in part, or cut by a filter left on in Excel, is what this catches.
 */
export const farFewer = (listed: number, whole: SheetRows | undefined): boolean =>
  whole !== undefined && listed * 2 < whole.rows;

/**
 * The households a sheet without a list has rows for, when the campaign counts some of the
 * group's households, not all: a households column the list gives ("Số hộ kinh doanh thực
 * phẩm" 14 of Tổ 1's 210 households, "Số hộ vùng trũng" 80), neither a target nor an estimate
 * (a target of households is a least: every household may sign). The sheet lists those, and
 * their checklists are those (qa54 M3: 219 rows on 10 pages, and 210 checklists, for the 14 food
 * businesses the notice asks the leader to list). Undefined for any other campaign: its rows
 * are the group's households.
 */
export function countedHouseholds(
  tally: Pick<
    Tally,
    'people' | 'things' | 'rowsPeople' | 'roster' | 'target' | 'base' | 'unit' | 'signUp' | 'zero'
  >,
  households: number | undefined,
): number | undefined {
  if (tally.people || tally.things || tally.rowsPeople || tally.roster || tally.signUp) return;
  if (tally.target || tally.unit === 'hộ') return;
  // A 0 in the list (Tổ 3 has no food business): none, the sheet's spare rows only.
  if (tally.zero === true) return 0;
  if (tally.base === null) return;
  return households === undefined || tally.base < households ? tally.base : undefined;
}
