/**
 * Model stage: the issuer as running text names it. Decree 30 writes "của Ủy ban nhân dân phường
 * Lê Chân", not the header's capitals, whatever lines the header is typed on. In: the header's
 * printed lines (`issuer.name`), the ward and the office as the campaign writes them. Out: the
 * name `{{issuerInText}}` prints (the body's sentences, the annex's "Kèm theo … của …").
 */

import { isVietnameseSyllable } from '../load/vietnamese.js';
import { upperFirst } from './format.js';
import { unitWordIn } from './unit-term.js';

/** The words of some lines, in order ("ỦY BAN NHÂN DÂN" / "XÃ TÂN HÒA": five words). */
const wordsOf = (lines: readonly string[]): string[] =>
  lines.join(' ').normalize('NFC').split(/\s+/u).filter(Boolean);

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A word as two spellings of it compare: lower case, its tone mark after its letters, so the old
 * and the new placement ("HOÁ", "hóa") are one word and another tone ("hòa") is not.
 */
export function wordKey(word: string): string {
  // A comma typed after a word is no part of it: "PHƯỜNG BÌNH HƯNG HÒA, THÀNH PHỐ …" names the ward.
  const d = word
    .replace(/[,;:.]+$/u, '')
    .normalize('NFD')
    .toLocaleLowerCase('vi');
  return d.replace(TONE, '') + (d.match(TONE) ?? []).join('');
}

/** Where `part`'s words stand last in `words`, or -1. */
function lastRun(words: readonly string[], part: readonly string[]): number {
  const keys = words.map(wordKey);
  const want = part.map(wordKey);
  if (want.length === 0) return -1;
  for (let at = keys.length - want.length; at >= 0; at--)
    if (want.every((k, i) => keys[at + i] === k)) return at;
  return -1;
}

/**
 * A word of capitals that is no Vietnamese syllable is an abbreviation ("UBND", "HĐND",
 * "VH-XH"): kept as written, where "Ubnd" would be no word.
 */
function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 &&
    letters === letters.toLocaleUpperCase('vi') &&
    !isVietnameseSyllable(letters)
  );
}

/** Words in capitals lowered, as a sentence writes a body's common name; others as typed. */
function lowered(words: readonly string[]): string[] {
  return words.map((w) =>
    w === w.toLocaleUpperCase('vi') && !isAbbreviation(w) ? w.toLocaleLowerCase('vi') : w,
  );
}

/**
 * Header words as a sentence says them: the office's name, where they are it, as the campaign
 * writes it ("PHÒNG VĂN HÓA - XÃ HỘI" is "Phòng Văn hóa - Xã hội", its proper name's capitals);
 * the other words lowered, the first letter a capital.
 */
function inText(words: readonly string[], office: string): string {
  const own = wordsOf([office]);
  const at = lastRun(words, own);
  const said =
    at < 0
      ? lowered(words)
      : [...lowered(words.slice(0, at)), ...own, ...lowered(words.slice(at + own.length))];
  const text = said.join(' ');
  return upperFirst(text);
}

/** The body's words, then the ward as the campaign writes it ("xã Đông Hưng" alone as written). */
const withWard = (lead: string, ward: string): string =>
  lead === '' ? ward : ward.trim() === '' ? lead : `${lead} ${ward.trim()}`;

/**
 * Words after the ward that say where the ward is, not a body of it: the city or province the
 * header names after it since the 2025 reorganisation ("PHƯỜNG BÌNH HƯNG HÒA, THÀNH PHỐ HỒ CHÍ
 * MINH", "XÃ AN BÌNH - TỈNH ĐỒNG NAI"): after a comma, or a province's word after a dash or none.
 */
function isWhereTheWardIs(wardLast: string, after: readonly string[]): boolean {
  if (after.length === 0) return false;
  if (/[,;]$/u.test(wardLast)) return true;
  const rest = after
    .filter((w) => !/^[-‐‑‒–—]$/u.test(w))
    .join(' ')
    .normalize('NFC')
    .toLocaleLowerCase('vi');
  return /^(thành phố|tỉnh|tp\.?)(\s|$)/u.test(rest);
}

/**
 * The issuer in running text:
 * - a header ending with the ward, on its own line or not ("ỦY BAN NHÂN DÂN" / "XÃ TÂN HÒA",
 *   "ỦY BAN NHÂN DÂN XÃ TÂN HÒA", "ỦY BAN NHÂN DÂN" / "ĐẶC KHU" / "PHÚ QUỐC"): "Ủy ban nhân dân xã
 *   Tân Hòa" (qa7 E1, qa11 Q13); so does one whose ward is followed by its city or province
 *   ("ỦY BAN NHÂN DÂN" / "PHƯỜNG BÌNH HƯNG HÒA, THÀNH PHỐ HỒ CHÍ MINH": "Ủy ban nhân dân phường
 *   Bình Hưng Hòa", qa12 Q16);
 * - a header naming the ward before its last words, the body it belongs to ("UBND PHƯỜNG TÂN
 *   HÒA" / "PHÒNG VĂN HÓA - XÃ HỘI", a Ban chỉ đạo under its committee): what follows the ward,
 *   then the ward, as a sentence names an office, "Phòng Văn hóa - Xã hội phường Tân Hòa";
 * - a header naming no unit ("PHÒNG VĂN HÓA - XÃ HỘI" under `issuer.parent`, "ỦY BAN NHÂN
 *   DÂN"): its words, then the ward, likewise (qa11 Q13 printed all these in capitals);
 * - a header naming the ward's unit by its word alone ("CÔNG AN PHƯỜNG" for "phường Bàn Cờ"):
 *   "Công an phường Bàn Cờ";
 * - a header naming another unit than the ward ("XÃ TÂN HÒA" for "phường Tân Hòa"): as
 *   written, since which is right is not known (load/issuer-unit.ts warns).
 */
export function issuerInText(name: readonly string[], ward: string, office = ''): string {
  const header = wordsOf(name);
  const wardWords = wordsOf([ward]);
  const at = lastRun(header, wardWords);
  if (at >= 0 && at + wardWords.length === header.length)
    return withWard(at === 0 ? '' : inText(header.slice(0, at), office), ward);
  if (at >= 0) {
    const after = header.slice(at + wardWords.length);
    if (isWhereTheWardIs(header[at + wardWords.length - 1] ?? '', after))
      return withWard(at === 0 ? '' : inText(header.slice(0, at), office), ward);
    return withWard(inText(after, office), ward);
  }
  // "CÔNG AN PHƯỜNG", "ĐẢNG ỦY XÃ": a body of the ward its header names by the unit's word alone
  // (under `issuer.parent`); the sentence says which ward, "Công an phường Bàn Cờ" (qa17).
  const unit = unitWordIn(ward);
  const unitWords = unit ? wordsOf([unit]) : [];
  const unitAt = lastRun(header, unitWords);
  if (unitAt > 0 && unitAt + unitWords.length === header.length)
    return withWard(inText(header.slice(0, unitAt), office), ward);
  if (header.length === 0 || unitWordIn(header.join(' '))) return name.join(' ');
  return withWard(inText(header, office), ward);
}
