/**
 * Where a URL typed into running text ends. One rule for the notice’s autolinks (template/markdown.ts) and
 * for `check`'s URL checks (campaign-checks.ts), so the address checked is the one printed
 * and put in the QR code.
 *
 * A URL runs from "http(s)://" to a space or "<"; what ends the sentence is not part of it: a
 * final ".", ",", ";", ":", "!", "?", a closing quote or star, a ")" that opens nowhere in the
 * URL, and the administrative end mark "./." that closes every notice ("… tại
 * https://x.gov.vn/danh-sach./.").
 */

/** A URL candidate at the start of a string, before its end is trimmed. */
const URL_AT_START = /^https?:\/\/[^\s<>]+/i;
/** Every URL candidate in a text. */
const URL_ANYWHERE = /\bhttps?:\/\/[^\s<>]+/gi;

const END_MARK = './.';
const SENTENCE_END = /[.,;:!?*_~'"”’»]$/u;

/** `candidate` without the punctuation that ends the sentence it is written in. */
export function trimUrlEnd(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (url.endsWith(END_MARK)) url = url.slice(0, -END_MARK.length);
    else if (SENTENCE_END.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    else return url;
  }
}

const count = (s: string, c: string): number => s.split(c).length - 1;

/** The URL that `text` starts with, or undefined. */
export function urlAtStart(text: string): string | undefined {
  const m = URL_AT_START.exec(text);
  const url = m ? trimUrlEnd(m[0]) : '';
  return /^https?:\/\/./i.test(url) ? url : undefined;
}

/** Every bare URL in `text`, as printed. */
export function bareUrls(text: string): string[] {
  return [...text.matchAll(URL_ANYWHERE)]
    .map((m) => trimUrlEnd(m[0]))
    .filter((url) => /^https?:\/\/./i.test(url));
}
