/**
 * Load stage, results: the group a results file's row names. In: the row's id and name cells,
 * the ward's groups, and the rows of the groups file hidden in Excel (which the groups loader
 * does not read). Out: the group; else why there is none — the name fits several groups, the
 * group's row is hidden in the groups file, or no group has it, with the one most likely meant
 * when exactly one fits, or the id names a group the name does not (qa21 finding 1).
 *
 * An id and a name in one row must name the same group (the name as typed, or only loosely:
 * "TDP 9" for "Tổ 9" with id 9). When they do not, the row is refused naming both, unless the id
 * column counts the rows ("STT"): then the name a person typed is the group, and said. A real id
 * whose row's name is like no group's at all is the id's group, said.
 *
 * A name is matched as the groups loader compares its own names for duplicates (`nameKey`:
 * capitals, accents, spaces, a final dot and the kind of dash aside: "Tổ 2 – Khu 1", an en dash
 * Word or Excel's AutoCorrect typed, is "Tổ 2 - Khu 1"). Anything looser is only a guess, said
 * in the message and never taken: "Tổ 2", "TDP số 10", "KP3" — the same numbers or names after
 * a unit word, its abbreviation (TDP, KP, KDC) or a shorter form of it ("Tổ" for "Tổ dân phố")
 * — or a typo of a name whose numbers are the same (within its words: "Tây" for "Đông" is none); an id typed in other capitals. An id typed
 * without its leading zeros ("1" for "01": Excel drops them when it saves a CSV) is taken when
 * exactly one group's id is it, and said. Where no group's name carries a number ("Thôn Câu Hạ",
 * "Thôn Câu Thượng"…), a unit word and a number ("Thôn 1", "TDP 1", "Tổ 4") is only a guess of
 * the one group whose id it is (qa22 #3): said, never taken (with the id in its own cell, that
 * group is taken by its id and the name said as like no group's). Where names carry numbers
 * ("Tổ 1" … "Tổ 32") the number is the name's.
 *
 * A name with a bracketed remark ("Thôn Phương Chử Tây (gồm cụm dân cư …)") is the group written
 * without it too.
 *
 * In a merged ward a group may be printed with its old ward ("Tổ dân phố số 1 (Hàng Bạc cũ)",
 * GroupPart): the name as printed, or with the old ward written another way ("Tổ dân phố số 1 -
 * Hàng Bạc"), is the group; the name as the file has it ("Tổ dân phố số 1") is one of the old
 * wards' groups of that name, and is that one when another cell of the row names its old ward
 * ("Hàng Bạc cũ" in a column "Phường cũ"), else it fits several.
 */
import damerau from 'damerau-levenshtein';
import { UNIT_ABBREVIATIONS, UNIT_WORDS } from '../model/group-term.js';
import type { SkippedRow } from './groups/rows.js';
import { idKey, nameKey } from './groups/same-names.js';
import { withoutRemark } from './remark.js';
import type { Group } from './types.js';

/** The groups file's rows hidden in Excel, and the file they are in (said with their rows). */
export interface HiddenGroups {
  file: string;
  rows: readonly SkippedRow[];
}

/** What a row's id and name cells name. */
export type Named =
  | {
      group: Group;
      /**
       * The id typed without the group's leading zeros ("1" for "01", as Excel saves a number
       * column to CSV), exactly one group's: taken, and said with its row (qa20 finding 11).
       */
      zeros?: true;
    }
  /**
   * Several groups whose names read alike (the groups loader warned of them), or (`by` id) whose
   * sheets each number from 1 the id the row gives.
   */
  | { several: Group[]; by?: 'id' }
  /** A row of the groups file hidden in Excel. */
  | { hidden: SkippedRow }
  /**
   * No group; `likely` the one meant when exactly one fits, by its id or by its name, or (`by`
   * number) the group whose id a unit word's number is ("Thôn 1" for the id 1 where the ward's
   * names carry no number: qa22 #3).
   */
  | { likely?: Group; by?: 'id' | 'name' | 'number' }
  /**
   * The id names a group the row's name does not (qa21 finding 1): `byId` the id's group,
   * `byName` the group the name gives (`likely`: only a guess), if any. Nothing is taken.
   */
  | { disagree: { byId: Group; byName?: Group; likely?: true } };

/**
 * A group taken by the row's name over its row counter: the counter ("STT" 8) names another
 * group (`counted`), which the name does not.
 */
export type ByName = {
  group: Group;
  counted?: Group;
  /** Taken by its id, the row's name being like no group's (said with the row). */
  unnamed?: true;
};

/** A name's unit words, accents aside, longest first ("tổ dân phố" before "tổ"). */
const WORDS = [
  ...UNIT_WORDS.map((w) => [nameKey(w), nameKey(w)] as const),
  ...Object.entries(UNIT_ABBREVIATIONS).map(([a, w]) => [a, nameKey(w)] as const),
].sort((a, b) => b[0].length - a[0].length);

