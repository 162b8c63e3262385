/**
 * Output stage: a cell of the groups file that the campaign's own text prints, empty for some
 * groups. "Lớp học tổ chức tại {{group.venue}}" reads "tổ chức tại ." on those groups' notices:
 * not an error (a cell may be empty on purpose), but the office must know before it prints.
 * One warning per column, naming its rows; a column the file lacks is absentFieldWarnings'.
 */
import { rowOf, rowsListed, UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { FULL_DAY, fullDayOf, isoDayOf, writtenDay, writtenIssued } from '../load/day-first.js';
import { type Field, HEADERS } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';
import { yearlessDaysOf } from '../load/when-dates.js';
import { firstNamed } from '../messages/first-named.js';
import { count, joined, type Message, msg, withTerm } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import { withoutMarks } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { groupFieldsPrinted } from '../template/check.js';
import { CAMPAIGN_VALUE, fillValue, JOINED_FIELDS } from '../template/handlebars.js';
import { labelLineField } from '../template/joined-lines.js';
import { unmarked } from '../template/value-marks.js';
import { campaignTemplates } from './template-checks.js';

/** Rows named in full; more are counted. */
const ROWS_SHOWN = 8;

/** The fields the loader reads by name; any other header is one of `group.columns`. */
const KNOWN: ReadonlySet<string> = new Set(Object.keys(HEADERS));

/** A group's cell of a field a template prints: its own (name, leader…) or a column, by header. */
export function cellOf(group: Group, name: string): unknown {
  return KNOWN.has(name) ? group[name as Field] : group.columns?.[name];
}

const emptyCells = (header: string, n: number, rows: Message | string, expr: string) =>
  msg`the "${header}" column is empty in ${count(n)} rows (${rows}): those groups' papers print nothing where the campaign's text has {{${expr}}}`;

const joinedLine = (label: string, n: number, items: Message) =>
  msg`the "${label}" line of ${count(n)} {term.short} prints what their cells hold, leaving out the empty ones: ${items}`;

const inSentence = (field: string, label: string, n: number, groups: Message | string) =>
  msg`the campaign's text has {{${field}}} inside a sentence: for ${count(n)} {term.short} whose "${label}" prints nothing (${groups}) the sentence prints with nothing in its place`;

/** A warning of this module's (the studio says these again where the office prints). */
export const isEmptyCellWarning = (w: UserError): boolean =>
  w.text.key === emptyCells('', 0, '', '').key ||
  w.text.key === joinedLine('', 0, joined([], '')).key ||
  w.text.key === inSentence('', '', 0, '').key;

/** Whether a cell is empty. */
export const isEmpty = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/** What the tool's templates print before the filled value of each of JOINED_FIELDS. */
const LINE_LABELS: Readonly<Record<string, string>> = { when: 'Thời gian', where: 'Địa điểm' };

export function emptyCellWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  headers: Readonly<Record<string, string | undefined>>,
  term: GroupTerm,
): UserError[] {
  // A known field named by its column's header ({{group.[Địa điểm]}}) is that field.
  const fieldOf = new Map(Object.entries(headers).flatMap(([f, h]) => (h ? [[h, f]] : [])));
  // Each field with how the text writes it: {{group.venue}}, {{venue}} inside {{#with group}}.
  const printed = new Map<string, string>();
  for (const t of campaignTemplates(campaign)) {
    // The time and the place say what they print for each group (joinedLineWarnings).
    if (JOINED_FIELDS.has(t.field)) continue;
    for (const [name, written] of groupFieldsPrinted(t.text)) {
      const field = fieldOf.get(name) ?? name;
      if (!printed.has(field)) printed.set(field, written);
    }
  }
  const warnings: UserError[] = [];
  for (const [name, written] of printed) {
    const known = KNOWN.has(name);
    const header = known ? headers[name] : name;
    // A column the file does not have at all is warned of once, elsewhere.
    if (header === undefined) continue;
    if (!known && !groups.some((g) => g.columns && name in g.columns)) continue;
    // A count whose cell holds 0 prints 0 (model/context.ts), not nothing: no empty cell.
    const rows = groups.filter(
      (g) => isEmpty(cellOf(g, name)) && !g.zeroCells?.includes(name as 'households'),
    );
    const [first] = rows;
    if (!first) continue;
    // Each row with its group's name: the office knows its groups by name (qa8 K2).
    const shown = rowsListed(
      rows.slice(0, ROWS_SHOWN).map((g) => ({ at: g.source, text: g.name })),
      rows.length > ROWS_SHOWN,
    );
    warnings.push(
      new UserError(
        withTerm(emptyCells(header, rows.length, shown, written), term),
        // The rows are in the message; a single row as the place would name only the first.
        { file: first.source.file },
        withTerm(
          msg`Fill in those cells of the groups file, or put the sentence inside {{#if ${written}}}…{{/if}} so that it prints only where the cell has a value.`,
          term,
        ),
      ),
    );
  }
  return warnings;
}

