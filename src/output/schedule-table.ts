/**
 * The notice's schedule against the groups' own sessions (qa50 m2): a body with a table of
 * sessions (a day and an hour a row, by tổ or not) and a groups list with its own day and hour
 * columns that disagree for a tổ — its notice says 14h00, its flyer 8h00 — said per tổ, at its
 * row and column, with both values. The body is Markdown text, not a parsed schedule: its "|"
 * rows are read here, a day as day/month ("Thứ bảy, 12/12", "12/12/2026") and an hour as
 * its start ("7h30", "7 giờ 30", "07:30"); only start hours are compared, and a tổ is said only
 * when the table has its day (or, for a table by tổ, its row), so that a table of something
 * else (a price list, a roster) says nothing. A table by tổ and a list's column of the same
 * header are compared cell by cell: days, hours (the end too) and places.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { dayMonthsIn } from '../load/day-first.js';
import { withoutRemarks } from '../load/remark.js';
import type { Group } from '../load/types.js';
import { UNITS } from '../load/unit-words.js';
import { msg, withTerm } from '../messages/message.js';
import { type GroupTerm, isUnitHeader, withoutUnitWord } from '../model/group-term.js';

/** An hour: "7h30", "7 giờ 30", "07:30", "14h" (its hour and minutes). */
const HOUR = /(?<![\d/.])(\d{1,2})\s*(?:h(?!\p{L})|giờ|:)\s*(\d{2})?(?![\d/])/giu;

/**
 * Start hours written "7h30", "7 giờ 30", "07:30", "14h": "7:30", "14:00". Not a count before a
 * word in "h" ("15 hộ", "20 học sinh": review53 #5).
 */
const hoursIn = (text: string): string[] =>
  [...text.matchAll(HOUR)]
    .filter((m) => Number(m[1]) < 24)
    .map((m) => `${Number(m[1])}:${m[2] ?? '00'}`);

interface Row {
  /** The row's cells as written, "**" taken off. */
  cells: string[];
  days: string[];
  hours: string[];
  /** The tổ a table by tổ gives the row to, each without its word ("Đoàn Kết", "5"). */
  groups: string[];
  /** "Các tổ dân phố còn lại": the row of every tổ no other row names. */
  others: boolean;
}

/**
 * A tổ's name without its word and "số", lower case: "Tổ dân phố số 5" → "5", "Khu dân cư số 3"
 * → "3" (the unit words of model/group-term.ts, whatever the ward calls its groups).
 */
const bare = (name: string) => withoutUnitWord(name).replace(/^0+(?=\d)/, '');

const plain = (cell: string) => cell.replace(/\*+/g, '').trim();

/** The body's tables whose rows say a day: each row with its days, hours and tổ. */
function scheduleRows(body: string): { rows: Row[]; byGroup: boolean } {
  const rows: Row[] = [];
  let byGroup = false;
  for (const { groupCol, rows: tableRows } of tablesOf(body)) {
    for (const { cells, ...named } of tableRows) {
      const rest = cells.filter((_, i) => i !== groupCol).join(' | ');
      // A session is a day and an hour: a table of tasks "Từ 16/3 đến 30/4" is no schedule.
      const days = dayMonthsIn(rest);
      const hours = hoursIn(rest);
      if (days.length === 0 || hours.length === 0) continue;
      if (groupCol >= 0) byGroup = true;
      rows.push({ cells, days, hours, ...named });
    }
  }
  return { rows, byGroup };
}

/**
 * "Tổ dân phố Đông Hưng, Nghĩa Xá và Tân Lập", "1, 2, 3", "1-4", "Tổ 1 đến Tổ 5": each tổ of a
 * table's cell.
 */
function groupsOfCell(own: string): Pick<Row, 'groups' | 'others'> {
  // A row's remark is no name: "Tổ dân phố 2 (đợt bổ sung)" is tổ 2's (review55 #5).
  const named = withoutRemarks(own)
    .split(/,|;|\svà\s/u)
    .filter((part) => part.trim())
    .flatMap((part) => rangeIn(part) ?? [bare(part)])
    .filter(Boolean);
  return {
    groups: named,
    others: /còn lại|các tổ khác/iu.test(own),
  };
}

