/**
 * Load stage, groups and rosters: which row is the header. In: a table read with its first
 * non-empty row as header, and what a header of this table looks like. Out: the same table with
 * its real header, the rows above it dropped and a header's second row folded into it.
 *
 * Ward offices put a title above the table ("DANH SÁCH TỔ DÂN PHỐ", merged across the columns)
 * and group headers under a merged cell ("Dân số" over "Số hộ" and "Số nhân khẩu"). The header is
 * the first of the first rows that has the required columns; a row under it whose cells are all
 * covered by merges above or are known headers themselves is the header's second row, and so is
 * one whose words all sit under header cells merged across several columns ("Tổ trưởng" over
 * "Họ và tên | Số điện thoại", "Lịch kiểm tra" over "Ngày kiểm tra | Giờ kiểm tra"), whatever
 * those words: data rows have their id and name outside such merges. A row the header's own
 * cells run down into (merged over both rows) is its second row too, whatever its words. A part
 * of a merged figure ("Tổng số", "Trong đó: nữ" under "Số cử tri") is named with it: "Số cử tri –
 * Tổng số" (columns.ts headerNamed finds it by "Số cử tri").
 *
 * A CSV or Excel's "Unicode Text" keeps no merges: the same sheet saved so has "Tổ trưởng;;" and
 * the cells merged down empty. Its merges are told from those empty cells (textMerges) and its
 * second row by the same rule as a workbook's (isSubHeaderRow), with more asked of it since the
 * merges are guessed: no figure, a known header among its words or every column of its runs
 * named, no id or name of its own (textSubHeader, qa50 M2).
 */
import { UNIT_ALTERNATIVES } from '../../model/group-term.js';
import { normaliseHeader, UNDER_HEADER } from './columns.js';
import { columnLetters } from './duplicate-headers.js';
import type { RawRow, RawTable } from './table.js';
import { parseCount } from './values.js';

/** How far down a title may push the header. */
export const HEADER_SEARCH_ROWS = 10;

export interface HeaderSpec {
  /** The row has every required column. */
  isHeader(cells: readonly string[]): boolean;
  /** The cell names a known column. */
  isKnown(text: string): boolean;
}

/**
 * Every word of the row is a known header, or the row only continues merges from above. A word
 * under a header cell of its own, neither empty nor merged across, is that column's value, not
 * its name: "Nhà văn hóa" under "Địa điểm" is a place (qa51: a data row folded into the header).
 */
function isKnownSecondRow(header: RawRow, row: RawRow, spec: HeaderSpec): boolean {
  let named = 0;
  for (const [i, text] of row.cells.entries()) {
    if (text === '' || row.merged?.[i]) continue;
    if (!spec.isKnown(text)) return false;
    const above = header.cells[i] ?? '';
    if (above !== '' && !header.across?.[i] && !header.merged?.[i] && above !== text) return false;
    named++;
  }
  return named > 0 || (row.merged?.some(Boolean) ?? false);
}

/**
 * A numbered group: a unit word (model/group-term.ts UNIT_ALTERNATIVES, or its short form), maybe "số", a number
 * ("Tổ 3", "Tổ dân phố số 3", "KP 2"). Only a unit word: "Năm 2025", "Đợt 1", "Buổi 2" are a
 * second header row's words under a merged title (review53 #2).
 */
const NUMBERED_GROUP = new RegExp(`^(?:${UNIT_ALTERNATIVES}) (?:số )?\\d+[a-zA-Z]?$`, 'iu');

/** A person's name: two to five words, each a capital then small letters ("Nguyễn Văn An"). */
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,4}$/u;

/**
 * The common nouns a header's phrase is made of when written in Title Case under a merged title
 * ("Ngày Học | Ca Học" under "Lịch học;;", "Địa Điểm", "Thời Gian"): no surname among them, so a
 * person's name ("Nguyễn Văn Năm", "Lê Trường") always has a word that is none of these.
 */
const HEADER_NOUNS = new Set(
  (
    'ngày giờ ca buổi học địa điểm thời gian nơi lớp phòng tháng năm đợt lần tiết khóa khoá ' +
    'môn tập huấn lịch ghi chú bắt đầu kết thúc giảng viên'
  )
    .normalize('NFC')
    .split(' '),
);

/** A phrase of those nouns in Title Case ("Ngày Học", "Ca Học"): a header's words, not a name. */
const isNounPhrase = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(' ')
    .every((w) => HEADER_NOUNS.has(w));

/**
 * The row holds a group's id or name, or a person's: a number ("3"), a numbered group ("Tổ 3",
 * "Tổ dân phố số 3"), a name ("Nguyễn Văn An") that is no header the tool knows nor a phrase of
 * a header's common nouns in Title Case ("Ngày Học", "Ca Học": isNounPhrase). Data, never the
 * header's second row (qa51: two leaders' names under "Tổ trưởng;;" were read as its columns).
 */