/**
 * The columns `text` prints that the file has, each by its field's key (a known field's, or the
 * header itself) and its header as written: what joinedLineWarnings and undatedWhenWarnings read.
 */
function columnsPrinted(
  text: string,
  groups: readonly Group[],
  headers: Readonly<Record<string, string | undefined>>,
): { key: string; header: string }[] {
  const fieldOf = new Map(Object.entries(headers).flatMap(([f, h]) => (h ? [[h, f]] : [])));
  return [...groupFieldsPrinted(text).keys()].flatMap((name) => {
    const key = fieldOf.get(name) ?? name;
    const known = KNOWN.has(key);
    const header = known ? headers[key] : name;
    if (header === undefined) return [];
    if (!known && !groups.some((g) => g.columns && name in g.columns)) return [];
    return [{ key, header }];
  });
}

/**
 * The time and the place (`when`, `where`) of groups whose cells they print are empty: the line
 * prints the parts left, or is left out (handlebars.ts `fillValue`, qa8 K2). One warning per
 * line, naming each group (up to ROWS_SHOWN) with its row, its empty columns and what its line
 * reads, so the office sees "Thời gian: 7h30 – 10h30" before a leader posts it.
 */
export function joinedLineWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  headers: Readonly<Record<string, string | undefined>>,
  contextOf: (g: Group) => DocContext,
  term: GroupTerm,
): UserError[] {
  const warnings: UserError[] = [];
  for (const field of JOINED_FIELDS) {
    const text = (campaign as unknown as Record<string, unknown>)[field];
    if (typeof text !== 'string' || !text.includes('{{')) continue;
    const columns = columnsPrinted(text, groups, headers);
    // Each affected group with what its line reads, filled once for both warnings.
    const affected = groups.flatMap((g) => {
      const empty = columns.filter((c) => isEmpty(cellOf(g, c.key)));
      return empty.length
        ? [{ g, empty, line: unmarked(fillValue(text, field, contextOf(g))) }]
        : [];
    });
    const [first] = affected;
    if (!first) continue;
    const label = LINE_LABELS[field] ?? field;
    const items: Message[] = affected.map(({ g, empty, line }) => {
      const cols = joined(
        empty.map((c) => msg`"${c.header}"`),
        ', ',
      );
      return line === ''
        ? msg`${g.name} (${rowOf(g.source)}, column ${cols} empty): no "${label}" line`
        : msg`${g.name} (${rowOf(g.source)}, column ${cols} empty): "${label}: ${line}"`;
    });
    warnings.push(
      new UserError(
        withTerm(
          joinedLine(label, affected.length, firstNamed(items, ROWS_SHOWN, 'groups', '; ')),
          term,
        ),
        { file: first.g.source.file },
        withTerm(msg`Fill in those cells of the groups file if the line should say more.`, term),
      ),
    );
    const unprinted = affected.filter(({ line }) => line === '');
    const sentence = sentenceUsing(campaign, field);
    if (unprinted[0] && sentence) {
      const names = rowsListed(
        unprinted.slice(0, ROWS_SHOWN).map(({ g }) => ({ at: g.source, text: g.name })),
        unprinted.length > ROWS_SHOWN,
      );
      warnings.push(
        new UserError(
          withTerm(inSentence(field, label, unprinted.length, names), term),
          { file: unprinted[0].g.source.file },
          withTerm(
            msg`Fill in those cells of the groups file, or put the sentence inside {{#if ${field}}}…{{/if}} so that it prints only where the cell has a value.`,
            term,
          ),
        ),
      );
    }
  }
  return warnings;
}

