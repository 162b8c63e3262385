/**
 * Load stage, groups: header row → which column holds which Group field. In: the cleaned header
 * cells. Out: a column index (and the header as written) per recognised field, and every other
 * column with a header (`extraColumns`: templates print them by header). Missing required
 * columns are a UserError listing the headers that would match.
 *
 * Ward offices type headers by hand, so matching ignores case, diacritics, spacing and a trailing
 * ":" or "*" ("TEN TO DAN PHO", "Tên tổ dân phố (*)", "Số hộ:"). The matching itself is generic
 * (`ColumnSpec`, `…Of` functions) so other tables (the residents roster) match headers alike.
 */

import damerau from 'damerau-levenshtein';
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { upperFirst } from '../../model/format.js';
import { withoutRemark } from '../remark.js';
import { UNITS as UNIT_WORDS } from '../unit-words.js';
import type { RawRow } from './table.js';

export type Field = 'id' | 'name' | 'leader' | 'phone' | 'venue' | 'households' | 'population';

/**
 * The residential unit has other names: khu phố (cities in the South), thôn and xóm (villages),
 * ấp and khóm (the Mekong delta), bản, buôn, plei, bon, làng, sóc, phum (the mountains and the
 * Khmer South), tổ dân cư, khu dân cư (load/unit-words.ts): its code, name and head go by each
 * of them (model/group-term.ts prints the ward's own word). Hand-typed headers shorten the common
 * ones: TDP, KDC, KP, each beside its word.
 */
const UNITS: readonly string[] = UNIT_WORDS.filter((u) => !u.noHeader).flatMap((u) =>
  u.short ? [u.word, u.short] : [u.word],
);

/** The head of each unit: a tổ's is a "tổ trưởng", any other unit's a "trưởng <unit>". */
const LEADERS = [
  'Tổ trưởng',
  ...UNITS.filter((u) => !u.startsWith('tổ') && u !== 'TDP').map((u) => `Trưởng ${u}`),
];

const each = (forms: readonly string[], make: (form: string) => readonly string[]) =>
  forms.flatMap(make);

const PHONE_WORDS = ['Số điện thoại', 'SĐT', 'Điện thoại', 'Số ĐT', 'ĐT'];

/** A phone word of PHONE_WORDS among a normalised header's words. */
const PHONE_HEADER = new RegExp(
  `(?:^|[\\s(/-])(?:${PHONE_WORDS.map((w) => normaliseHeader(w)).join('|')})(?=$|[\\s)/:.,-])`,
);

/**
 * Whether a column no field takes may hold phones by its header: a phone word among its words
 * ("SĐT cán bộ", "Điện thoại bí thư", "ĐT tổ phó", "Cán bộ (SĐT)", "ĐT"). "ĐT" alone too: its
 * cells are grouped only when they are phones (rows.ts `extraCell`), and a "Diện tích" of "120"
 * is not one; it is not taken as the leader's phone (PHONE_HEADERS).
 */
export const isPhoneHeader = (header: string): boolean =>
  PHONE_HEADER.test(normaliseHeader(header));

/** A phone's headers in any table (the groups file and the rosters); "ĐT" alone may be "Diện tích". */
export const PHONE_HEADERS: readonly string[] = [
  'Số điện thoại',
  'SĐT',
  'Điện thoại',
  'Số ĐT',
  'Di động',
  'Số di động',
  'Điện thoại di động',
  'ĐTDĐ',
  ...PHONE_WORDS.map((p) => `${p} liên hệ`),
  ...PHONE_WORDS.map((p) => `${p} liên lạc`),
];

/**
 * Accepted headers per field, the English alias last. When a file has two columns for one field
 * (often both "STT" and "Mã tổ"), the earlier entry wins: the ward's own code is a better id than
 * a row counter, and the full "Tên tổ dân phố" a better name than a bare "Tổ dân phố".
 *
 * Each header is matched whole, so a column about something else that shares words with a field
 * ("Số hộ nghèo", "Tổ phó", "Số điện thoại tổ phó") is never taken for it; such a column that
 * looks like a field is named in a warning instead (`nearestField`).
 */
