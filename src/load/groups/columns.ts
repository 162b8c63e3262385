/**
 * Load stage, groups: header row → which column holds which Group field. In: the cleaned header
 * cells. Out: a column index (and the header as written) per recognised field; unknown columns
 * are ignored. Missing required columns are a UserError listing the headers that would match.
 *
 * Ward offices type headers by hand, so matching ignores case, diacritics, spacing and a trailing
 * ":" or "*" ("TEN TO DAN PHO", "Tên tổ dân phố (*)", "Số hộ:").
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

const LOOKUP: ReadonlyMap<string, { field: Field; rank: number }> = new Map(
  (Object.entries(HEADERS) as [Field, readonly string[]][]).flatMap(([field, headers]) =>
    headers.map((h, rank) => [normaliseHeader(h), { field, rank }] as const),
  ),
);

/** Recognised columns of a header row, whether or not the required ones are there. */
export function matchColumns(header: readonly string[]): Partial<Record<Field, Column>> {
  const found: Partial<Record<Field, Column & { rank: number }>> = {};
  header.forEach((text, index) => {
    const hit = LOOKUP.get(normaliseHeader(text));
    if (!hit) return;
    const prev = found[hit.field];
    if (!prev || hit.rank < prev.rank) found[hit.field] = { index, header: text, rank: hit.rank };
  });
  const columns: Partial<Record<Field, Column>> = {};
  for (const [field, col] of Object.entries(found) as [Field, Column][]) {
    columns[field] = { index: col.index, header: col.header };
  }
  return columns;
}

export function hasRequired(columns: Partial<Record<Field, Column>>): columns is Columns {
  return REQUIRED.every((f) => columns[f] !== undefined);
}

function quoteList(items: readonly string[]): string {
  return items.map((h) => `"${h}"`).join(', ');
}

/** Columns of a header row, or a UserError naming the first required column that is missing. */
export function findColumns(header: RawRow, file: string): Columns {
  const columns = matchColumns(header.cells);
  if (hasRequired(columns)) return columns;
  const field = REQUIRED.find((f) => !columns[f]) ?? 'id';
  const written = header.cells.filter((h) => h !== '');
  throw new UserError(
    `no "${EXPECTED[field]}" column in the header (found: ${quoteList(written) || 'nothing'})`,
    { file, row: header.row, field: EXPECTED[field] },
    `Name the column one of ${quoteList(HEADERS[field])} (case and accents do not matter); ` +
      'the header must be the first row.',
  );
}