const WORD_OF = new Map(WORDS);
const UNIT = new RegExp(
  `^(${WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})(?=[\\s\\d.]|$)\\.?\\s*(?:so\\s*(?=\\d))?(.*)$`,
  'u',
);

/** A name's leading abbreviation of its unit, folded ("tdp", "kp", "kdc"). */
const ABBREVIATED = new RegExp(
  `^(${Object.keys(UNIT_ABBREVIATIONS).join('|')})(?=[\\s\\d.]|$)\\.?\\s*(.*)$`,
  'u',
);

/**
 * A name's key with its leading abbreviation written out: "TDP Đằng Giang" → "to dan pho dang
 * giang", "TDP số 3" → "to dan pho so 3"; a name without one, its key.
 */
function spelledOut(name: string): string {
  const key = nameKey(name);
  const m = ABBREVIATED.exec(key);
  const word = m?.[1] ? UNIT_ABBREVIATIONS[m[1]] : undefined;
  return m && word ? `${nameKey(word)} ${m[2] ?? ''}`.trim() : key;
}

/** One part of a name ("Khu 1" of "Tổ 2 - Khu 1"): its unit word, if any, and what follows. */
interface Part {
  word?: string;
  rest: string;
}

/** A name as parts of unit word and rest: "TDP số 02" → tổ dân phố, "2". */
function partsOf(name: string): Part[] {
  return nameKey(name)
    .split(/\s*(?: - |[,;/])\s*/u)
    .map((part) => {
      const m = UNIT.exec(part.trim());
      const word = m?.[1] ? WORD_OF.get(m[1].replace(/\s+/g, ' ')) : undefined;
      const rest = (m ? (m[2] ?? '') : part).trim().replace(/\b0+(?=\d)/g, '');
      return word ? { word, rest } : { rest };
    });
}

/**
 * The number of a name that is a unit word and a number only ("Thôn 1", "TDP số 03", "Tổ 4" →
 * "1", "3", "4"), else undefined.
 */
function unitNumberOf(name: string): string | undefined {
  const parts = partsOf(name);
  const part = only(parts);
  return part?.word !== undefined && /^\d+$/.test(part.rest) ? part.rest : undefined;
}

/** A typed unit word fits a group's: the same, none on either side, or a shorter form ("tổ"). */
const wordFits = (typed?: string, listed?: string) =>
  typed === undefined || listed === undefined || typed === listed || listed.startsWith(`${typed} `);

const fits = (typed: readonly Part[], listed: readonly Part[]) =>
  typed.length === listed.length &&
  typed.every((t, i) => {
    const l = listed[i];
    return l !== undefined && t.rest !== '' && t.rest === l.rest && wordFits(t.word, l.word);
  });

const digitsOf = (s: string) => (s.match(/\d+/g) ?? []).map((d) => String(Number(d))).join(' ');

/** The one group whose name differs from `key` by a typo (its numbers the same), if only one. */
function typoOf(key: string, groups: readonly { group: Group; key: string }[]): Group | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 6)));
  const digits = digitsOf(key);
  let best: Group[] = [];
  let bestSteps = limit + 1;
  for (const g of groups) {
    if (digitsOf(g.key) !== digits) continue;
    const steps = damerau(key, g.key).steps;
    if (!wordsClose(key, g.key)) continue;
    if (steps < bestSteps) [best, bestSteps] = [[g.group], steps];
    else if (steps === bestSteps) best.push(g.group);
  }
  return best.length === 1 ? best[0] : undefined;
}

/**
 * Whether two names of as many words differ only by typos within words: "Câu Thuợng" for "Câu
 * Thượng" is one, "Phương Chử Tây" for "Phương Chử Đông" is another place (qa22: the guess
 * would put one thôn's households on the other's sheet). Names of other word counts are left to
 * the whole name's distance.
 */
function wordsClose(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return true;
  return x.every((w, i) => {
    const v = y[i] ?? '';
    // Unit words and their abbreviations ("TDP" for "Tổ") are the names' kind, not the place.
    if (w === v || (WORD_OF.has(w) && WORD_OF.has(v))) return true;
    return damerau(w, v).steps <= Math.max(1, Math.floor(Math.max(w.length, v.length) / 3));
  });
}

/** The only one, or undefined. */
const only = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

/**
 * A part of the ward as a cell may write it: "Hàng Bồ cũ", "P. Hàng Bồ (cũ)", "Phường Hàng Bồ",
 * "II. PHƯỜNG HÀNG BỒ (CŨ)" are all "hang bo". The groups loader's `placeOf` (sections.ts) reads
 * the same place from a sheet's heading, but keeps its accents and spelling for the sheet's ids;
 * a typed cell is compared more loosely: without accents ("Phuong Hang Bo cu"), "Khu vực",
 * a list marker in small letters ("b)"), brackets anywhere.
 */
