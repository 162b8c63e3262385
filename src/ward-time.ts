/**
 * Times as the ward reads them: Viet Nam keeps one time zone all year, without summer time,
 * UTC+07:00. Shared by every stage that says a time to the office (the certificate's checks in
 * load, the visible signature in render, the CLI's messages), so none prints UTC.
 */

/** Viet Nam's offset from UTC, in minutes. */
export const WARD_OFFSET_MIN = 7 * 60;

/** The moment a day (YYYY-MM-DD) ends in Vietnam (UTC+7), as an ISO time. */
export function endOfVietnamDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00+07:00`) + 24 * 3600_000).toISOString();
}

/** "03/12/2026 08:30" in the ward's time: how the visible signature and messages say a time. */
export function wardTime(date: Date): string {
  const local = new Date(date.getTime() + WARD_OFFSET_MIN * 60_000).toISOString();
  const [y, m, d] = local.slice(0, 10).split('-');
  return `${d}/${m}/${y} ${local.slice(11, 16)}`;
}

/**
 * "2026-12-06T14:48:12+07:00": a time in ISO 8601 with seconds and Viet Nam's offset, as Decree
 * 30/2020 (Phụ lục I) has an electronic document's visible signature say its signing time.
 */
export function wardIsoTime(date: Date): string {
  const local = new Date(date.getTime() + WARD_OFFSET_MIN * 60_000).toISOString().slice(0, 19);
  const hh = String(Math.floor(WARD_OFFSET_MIN / 60)).padStart(2, '0');
  const mm = String(WARD_OFFSET_MIN % 60).padStart(2, '0');
  return `${local}+${hh}:${mm}`;
}

/**
 * The ward's day of a time (a Date or milliseconds), YYYY-MM-DD: "today" as the office's calendar
 * says it, by default now. The one "today in Vietnam" of the code (UTC+7, no summer time).
 */
export const wardDay = (date: Date | number = new Date()): string =>
  new Date(new Date(date).getTime() + WARD_OFFSET_MIN * 60_000).toISOString().slice(0, 10);

/**
 * A clock of the ward's days (YYYY-MM-DD), as the stages that judge a day by today take it from
 * their entry point (the CLI's commands, the studio, serve): `wardDay` unless the caller gives
 * another (a test's fixed day).
 */
export type WardToday = () => string;

/**
 * "08:30 ngày 05/12/2026" in the ward's time: a time in a sentence the office or a leader reads
 * ("lúc 08:30 ngày 05/12/2026"); '' for a time that is none (an empty or unreadable stamp).
 */
export function wardTimeSaid(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return '';
  const [day, time] = wardTime(date).split(' ');
  return `${time} ngày ${day}`;
}

/**
 * " lúc 08:30 ngày 05/12/2026" (`word` and the time, after a space), or in brackets, " (lúc
 * 08:30 ngày 05/12/2026)", for a sentence that may not have the time: '' when it is none, so
 * that the sentence reads "đang mở." rather than "đang mở từ .".
 */
export function atWardTime(
  word: string,
  at: Date | string | undefined,
  opts: { bracket?: boolean } = {},
): string {
  const said = at === undefined ? '' : wardTimeSaid(at);
  if (said === '') return '';
  return opts.bracket ? ` (${word} ${said})` : ` ${word} ${said}`;
}

/** A file name's stamp of the ward's time: `2026-12-06-073012`. */
export const wardStamp = (now: Date) =>
  new Date(now.getTime() + WARD_OFFSET_MIN * 60_000)
    .toISOString()
    .slice(0, 19)
    .replace('T', '-')
    .replaceAll(':', '');
