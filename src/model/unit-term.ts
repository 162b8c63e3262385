/**
 * Model stage: the issuing unit's own word. Since the 2025 reorganisation the tool prints for a
 * phường, a xã or a thị trấn (a special zone, "đặc khu", too); a page that means "the whole
 * unit" ("Tệp in cho cả xã") says the unit's word, not always "phường". In: the issuer's name
 * as printed ("ỦY BAN NHÂN DÂN" / "XÃ AN BÌNH") and its running-text name ("xã An Bình"). Out:
 * the word, lower case ("xã").
 */

/** What an issuer whose name says none of the words is: the word the tool has always printed. */
export const DEFAULT_UNIT_TERM = 'phường';

/** The unit words, longest first so "thị trấn" is not cut short. */
export const UNIT_TERMS: readonly string[] = ['thị trấn', 'đặc khu', 'phường', 'xã'];

/**
 * A unit word said as a word (letter-aware: JS `\b` knows ASCII only); "xã" not in "xã hội"
 * (society: "PHÒNG VĂN HÓA - XÃ HỘI" is a phường's office as well as a xã's).
 */
const UNIT_WORD = new Map(
  UNIT_TERMS.map((word) => [
    word,
    new RegExp(
      `(^|[^\\p{L}])${word}(?![\\p{L}])${word === 'xã' ? '(?!\\s+hội(?!\\p{L}))' : ''}`,
      'u',
    ),
  ]),
);

/** The first unit word said as a word in `text` ("ỦY BAN NHÂN DÂN XÃ AN BÌNH": "xã"), if any. */
export function unitWordIn(text: string): string | undefined {
  const lower = text.normalize('NFC').toLocaleLowerCase('vi');
  let best: { word: string; at: number } | undefined;
  for (const [word, pattern] of UNIT_WORD) {
    const at = pattern.exec(lower)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { word, at };
  }
  return best?.word;
}

/**
 * The unit's word: from the first of `names` that says one, the issuer's printed name first
 * ("PHƯỜNG LÊ CHÂN", one entry per printed line), then its name in running text ("xã An Bình");
 * else "phường".
 */
export function unitTermOf(...names: (string | readonly string[] | undefined)[]): string {
  for (const name of names) {
    const word = unitWordIn(typeof name === 'string' ? name : (name ?? []).join('\n'));
    if (word) return word;
  }
  return DEFAULT_UNIT_TERM;
}
