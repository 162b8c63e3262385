/**
 * Load stage, groups: two rows that may be one group, or two groups that would print alike. In:
 * the groups read, in file order, with the section heading each came under (sections.ts). Out:
 * the warnings to show; the groups' names, where a heading tells two same-named groups apart.
 *
 * A ward merged in 2025 has a "Tổ dân phố số 1" in each old ward until its groups are renumbered:
 * under the headings "PHƯỜNG HÀNG BẠC (CŨ)" and "PHƯỜNG HÀNG BỒ (CŨ)" they are printed as "Tổ dân
 * phố số 1 (Hàng Bạc cũ)" and "Tổ dân phố số 1 (Hàng Bồ cũ)" — on their papers, the leaders'
 * pages, the studio and the report — with a note saying so: a name that tells them apart
 * everywhere, with nothing for the office to do. Same names that no heading tells apart are kept
 * as typed, with a warning that says they are the same and how to tell them apart in the file;
 * ids ("01", "1") or names ("Tổ dân phố 2", "To dan pho 2.") that differ only in how they were
 * typed are likely one group entered twice: both are kept, and the office is asked.
 */
import { UserError } from '../../errors.js';
import { joined, msg, type Value } from '../../messages/message.js';
import { APOSTROPHES } from '../../model/format.js';
import type { Group } from '../types.js';
import type { Column, Columns } from './columns.js';
import { sectionLabel } from './sections.js';
import { phoneKey } from './values.js';

/** An id as the same code typed another way: "01" (text) and 1 (number) in Excel. */
export const idKey = (id: string) =>
  /^\d+$/.test(id) ? String(Number(id)) : id.toLocaleLowerCase('vi');

/**
 * A name as it reads: capitals, accents, spaces, a final dot and the kind of dash aside ("Khu phố
 * 3 - Tổ 2" and "Khu phố 3 – Tổ 2", an en dash Word or Excel's autocorrect typed: qa12 Q13; the
 * minus sign "−" a formula bar or a PDF copy leaves) and the kind of apostrophe ("Buôn H'Drai",
 * "Buôn H’Drai", "Buôn HʼDrai": qa36 F3). A results file's group names are matched
 * by it too (load/results-names.ts).
 */
export const nameKey = (name: string) =>
  // NFD alone: NFC first changed nothing here (no dash or space composes), and the marks go.
  // `toLowerCase`: Vietnamese has no casing of its own (Unicode's special casing is Lithuanian,
  // Turkish and Azeri), and the locale's form took ~6 times as long (qa25b F4).
  name
    .normalize('NFD')
    .replace(/\s*[-‐‑‒–—―−]\s*/gu, ' - ')
    .replace(APOSTROPHES, "'")
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[.\s]+$/, '')
    .replace(/\s+/g, ' ');

/**
 * Whether a list written again names a group as it did (review35 #6): the name by `nameKey`, as
 * the upload matches groups ("Tổ dân phố  số 3" is "Tổ dân phố số 3"). The leader's page and the
 * leaders tab say "tên mới" only when this says no.
 */
export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** Vietnamese tone marks as NFD writes them: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A person's name keyed so that where a syllable's tone mark sits does not count: "Hòa" and
 * "Hoà", "Thúy" and "Thuý", "Khỏe" and "Khoẻ" (the old and the new placement, both taught and
 * typed; keyboards differ) are one name, composed or not (NFC/NFD). Each syllable's tone mark
 * (one at most) is put after the syllable's letters; every other mark stays where it is (Hùng
 * is not Hưng, Hoà is not Hòe), capitals and spaces aside. For comparing only: a name is
 * printed as typed.
 */
export const personKey = (name: string) =>
  name
    .normalize('NFD')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map(
      (syllable) => syllable.replace(TONE_MARKS, '') + (syllable.match(TONE_MARKS) ?? []).join(''),
    )
    .join(' ')
    .normalize('NFC');

/**
 * A group's leader as the leaders' record keeps it (studio/publications.ts `Sent`) and the
 * leader's page compares it (serve/update-note.ts): "name|phone".
 */
export const leaderKey = (g: { leader?: string; phone?: string }) =>
  `${g.leader ?? ''}|${g.phone ?? ''}`;

/**
 * Whether two leaders as `leaderKey` writes them are one person written otherwise: the name by
 * `personKey` (spaces, capitals and where a tone mark sits aside; its accents kept: Hùng is not
 * Hưng), the phone by its number.
 */
export const sameLeader = (a: string, b: string): boolean => leaderForm(a) === leaderForm(b);

/** A leader as `leaderKey` writes them, in the form sameLeader compares: "personKey|phoneKey". */
export function leaderForm(key: string): string {
  const bar = key.lastIndexOf('|');
  const name = bar < 0 ? key : key.slice(0, bar);
  const phone = bar < 0 ? '' : key.slice(bar + 1);
  return `${personKey(name)}|${phoneKey(phone)}`;
}