/**
 * Whether a campaign text prints {{when}} or {{where}} inside a sentence: a line that is not a
 * line of the notice's body only labelling it (those are left out when the value prints
 * nothing, template/joined-lines.ts), and not under an {{#if}} of the value. An action's step
 * is never left out (it is a tick box and a column): it prints with the gap.
 */
function sentenceUsing(campaign: Campaign, field: string): boolean {
  const use = new RegExp(`\\{\\{\\s*${field}\\s*\\}\\}`, 'u');
  const guard = new RegExp(`\\{\\{#if\\s+${field}\\s*\\}\\}`, 'u');
  const leftOut = (t: { field: string }, line: string) =>
    t.field === 'notice.body' && labelLineField(line) !== undefined;
  return campaignTemplates(campaign).some(
    (t) =>
      !JOINED_FIELDS.has(t.field) &&
      !guard.test(t.text) &&
      t.text.split('\n').some((line) => use.test(line) && !leftOut(t, line)),
  );
}

/**
 * Words that say when without a digit: a weekday, a part of the day, "hằng ngày" (compared
 * without accents: "thứ Bảy" → "thu bay", "sáng" → "sang").
 */
const TIME_WORDS =
  /(?:^|[^a-z])(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|sang|trua|chieu|toi|dem|hang ngay|hang tuan|moi ngay|ca ngay|cuoi tuan|hom nay|ngay mai)(?![a-z])/;

/** Whether a cell says a date or a time: a digit ("7h30", "07/03"), or a weekday or part of day. */
export function saysWhen(cell: string): boolean {
  return /\d/.test(cell) || TIME_WORDS.test(withoutMarks(cell.toLocaleLowerCase('vi')));
}

const undatedCell = (cell: string, line: string) =>
  msg`"${cell}" has no date or time: the flyer will print "${line}"`;

/** A warning of undatedWhenWarnings'. */
export const isUndatedWhenWarning = (w: UserError): boolean =>
  w.text.key === undatedCell('', '').key;

/**
 * A cell the time (`when`) prints that says no date or time ("Chưa xếp lịch", "Đang cập nhật"):
 * the flyer, the posters and the share image print it as the group's time, "Thời gian: Chưa xếp
 * lịch" (qa21 finding 14). Printed as it is, which tells the residents truly that the time is
 * not set yet (a line left out would read as a paper complete without a time), but the office
 * is told, cell by cell, before it prints: a group without a time has nothing to hand out yet.
 */
export function undatedWhenWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  headers: Readonly<Record<string, string | undefined>>,
  contextOf: (g: Group) => DocContext,
  term: GroupTerm,
): UserError[] {
  const text = campaign.when;
  if (typeof text !== 'string' || !text.includes('{{')) return [];
  const columns = columnsPrinted(text, groups, headers);
  const label = LINE_LABELS.when;
  const warnings: UserError[] = [];
  for (const g of groups) {
    for (const { key, header } of columns) {
      const cell = cellOf(g, key);
      if (typeof cell !== 'string' || isEmpty(cell) || saysWhen(cell)) continue;
      const line = unmarked(fillValue(text, 'when', contextOf(g)));
      warnings.push(
        new UserError(
          withTerm(undatedCell(cell.trim(), `${label}: ${line}`), term),
          { file: g.source.file, row: g.source.row, sheet: g.source.sheet, field: header },
          withTerm(
            msg`Write the date and time in that cell once they are set; until then, hold back that group's flyer and posters.`,
            term,
          ),
        ),
      );
    }
  }
  return warnings;
}

