/**
 * Load stage, groups: the ids of a list kept one sheet per old ward when each sheet numbers its
 * groups from 1, as every office does (qa20: "Hàng Bạc cũ" 1–3, "Hàng Bồ cũ" 1–4, its "1" failed
 * as "already used by row 3 of sheet Hàng Bạc cũ"). In: each sheet's ids as typed, in order.
 * Out: each sheet's short name to put before its ids ("HBac" → "HBac-1"), or undefined when the
 * ids are to be taken as typed.
 *
 * An id names a group's links, results and files: across the sheets it must be one group's. The
 * ids are given their sheet only when the clash is plainly the sheets' own numbering: every
 * sheet starts from 1 and some id is on two sheets. A sheet numbered on from another with an
 * overlap ("4, 5, 6" after "1…5"), or a clash inside one sheet, stays a row's error.
 *
 * The short name is the sheet's old ward as its name or title says it (sections.ts
 * `placeOf`: "Phường Hàng Bạc (cũ)" → "Hàng Bạc"), without accents: the words' initials and
 * the last word whole ("HBac", "HBo", "DXuan"), since "HB" would be both Hàng Bạc and Hàng Bồ; the
 * words whole ("HangBac") when two sheets would still share it; the sheet's place ("T1", "T2")
 * when even those do. ASCII, no space: it reads on a paper, in a link, a folder or ZIP name and
 * a results file's cell alike.
 */
import { withoutMarks } from '../../model/format.js';
import { idKey } from './same-names.js';
import { placeOf } from './sections.js';

/** A sheet as read for its ids: what names its old ward, and its groups' ids in order. */
export interface SheetIdsIn {
  /** The sheet's old ward as its name or title row says it ("Phường Hàng Bạc (cũ)"). */
  section: string;
  ids: readonly string[];
}

const capital = (w: string) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase();

function wordsOf(section: string): string[] {
  return withoutMarks(placeOf(section))
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** "Hàng Bạc" → "HBac"; "Sheet1" → "Sheet1". */
function shortName(words: readonly string[]): string {
  const last = words[words.length - 1];
  if (last === undefined) return '';
  return (
    words
      .slice(0, -1)
      .map((w) => (w[0] ?? '').toUpperCase())
      .join('') + capital(last)
  );
}

/** Whether every name is there and none is another's, case aside. */
const distinct = (names: readonly string[]) =>
  names.every((n) => n !== '') && new Set(names.map((n) => n.toLowerCase())).size === names.length;

/**
 * Each sheet's short name to put before its ids, in the sheets' order, when the sheets number
 * their groups from 1 each and share ids; else undefined (the ids are taken as typed).
 */
export function sheetPrefixes(sheets: readonly SheetIdsIn[]): string[] | undefined {
  const withIds = sheets.filter((s) => s.ids.length > 0);
  if (withIds.length < 2) return undefined;
  if (!withIds.every((s) => idKey(s.ids[0] ?? '') === '1')) return undefined;
  const seen = new Map<string, number>();
  let shared = false;
  sheets.forEach((s, i) => {
    // Compared as the groups loader compares ids ("01" is "1"): review.
    for (const id of new Set(s.ids.map(idKey))) {
      const first = seen.get(id);
      if (first !== undefined && first !== i) shared = true;
      else seen.set(id, i);
    }
  });
  if (!shared) return undefined;
  const words = sheets.map((s) => wordsOf(s.section));
  const short = words.map(shortName);
  if (distinct(short)) return short;
  const whole = words.map((w) => w.map(capital).join(''));
  if (distinct(whole)) return whole;
  return sheets.map((_, i) => `T${i + 1}`);
}

/** A group's id given its sheet's short name: "HBac-1". */
export const sheetId = (prefix: string, id: string) => `${prefix}-${id}`;