function partKey(text: string): string {
  return nameKey(text)
    .replace(/^(?:[ivxlc]{1,6}|[a-z])[.)]\s+/u, '')
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+cu$/u, '')
    .replace(/^(?:(?:phuong|xa|thi tran|dac khu|khu vuc)\s+|(?:p|x|tt)\.\s*)/u, '')
    .trim();
}

/**
 * The one group of `groups` whose part (its old ward) one of the row's other cells names (a
 * column "Phường cũ" beside the name), if only one.
 */
function byPartCell(groups: readonly Group[], cells: readonly string[]): Group | undefined {
  const named = new Set(cells.map(partKey).filter((k) => k !== ''));
  return only(
    groups.filter((g) => g.source.part !== undefined && named.has(partKey(g.source.part.label))),
  );
}

/**
 * The group a name with its part written another way names: "Tổ dân phố số 1 - Hàng Bồ",
 * "Tổ dân phố số 1 (P. Hàng Bồ cũ)" for the printed "Tổ dân phố số 1 (Hàng Bồ cũ)".
 */
function byPartInName(groups: readonly Group[], name: string): Group | undefined {
  const key = nameKey(name);
  return only(
    groups.filter((g) => {
      const part = g.source.part;
      if (part?.name === undefined) return false;
      const base = nameKey(part.name);
      if (!key.startsWith(`${base} `)) return false;
      const rest = key.slice(base.length).replace(/^[\s,;:(-]+/, '');
      return rest !== '' && partKey(rest) === partKey(part.label);
    }),
  );
}

export interface GroupNamer {
  /** Whether the id or the name is a group's as typed (a totals row's words are none). */
  knows(id: string, name: string): boolean;
  /**
   * `cells`: the row's other cells, one of which may name the group's part of the ward.
   * `counter`: the id column is a running row number ("STT"), not the groups' ids: where it
   * and the name disagree, the name is the group (said: `counted`). A real id whose row's name
   * is like no group's is the group, said (`unnamed`); one whose name gives another group is
   * none (`disagree`).
   */
  find(id: string, name: string, cells?: readonly string[], counter?: boolean): Named | ByName;
}

export function groupNamer(groups: readonly Group[], hidden?: HiddenGroups): GroupNamer {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const byKey = new Map<string, Group[]>();
  const add = (k: string, g: Group) => {
    const same = byKey.get(k) ?? [];
    if (!same.includes(g)) byKey.set(k, [...same, g]);
  };
  for (const g of groups) add(nameKey(g.name), g);
  // A name with a bracketed remark ("Thôn Phương Chử Tây (gồm cụm dân cư Đồng Khốn …)") is
  // written without it in everyday lists: that is the group too (several, if two share it),
  // unless it is another group's whole name.
  const whole = new Set(groups.map((g) => nameKey(g.name)));
  for (const g of groups) {
    const short = nameKey(withoutRemark(g.name));
    if (short !== '' && !whole.has(short)) add(short, g);
  }
  // A name printed with its part ("Tổ dân phố số 1 (Hàng Bạc cũ)") as the file has it, which
  // the part's other same-named groups share: one of them, said as several unless the row
  // names the part.
  for (const g of groups) if (g.source.part?.name) add(nameKey(g.source.part.name), g);
  const keyed = groups.map((g) => ({ group: g, key: nameKey(g.name), parts: partsOf(g.name) }));
  // Where no group's name carries a number ("Thôn Câu Hạ", "Thôn Câu Thượng"…), a unit word and a
  // number ("Thôn 1", "TDP 1") is the usual shorthand for the group whose id it is (qa22 #3): a
  // guess, said. Where names carry numbers ("Tổ 1" … "Tổ 32") a number is the name's, not an id's.
  const numberless = groups.every((g) => digitsOf(nameKey(withoutRemark(g.name))) === '');
  const byNumber = (name: string): Group | undefined => {
    const number = numberless ? unitNumberOf(name) : undefined;
    return number === undefined ? undefined : only(groups.filter((g) => idKey(g.id) === number));
  };
  const likelyByName = (name: string): { likely: Group; by: 'name' | 'number' } | undefined => {
    const typed = partsOf(name);
    const likely =
      only(keyed.filter((g) => fits(typed, g.parts)).map((g) => g.group)) ??
      typoOf(nameKey(name), keyed);
    if (likely) return { likely, by: 'name' };
    const numbered = byNumber(name);
    return numbered ? { likely: numbered, by: 'number' } : undefined;
  };
  /** What the name alone names (no id): the group, several, a hidden row, or a guess. */
  const byNameOnly = (name: string, cells: readonly string[]) => namer.find('', name, cells);
  /**
   * The group an id names, when the row's name names it too (as typed or only loosely, "TDP 9"
   * for "Tổ 9"; or the name fits several groups, the id's among them) or is empty; else
   * whichever the name names when the id is a row counter, or the disagreement.
   */
  const agreed = (
    group: Group,
    name: string,
    cells: readonly string[],
    counter: boolean,
  ): Named | ByName => {
    if (!name.trim()) return { group };
    const named = byNameOnly(name, cells);
    if ('group' in named) {
      if (named.group === group) return { group };
      return counter
        ? { group: named.group, counted: group }
        : { disagree: { byId: group, byName: named.group } };
    }
    if ('several' in named) {
      if (named.several.includes(group)) return { group };
      return counter ? named : { disagree: { byId: group } };
    }
    if ('hidden' in named) return counter ? named : { disagree: { byId: group } };
    // A name alone gives no id, so no disagreement of its own; said for the types.
    if ('disagree' in named) return named;
    if ('likely' in named && named.likely === group) {
      // A name loosely the id's group's ("TDP 9" for "Tổ 9" with the id 9) is that group. A unit
      // word and the id's number ("Thôn 1" with the id 1) is only the id again: the name is like
      // no group's, said (and with a row counter, "STT 1", nothing).
      if (named.by !== 'number') return { group };
    } else if ('likely' in named && named.likely)
      return { disagree: { byId: group, byName: named.likely, likely: true } };
    // A name like no group's at all: a real id is the group, said; a row counter is none.
    return counter ? { disagree: { byId: group } } : { group, unnamed: true };
  };
  const namer: GroupNamer = {
    knows: (id, name) =>
      byId.has(id) ||
      byKey.has(nameKey(name)) ||
      groups.some((g) => g.source.part?.id !== undefined && g.source.part.id === id),
    find(id, name, cells = [], counter = false) {
      const byIdGroup = id ? byId.get(id) : undefined;
      if (byIdGroup) return agreed(byIdGroup, name, cells, counter);
      // A sheet's own number ("1") in a list numbered from 1 on each sheet ("HBac-1", "HBo-1"):
      // the group whose name or sheet the row also gives.
      const numbered = id
        ? groups.filter(
            (g) => g.source.part?.id !== undefined && idKey(g.source.part.id) === idKey(id),
          )
        : [];
      if (numbered.length > 0) {
        const named = name
          ? numbered.filter((g) =>
              [g.name, g.source.part?.name].some(
                (n) => n !== undefined && nameKey(n) === nameKey(name),
              ),
            )
          : numbered;
        const one = byPartCell(numbered, cells) ?? (name ? only(named) : undefined);
        if (one) return { group: one };
      }
      if (name) {
        const same = byKey.get(nameKey(name)) ?? [];
        const one =
          only(same) ??
          only(same.filter((g) => g.name === name.normalize('NFC').trim())) ??
          byPartCell(same, cells);
        if (one) return { group: one };
        if (same.length > 1) return { several: same };
        // The unit written short ("TDP Đằng Giang" for "Tổ dân phố Đằng Giang"): the same name,
        // not a guess, when the name written out is one group's (qa43 minor 7).
        const spelled = only(byKey.get(spelledOut(name)) ?? []);
        if (spelled) return { group: spelled };
        const withPart = byPartInName(groups, name);
        if (withPart) return { group: withPart };
      }
      const row = hidden?.rows.find(
        (r) =>
          r.why === 'hidden' &&
          ((id !== '' && r.id !== undefined && idKey(r.id) === idKey(id)) ||
            (name !== '' && r.name !== undefined && nameKey(r.name) === nameKey(name))),
      );
      if (row) return { hidden: row };
      if (numbered.length > 1) return { several: numbered, by: 'id' };
      const sameId = id
        ? (only(groups.filter((g) => idKey(g.id) === idKey(id))) ?? only(numbered))
        : undefined;
      // Digits that are a group's id less its leading zeros ("1" for "01"): Excel's doing when
      // it saves a number column to CSV, not a guess. Zeros added ("010" for "10") are a guess.
      const typed = id.trim();
      if (sameId && /^\d+$/.test(typed) && /^0+\d+$/.test(sameId.id) && sameId.id.endsWith(typed)) {
        const agreeing = agreed(sameId, name, cells, counter);
        return 'group' in agreeing && agreeing.group === sameId
          ? { group: sameId, zeros: true }
          : agreeing;
      }
      if (sameId) return { likely: sameId, by: 'id' };
      return (name ? likelyByName(name) : undefined) ?? {};
    },
  };
  return namer;
}