/** A day without its year, as the deadline's words say it: the leader's page does not read them. */
const yearlessDeadline = (said: string, issued: string, before: string, next: string) =>
  msg`"${said}" has no year: in the notice's year it is ${before}, before the notice's date ${issued}, and in the next year ${next}, months after it`;

/** The same of the time's (`when`), which the leader's page reads to know when it ends. */
const yearlessDay = (said: string, issued: string, before: string, next: string) =>
  msg`${yearlessDeadline(said, issued, before, next)}. The {term.leader}'s page leaves this day out when it says the campaign has ended`;

const YEARLESS_KEYS = new Set([
  yearlessDay('', '', '', '').key,
  yearlessDeadline('', '', '', '').key,
]);

/** A warning of yearlessWhenWarnings' (the studio's print tab says them as `check` does). */
export const isYearlessWhenWarning = (w: UserError): boolean => YEARLESS_KEYS.has(w.text.key);

/** What a day starting a time ends with: "kể từ", "kể từ ngày", "từ ngày" (a start, no deadline). */
const STARTS_AFTER = /(?:kể\s+từ|từ\s+ngày)(?:\s+ngày)?\s*$/iu;

/** A deadline day before the notice's: the leader hands the paper out after it. */
const deadlineBeforeNotice = (said: string, issued: string) =>
  msg`"${said}" is before the notice's date ${issued}: residents get the paper when the deadline has passed`;

/** A deadline day already past on the day the papers are made. */
const deadlinePast = (said: string, today: string) =>
  msg`"${said}" has passed: today is ${today}, and the papers would print a deadline that is over`;

const DEADLINE_DAY_KEYS = new Set([deadlineBeforeNotice('', '').key, deadlinePast('', '').key]);

/** A warning of deadlineDayWarnings' (the studio's print tab says them as `check` does). */
export const isDeadlineDayWarning = (w: UserError): boolean => DEADLINE_DAY_KEYS.has(w.text.key);

/**
 * The last day the campaign's `deadline` names — with its year ("12/12/2026", "12 tháng 12 năm
 * 2026") or without one the notice's date makes clear (load/when-dates.ts `yearlessDaysOf`) —
 * when it is before the notice's date or before `today` (the ward's day the papers are made): the
 * flyer, the checklist and the tracking sheet print it as typed, and a resident reads a deadline
 * already over. Said at campaign.yaml's `deadline` (`CAMPAIGN_VALUE`, mapped to its line by the
 * caller), as a deadline without its year is. A draft dated by its month alone counts from the
 * month's first day, and is said by its month ("12/2026", writtenIssued).
 */
export function deadlineDayWarnings(
  campaign: Campaign,
  today: string,
  term: GroupTerm,
): UserError[] {
  const text = campaign.deadline ?? '';
  if (text.trim() === '') return [];
  const issued = campaign.issued.slice(0, 10);
  const full = [...text.matchAll(new RegExp(String.raw`(?<!\d)${FULL_DAY}`, 'giu'))].flatMap(
    (m) => {
      const iso = fullDayOf(m, 1);
      return iso ? [{ said: m[0], iso, at: m.index }] : [];
    },
  );
  // "05/12/26": a year of two digits, this century's.
  const short = [...text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/gu)].flatMap(
    (m) => {
      const iso = isoDayOf(Number(m[1]), Number(m[2]), 2000 + Number(m[3]));
      return iso ? [{ said: m[0], iso, at: m.index }] : [];
    },
  );
  const yearless = yearlessDaysOf(text, issued).flatMap((d) =>
    d.iso ? [{ said: d.said, iso: d.iso, at: text.indexOf(d.said) }] : [],
  );
  // A day after "kể từ" or "từ ngày" starts the time given ("trong 10 ngày kể từ ngày
  // 01/12/2026"): no deadline day, unless a later day ends it ("từ 01/12 đến 15/12/2026").
  const last = [...full, ...short, ...yearless]
    .filter((d) => !STARTS_AFTER.test(text.slice(0, Math.max(d.at, 0))))
    .sort((a, b) => a.iso.localeCompare(b.iso))
    .at(-1);
  if (!last) return [];
  const where = { file: CAMPAIGN_VALUE, field: 'deadline', line: 1 };
  if (issued.length === 10 && last.iso < issued) {
    return [
      new UserError(
        withTerm(deadlineBeforeNotice(last.said, writtenIssued(campaign)), term),
        where,
        msg`Write the deadline as a day after the notice's date, with its year (day/month/year).`,
      ),
    ];
  }
  if (last.iso < today) {
    return [
      new UserError(
        withTerm(deadlinePast(last.said, writtenDay(today)), term),
        where,
        msg`Give a new deadline, or correct the day if it was typed wrong.`,
      ),
    ];
  }
  return [];
}

