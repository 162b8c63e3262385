/**
 * Load stage, groups, rosters and results files: a workbook's number or date cell → the text
 * Excel shows for it on a Vietnamese office's computer. In: the cell's value (exceljs gives a
 * date-formatted cell as a Date) and its number format code. Out: "85%", "3.000.000 đ", "12,5",
 * "15/12/2026", "7 giờ 30", "15/12/2026 19:30".
 *
 * Why: what the office typed and sees is the formatted text; the stored value prints a time as
 * the serial's date (30/12/1899), 85 % as 0.85, 12,5 as 12.5. The format codes are Excel's, read
 * by numfmt with the vi locale (decimal comma, thousands dot, Vietnamese month names); a time of
 * day is written as a paper writes it, "7 giờ 30".
 */
import { DAY_MS, dayMonthYear, EPOCH_SERIAL } from '../day-first.js';

/** The numfmt package, loaded with exceljs (only a workbook needs it). */
export type Numfmt = typeof import('numfmt');

/**
 * Excel's built-in short date (14) and date-time (22) follow the computer's regional settings;
 * exceljs names them by its US codes. On an office computer in Viet Nam they read dd/mm/yyyy.
 */
const REGIONAL: Readonly<Record<string, string>> = {
  'mm-dd-yy': 'dd/mm/yyyy',
  'm/d/yy "h":mm': 'dd/mm/yyyy h:mm',
  'm/d/yy h:mm': 'dd/mm/yyyy h:mm',
};

const VI = { locale: 'vi' };

const two = (n: number) => String(n).padStart(2, '0');

/** A date with no date format (a formula's date result): dd/mm/yyyy, with H:mm when it has a time. */
function plainDate(d: Date): string {
  const date = dayMonthYear(d);
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  return minutes === 0 ? date : `${date} ${d.getUTCHours()}:${two(d.getUTCMinutes())}`;
}

/**
 * A time-of-day format ("h:mm", "hh:mm", "h:mm:ss"): hours and minutes, no day, month or year,
 * no elapsed "[h]". Its quoted and escaped text aside.
 */
function timeOnly(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\./g, '');
  return /h/i.test(bare) && !/[dy[]/i.test(bare) && !/AM\/PM|A\/P/i.test(bare);
}

/**
 * A time cell as a Vietnamese paper writes an hour, and as the studio's "Thời gian" field shows
 * it ("6 giờ 30 – 10 giờ 00"): "6 giờ 30", not Excel's "6:30" (qa51 p5: the time cells of a tổ
 * list printed "tập trung lúc 6:30" beside the typed "6h30" of other tổ).
 */
const hourSaid = (shown: string): string =>
  shown.replace(/^0?(\d{1,2}):(\d{2})(?::\d{2})?$/, '$1 giờ $2');

/**
 * The text Excel shows for a number or date with the given format code (`General` when the cell
 * has none). A code the formatter cannot read falls back to General rather than failing the file.
 */
export function displayNumber(
  numfmt: Numfmt,
  value: number | Date,
  numFmt: string | undefined,
): string {
  const code = numFmt && numFmt !== '' ? (REGIONAL[numFmt] ?? numFmt) : 'General';
  const serial =
    value instanceof Date ? value.getTime() / DAY_MS + EPOCH_SERIAL : (value as number);
  try {
    // A Date under a code with no date part (a formula's result) would print as a serial.
    if (value instanceof Date && !numfmt.isDateFormat(code)) return plainDate(value);
    const shown = numfmt.format(code, serial, { locale: 'vi', throws: true });
    return timeOnly(code) ? hourSaid(shown) : shown;
  } catch {
    return value instanceof Date ? plainDate(value) : numfmt.format('General', serial, VI);
  }
}
