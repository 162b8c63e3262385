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
import {
  issuedForDays,
  timeSlips,
  timeSlipText,
  weekdaySlips,
  weekdaySlipText,
} from './day-time-slips.js';

/** "theo lịch" alone: a schedule the group keeps ("7h30, theo lịch của từng tổ"), not a part of the papers. */
const KEPT_SCHEDULE = String.raw`(?:theo|xem)\s+(lịch)(?!\s+(?:âm|dương))`;

/**
 * The phrases of ELSEWHERE that send the reader to a part of the papers (a table, an annex, a
 * list attached, what follows): a line that gives its day or place beside one still prints a
 * pointer to something the flyer does not carry ("từ ngày 12/12/2026 đến ngày 20/12/2026 (theo
 * lịch tại bảng dưới)": qa50 M1, the sessions of a class in the notice's table).
 */
const IN_PAPERS_PHRASES = [
  String.raw`(?:tại|ở|trong|theo|xem)\s+(?:các\s+)?(bảng)(?!\s+(?:tin|điện\s+tử|vàng))`,
  String.raw`(bảng)\s+(?:trên|dưới|sau|kèm\s+theo|đính\s+kèm)`,
  String.raw`(phụ\s+lục)`,
  String.raw`(danh\s+sách\s+(?:\p{L}+\s+){0,3}?kèm\s+theo)`,
  String.raw`(lịch)\s+cụ\s+thể(?:\s+\p{L}+){0,3}?\s+sau`,
];

const phrase = (w: string) => new RegExp(String.raw`(?<!\p{L})(?:${w})(?!\p{L})`, 'iu');
const IN_PAPERS = IN_PAPERS_PHRASES.map(phrase);
/**
 * Phrases that send the reader elsewhere for the day or the place, each with the word the
 * warning quotes (group 1): "theo lịch", "tại bảng trên", "theo bảng", "xem bảng", "bảng dưới",
 * "theo danh sách kèm theo", "phụ lục", "lịch cụ thể như sau". Not a place that has the word:
 * "Bảng tin khu phố 3", "cạnh bảng tin", "bảng điện tử", "Đình làng Bảng"; not a map or an
 * event "kèm theo" ("xem sơ đồ kèm theo", "kèm theo lễ ra quân").
 */
const ELSEWHERE = [...IN_PAPERS, phrase(KEPT_SCHEDULE)];

/** The word of the first of `phrases` a text has, as it writes it. */
const firstPointer = (text: string, phrases: readonly RegExp[]): string | undefined => {
  for (const re of phrases) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
};

/** The word of the first of ELSEWHERE's phrases a text has, as it writes it. */
export const pointerIn = (text: string): string | undefined => firstPointer(text, ELSEWHERE);

/** A `when` that gives a day or an hour itself: "13/12/2026", "7h30", "7 giờ", "ngày 13". */
const GIVES_TIME =
  /\d{1,2}\s*[/.-]\s*\d{1,2}|(?<![\p{L}\d])\d{1,2}\s*(?:h|giờ|g|:)(?![\p{L}])|ngày\s+\d/iu;
/** A `where` that names a place itself: "Nhà văn hóa tổ 3", "Hội trường UBND", "số 12 Lê Lợi". */
const GIVES_PLACE =
  /(?<!\p{L})(?:nhà|sân|hội\s+trường|trụ\s+sở|trường|đình|chùa|chợ|công\s+viên|ubnd|ủy\s+ban|uỷ\s+ban|đường|ngõ|hẻm|kiệt|phòng|tầng|quảng\s+trường|trạm|điểm\s+sinh\s+hoạt|số\s*\d)(?!\p{L})/iu;

/** The words of a value a reader sees, its {{…}} aside. */
const literal = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ');

/** What to do with a place column nothing prints (the studio says it in its own words). */
export const venueHint = (header: string) =>
  msg`To print each group's own place, write where: "{{group.[${header}]}}" in campaign.yaml (README.md › Inputs › campaign.yaml).`;