/**
 * A range of numbered tổ: "1-4", "Tổ 1 đến Tổ 5", "Tổ 1 - Tổ 5", "tổ 1–5", "từ tổ 1 tới số 5"
 * (bau-cu.yaml's "Tổ 1 đến Tổ 5" was read as one tổ of that name). Both ends of one unit word:
 * "Khu phố 3 - Tổ 2" is a tổ's name.
 */
const RANGE = /^\s*(?:từ\s+)?(.*?)(\d+)\s*(?:[-–—]|\s(?:đến|tới)\s)\s*(.*?)(\d+)\s*$/iu;

function rangeIn(part: string): string[] | undefined {
  const m = RANGE.exec(part);
  if (!m) return undefined;
  const [, fromWord = '', from = '', toWord = '', to = ''] = m;
  const word = (w: string) => w.toLocaleLowerCase('vi').trim();
  if (bare(`${fromWord}${from}`) !== bare(from)) return undefined;
  if (!['', 'số', word(fromWord)].includes(word(toWord))) return undefined;
  const range = rangeOf(Number(from), Number(to));
  return range.length > 0 ? range : undefined;
}

/**
 * What a table's cell may call a tổ: its name without its word ("Đông Hưng", "5"), and, when
 * `bySTT`, its number in the list ("Tổ 1 đến Tổ 5" of a list whose STT 1 is "Tổ dân phố Đông
 * Hưng", bau-cu.yaml).
 */
function cellNamesOf(g: Pick<Group, 'id' | 'name'>, bySTT: boolean): string[] {
  const own = bare(withoutRemarks(g.name));
  return bySTT && /^\d+$/u.test(g.id) ? [own, bare(g.id)] : [own];
}

/**
 * Whether a cell's "Tổ 1" may be the list's STT 1: only when no tổ's name has a number. A list
 * mixing "Tổ dân phố Đông Hưng" (STT 1) and "Tổ dân phố số 1" (STT 3) means the latter by "Tổ 1"
 * (review57a #5).
 */
const readsSTT = (groups: readonly Pick<Group, 'name'>[]) =>
  !groups.some((g) => /\d/u.test(bare(withoutRemarks(g.name))));

/** A tổ's rows of a table by tổ: those naming it, else the row of "the others" ("còn lại"). */
function rowsOf<R extends Pick<Row, 'groups' | 'others'>>(
  rows: readonly R[],
  g: Pick<Group, 'id' | 'name'>,
  bySTT: boolean,
): R[] {
  const names = cellNamesOf(g, bySTT);
  const named = rows.filter((r) => names.some((n) => r.groups.includes(n)));
  return named.length > 0 ? named : rows.filter((r) => r.others);
}

/** "1-4" as "1", "2", "3", "4" (at most 100). */
const rangeOf = (from: number, to: number): string[] =>
  to >= from && to - from < 100
    ? Array.from({ length: to - from + 1 }, (_, i) => String(from + i))
    : [];

/** A session column of the list: "Ngày học", "Giờ học", "Thời gian", "Lịch", "Buổi". */
const SESSION_HEADER = /ngày|giờ|thời gian|lịch|buổi/iu;

/** A row's day and hour cells, as written: "Chủ nhật, 13/12/2026, 14h00 - 16h30". */
const sessionSaid = (r: Row) =>
  r.cells.filter((c) => dayMonthsIn(c).length > 0 || hoursIn(c).length > 0).join(', ');

/** What to do of a tổ the schedule table says otherwise: the studio says it too (qa53). */
export const SCHEDULE_TABLE_HINT = msg`The notice and this {term.short}'s flyer, checklist and leader page would say different times: correct the notice's table or the list's cell so that both say the same.`;

/** The same, of a place ("Địa điểm") the notice's table says otherwise (review56b #5). */
export const SCHEDULE_PLACE_HINT = msg`The notice and this {term.short}'s flyer, checklist and leader page would say different places: correct the notice's table or the list's cell so that both say the same.`;

