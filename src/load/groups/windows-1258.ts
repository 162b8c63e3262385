/**
 * Load stage, groups: bytes that are not UTF-8 → Vietnamese text, when they certainly are
 * Windows-1258 (what Excel on a Vietnamese Windows writes for plain "CSV"). In: the file's bytes.
 * Out: NFC text, or undefined when the guess is not certain (the caller then asks for UTF-8).
 *
 * Windows-1258 spells Vietnamese as base letters plus combining tone marks; the same bytes read
 * as another code page give accented Latin that is not Vietnamese. So the guess is accepted only
 * when, after NFC, every tone mark sits on a vowel it composes with, every word with a letter
 * beyond ASCII is a Vietnamese syllable, and nothing was lost in an earlier save ("?" in words).
 * A word in capitals whose only letter beyond ASCII is Đ is an abbreviation ("SĐT", "ĐT",
 * "HĐND", "KĐT": in nearly every ward's header), Vietnamese too though no syllable.
 */

import { decodeLegacy } from '../legacy-decode.js';
import { verdictOf } from '../vietnamese.js';

// Undefined code points (U+FFFD from the decoder) and control characters other than tab/CR/LF.
const UNDEFINED = /\uFFFD|(?![\t\n\r])\p{Cc}/u;
// A mark left over after NFC composes onto nothing Vietnamese.
const LOOSE_MARK = /\p{M}/u;
// Converters write "?" for each letter they could not encode: "Nguy?n" is already damaged.
const LOST_LETTER = /\p{L}\?|\?\p{L}/u;
// Whole words only: capitals A–Z and at least one Đ, nothing else of a letter around them.
const ABBREVIATION = /(?<![\p{L}\p{M}])[A-Z]*Đ[A-ZĐ]*(?![\p{L}\p{M}])/gu;

export function decodeWindows1258(bytes: Uint8Array): string | undefined {
  const text = decodeLegacy(bytes, 'windows1258');
  if (UNDEFINED.test(text) || LOOSE_MARK.test(text) || LOST_LETTER.test(text)) return undefined;
  const words = text.replace(ABBREVIATION, ' ');
  const verdict = verdictOf(words);
  const vietnamese = verdict === 'vietnamese' || (verdict === 'ascii' && words !== text);
  return vietnamese ? text : undefined;
}