export const HEADERS: Readonly<Record<Field, readonly string[]>> = {
  id: [
    'Mã tổ',
    ...each(UNITS, (u) => [`Mã ${u}`, `Mã số ${u}`]),
    'Mã',
    'Mã số',
    'STT',
    'Số TT',
    'TT',
    'Số thứ tự',
    'id',
  ],
  name: [
    'Tên tổ dân phố',
    'Tên tổ',
    ...each(UNITS, (u) => [`Tên ${u}`, upperFirst(u)]),
    'Tên đơn vị',
    'name',
  ],
  leader: [
    ...each(LEADERS, (l) => [l, `Họ tên ${l}`, `Tên ${l}`]),
    ...each(['tổ dân phố', 'TDP', 'tổ dân cư'], (u) => [`Tổ trưởng ${u}`, `Họ tên tổ trưởng ${u}`]),
    // A list made for a campaign names whoever answers for the group (qa15); after the unit's
    // own head, which wins when a file has both.
    'Người phụ trách',
    'Họ tên người phụ trách',
    'leader',
  ],
  phone: [...PHONE_HEADERS, ...each(PHONE_WORDS, (p) => LEADERS.map((l) => `${p} ${l}`)), 'phone'],
  // Where the group meets: its cultural house, or the place named for this campaign. When a file
  // has both, the cultural house is the venue and the other stays a column of its own.
  // "Địa điểm nhà văn hóa" and "Địa chỉ NVH" are as common as "Địa chỉ nhà văn hóa" (qa Q7).
  venue: [
    'Địa chỉ nhà văn hóa',
    'Địa điểm nhà văn hóa',
    'Nhà văn hóa',
    ...each(UNITS, (u) => [
      `Nhà văn hóa ${u}`,
      `Địa chỉ nhà văn hóa ${u}`,
      `Địa điểm nhà văn hóa ${u}`,
    ]),
    'NVH',
    'Địa chỉ NVH',
    'Địa điểm NVH',
    'Địa chỉ nhà sinh hoạt cộng đồng',
    'Địa điểm nhà sinh hoạt cộng đồng',
    'Nhà sinh hoạt cộng đồng',
    'Địa điểm',
    'Địa điểm sinh hoạt',
    'Địa điểm sinh hoạt cộng đồng',
    'Địa điểm tập huấn',
    'venue',
  ],
  households: [
    'Số hộ',
    'Số hộ gia đình',
    'Số hộ dân',
    'Số hộ dân cư',
    'Tổng số hộ',
    'Tổng số hộ gia đình',
    'Tổng số hộ dân',
    'Tổng hộ',
    'Hộ',
    'Hộ gia đình',
    'households',
  ],
  population: [
    'Số nhân khẩu',
    'Nhân khẩu',
    'Dân số',
    'Số khẩu',
    'Số dân',
    'Tổng số nhân khẩu',
    'Tổng số khẩu',
    'Tổng nhân khẩu',
    'Tổng số dân',
    'Tổng dân số',
    'Khẩu',
    'population',
  ],
};

const REQUIRED = ['id', 'name'] as const satisfies readonly Field[];

/** The header a user is told to add when a required column is missing. */
const EXPECTED: Readonly<Record<(typeof REQUIRED)[number], string>> = {
  id: 'STT',
  name: 'Tên tổ dân phố',
};

export interface Column {
  index: number;
  /** The header as written in the file, for error messages. */
  header: string;
}

export type Columns = Partial<Record<Field, Column>> & Record<(typeof REQUIRED)[number], Column>;

/** "Tên Tổ  Dân Phố:" → "ten to dan pho"; "Họ và tên", "S.T.T" → "ho ten", "stt". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\*\)$/, '')
    .replace(/[\s:*.]+$/, '')
    .replace(/(\p{L})\.(?=\p{L})/gu, '$1')
    .replace(/\bho va ten\b/g, 'ho ten')
    .trim();
}

/**
 * The header `typed` most likely misspells: a few letters off ("Số người cao tuổ", "Giờ tập
 * chung" for "Giờ tập trung"), compared without case, accents or spacing (normaliseHeader).
 */
/**
 * Between a merged header and a column under it that is only a part of its figure ("Số cử tri –
 * Tổng số", "Số cử tri – Trong đó: nữ": load/groups/header-row.ts).
 */
