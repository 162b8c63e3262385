/**
 * Load stage, groups: what a workbook's sheet says it is, by its name or a title row above its
 * header. In: the sheet's name, or the text of its title rows. Out: a part of a merged ward (it
 * names an old ward or commune: "Phường Hàng Bạc (cũ)", "P. Hàng Bạc (cũ)", "Xã Đông Anh", or
 * is a bare place name, "Hàng Bạc"), a version of one list (a year, a round, a copy: "2025",
 * "Đợt 1", "Danh sách cũ", "Sheet1 (2)"), or nothing ("Sheet1", "DS TDP").
 *
 * Why: since the 2025 mergers a ward's list is often kept one sheet per old ward, while offices
 * have always kept one sheet per year or round of the same list; sheet-parts.ts weighs this with
 * what the sheets hold.
 */

/** Marks and "đ" off, lower case, single spaces: "Phường Hàng Bạc (Cũ)" → "phuong hang bac (cu)". */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLocaleLowerCase('vi')
    .replace(/[\s_]+/g, ' ')
    .trim();

/** A year, a round, a term, a month, a copy, a draft: one list at one time. */
const VERSION =
  /(?:^|\D)(?:19|20)\d{2}(?:\D|$)|\b(?:dot|ky|lan thu|lan|thang|nam|quy|vong|ban)\s*\d|\b(?:copy|sao chep|ban sao|nhap|draft|backup|old|new|cap nhat|dieu chinh|sua doi)\b|\(\d+\)$|\bv\d+$/;
/** Words of a sheet's name that say nothing of a place: "Sheet1", "Danh sách TDP". */
const GENERIC_WORDS =
  'sheet|trang tinh|danh sach|ds|data|du lieu|bang tong hop|tong hop|bang|list|to dan pho|tdp';
const GENERIC = new RegExp(`^(?:${GENERIC_WORDS})(?![a-z])`);
/** "cũ" or "mới" after such words or "bản", or alone: "Danh sách cũ", "Bản cũ", "DS mới", "Cũ". */
const OLD_OR_NEW_LIST = new RegExp(`^(?:(?:${GENERIC_WORDS}|ban)\\s*)*(?:cu|moi)$`);
/** An old ward or commune named: "Phường …", "Xã …", "Thị trấn …", "P. …", "X. …", "TT. …". */
const WARD_WORD = /^(?:phuong|xa|thi tran|dac khu)\s+\S|^(?:p|x|tt)\.\s*\S/;
/** "(cũ)" or "cũ" after a place's name: "Hàng Bạc (cũ)", "Hàng Bạc cũ". */
const OLD_PLACE = /\S\s*(?:\(\s*cu\s*\)|\bcu)$/;

export type SheetSays =
  /** Names an old ward or commune: a part of the ward, surely. */
  | 'ward'
  /** A place's name and nothing else ("Hàng Bạc"): a part, likely. */
  | 'place'
  /** A year, a round, a copy: a version of the list. */
  | 'version'
  | 'nothing';

/**
 * Every word begins with a capital, no digits: a place's name as offices type one; one word in
 * capitals alone is an abbreviation ("KVBP"), not a place.
 */
const isPlaceName = (name: string) =>
  /^[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*$/u.test(name.trim()) &&
  (/\s/.test(name.trim()) || /\p{Ll}/u.test(name));

/** A year in a sheet's name: "2026" of "Hàng Bạc 2026". */
export const yearIn = (name: string) => /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(name)?.[1];

/**
 * What a sheet's name says it is. `sharedYear`: a year every sheet's name has ("Hàng Bạc 2026",
 * "Hàng Đào 2026"), which tells no sheet from another and is left aside.
 */
export function sheetNameSays(name: string, sharedYear?: string): SheetSays {
  const shorn = sharedYear
    ? name
        .replace(new RegExp(`(?:\\s*(?:năm|nam)\\s*)?${sharedYear}`, 'iu'), '')
        .replace(/^[\s_–—-]+|[\s_–—-]+$/g, '')
    : name;
  const text = plain(shorn);
  if (VERSION.test(text) || OLD_OR_NEW_LIST.test(text)) return 'version';
  if (WARD_WORD.test(text)) return 'ward';
  if (GENERIC.test(text)) return 'nothing';
  if (OLD_PLACE.test(text)) return 'ward';
  return isPlaceName(shorn) ? 'place' : 'nothing';
}

/**
 * The old ward or commune a title row names, as typed: "PHƯỜNG HÀNG BẠC (CŨ)" from "DANH SÁCH
 * TỔ DÂN PHỐ PHƯỜNG HÀNG BẠC (CŨ)"; the ward's words up to a dash, comma, colon, figure or "năm".
 * Undefined when it names none.
 */
export function wardInTitle(title: string): string | undefined {
  const found =
    /(?:^|\s)((?:phường|xã|thị trấn|đặc khu)\s+[^\s\d,;:()–—-][^\d,;:()–—-]*?(?:\s*\(\s*cũ\s*\)|\s+cũ)?)(?=\s*(?:$|[,;:–—-]|\d|\bnăm\b|\(\s*(?!cũ)))/iu.exec(
      title,
    );
  return found?.[1]?.trim();
}

/** The round or year a title row names ("NĂM 2026", "ĐỢT 2"), as plain text, or undefined. */
export function versionInTitle(title: string): string | undefined {
  return /\b(?:(?:19|20)\d{2}|(?:dot|lan|ky|vong)\s*\d+)\b/.exec(plain(title))?.[0];
}
