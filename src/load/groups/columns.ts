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
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import type { RawRow } from './table.js';

export type Field = 'id' | 'name' | 'leader' | 'phone' | 'venue' | 'households' | 'population';

/**
 * Accepted headers per field, the English alias last. When a file has two columns for one field
 * (often both "STT" and "Mã tổ"), the earlier entry wins: the ward's own code is a better id than
 * a row counter, and the full "Tên tổ dân phố" a better name than a bare "Tổ dân phố".
 */
export const HEADERS: Readonly<Record<Field, readonly string[]>> = {
  // The residential unit has other names: khu phố (cities in the South), thôn and xóm
  // (villages), ấp and khóm (the Mekong delta), bản (the mountains), tổ dân cư, khu dân cư: its
  // code, name and head go by each of them (model/group-term.ts prints the ward's own word).
  id: [
    'Mã tổ',
    'Mã khu phố',
    'Mã thôn',
    'Mã ấp',
    'Mã bản',
    'Mã xóm',
    'Mã khóm',
    'Mã khu dân cư',
    'Mã khu',
    'Mã',
    'STT',
    'Số TT',
    'id',
  ],
  name: [
    'Tên tổ dân phố',
    'Tên tổ',
    'Tổ dân phố',
    'Tên khu phố',
    'Khu phố',
    'Tên tổ dân cư',
    'Tổ dân cư',
    'Tên thôn',
    'Thôn',
    'Tên ấp',
    'Ấp',
    'Tên bản',
    'Bản',
    'Tên xóm',
    'Xóm',
    'Tên khóm',
    'Khóm',
    'Tên khu dân cư',
    'Khu dân cư',
    'Tên khu',
    'name',
  ],
  leader: [
    'Tổ trưởng',
    'Họ tên tổ trưởng',
    'Tổ trưởng tổ dân phố',
    'Tổ trưởng tổ dân cư',
    'Trưởng khu phố',
    'Họ tên trưởng khu phố',
    'Trưởng thôn',
    'Họ tên trưởng thôn',
    'Trưởng ấp',
    'Họ tên trưởng ấp',
    'Trưởng bản',
    'Trưởng xóm',
    'Trưởng khóm',
    'Trưởng khu',
    'Trưởng khu dân cư',
    'leader',
  ],
  phone: ['Số điện thoại', 'SĐT', 'Điện thoại', 'phone'],
  // Where the group meets: its cultural house, or the place named for this campaign. When a file
  // has both, the cultural house is the venue and the other stays a column of its own.
  venue: [
    'Địa chỉ nhà văn hóa',
    'Nhà văn hóa',
    'Địa điểm',
    'Địa điểm sinh hoạt',
    'Địa điểm sinh hoạt cộng đồng',
    'Địa điểm tập huấn',
    'venue',
  ],
  households: ['Số hộ', 'households'],
  population: ['Số nhân khẩu', 'Nhân khẩu', 'Dân số', 'population'],
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

/** "Tên Tổ  Dân Phố:" → "ten to dan pho". */
function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\*\)$/, '')
    .replace(/[\s:*.]+$/, '')
    .trim();
}

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
    lookup = new Map(
      Object.entries(headers).flatMap(([field, names]) =>
        names.map((h, rank) => [normaliseHeader(h), { field, rank }] as const),
      ),
    );
    lookups.set(headers, lookup);
  }
  return lookup;
}

/** Recognised columns of a header row for any table, whether or not the required ones are there. */
export function matchColumnsOf<F extends string>(
  header: readonly string[],
  headers: Readonly<Record<F, readonly string[]>>,
): Partial<Record<F, Column>> {
  const lookup = lookupOf(headers);
  const found: Partial<Record<string, Column & { rank: number }>> = {};
  header.forEach((text, index) => {
    const hit = lookup.get(normaliseHeader(text));
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
    msg`Name the column one of ${quoteList(spec.headers[field])} (case and accents do not matter); the header must be one of the first 10 rows.`,
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