/** What the tables are compared with besides the groups' own columns. */
export interface ListSide {
  /** The list's header read as the groups' venue ("Địa điểm"): a column of places too. */
  venueHeader?: string;
  /** The campaign file the notice's body is in, named beside the list's cell. */
  campaignFile?: string;
}

/** Each tổ whose own session the notice's schedule says otherwise, or does not have. */
export function scheduleMismatches(
  campaign: Pick<Campaign, 'notice'>,
  groups: readonly Group[],
  term: GroupTerm,
  list: ListSide = {},
): UserError[] {
  const body = campaign.notice?.body ?? '';
  if (!body.includes('|')) return [];
  const hint = withTerm(SCHEDULE_TABLE_HINT, term);
  const found = sessionMismatches(body.normalize('NFC'), groups, term, hint);
  // A column said by both, once: the session's sentence when it is one.
  const said = new Set(found.map((e) => `${e.where.row}\u0000${e.where.field}`));
  return [
    ...found,
    ...sameColumnMismatches(body.normalize('NFC'), groups, list, {
      time: hint,
      place: withTerm(SCHEDULE_PLACE_HINT, term),
    }).filter((e) => !said.has(`${e.where.row}\u0000${e.where.field}`)),
  ];
}

/** Where a group's cell is: its file, row (sheet) and column. */
const cellOf = (g: Group, field: string) => ({
  file: g.source.file,
  row: g.source.row,
  ...(g.source.sheet !== undefined ? { sheet: g.source.sheet } : {}),
  field,
});

/** The tổ whose session (a day and an hour a row) the notice's schedule says otherwise. */
function sessionMismatches(
  body: string,
  groups: readonly Group[],
  term: GroupTerm,
  hint: ReturnType<typeof withTerm>,
): UserError[] {
  const { rows, byGroup } = scheduleRows(body);
  if (rows.length === 0) return [];
  const found: UserError[] = [];
  const bySTT = readsSTT(groups);
  for (const g of groups) {
    const columns = Object.entries(g.columns ?? {}).filter(([h]) => SESSION_HEADER.test(h));
    const dayCol = columns.find(([, c]) => dayMonthsIn(c).length > 0);
    if (!dayCol) continue;
    const hourCol = columns.find(([, c]) => hoursIn(c).length > 0);
    const where = (field: string) => cellOf(g, field);
    const own = byGroup ? rowsOf(rows, g, bySTT) : rows;
    if (byGroup && own.length === 0) {
      found.push(
        new UserError(
          withTerm(msg`${g.name}: the notice's schedule, by {term.short}, has no row for it`, term),
          where(dayCol[0]),
          hint,
        ),
      );
      continue;
    }
    const day = dayMonthsIn(dayCol[1])[0] ?? '';
    const sameDay = own.filter((r) => r.days.includes(day));
    const first = own[0];
    if (sameDay.length === 0) {
      found.push(
        new UserError(
          byGroup && first
            ? msg`${g.name}: the notice's schedule says ${sessionSaid(first)}, but the column “${dayCol[0]}” says ${dayCol[1]}`
            : msg`${g.name}: the day ${dayCol[1]} of the column “${dayCol[0]}” is in no row of the notice's schedule`,
          where(dayCol[0]),
          hint,
        ),
      );
      continue;
    }
    const hour = hourCol ? hoursIn(hourCol[1])[0] : undefined;
    const timed = sameDay.filter((r) => r.hours.length > 0);
    if (!hourCol || !hour || timed.length === 0 || timed.some((r) => r.hours.includes(hour)))
      continue;
    found.push(
      new UserError(
        msg`${g.name}: the notice's schedule says ${timed.map(sessionSaid).join('; ')}, but the column “${hourCol[0]}” says ${hourCol[1]}`,
        where(hourCol[0]),
        hint,
      ),
    );
  }
  return found;
}

/** A header as compared: "Hạn nộp phiếu", "hạn  nộp  phiếu" alike. */
const headerKey = (h: string) => h.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ');

interface Table {
  header: string[];
  /** The column of tổ, a unit word alone ("Tổ dân phố"; not "Tổng số trẻ", review53 #4), or -1. */
  groupCol: number;
  rows: (Pick<Row, 'groups' | 'others'> & { cells: string[] })[];
}