function holdsIdOrName(row: RawRow, spec: HeaderSpec): boolean {
  return row.cells.some((cell, i) => {
    const text = cell.normalize('NFC').trim();
    if (text === '' || row.merged?.[i] || spec.isKnown(text)) return false;
    if (/^\d+$/.test(text)) return true;
    if (NUMBERED_GROUP.test(text)) return true;
    return PERSON_NAME.test(text) && !isNounPhrase(text);
  });
}

/** Every word of the row sits under a header cell merged across columns: it names those columns. */
function isSubHeaderRow(header: RawRow, row: RawRow): boolean {
  if (!header.across?.some(Boolean)) return false;
  let named = 0;
  for (const [i, text] of row.cells.entries()) {
    if (text === '' || row.merged?.[i]) continue;
    if (!header.across[i]) return false;
    named++;
  }
  return named > 0;
}

/**
 * A column's header from its two rows: the lower word when the tool knows it ("Số hộ" under
 * "Quy mô"), else the two read together when that is a known header ("Họ và tên" under "Tổ
 * trưởng" is "Họ và tên Tổ trưởng", the leader), else the lower word alone ("Ngày kiểm tra"
 * under "Lịch kiểm tra"): a template prints that column by the word the office sees above it.
 */
function columnHeader(above: string, below: string, spec: HeaderSpec, across = false): string {
  if (spec.isKnown(below) || above === '') return below;
  const known = [`${below} ${above}`, `${above} ${below}`].find((t) => spec.isKnown(t));
  if (known !== undefined) return known;
  // A part of the figure merged above ("Tổng số", "Trong đó: nữ" under "Số cử tri", qa25 F4)
  // names no column alone: the two together, which a measure on "Số cử tri" finds (headerNamed).
  if (across && isBreakdown(below) && normaliseHeader(above) !== normaliseHeader(below))
    return `${above}${UNDER_HEADER}${below}`;
  return below;
}

// Normalised: the words that split a merged figure into its parts.
const BREAKDOWN =
  /^(?:tong(?: so| cong)?|cong|trong do\b.*|(?:so )?nam|(?:so )?nu|so luong|ty le|ti le|%|sl|tl)$/;

const isBreakdown = (text: string) => BREAKDOWN.test(normaliseHeader(text));

/**
 * A row under the header that the header's own cells run down into (merged over both rows: "STT",
 * "Tổ dân phố" over rows 5–6), its other words text, not figures: the header's second row
 * whatever its words ("Điện thoại" under "Liên hệ", "Số cử tri" under "Cử tri", qa25 F4). A data
 * row never shares a merge with the header.
 */
function isUnderHeaderMerge(header: RawRow, row: RawRow): boolean {
  let down = 0;
  for (const [i, text] of row.cells.entries()) {
    if (text === '') continue;
    if (row.merged?.[i]) {
      if (text === (header.cells[i] ?? '') && !header.across?.[i]) down++;
      continue;
    }
    if (!/\p{L}/u.test(text) || typeof parseCount(text) === 'number') return false;
  }
  return down > 0;
}

/** The first column of the merge a header cell belongs to (itself when it is not covered). */
function mergeStart(header: RawRow, i: number): number {
  let j = i;
  while (j > 0 && header.merged?.[j]) j--;
  return j;
}

/**
 * The header's two rows as one. Under a merged title whose other columns the row below names, a
 * column left unnamed is "cột D (Tổ trưởng)": the title alone would make it the leader (or the
 * field the title names) in place of the column named "Họ và tên".
 */
function fold(header: RawRow, second: RawRow, spec: HeaderSpec): RawRow {
  const width = Math.max(header.cells.length, second.cells.length);
  const named = (i: number) => (second.cells[i] ?? '') !== '' && !second.merged?.[i];
  const namedTitles = new Set<number>();
  for (let i = 0; i < width; i++)
    if (named(i) && header.across?.[i]) namedTitles.add(mergeStart(header, i));
  const cells = Array.from({ length: width }, (_, i) => {
    const above = header.cells[i] ?? '';
    if (named(i)) return columnHeader(above, second.cells[i] ?? '', spec, header.across?.[i]);
    const unnamedUnderTitle =
      header.across?.[i] && !second.merged?.[i] && namedTitles.has(mergeStart(header, i));
    return unnamedUnderTitle ? `cột ${columnLetters(i)} (${above})` : above;
  });
  return { row: header.row, cells };
}

/**
 * A text table's header (CSV, Excel's "Unicode Text"), which keeps no merges, read as a workbook's
 * merges would be: Excel writes a merged cell's text in its first column and leaves the others
 * empty ("Tổ trưởng;;"), some programs repeat it ("Tổ trưởng;Tổ trưởng"). Each such run is one
 * cell merged across its columns, its text in every one of them (as exceljs gives a merge).
 */
