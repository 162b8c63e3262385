/**
 * Dates as Viet Nam writes them: day first ("07/12/2026", "7.12.2026", "7-12-2026"), read as the
 * ISO day the files keep (2026-12-07). The campaign file's dates and `report --date` read both
 * forms, as the studio's form does.
 */
const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/** A day-first date as its ISO form; anything else unchanged (value as written, for the checks). */
export function dayFirstAsIso(value: unknown): unknown {
  const m = typeof value === 'string' ? DAY_FIRST.exec(value.trim()) : null;
  if (!m) return value;
  const [, day = '', month = '', year = ''] = m;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