/** The body's Markdown tables, each row's cells ("**" taken off) with the tổ it names. */
function tablesOf(body: string): Table[] {
  const tables: Table[] = [];
  let table: Table | undefined;
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('|')) {
      table = undefined;
      continue;
    }
    const cells = t
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(plain);
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    if (!table) {
      table = { header: cells, groupCol: cells.findIndex(isUnitHeader), rows: [] };
      tables.push(table);
      continue;
    }
    const own = table.groupCol >= 0 ? (cells[table.groupCol] ?? '') : '';
    table.rows.push({ cells, ...groupsOfCell(own) });
  }
  return tables;
}

/** An hour and, after a dash or "đến", its end: "7h30–11h00" → 7:30 to 11:00. */
interface Span {
  start: string;
  end?: string;
}

/** The spans of hours a cell says: "Sáng 7h30 - 11h00, chiều 14h" → 7:30–11:00 and 14:00. */
function spansIn(text: string): Span[] {
  const found = [...text.matchAll(HOUR)].filter((m) => Number(m[1]) < 24);
  const spans: Span[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i] as RegExpExecArray;
    const start = `${Number(m[1])}:${m[2] ?? '00'}`;
    const next = found[i + 1];
    const between = next ? text.slice((m.index ?? 0) + m[0].length, next.index) : '';
    if (next && /^\s*(?:-|–|—|đến|tới)\s*$/iu.test(between)) {
      spans.push({ start, end: `${Number(next[1])}:${next[2] ?? '00'}` });
      i++;
    } else spans.push({ start });
  }
  return spans;
}

/** Two spans alike: the same start, and the same end when both say one. */
const sameSpan = (a: Span, b: Span) =>
  a.start === b.start && (a.end === undefined || b.end === undefined || a.end === b.end);

/** A column of places: "Địa điểm", "Nơi tổ chức", "Địa chỉ". */
const PLACE_HEADER = /địa điểm|địa chỉ|^nơi\b/iu;

/** A text without case, marks ("hoá"/"hóa") or "đ": the words of a place as compared. */
const unmarked = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();

/**
 * Abbreviations offices write for a place, each the words it stands for (without marks): "NVH",
 * "UBND" and every unit word's short form (load/unit-words.ts: "TDP", "KP", "KDC").
 */
const PLACE_WORDS: readonly [RegExp, string][] = [
  [/\bnvh\b/gu, 'nha van hoa'],
  [/\bubnd\b/gu, 'uy ban nhan dan'],
  ...UNITS.flatMap((u): [RegExp, string][] =>
    u.short ? [[new RegExp(`\\b${unmarked(u.short)}\\b`, 'gu'), unmarked(u.word)]] : [],
  ),
];

/**
 * The unit words a ward's tổ is called by ("tổ dân phố", "tổ dân cư", "tổ"), longest first: one
 * word before a number ("Nhà văn hóa tổ dân phố số 1" = "NVH tổ 1", review56b #5).
 */
const TO_WORDS = new RegExp(
  `\\b(?:${UNITS.filter((u) => u.word.startsWith('tổ'))
    .map((u) => unmarked(u.word))
    .sort((a, b) => b.length - a.length)
    .join('|')}) (?=\\d)`,
  'gu',
);

/**
 * A place as compared: "Nhà văn hoá tổ 3", "NVH tổ 3", "Nhà Văn Hóa Tổ số 3", "Nhà văn hóa TDP 3",
 * "Nhà văn hóa tổ dân phố số 3" alike (and "Nhà văn hoá tổ 3, 12 Lê Lợi", its address after it:
 * agrees) — without case, marks, the abbreviations above, "số" before a number, the tổ's unit
 * words as one before a number, and punctuation. Other units keep their word: "khu phố 3" is not
 * "tổ 3".
 */
