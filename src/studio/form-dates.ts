/**
 * Studio: dates as a Vietnamese office writes them. The form shows and takes 30/11/2026 (also
 * 1/12/2026, 01-12-2026, 01.12.2026, and the file's own 2026-12-01); campaign.yaml keeps
 * 2026-11-30, the form the CLI reads. A month alone (12/2026, …/12/2026) is a draft awaiting its
 * day, kept as 2026-12.
 */
import { dayFirstAsIso, dayOrMonthAsIso, isIsoMonth, isoDayOf } from '../load/day-first.js';

export type ReadDate = { iso: string } | { problem: 'shape' | 'not-a-day' };

/** A date typed in the form, as the file writes it. */
export function readDate(text: string): ReadDate {
  const t = text.trim();
  // Day first ("30/11/2026", "1.12.2026") as the file's form, then read as the file's own.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(String(dayFirstAsIso(t)));
  if (iso) {
    const day = isoDayOf(Number(iso[3]), Number(iso[2]), Number(iso[1]));
    return day ? { iso: day } : { problem: 'not-a-day' };
  }
  // A month alone ("12/2026", "…/12/2026"): a draft whose day the văn thư writes in.
  const month = dayOrMonthAsIso(t);
  if (typeof month === 'string' && isIsoMonth(month)) return { iso: month };
  return { problem: 'shape' };
}

/**
 * A date of the file (2026-12-01) as the office reads it (01/12/2026), a month alone (2026-12)
 * as 12/2026; anything else as it is.
 */
export function shownDate(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return value;
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
}