/**
 * The group's leader is another than the one the record of what its leader was handed names
 * (`then.leaders`: group id → leaderKey; studio/publications.ts `Sent`, serve/update-note.ts
 * `ListThen`), by sameLeader; false for a group the record lacks.
 */
export const newLeaderSince = (
  then: { leaders?: Readonly<Record<string, string>> },
  g: { id: string; leader?: string; phone?: string },
) => {
  const was = then.leaders?.[g.id];
  return was !== undefined && !sameLeader(was, leaderKey(g));
};

/** The group's name is another than the record's (`then.names`: group id → name), by sameName. */
export const renamedSince = (
  then: { names?: Readonly<Record<string, string>> },
  g: { id: string; name: string },
) => {
  const was = then.names?.[g.id];
  return was !== undefined && !sameName(was, g.name);
};

/** The sets of groups with the same key (`keys[i]`: the key of `groups[i]`), of two or more. */
function byKey(groups: readonly Group[], keys: readonly string[]): Group[][] {
  const sets = new Map<string, Group[]>();
  for (const [i, g] of groups.entries()) {
    const k = keys[i] ?? '';
    // Pushed, not copied: a name on thousands of rows copied its set on each (quadratic).
    const set = sets.get(k);
    if (set) set.push(g);
    else sets.set(k, [g]);
  }
  return [...sets.values()].filter((s) => s.length > 1);
}

/**
 * A group's row as the reader finds it: its number, and its sheet when the list was read from
 * several sheets (each numbers its rows from 1).
 */
function rowOf(g: Group): Value {
  const { row, sheet } = g.source;
  return sheet === undefined ? row : msg`${row} of sheet "${sheet}"`;
}

/** Where a warning about `g` points: its row, and its sheet when it has one. */
const whereOf = (g: Group, file: string, field: string) => {
  const { row, sheet } = g.source;
  return sheet === undefined ? { file, row, field } : { file, row, sheet, field };
};

/** Groups' rows as ranges ("3–72, 75"), sheet by sheet when they are on several. */
function rowsOf(groups: readonly Group[]): Value {
  const bySheet = new Map<string | undefined, number[]>();
  for (const g of groups) {
    const { row, sheet } = g.source;
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), row]);
  }
  const said = [...bySheet].map(
    ([sheet, rows]): Value =>
      sheet === undefined ? rowRanges(rows) : msg`${rowRanges(rows)} of sheet "${sheet}"`,
  );
  return said.length === 1 && said[0] !== undefined ? said[0] : joined(said, '; ');
}

/**
 * The group printed with a label after its name: its part's (old ward, area) or, `id`, its id.
 * The name as typed and the part's label kept when it is named twice ("Tổ 1 (Lạch Tray cũ)
 * (mã 1)"): a results file may name the group by them (results-names.ts).
 */
function withLabel(g: Group, label: string, id = false): void {
  const was = g.source.part;
  const kept = was?.name !== undefined || (id && was !== undefined);
  g.source.part = { ...was, label: kept && was ? was.label : label, name: was?.name ?? g.name };
  g.name = `${g.name} (${label})`;
}

/** What tells a set of same-named groups apart: their headings, their areas, or both. */
type Told = 'section' | 'area' | 'both';

/**
 * Same-named groups under different headings (or sheets, or old wards in a "Phường cũ" column)
 * or in different areas (a "Khu vực" column) get that after their name: the heading alone when
 * it tells the set apart, else the heading and the area together (just the area in a list
 * without headings). One note names their rows and shows the first pair as now printed.
 */