function placeKey(text: string): string {
  let key = unmarked(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const [short, long] of PLACE_WORDS) key = key.replace(short, long);
  return key
    .replace(/\bso (?=\d)/gu, '')
    .replace(TO_WORDS, 'to ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * How a list's cell and a table's cell of the same header compare: by their days when both say a
 * day, else by their hours when both say one (a start, and an end when both say it), else, in a
 * column of places, by the place. `undefined` when the two cannot be compared (one says a day,
 * the other none: a table's "Theo lịch của từng tổ").
 */
function agrees(value: string, cell: string, place: boolean): boolean | undefined {
  const days = dayMonthsIn(value);
  const cellDays = dayMonthsIn(cell);
  if (days.length > 0 || cellDays.length > 0) {
    if (days.length === 0 || cellDays.length === 0) return undefined;
    if (!cellDays.includes(days[0] as string)) return false;
  }
  const spans = spansIn(value);
  const cellSpans = spansIn(cell);
  if (spans.length > 0 && cellSpans.length > 0)
    return spans.some((s) => cellSpans.some((c) => sameSpan(s, c)));
  if (days.length > 0) return true;
  if (!place || spans.length > 0 || cellSpans.length > 0) return undefined;
  const key = placeKey(value);
  const cellKey = placeKey(cell);
  if (!key || !cellKey) return undefined;
  // One may add the street to the other: "NVH tổ 3" and "Nhà văn hoá tổ 3, 12 Lê Lợi".
  return key === cellKey || key.startsWith(`${cellKey} `) || cellKey.startsWith(`${key} `);
}

/**
 * A table by tổ and the list with a column of the same header (qa55's "Hạn nộp phiếu": the
 * table's "Tổ 1, Tổ 2 | 20/4/2027", the list's tổ 2 "21/4/2027"; a "Giờ" "7h30–11h00" against
 * "7h30–10h30"; a "Địa điểm" "NVH tổ 3" against "Nhà văn hoá tổ 5"): each tổ whose cell says
 * another day, hour or place than its rows. The session check wants a day and an hour a row; a
 * table of deadlines has days alone, and a column named alike on both sides means the same thing.
 */
function sameColumnMismatches(
  body: string,
  groups: readonly Group[],
  { venueHeader, campaignFile }: ListSide,
  hints: { time: ReturnType<typeof withTerm>; place: ReturnType<typeof withTerm> },
): UserError[] {
  const found: UserError[] = [];
  const bySTT = readsSTT(groups);
  for (const table of tablesOf(body).filter((t) => t.groupCol >= 0)) {
    const columns = table.header.map(headerKey);
    for (const g of groups) {
      // Every row of the tổ: "Tổ 2 (đợt bổ sung) | 22/12" beside "Tổ 1, Tổ 2 | 20/12" (review55 #5).
      const own = rowsOf(table.rows, g, bySTT);
      if (own.length === 0) continue;
      // The venue's column ("Địa điểm", read as the group's venue) is one of places.
      const venue = venueHeader && g.venue ? [[venueHeader, g.venue] as const] : [];
      for (const [field, value] of [...Object.entries(g.columns ?? {}), ...venue]) {
        const j = columns.indexOf(headerKey(field));
        if (j < 0 || j === table.groupCol || !value.trim()) continue;
        const head = table.header[j] ?? field;
        const place = field === venueHeader || PLACE_HEADER.test(head);
        const cells = own.map((r) => r.cells[j] ?? '').filter((c) => c.trim());
        const compared = cells.map((c) => agrees(value, c, place));
        if (!compared.includes(false) || compared.includes(true)) continue;
        const cell = cells.filter((_, i) => compared[i] === false).join('; ');
        // "hạn nộp phiếu 20/4/2027": the table's header, as a word within the sentence.
        const said = `${head.charAt(0).toLocaleLowerCase('vi')}${head.slice(1)} ${cell}`;
        found.push(
          new UserError(
            campaignFile
              ? msg`${g.name}: the notice's schedule in ${campaignFile} says ${said}, but the column “${field}” says ${value}`
              : msg`${g.name}: the notice's schedule says ${said}, but the column “${field}” says ${value}`,
            cellOf(g, field),
            place ? hints.place : hints.time,
          ),
        );
      }
    }
  }
  return found;
}
