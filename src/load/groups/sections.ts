/**
 * Load stage, groups: the section headings of a list kept in parts — a ward merged in 2025 keeps
 * its old wards' lists one under the other, each under a row "I | PHƯỜNG HÀNG BẠC (CŨ)" (merged
 * across the table) and ending with its own "Cộng Hàng Bạc" (totals.ts). In: a data row and the
 * table's columns. Out: the heading's text when the row is one, the note that says it was
 * skipped, and the short label ("Hàng Bạc cũ") that tells two same-named groups of two parts
 * apart (same-names.ts).
 *
 * A heading is a row of text alone: no figure, leader, phone or place of its own (a merged cell
 * copies its text into every cell it covers, which counts as none), its id cell a section number
 * ("I", "II", "A.") or empty, and its text one that no group's name looks like — merged across
 * the table, in capitals, naming a ward ("Phường …", "Xã …") or "(cũ)". A row with an empty id
 * and a group's name ("Tổ dân phố số 9") stays a group whose id is missing.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { type Column, type Columns, normaliseHeader } from './columns.js';
import type { RawRow } from './table.js';

const cell = (row: RawRow, col: Column | undefined) => (col ? (row.cells[col.index] ?? '') : '');

/** A section's number: a Roman numeral or one capital letter, with a dot or bracket or not. */
const MARKER = /^(?:[IVXLC]{1,6}|[A-Z])[.)]?$/;
/** The same number before the heading's words, in one cell: "I. PHƯỜNG HÀNG BẠC (CŨ)". */
const MARKER_BEFORE = /^(?:[IVXLC]{1,6}|[A-Z])[.)]?\s+(?=\S)/;
/** Normalised (no marks, lower case): a ward, a commune, an area, or "(cũ)" anywhere. */
const SECTION_WORDS =
  /^(?:phuong|xa|thi tran|dac khu|khu vuc|dia ban|cum)\b|(?:^|[\s(])cu\)?(?:\s|$)/;

const hasLetters = (text: string) => /\p{L}/u.test(text);
const inCapitals = (text: string) => hasLetters(text) && text === text.toLocaleUpperCase('vi');

function looksLikeSection(text: string, across: boolean): boolean {
  const words = text.replace(MARKER_BEFORE, '');
  return (
    hasLetters(words) && (across || inCapitals(words) || SECTION_WORDS.test(normaliseHeader(words)))
  );
}

/**
 * The heading's text when the row is a section heading, else undefined. `width`: the header's
 * named columns; a list of ids and names alone has no other cell to leave empty, so no heading.
 */
export function sectionHeading(row: RawRow, columns: Columns, width: number): string | undefined {
  if (width < 3) return undefined;
  const id = cell(row, columns.id);
  const name = cell(row, columns.name);
  // The heading in the name column beside its number, or across from the id column.
  const inName = name !== '' && name !== id;
  const text = inName ? name : id;
  if (text === '') return undefined;
  const own = new Set([columns.id.index, columns.name.index]);
  const bare = row.cells.every((c, i) => own.has(i) || c === '' || c === text);
  if (!bare) return undefined;
  const across = row.across?.[columns.name.index] === true;
  if (inName) {
    const numbered = id === '' || MARKER.test(id);
    return numbered && looksLikeSection(name, across) ? name : undefined;
  }
  // The words in the id column, the name empty or a copy: a heading typed from column A.
  return id.includes(' ') && looksLikeSection(id, across) ? id : undefined;
}

/**
 * A note the office wrote across the table, under it or between its rows ("Ghi chú: Trạm Y tế
 * tiêm theo lịch trên…"): skipped as a heading is, but said as what it is (qa54 p8: it was
 * called "dòng tiêu đề phần" with the hint that the groups under it came under it, and none did).
 */
const NOTE = /^(?:\*+\s*|(?:ghi chú|lưu ý|chú thích|chú ý|nguồn|ghi chép)\s*[:：.-])/iu;

export function sectionNote(row: RawRow, text: string, file: string): UserError {
  if (NOTE.test(text.normalize('NFC').trim()))
    return new UserError(
      msg`a note across the table ("${text}"), not a group: it is skipped`,
      { file, row: row.row },
      msg`Nothing of a note is printed. If it is a group, write its id and its other cells.`,
    );
  return new UserError(
    msg`a section heading ("${text}"), not a group: it is skipped`,
    { file, row: row.row },
    msg`A row of text alone across the table (an old ward's name) is read as the heading of the groups under it; if it is a group, write its id and its other cells.`,
  );
}

/**
 * Unit words that are common nouns, not part of a name: in a name written out they keep one
 * capital, on their first word ("Khu vực Bắc", "Tổ dân phố 5"), as a name's own words do not;
 * a "số" after them is small too ("Tổ dân phố số 5").
 */
const UNIT_PHRASE =
  /(^|[\s(,])(khu vực|khu phố|khu dân cư|khu đô thị|khu tập thể|khu tái định cư|tiểu khu|tổ dân phố|tổ dân cư|cụm dân cư|thị trấn|đặc khu|địa bàn|liên tổ)(\s+số)?(?=$|[\s),:])/giu;

/**
 * A name typed in capitals as it is written: each word's first letter a capital, the rest small
 * ("HÀNG BẠC" → "Hàng Bạc"), a unit word's further words small ("KHU VỰC 2" → "Khu vực 2").
 */
