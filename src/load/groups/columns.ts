/**
 * Load stage, groups: header row → which column holds which Group field. In: the cleaned header
 * cells. Out: a column index (and the header as written) per recognised field; unknown columns
 * are ignored. Missing required columns are a UserError listing the headers that would match.
 *
 * Ward offices type headers by hand, so matching ignores case, diacritics, spacing and a trailing
 * ":" or "*" ("TEN TO DAN PHO", "Tên tổ dân phố (*)", "Số hộ:"). The matching itself is generic
 * (`ColumnSpec`, `…Of` functions) so other tables (the residents roster) match headers alike.
 */
import { UserError } from '../../errors.js';
import type { RawRow } from './table.js';

export type Field = 'id' | 'name' | 'leader' | 'phone' | 'venue' | 'households' | 'population';

/**
 * Accepted headers per field, the English alias last. When a file has two columns for one field
 * (often both "STT" and "Mã tổ"), the earlier entry wins: the ward's own code is a better id than
 * a row counter, and the full "Tên tổ dân phố" a better name than a bare "Tổ dân phố".
 */
export const HEADERS: Readonly<Record<Field, readonly string[]>> = {
  id: ['Mã tổ', 'Mã', 'STT', 'Số TT', 'id'],
  name: ['Tên tổ dân phố', 'Tên tổ', 'Tổ dân phố', 'name'],
  leader: ['Tổ trưởng', 'Họ tên tổ trưởng', 'leader'],
  phone: ['Số điện thoại', 'SĐT', 'Điện thoại', 'phone'],
  venue: ['Địa chỉ nhà văn hóa', 'Nhà văn hóa', 'Địa điểm', 'venue'],
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
export function normaliseHeader(text: string): string {
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

/** Recognised columns of a groups file's header row. */
export function matchColumns(header: readonly string[]): Partial<Record<Field, Column>> {
  return matchColumnsOf(header, HEADERS);
}

export function hasRequired(columns: Partial<Record<Field, Column>>): columns is Columns {
  return hasRequiredOf(columns, GROUP_COLUMNS);
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
    `no "${spec.expected[field]}" column in the header (found: ${quoteList(written) || 'nothing'})`,
    { file, row: header.row, field: spec.expected[field] },
    `Name the column one of ${quoteList(spec.headers[field])} (case and accents do not matter); ` +
      'the header must be one of the first 10 rows.',
  );
}

/** Columns of a groups file's header row (see findColumnsOf). */
export function findColumns(header: RawRow, file: string): Columns {
  return findColumnsOf(header, file, GROUP_COLUMNS);
}
