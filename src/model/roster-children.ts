/**
 * Model: the children a group's residents roster gives a children's list (review55b-left #3). A
 * Trung thu's gifts go to "thiếu nhi": with a roster (`--rosters`) the receipt list printed every
 * resident of the tổ, 300 adults for a children's gift. A roster that gives years of birth
 * ("Năm sinh", "Ngày sinh") gives its children; one that does not, or lists households, cannot
 * tell them: the sheet is then the blank rows of a sheet without a roster, and the build says so
 * (model/roster-checks.ts childlessRosterWarnings).
 */
import type { Resident } from '../load/types.js';

/** Under 16 is a child (Luật Trẻ em 2016, Điều 1), by year of birth against the event's year (its first day, else the notice's). */
const CHILD_UNDER = 16;

/** The roster can tell ages: rows of residents, some with a year of birth. */
const tellsAges = (roster: readonly Resident[]): boolean =>
  !roster.some((r) => r.household) && roster.some((r) => r.born !== undefined);

/**
 * The roster's children in the year `year`, in its order; undefined when the roster cannot tell
 * them (no one's year of birth, or rows of households).
 */
export function childrenOfRoster(
  roster: readonly Resident[],
  year: number,
): Resident[] | undefined {
  if (!tellsAges(roster)) return;
  return roster.filter((r) => r.born !== undefined && year - r.born < CHILD_UNDER);
}

/** 60 and over is an elder (Luật Người cao tuổi 2009, Điều 2). */
const ELDER_FROM = 60;
/** A measure counting elders: "Số người cao tuổi", "Số cụ cao tuổi". */
const ELDERS = /(?<![\p{L}\p{M}])(?:người|cụ) cao tuổi(?![\p{L}\p{M}])/iu;
export const countsElders = (measure: { label: string; of?: string } | undefined): boolean =>
  measure !== undefined && ELDERS.test(`${measure.of ?? ''} ${measure.label}`.normalize('NFC'));

/**
 * The roster's elders in the year `year` (review56a #8: an elders' gift listed a resident born
 * 2020), and those whose year it does not give (printed: the leader knows them); the whole
 * roster when it cannot tell ages.
 */
export function eldersOfRoster(roster: Resident[], year: number): Resident[] {
  if (!tellsAges(roster)) return roster;
  const elders = roster.filter((r) => !youngerThanElder(r, year));
  // Numbered anew when some are left off, as a children's list is (review56b #2: rows 1, 2, 4).
  return elders.length === roster.length ? elders : elders.map(({ no: _, ...r }) => r);
}

/** A resident whose year of birth makes them under 60 in the year `year`. */
export const youngerThanElder = (r: Resident, year: number): boolean =>
  r.born !== undefined && year - r.born < ELDER_FROM;
