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

/** Excel's day numbers of 1/1/2000 and 31/12/2099: a number in a date column between them. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_050;
/** Days from Excel's day 0 (30/12/1899) to 1/1/1970, the inverse of exceljs's excelToDate. */
export const EPOCH_SERIAL = 25_569;
export const DAY_MS = 86_400_000;

const two = (v: number) => String(v).padStart(2, '0');
/** A day as a Vietnamese paper writes it, dd/mm/yyyy (the date's UTC day: Excel's have no zone). */
export const dayMonthYear = (d: Date): string =>
  `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

/** The day a serial stands for, dd/mm/yyyy; undefined for a cell that is no such number. */
export function excelSerialDate(cell: string): string | undefined {
  const text = cell.trim();
  if (!/^\d{5}$/.test(text)) return undefined;
  const n = Number(text);
  if (n < FIRST_SERIAL || n > LAST_SERIAL) return undefined;
  return dayMonthYear(new Date((n - EPOCH_SERIAL) * DAY_MS));
}