function tellApartBySection(
  groups: readonly Group[],
  sectionOf: ReadonlyMap<Group, string>,
  file: string,
  keys: readonly string[],
  sectionColumn: ReadonlyMap<Group, string>,
  areaOf: ReadonlyMap<Group, { header: string; section: string }>,
): UserError[] {
  const renamed: Group[] = [];
  let example: { same: Group[]; told: Told } | undefined;
  let acrossWards = false;
  const apart = (labels: readonly string[]) => new Set(labels).size === labels.length;
  for (const same of byKey(groups, keys)) {
    const sections = same.map((g) => {
      const section = sectionOf.get(g);
      return section ? sectionLabel(section) : '';
    });
    const areas = same.map((g) => {
      const area = areaOf.get(g);
      return area ? sectionLabel(area.section) : '';
    });
    const both = sections.map((s, i) => [s, areas[i]].filter(Boolean).join(', '));
    const headed = sections.some((s) => s !== '');
    const told: Told = headed && apart(sections) ? 'section' : headed ? 'both' : 'area';
    const labels = told === 'section' ? sections : both;
    if (new Set(labels).size < 2) continue;
    if (new Set(sections.filter((l) => l !== '')).size >= 2) acrossWards = true;
    example ??= { same, told: told === 'both' && new Set(areas).size < 2 ? 'section' : told };
    for (const [i, g] of same.entries()) {
      const label = labels[i];
      if (label) withLabel(g, label);
      renamed.push(g);
    }
  }
  const [a, b] = example?.same ?? [];
  if (!a || !b || !example) return [];
  // Once names repeat across old wards, every group under one is printed with it, not only those
  // whose name another old ward has (qa44 M4): a tổ merged or added in one old ward then never
  // renames an untouched tổ of another ("Tổ dân phố số 57" of Lạch Tray lost its "(Lạch Tray
  // cũ)" when Hàng Kênh's 57 was merged away, and its folder, papers and results row with it).
  const told = example.told;
  const also: Group[] = [];
  if (acrossWards) {
    const named = new Set(renamed);
    // A name repeated within one old ward gets it too, and then its id (sameNamesWarning),
    // said there: the note names the groups whose name no other has.
    const repeated = new Set(byKey(groups, keys).flat());
    for (const g of groups) {
      const section = sectionOf.get(g);
      if (named.has(g) || !section) continue;
      withLabel(g, sectionLabel(section));
      if (!repeated.has(g)) also.push(g);
    }
  }
  const [c] = also;
  const alsoNote = c
    ? [
        new UserError(
          msg`${also.length} groups whose name no other group has (rows ${rowsOf(also)}) are printed with their old ward too, e.g. "${c.name}" (row ${rowOf(c)}): a group merged or added in one old ward then renames no group of another`,
          { file },
        ),
      ]
    : [];
  // A list kept one sheet per old ward: the sheet is the heading (sheet-parts.ts).
  const bySheet = a.source.sheet !== undefined && a.source.sheet !== b.source.sheet;
  // A column naming each group's old ward ("Phường cũ") or area ("Khu vực"): the note names it
  // as the file does.
  const area = areaOf.get(a)?.header ?? areaOf.get(b)?.header;
  const column = told === 'section' ? (sectionColumn.get(a) ?? sectionColumn.get(b)) : area;
  return [
    new UserError(
      told === 'both' && area !== undefined
        ? msg`${renamed.length} groups (rows ${rowsOf(renamed)}) share their name with a group of another part of the list or another "${area}": each is printed with its part's name and its "${area}", e.g. "${a.name}" (row ${rowOf(a)}) and "${b.name}" (row ${rowOf(b)})`
        : column !== undefined && !bySheet
          ? msg`${renamed.length} groups (rows ${rowsOf(renamed)}) share their name with a group of another "${column}": each is printed with its "${column}", e.g. "${a.name}" (row ${rowOf(a)}) and "${b.name}" (row ${rowOf(b)})`
          : bySheet
            ? msg`${renamed.length} groups (rows ${rowsOf(renamed)}) share their name with a group of another sheet: each is printed with its sheet's name, e.g. "${a.name}" (row ${rowOf(a)}) and "${b.name}" (row ${rowOf(b)})`
            : msg`${renamed.length} groups (rows ${rowsOf(renamed)}) share their name with a group under another heading: each is printed with its heading, e.g. "${a.name}" (row ${rowOf(a)}) and "${b.name}" (row ${rowOf(b)})`,
      { file },
      msg`To print other names, change them in the file.`,
    ),
    ...alsoNote,
  ];
}

/**
 * Ids as a note shows them: all of five or fewer, else the first two and the last ("1, 2, …, 40"),
 * which tell how they run.
 */
