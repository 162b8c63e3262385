/**
 * Render stage, PDF back end: dates as a PDF writes them, in the ward's time zone.
 */

import { WARD_OFFSET_MIN } from '../../ward-time.js';
import { pdfDate } from './pdfkit-internals.js';

export { WARD_OFFSET_MIN, wardTime } from '../../ward-time.js';

/**
 * A date of the info dictionary in the ward's time zone, "D:20251009000000+07'00'", so that a
 * viewer shows the day the ward issued the notice: pdfkit would write a Date in UTC ("…Z", the
 * day before for a morning date); pdfDate (pdfkit-internals.ts) is written as it is.
 */
export function wardDate(date: Date): Date {
  // Every document of a build is dated the same (the campaign's issue day): made once. pdfkit
  // only reads it. A String object given properties cost ~30 µs a call (h-cpu).
  const time = date.getTime();
  if (last?.time === time) return last.date;
  const made = newWardDate(date);
  last = { time, date: made };
  return made;
}
let last: { time: number; date: Date } | undefined;

function newWardDate(date: Date): Date {
  const local = new Date(date.getTime() + WARD_OFFSET_MIN * 60_000);
  const digits = local.toISOString().slice(0, 19).replace(/\D/g, '');
  const hh = String(Math.floor(WARD_OFFSET_MIN / 60)).padStart(2, '0');
  const mm = String(WARD_OFFSET_MIN % 60).padStart(2, '0');
  return pdfDate(`D:${digits}+${hh}'${mm}'`, date);
}
