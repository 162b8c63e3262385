/**
 * Load stage: the groups column a people noun's measure is taken against ("| cử tri", "| trẻ",
 * "| học sinh": model/measure-base.ts PERSON_NOUNS). One rule for every such noun (h-left15a;
 * qa57 M3 took "Số trẻ" for "| trẻ" yet refused "Số cử tri" for "| cử tri"): a column whose
 * header counts that noun, "Số <noun> …" ("Số cử tri", "Tổng số cử tri", "Số trẻ từ 6 đến 15
 * tuổi", a merged "Số cử tri – Tổng số"), is the base. When several are, the one that is just
 * "Số <noun>" wins, else the first in the file's order; the others are returned so that the
 * office is told which was taken (output/people-base-notes.ts).
 */
import { textKey } from '../model/format.js';
import { headerNamed } from './groups/columns.js';

export interface PeopleColumn {
  /** The header taken, as the file writes it; undefined when no column counts the noun. */
  taken?: string;
  /** The other headers that count it, in the file's order. */
  others: string[];
}

/** "Số cử tri …", "Tổng số cử tri", "Số lượng cử tri": a header counting `noun`, whole words. */
function counts(header: string, noun: string): boolean {
  const words = textKey(header).replace(/^(?:tổng\s+)?số(?:\s+lượng)?\s+/u, '');
  if (words === textKey(header)) return false;
  const n = textKey(noun);
  return words === n || (words.startsWith(n) && !/^[\p{L}\p{M}\d]/u.test(words.slice(n.length)));
}

/** The groups column `noun` ("cử tri") is counted in, and the others that could be meant. */
export function peopleColumnOf(noun: string, headers: readonly string[]): PeopleColumn {
  const all = headers.filter((h) => counts(h, noun));
  const taken = headerNamed(`Số ${noun}`, all) ?? headerNamed(`Tổng số ${noun}`, all) ?? all[0];
  return { taken, others: all.filter((h) => h !== taken) };
}
