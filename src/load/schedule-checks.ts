/**
 * Load stage: the campaign's own days and hours, and a `when`/`where` that only points at a
 * schedule (qa29 M2, M3, m1). Each a warning at its field and line:
 * - a weekday its date contradicts ("Chủ nhật, 12/12/2026"), an hour no clock has ("25h00"), a
 *   span of hours that ends before it starts ("11h00 - 7h30"), in `when`, `where`, the notice's
 *   body and the actions' steps (load/day-time-slips.ts);
 * - a `when` or `where` that sends the reader to a table, a schedule or an annex ("theo lịch của
 *   từng tổ dân phố tại bảng trên", as `import-docx` reads a notice whose days are in a table):
 *   the flyer, checklist, tracking sheet, posters and leader's page print the line, never the
 *   notice's table, so the resident gets no day and no place. The hint is the way that works:
 *   each group's day and place in the groups file's columns, printed with {{group.[…]}}.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { CampaignCheck } from './campaign-checks.js';
import { timeSlips, timeSlipText, weekdaySlips, weekdaySlipText } from './day-time-slips.js';

/**
 * Words that send the reader elsewhere for the day or the place, the likeliest first: "bảng",
 * "phụ lục", "danh sách kèm theo", "kèm theo", "lịch" (not "âm lịch", "dương lịch", "du lịch",
 * "lịch sử", "lịch sự").
 */
const ELSEWHERE = [
  'bảng',
  'phụ lục',
  'danh sách kèm theo',
  'kèm theo',
  String.raw`(?<!(?:âm|dương|du)\s)lịch(?!\s+s[ửự])`,
].map((w) => new RegExp(String.raw`(?<!\p{L})(?:${w})(?!\p{L})`, 'iu'));

/** The first of ELSEWHERE's words a text has, as it writes it. */
const elsewhereIn = (text: string): string | undefined => {
  for (const re of ELSEWHERE) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
};

/** The words of a value a reader sees, its {{…}} aside. */
const literal = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ');

/** What to do with a place column nothing prints (the studio says it in its own words). */
export const venueHint = (header: string) =>
  msg`To print each group's own place, write where: "{{group.[${header}]}}" in campaign.yaml (README.md › Inputs › campaign.yaml); or delete the column.`;

/** The way that works: each group's day and place in columns, printed with {{group.[…]}}. */
export const SCHEDULE_HINT = msg`Write each group's own day, time and place in columns of the groups file (e.g. "Ngày", "Giờ", "Địa điểm") and print them here: when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}", where: "{{group.[Địa điểm]}}" (README.md › Inputs › campaign.yaml, when and where).`;

/** A `when` or `where` that points at a table or schedule its documents do not print. */
export const checkScheduleElsewhere: CampaignCheck = (c, file, lineOf, { warnings }) => {
  for (const field of ['when', 'where'] as const) {
    const value = c[field];
    if (typeof value !== 'string') continue;
    const words = elsewhereIn(literal(value).normalize('NFC'));
    if (!words) continue;
    warnings.push(
      new UserError(
        field === 'when'
          ? msg`"${value.trim()}" points at a table or schedule ("${words}"): the flyer, checklist, tracking sheet, posters and leader's page print this "Thời gian" line but not the table, so residents are not told their group's day and time`
          : msg`"${value.trim()}" points at a table or schedule ("${words}"): the flyer, checklist, tracking sheet, posters and leader's page print this "Địa điểm" line but not the table, so residents are not told their group's place`,
        { file, line: lineOf([field]), field },
        SCHEDULE_HINT,
      ),
    );
  }
};

/** The campaign's texts that print days and hours, each with its path and its own lines. */
function dayTexts(c: Parameters<CampaignCheck>[0]): { path: string[]; text: string }[] {
  return [
    ...(typeof c.when === 'string' ? [{ path: ['when'], text: c.when }] : []),
    ...(typeof c.where === 'string' ? [{ path: ['where'], text: c.where }] : []),
    { path: ['notice', 'body'], text: c.notice.body ?? '' },
    ...c.actions.map((a, i) => ({ path: ['actions', String(i), 'step'], text: a.step ?? '' })),
  ];
}

/** A weekday its date contradicts, an hour no clock has, hours that end before they start. */
export const checkDayTimeSlips: CampaignCheck = (c, file, lineOf, { warnings }) => {
  const issued = c.notice.undated === false ? c.issued : undefined;
  for (const { path, text } of dayTexts(c)) {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const where = {
        file,
        line: lines.length > 1 ? lineOf(path, i + 1) : lineOf(path),
        field: path.join('.'),
      };
      for (const s of weekdaySlips(line, issued))
        warnings.push(
          new UserError(
            weekdaySlipText(s),
            where,
            msg`Correct the weekday or the date: every paper prints it as typed.`,
          ),
        );
      for (const s of timeSlips(line))
        warnings.push(
          new UserError(
            timeSlipText(s),
            where,
            msg`Correct the hours: every paper prints them as typed.`,
          ),
        );
    });
  }
};
