/**
 * Template stage: a time of day as Vietnamese official writing prints it. An office types
 * "07:30", "7h30" or "14h"; a notice, a flyer or a checklist says "7 giờ 30", "14 giờ" (as the
 * state's notices write "vào lúc 7 giờ 30 ngày 13/12/2026": the hour without a leading zero,
 * the word "giờ", the minutes when there are any). In: a run's text. Out: the same text with its
 * times so written; links are not given to it (a URL's port is no time).
 */

/** "07:30", "7:05", "23:59": hours 0–23, minutes 00–59, touching no letter, digit or ":". */
const COLON_TIME = /(?<![\p{L}\p{N}:/.,])([01]?\d|2[0-3]):([0-5]\d)(?![\p{L}\p{N}:])/gu;
/** "7h30", "07h", "14h00": the same with "h" (lower case) for the colon. */
const H_TIME = /(?<![\p{L}\p{N}:/.,])([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\p{N}:])/gu;
/** "7h~9h", typed for a range: "7 giờ - 9 giờ". */
const TILDE_RANGE = /(giờ(?: \d{2})?)\s*~\s*(?=\d)/gu;
/** A ratio or a map's scale ("tỷ lệ 1:50") is not a time. */
const RATIO_BEFORE = /t[ỷỉ] lệ\s*$/iu;

function spoken(hour: string, minutes: string | undefined): string {
  const h = String(Number(hour));
  return minutes === undefined || minutes === '00' ? `${h} giờ` : `${h} giờ ${minutes}`;
}

/** The text with every time of day written "7 giờ 30". */
export function printedTimes(text: string): string {
  if (!/\d[:h]/.test(text)) return text;
  return text
    .replace(COLON_TIME, (m, h: string, min: string, at: number, all: string) =>
      RATIO_BEFORE.test(all.slice(0, at)) ? m : spoken(h, min),
    )
    .replace(H_TIME, (_, h: string, min: string | undefined) => spoken(h, min))
    .replace(TILDE_RANGE, '$1 - ');
}