function textMerges(header: RawRow): RawRow {
  const cells = [...header.cells];
  const merged = cells.map(() => false);
  const across = cells.map(() => false);
  for (let i = 0; i < cells.length; i++) {
    const label = cells[i] ?? '';
    if (label === '') continue;
    let end = i + 1;
    while (end < cells.length && (cells[end] === '' || cells[end] === label)) end++;
    if (end === i + 1) continue;
    for (let j = i; j < end; j++) {
      cells[j] = label;
      across[j] = true;
      merged[j] = j > i;
    }
    i = end - 1;
  }
  return { ...header, cells, merged, across };
}

/** The most words of a column's header in a second row the tool knows no word of. */
const SUB_HEADER_WORDS = 6;

/**
 * A second row of words the tool knows none of ("Ngày học | Giờ học | Nơi học" under "Buổi
 * học;;"): still the header's, when it names every column of each run it is under, two at least,
 * each a different short phrase (a header's words, not a sentence). A data row missing its id
 * and name, a leader's name alone under "Tổ trưởng;;", leaves a column of its run empty, and
 * stays a row (said as one missing its id).
 */
function namesWholeRuns(runs: RawRow, second: RawRow): boolean {
  const named = (i: number) => (second.cells[i] ?? '') !== '' && !second.merged?.[i];
  const texts: string[] = [];
  for (let i = 0; i < runs.cells.length; i++) {
    if (!named(i)) continue;
    const start = mergeStart(runs, i);
    for (let j = start; j < runs.cells.length && (j === start || runs.merged?.[j]); j++)
      if (!named(j)) return false;
    const text = normaliseHeader(second.cells[i] ?? '');
    if (text.split(' ').length > SUB_HEADER_WORDS) return false;
    texts.push(text);
  }
  return texts.length >= 2 && new Set(texts).size === texts.length;
}

/**
 * A text table's row under the header that is its second row, told as a workbook's is
 * (isSubHeaderRow) from the merges Excel's CSV leaves unsaid (textMerges): its words sit only
 * under a run of the header ("Họ và tên | Số điện thoại" under "Tổ trưởng;;"), each a word, not a
 * figure; under every column of its own the row is empty or repeats the header (merged down: the
 * group's id and name are there in a data row); one word at least names a known column, or the
 * row names every column of its runs (namesWholeRuns); and the header read with it still has the
 * required columns. Undefined when the row is data.
 */
function textSubHeader(
  header: RawRow,
  row: RawRow,
  spec: HeaderSpec,
): { header: RawRow; second: RawRow } | undefined {
  if (header.across !== undefined) return undefined;
  const runs = textMerges(header);
  if (!runs.across?.some(Boolean)) return undefined;
  const down = row.cells.map((text, i) => text !== '' && text === header.cells[i]);
  const second: RawRow = { ...row, merged: down };
  if (!isSubHeaderRow(runs, second)) return undefined;
  let known = 0;
  for (const [i, text] of row.cells.entries()) {
    if (text === '' || down[i]) continue;
    if (!/\p{L}/u.test(text) || typeof parseCount(text) === 'number') return undefined;
    if (spec.isKnown(columnHeader(runs.cells[i] ?? '', text, spec, true))) known++;
  }
  if (known === 0 && !namesWholeRuns(runs, second)) return undefined;
  const folded = fold(runs, second, spec);
  return spec.isHeader(folded.cells) ? { header: runs, second } : undefined;
}

export function findHeaderRow(table: RawTable, spec: HeaderSpec): RawTable {
  const candidates = [table.header, ...table.rows.slice(0, HEADER_SEARCH_ROWS - 1)];
  const at = candidates.findIndex((r) => spec.isHeader(r.cells));
  if (at < 0) return table;
  let header = candidates[at] as RawRow;
  let rows = table.rows.slice(at);
  // A row holding an id or a name is data, whatever its other words (holdsIdOrName).
  const next = rows[0] && !holdsIdOrName(rows[0], spec) ? rows[0] : undefined;
  const text = next && textSubHeader(header, next, spec);
  if (text) {
    header = fold(text.header, text.second, spec);
    rows = rows.slice(1);
  } else if (
    next &&
    (isKnownSecondRow(header, next, spec) ||
      isSubHeaderRow(header, next) ||
      isUnderHeaderMerge(header, next))
  ) {
    header = fold(header, next, spec);
    rows = rows.slice(1);
  }
  // The columns hidden in Excel stay known (hidden-columns.ts): they are the same columns.
  return { header, rows, ...(table.hiddenColumns ? { hiddenColumns: table.hiddenColumns } : {}) };
}