/** The way that works: each group's day and place in columns, printed with {{group.[…]}}. */
export const SCHEDULE_HINT = msg`Write each group's own day, time and place in columns of the groups file (e.g. "Ngày", "Giờ", "Địa điểm") and print them here: when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}", where: "{{group.[Địa điểm]}}" (README.md › Inputs › campaign.yaml, when and where).`;

/** What to do with a pointer beside a day or place the line gives: leave it to the notice. */
export const POINTER_HINT = msg`Leave the pointer out of this line: the notice keeps its table or annex, the other papers print the line alone.`;
/** The same, and the way to print each group's own day and place when the table gives them. */
export const POINTER_OR_COLUMNS_HINT = msg`Leave the pointer out of this line: the notice keeps its table or annex, the other papers print the line alone. If the table gives each group its own day, time or place, write them in columns of the groups file and print them here with {{group.[…]}} (README.md › Inputs › campaign.yaml, when and where).`;

/** Whether a warning's hint is one of this file's (import-docx says them: what to do is the point). */
export const isScheduleHint = (hint: { key: string } | undefined): boolean =>
  hint !== undefined &&
  [SCHEDULE_HINT.key, POINTER_HINT.key, POINTER_OR_COLUMNS_HINT.key].includes(hint.key);

/**
 * A `when` or `where` that points at a table or schedule its documents do not print: one that
 * gives no day or hour (`when`), no place (`where`) itself; or one that gives them and still
 * sends the reader to a table, an annex or what follows in the notice (IN_PAPERS).
 */
export const checkScheduleElsewhere: CampaignCheck = (c, file, lineOf, { warnings }) => {
  for (const field of ['when', 'where'] as const) {
    const value = c[field];
    if (typeof value !== 'string') continue;
    const text = literal(value).normalize('NFC');
    // A group's own column printed in the line gives each group its day or place (review50 B3).
    const perGroup = /\{\{\s*group\./.test(value);
    const gives = perGroup || (field === 'when' ? GIVES_TIME : GIVES_PLACE).test(text);
    const words = gives ? firstPointer(text, IN_PAPERS) : pointerIn(text);
    if (!words) continue;
    const where = { file, line: lineOf([field]), field };
    const label = field === 'when' ? 'Thời gian' : 'Địa điểm';
    if (gives) {
      // The line says its day or place; only the pointer prints with nothing under it. Not "residents
      // are not told": the annex may be a route map, the table a list of names (review50 B3).
      warnings.push(
        new UserError(
          msg`"${value.trim()}" sends the reader to "${words}", which the flyer, checklist, tracking sheet, posters and leader's page do not carry: they print this "${label}" line with the pointer and without what it points to`,
          where,
          perGroup ? POINTER_HINT : POINTER_OR_COLUMNS_HINT,
        ),
      );
      continue;
    }
    warnings.push(
      new UserError(
        field === 'when'
          ? msg`"${value.trim()}" points at a table or schedule ("${words}"): the flyer, checklist, tracking sheet, posters and leader's page print this "Thời gian" line but not the table, so residents are not told their group's day and time`
          : msg`"${value.trim()}" points at a table or schedule ("${words}"): the flyer, checklist, tracking sheet, posters and leader's page print this "Địa điểm" line but not the table, so residents are not told their group's place`,
        where,
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
  const issued = issuedForDays(c);
  for (const { path, text } of dayTexts(c)) {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const weekdays = weekdaySlips(line, issued);
      const times = timeSlips(line);
      // Located only when there is a slip to report: finding a line parses the campaign file
      // (campaignValueLine), and a notice body has dozens of lines with none.
      if (weekdays.length === 0 && times.length === 0) return;
      const where = {
        file,
        line: lines.length > 1 ? lineOf(path, i + 1) : lineOf(path),
        field: path.join('.'),
      };
      for (const s of weekdays)
        warnings.push(
          new UserError(
            weekdaySlipText(s),
            where,
            msg`Correct the weekday or the date: every paper prints it as typed.`,
          ),
        );
      for (const s of times)
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