export const UNDER_HEADER = ' – ';

/**
 * The header among `headers` a name the office writes means: the one written so (case, marks and
 * spaces aside), else the first column under a merged header of that name ("Số cử tri" is "Số cử
 * tri – Tổng số", the total before its breakdown). Undefined when neither.
 */
export function headerNamed(wanted: string, headers: Iterable<string>): string | undefined {
  const key = normaliseHeader(wanted);
  let under: string | undefined;
  for (const h of headers) {
    if (normaliseHeader(h) === key) return h;
    const at = h.indexOf(UNDER_HEADER);
    if (under === undefined && at > 0 && normaliseHeader(h.slice(0, at)) === key) under = h;
  }
  return under;
}

export function nearHeader(typed: string, headers: readonly string[]): string | undefined {
  const t = normaliseHeader(typed);
  const limit = Math.min(3, Math.max(1, Math.floor(t.length / 6)));
  let best: string | undefined;
  let bestSteps = limit + 1;
  for (const h of headers) {
    const steps = damerau(t, normaliseHeader(h)).steps;
    if (steps < bestSteps) [best, bestSteps] = [h, steps];
  }
  return best;
}

/** The headers of a running row number ("STT"), which a list has beside its own codes. */
const ROW_COUNTERS = new Set(['STT', 'Số TT', 'TT', 'Số thứ tự'].map(normaliseHeader));

/**
 * A row counter left over when another column ("Mã tổ") is the id: the row number it is, which
 * no document needs, not data the ward expects printed (qa7 L9).
 */
export const isRowCounter = (header: string): boolean => ROW_COUNTERS.has(normaliseHeader(header));

/**
 * The office's own notes beside each row ("Ghi chú", "Ghi chú khác", "Ghi chu", "Ghi chú nội
 * bộ"): nearly every list has one ("Vùng có ổ dịch tháng 10"). Kept in the file, never printed
 * unless a text asks for it, and nothing to fix (qa23 #9: it was warned on every build as a
 * column to delete from the office's own list).
 */
const NOTES = /^ghi chu(?: (?:khac|noi bo|them|rieng))?$/u;

/** Whether a column is the office's own notes (NOTES). */
export const isNotesColumn = (header: string): boolean => NOTES.test(normaliseHeader(header));

/** A table's columns: accepted headers per field (earlier wins), the required fields, and the
 * header a user is told to add when a required one is missing. */
export interface ColumnSpec<F extends string, R extends F> {
  headers: Readonly<Record<F, readonly string[]>>;
  required: readonly R[];
  expected: Readonly<Record<R, string>>;
}

/** Columns found in a header row: all required ones, and the optional ones that are there. */
export type ColumnsOf<F extends string, R extends F> = Partial<Record<F, Column>> &
  Record<R, Column>;

export const GROUP_COLUMNS: ColumnSpec<Field, (typeof REQUIRED)[number]> = {
  headers: HEADERS,
  required: REQUIRED,
  expected: EXPECTED,
};

type Lookup = ReadonlyMap<string, { field: string; rank: number }>;
const lookups = new WeakMap<object, Lookup>();

function lookupOf(headers: Readonly<Record<string, readonly string[]>>): Lookup {
  let lookup = lookups.get(headers);
  if (!lookup) {
    const entries = new Map<string, { field: string; rank: number }>();
    for (const [field, names] of Object.entries(headers)) {
      names.forEach((h, rank) => {
        const key = normaliseHeader(h);
        // Listed twice (generated forms overlap): the first, earlier field keeps it.
        if (!entries.has(key)) entries.set(key, { field, rank });
      });
    }
    lookup = entries;
    lookups.set(headers, lookup);
  }
  return lookup;
}

/**
 * A header's field. Tried whole; then without a note in brackets at its end ("Số hộ (hộ)",
 * "Số điện thoại (Zalo)"); then, for a column that holds one field for two kinds of unit ("Tên
 * thôn/tổ dân phố", "Trưởng thôn/Tổ trưởng", "Mã thôn, tổ"), by its parts: the first part names
 * the field, and each other part, read whole or after the first part's first word ("tổ" → "Mã
 * tổ"), names the same field or none. Two fields in one column ("Tổ trưởng/SĐT") match nothing.
 */