export function idsShown(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids[0]}, ${ids[1]}, …, ${ids[ids.length - 1]}`;
}

/**
 * Row numbers as a reader takes them in: runs of three or more as ranges ("3–72, 75–144, 147"),
 * not two hundred numbers on one line (qa7 L4).
 */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((x, y) => x - y);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] ?? 0) === (sorted[j] ?? 0) + 1) j++;
    const first = sorted[i] ?? 0;
    const last = sorted[j] ?? 0;
    if (j - i >= 2) parts.push(`${first}–${last}`);
    else parts.push(...sorted.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return parts.join(', ');
}

function sameNameWarning(a: Group, b: Group, field: Column, file: string): UserError {
  const where = whereOf(b, file, field.header);
  return new UserError(
    msg`the names "${a.name}" and "${b.name}" (rows ${rowOf(a)}, ${rowOf(b)}) differ only in capitals, accents, dashes, apostrophes or a final dot: are they the same group?`,
    where,
    msg`If they are one group, delete one of the two rows; if not, make the two names clearly different.`,
  );
}

/** Each later row of a set against the set's first row. */
function pairs(sets: readonly Group[][], say: (a: Group, b: Group) => UserError): UserError[] {
  return sets.flatMap(([first, ...rest]) => (first ? rest.map((g) => say(first, g)) : []));
}

export function sameNameWarnings(
  groups: readonly Group[],
  sectionOf: ReadonlyMap<Group, string>,
  columns: Columns,
  file: string,
  area: {
    sectionColumn?: ReadonlyMap<Group, string>;
    areaOf?: ReadonlyMap<Group, { header: string; section: string }>;
    areaHeader?: string | undefined;
  } = {},
): UserError[] {
  const ids = pairs(
    byKey(
      groups,
      groups.map((g) => idKey(g.id)),
    ),
    (a, b) =>
      new UserError(
        msg`the ids "${a.id}" and "${b.id}" (rows ${rowOf(a)}, ${rowOf(b)}): are they the same group?`,
        whereOf(b, file, columns.id.header),
        msg`If they are one group, delete one of the two rows; if not, give them clearly different ids.`,
      ),
  );
  // Each name keyed once (it was twice, and its set copied for each row: seconds for 20,000
  // rows, qa25b F4); a group renamed with its heading is then keyed by its new name.
  const typed = groups.map((g) => g.name);
  const keys = typed.map(nameKey);
  const told = tellApartBySection(
    groups,
    sectionOf,
    file,
    keys,
    area.sectionColumn ?? new Map(),
    area.areaOf ?? new Map(),
  );
  const sets = byKey(
    groups,
    groups.map((g, i) => (g.name === typed[i] ? (keys[i] ?? '') : nameKey(g.name))),
  );
  const names: UserError[] = [];
  for (const set of sets) {
    // The rows of one name exactly: one warning for all of them, each printed with its id.
    const exact = new Map<string, Group[]>();
    for (const g of set) {
      const same = exact.get(g.name);
      if (same) same.push(g);
      else exact.set(g.name, [g]);
    }
    for (const same of exact.values())
      if (same.length > 1) names.push(sameNamesWarning(same, columns.name, file, area.areaHeader));
    // Names typed otherwise ("Tổ 2", "tổ 2."): each against the first, asking if they are one.
    const [first, ...others] = [...exact.values()].map((same) => same[0]);
    if (first)
      for (const g of others) if (g) names.push(sameNameWarning(first, g, columns.name, file));
  }
  return [...ids, ...told, ...names];
}

/** A set of groups that share one name exactly, as its warning gives it (sameNamesOf). */
export interface SameNames {
  /** The name as typed (each group now prints it with its id). */
  name: string;
  /** The groups' ids and rows, in file order. */
  groups: { id: string; row: number; sheet?: string }[];
}

const SAME_NAMES = new WeakMap<UserError, SameNames>();

/**
 * The set of same-named groups a warning is about, when it is the warning that rows nothing tells
 * apart share a name (a check's summary and the studio's upload name them: qa44 C1).
 */
export const sameNamesOf = (w: UserError): SameNames | undefined => SAME_NAMES.get(w);

/**
 * Groups with one name and nothing telling them apart (no old ward, no area): their papers would
 * read the same at the top — "Kính gửi: Trưởng Tổ dân phố số 1", "Bản gửi: Tổ dân phố số 1" —
 * while their days differ, and a paper handed to the wrong leader could not be told (qa44 C1).
 * Each is printed with its id ("Tổ dân phố số 1 (mã 63)"), the name as typed kept; one warning
 * names them all.
 */
function sameNamesWarning(
  same: readonly Group[],
  field: Column,
  file: string,
  areaHeader: string | undefined,
): UserError {
  const [a] = same;
  const name = a?.name ?? '';
  // As a part's label is added (withLabel): a results file may still name the group as typed.
  for (const g of same) withLabel(g, `mã ${g.id}`, true);
  const ids = same.map((g) => g.id);
  const w = new UserError(
    msg`${same.length} groups share the name "${name}" (rows ${rowsOf(same)}; ids ${idsShown(ids)}): their papers would read the same at the top, so each is printed with its id, e.g. "${same[1]?.name ?? ''}"`,
    a ? whereOf(a, file, field.header) : { file },
    areaHeader !== undefined
      ? msg`If they are one group, keep one row. If not, write each one's old ward or area in the column "${areaHeader}", or give them different names.`
      : msg`If they are one group, keep one row. If not, add a column "Phường cũ" (or "Khu vực") giving each one's old ward or area, or give them different names.`,
  );
  SAME_NAMES.set(w, {
    name,
    groups: same.map((g) => ({
      id: g.id,
      row: g.source.row,
      ...(g.source.sheet !== undefined && { sheet: g.source.sheet }),
    })),
  });
  return w;
}
