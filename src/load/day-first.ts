/**
 * Dates as Viet Nam writes them: day first ("07/12/2026", "7.12.2026", "7-12-2026"), read as the
 * ISO day the files keep (2026-12-07). The campaign file's dates and `report --date` read both
 * forms, as the studio's form does.
 */
const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * A month without its day, as a draft leaves the day for the văn thư: "12/2026", "…/12/2026",
 * "../12/2026", "tháng 12/2026" (printed "ngày    tháng 12 năm 2026").
 */
const MONTH_ONLY = /^(?:[.…_\s]*[/.-]\s*|tháng\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;

/** A day-first date as its ISO form; anything else unchanged (value as written, for the checks). */
export function dayFirstAsIso(value: unknown): unknown {
  const m = typeof value === 'string' ? DAY_FIRST.exec(value.trim()) : null;
  if (!m) return value;
  const [, day = '', month = '', year = ''] = m;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A month alone as the files keep it ("2026-12"): a draft whose day the văn thư writes in. */
export const isIsoMonth = (s: string) => /^\d{4}-(?:0[1-9]|1[0-2])$/.test(s);

/** A date, or a month alone ("12/2026" → "2026-12"), as the files keep it; anything else unchanged. */
export function dayOrMonthAsIso(value: unknown): unknown {
  const day = dayFirstAsIso(value);
  if (day !== value || typeof value !== 'string') return day;
  const m = MONTH_ONLY.exec(value.trim());
  if (!m) return value;
  const [, month = '', year = ''] = m;
  return `${year}-${month.padStart(2, '0')}`;
}