function lookUp(lookup: Lookup, text: string): { field: string; rank: number } | undefined {
  const whole = normaliseHeader(text);
  const hit = lookup.get(whole) ?? lookup.get(withoutRemark(whole));
  if (hit) return hit;
  const parts = whole
    .split(/\s*(?:[/,;]|\s-\s|\bhoac\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const [first, ...rest] = parts as [string, ...string[]];
  const head = lookup.get(first);
  if (!head) return undefined;
  const lead = first.split(' ')[0];
  for (const part of rest) {
    const other = lookup.get(`${lead} ${part}`) ?? lookup.get(part);
    if (other && other.field !== head.field) return undefined;
  }
  return head;
}

/** Recognised columns of a header row for any table, whether or not the required ones are there. */
export function matchColumnsOf<F extends string>(
  header: readonly string[],
  headers: Readonly<Record<F, readonly string[]>>,
): Partial<Record<F, Column>> {
  const lookup = lookupOf(headers);
  const found: Partial<Record<string, Column & { rank: number }>> = {};
  header.forEach((text, index) => {
    const hit = lookUp(lookup, text);
    if (!hit) return;
    const prev = found[hit.field];
    if (!prev || hit.rank < prev.rank) found[hit.field] = { index, header: text, rank: hit.rank };
  });
  const columns: Partial<Record<F, Column>> = {};
  for (const [field, col] of Object.entries(found) as unknown as [F, Column][]) {
    columns[field] = { index: col.index, header: col.header };
  }
  return columns;
}

export function hasRequiredOf<F extends string, R extends F>(
  columns: Partial<Record<F, Column>>,
  spec: ColumnSpec<F, R>,
): columns is ColumnsOf<F, R> {
  return spec.required.every((f) => columns[f] !== undefined);
}

function quoteList(items: readonly string[]): string {
  return items.map((h) => `"${h}"`).join(', ');
}

/** The first accepted headers of a field, for a hint (README.md lists them all). */
function shownHeaders(headers: readonly string[], most = 8): string {
  const distinct = [...new Map(headers.map((h) => [normaliseHeader(h), h])).values()];
  const shown = quoteList(distinct.slice(0, most));
  return distinct.length > most ? `${shown}, …` : shown;
}

/**
 * The groups file's field a header is read as ("Tổ trưởng" → leader, "Nhà văn hóa" → venue), as
 * a header row's column is matched; undefined for a header no field takes (an extra column).
 */
export function fieldOfHeader(text: string): Field | undefined {
  return lookUp(lookupOf(HEADERS), text)?.field as Field | undefined;
}

/** Columns of a header row, or a UserError naming the first required column that is missing. */
export function findColumnsOf<F extends string, R extends F>(
  header: RawRow,
  file: string,
  spec: ColumnSpec<F, R>,
): ColumnsOf<F, R> {
  const columns = matchColumnsOf(header.cells, spec.headers);
  if (hasRequiredOf(columns, spec)) return columns;
  const field = spec.required.find((f) => !columns[f]) as R;
  const written = header.cells.filter((h) => h !== '');
  throw new UserError(
    written.length
      ? msg`no "${spec.expected[field]}" column in the header (found: ${quoteList(written)})`
      : msg`no "${spec.expected[field]}" column in the header (found: nothing)`,
    // No `field`: the column is not in the file, so no place in it is "at" that column.
    { file, row: header.row },
    msg`Name the column one of ${shownHeaders(spec.headers[field])} (case and accents do not matter); the header must be one of the first 10 rows.`,
  );
}

/**
 * The columns no field took, by header as written: a column the tool does not know is still the
 * ward's data, printed by templates as {{group.[header]}}. Columns without a header are left
 * out; of two with the same header, the first.
 */
export function extraColumns(
  header: readonly string[],
  matched: Partial<Record<string, Column>>,
): Column[] {
  const taken = new Set(Object.values(matched).map((c) => c?.index));
  const seen = new Set<string>();
  return header.flatMap((text, index) => {
    if (text === '' || taken.has(index) || seen.has(text)) return [];
    seen.add(text);
    return [{ index, header: text }];
  });
}