/**
 * A day the time (`when`) writes without its year ("ngày 15/12", "15/12, 19h30") that either
 * year may mean: before the notice's date in its year, and months after it in the next
 * (load/day-first.ts `dayInCampaignYear`), and no period's first day, whose year is its end's
 * (load/when-dates.ts `yearlessDaysOf`). The leader's page takes any other such day in the
 * notice's year to know when the campaign ends (serve/period.ts); this one it leaves out, so the
 * office is told where it is written: campaign.yaml's `when` (`CAMPAIGN_VALUE`, mapped to its
 * line by the caller) or, for a day the line takes from the groups file, that cell. A contest's
 * own dates decide its page: nothing to say then.
 */
export function yearlessWhenWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  headers: Readonly<Record<string, string | undefined>>,
  term: GroupTerm,
): UserError[] {
  const text = campaign.when;
  if (campaign.contest) return [];
  const issued = campaign.issued.slice(0, 10);
  const year = Number(issued.slice(0, 4));
  const warn = (
    said: string,
    day: number,
    month: number,
    where: UserError['where'],
    words = yearlessDay,
  ) => {
    const before = isoDayOf(day, month, year);
    const next = isoDayOf(day, month, year + 1);
    if (!before || !next) return [];
    const [b, n] = [writtenDay(before), writtenDay(next)];
    return [
      new UserError(
        withTerm(words(said, writtenIssued(campaign), b, n), term),
        where,
        withTerm(msg`Write the day with its year: ${b} or ${n}.`, term),
      ),
    ];
  };
  // A period's first day takes its end's year ("từ 15/12 đến 20/12/2026"): nothing to say.
  const ambiguous = (t: string) => yearlessDaysOf(t, issued).filter((d) => d.iso === undefined);
  // The deadline ("Hạn đăng ký: 15/12") is printed as typed beside the time on the flyer, the
  // checklist and the tracking sheet: the same day without its year is said there too.
  const deadline = ambiguous(campaign.deadline ?? '').flatMap((d) =>
    warn(
      d.said,
      d.day,
      d.month,
      { file: CAMPAIGN_VALUE, field: 'deadline', line: 1 },
      yearlessDeadline,
    ),
  );
  if (typeof text !== 'string' || text.trim() === '') return deadline;
  // The campaign's own words, outside the group's values it prints.
  const own = [
    ...ambiguous(text.replace(/\{\{[^}]*\}\}/g, ' ')).flatMap((d) =>
      warn(d.said, d.day, d.month, { file: CAMPAIGN_VALUE, field: 'when', line: 1 }),
    ),
    ...deadline,
  ];
  if (!text.includes('{{')) return own;
  const columns = columnsPrinted(text, groups, headers);
  const cells = groups.flatMap((g) =>
    columns.flatMap(({ key, header }) => {
      const cell = cellOf(g, key);
      if (typeof cell !== 'string') return [];
      return ambiguous(cell).flatMap((d) =>
        warn(d.said, d.day, d.month, {
          file: g.source.file,
          row: g.source.row,
          sheet: g.source.sheet,
          field: header,
        }),
      );
    }),
  );
  return [...own, ...cells];
}