const titleCase = (text: string) =>
  text
    .toLocaleLowerCase('vi')
    .replace(
      /(^|[\s(])(\p{L})/gu,
      (_, before: string, letter: string) => `${before}${letter.toLocaleUpperCase('vi')}`,
    )
    .replace(
      UNIT_PHRASE,
      (_, before: string, unit: string, number = '') =>
        `${before}${unit.charAt(0)}${unit.slice(1).toLocaleLowerCase('vi')}${number.toLocaleLowerCase('vi')}`,
    )
    // "(CŨ)" says the place is a former one: a word of the sentence, not of the name.
    .replace(/\(Cũ\)/gu, '(cũ)');

const OLD = /(?:\s+|\s*\(\s*)cũ\s*\)?\s*$/iu;
/** The unit word before an old ward's name, written out or short as sheet names have it ("P."). */
const WARD = /^(?:(?:phường|xã|thị trấn|đặc khu)\s+|(?:p|x|tt)\.\s*)/iu;

/** A place that is only a number ("12", "3A"): said with its unit word ("phường 12"). */
const NUMBER = /^\d+[A-Za-z]?$/;
/** The unit word as a label says it: short sheet-name forms written out ("P." → "phường"). */
const SHORT_UNIT: Record<string, string> = { 'p.': 'phường', 'x.': 'xã', 'tt.': 'thị trấn' };
const unitSaid = (unit: string) => {
  const word = unit
    .trim()
    .replace(/\.\s*$/, '.')
    .toLocaleLowerCase('vi');
  return SHORT_UNIT[word] ?? word;
};

/**
 * The heading as a short label after a group's name: "PHƯỜNG HÀNG BẠC (CŨ)" → "Hàng Bạc cũ",
 * "PHƯỜNG 12 (CŨ)" → "phường 12 cũ" (a number alone says nothing), "II. KHU VỰC BẮC" → "Khu vực
 * Bắc"; a heading in ordinary letters is kept as typed.
 */
export function sectionLabel(text: string): string {
  let words = text.replace(MARKER_BEFORE, '').trim();
  if (inCapitals(words)) words = titleCase(words);
  if (!OLD.test(words)) return words;
  const named = words.replace(OLD, '').trim();
  const unit = WARD.exec(named)?.[0];
  const place = named.replace(WARD, '').trim();
  if (place === '') return words;
  return unit !== undefined && NUMBER.test(place) ? `${unitSaid(unit)} ${place} cũ` : `${place} cũ`;
}

/**
 * A column naming each group's part of the ward (its former ward, since the 2025 mergers): "Phường
 * cũ", "Phường/xã cũ", "Xã (cũ)", "Đơn vị cũ", "Khu vực", "Địa bàn". Normalised header. "Khu vực
 * bỏ phiếu" and other headers with more words are not: a voting area holds groups of one ward.
 */
const AREA_HEADER =
  /^(?:thuoc\s+)?(?:ten\s+)?(?:(?:phuong|xa|thi tran|dac khu|don vi(?: hanh chinh)?|dvhc)(?:\s*[/,(]\s*(?:phuong|xa|thi tran)\s*\)?)*\s*(?:\(\s*cu\s*\)|cu|truoc sap nhap)|(?:khu vuc|dia ban)(?:\s*(?:\(\s*cu\s*\)|cu))?)$/;
/** A header that says its values are former wards ("… cũ", "… trước sáp nhập"). */
const OLD_HEADER = /(?:\bcu\)?|truoc sap nhap)$/;

/** Whether a column's header says its values are former wards ("Phường cũ"), not areas ("Khu vực"). */
export const isOldHeader = (header: string): boolean => OLD_HEADER.test(normaliseHeader(header));

/** Whether a groups file's column names each group's part of the ward (AREA_HEADER). */
export const isAreaHeader = (header: string): boolean => AREA_HEADER.test(normaliseHeader(header));

/**
 * The header's own unit word, for a value that is only a number: "Phường cũ" → "phường", "Tên
 * phường/xã (cũ)" → "phường", "Khu vực" → "khu vực".
 */
function unitOfHeader(header: string): string {
  return (
    header
      .replace(/\s*(?:\(\s*cũ\s*\)|\bcũ|trước sáp nhập)\s*$/iu, '')
      .replace(/^\s*(?:thuộc\s+)?(?:tên\s+)?/iu, '')
      .split(/[/,(]/)[0]
      ?.trim()
      .toLocaleLowerCase('vi') ?? ''
  );
}

/**
 * A group's cell in the area column as the heading its group comes under: under a header saying
 * the value is a former ward ("Phường cũ": "Tân Bình"), said as an old ward's heading is, so that
 * the label is "Tân Bình cũ" as under "PHƯỜNG TÂN BÌNH (CŨ)" (a value in capitals written as a
 * name, as a heading's is); under "Khu vực" as typed. A number alone gets the header's word:
 * "Phường cũ" "12" → "phường 12 cũ", "Khu vực" "1" → "khu vực 1".
 */
export function areaSection(header: string, value: string): string {
  const named = NUMBER.test(value.trim())
    ? `${unitOfHeader(header)} ${value.trim()}`.trim()
    : value;
  const typed = inCapitals(named) ? titleCase(named) : named;
  if (!isOldHeader(header) || OLD.test(typed)) return typed;
  return `${typed} (cũ)`;
}

/**
 * The place an old ward's heading names, without "Phường", "P." or "cũ": "Hàng Bạc" (the sheet's
 * short name before its ids, sheet-ids.ts). Accents and the heading's own spelling are kept, so
 * a sheet's ids stay what they were; a cell naming the old ward is compared more loosely
 * (results-names.ts `partKey`: no accents, "Khu vực", "b)", brackets anywhere).
 */
export function placeOf(section: string): string {
  return sectionLabel(section)
    .replace(/\s+cũ$/iu, '')
    .replace(WARD, '')
    .trim();
}
