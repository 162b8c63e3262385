/**
 * The notice's schedule against the groups' own sessions (qa50 m2): a body with a table of
 * sessions (a day and an hour a row, by tổ or not) and a groups list with its own day and hour
 * columns that disagree for a tổ — its notice says 14h00, its flyer 8h00 — said per tổ, at its
 * row and column, with both values. The body is Markdown text, not a parsed schedule: its "|"
 * rows are read here, a day as day/month ("Thứ bảy, 12/12", "12/12/2026") and an hour as
 * its start ("7h30", "7 giờ 30", "07:30"); only start hours are compared, and a tổ is said only
 * when the table has its day (or, for a table by tổ, its row), so that a table of something
 * else (a price list, a roster) says nothing.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { dayMonthsIn } from '../load/day-first.js';
import type { Group } from '../load/types.js';
import { msg, withTerm } from '../messages/message.js';
import { type GroupTerm, isUnitHeader, withoutUnitWord } from '../model/group-term.js';

/**
 * Start hours written "7h30", "7 giờ 30", "07:30", "14h": "7:30", "14:00". Not a count before a
 * word in "h" ("15 hộ", "20 học sinh": review53 #5).
 */
const hoursIn = (text: string): string[] =>
  [...text.matchAll(/(?<![\d/.])(\d{1,2})\s*(?:h(?!\p{L})|giờ|:)\s*(\d{2})?(?![\d/])/giu)]
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
  let header: string[] | undefined;
  let groupCol = -1;
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = t
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(plain);
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    if (!header) {
      header = cells;
      // A unit word alone: not "Tổng số trẻ", "Tổ chức thực hiện" (review53 #4).
      groupCol = cells.findIndex(isUnitHeader);
      continue;
    }
    const own = groupCol >= 0 ? (cells[groupCol] ?? '') : '';
    const rest = cells.filter((_, i) => i !== groupCol).join(' | ');
    // A session is a day and an hour: a table of tasks "Từ 16/3 đến 30/4" is no schedule.
    const days = dayMonthsIn(rest);
    const hours = hoursIn(rest);
    if (days.length === 0 || hours.length === 0) continue;
    if (groupCol >= 0) byGroup = true;
    // "Tổ dân phố Đông Hưng, Nghĩa Xá và Tân Lập", "1, 2, 3": each tổ of the cell.
    const named = own
      .split(/,|;|\svà\s/u)
      .map(bare)
      .filter(Boolean);
    const first = named[0]?.match(/^(\d+)\s*-\s*(\d+)$/u);
    rows.push({
      cells,
      days,
      hours,
      groups: first ? rangeOf(Number(first[1]), Number(first[2])) : named,
      others: /còn lại|các tổ khác/iu.test(own),
    });
  }
  return { rows, byGroup };
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

/** Each tổ whose own session the notice's schedule says otherwise, or does not have. */
export function scheduleMismatches(
  campaign: Pick<Campaign, 'notice'>,
  groups: readonly Group[],
  term: GroupTerm,
): UserError[] {
  const body = campaign.notice?.body ?? '';
  if (!body.includes('|')) return [];
  const { rows, byGroup } = scheduleRows(body.normalize('NFC'));
  if (rows.length === 0) return [];
  const hint = withTerm(SCHEDULE_TABLE_HINT, term);
  const found: UserError[] = [];
  for (const g of groups) {
    const columns = Object.entries(g.columns ?? {}).filter(([h]) => SESSION_HEADER.test(h));
    const dayCol = columns.find(([, c]) => dayMonthsIn(c).length > 0);
    if (!dayCol) continue;
    const hourCol = columns.find(([, c]) => hoursIn(c).length > 0);
    const where = (field: string) => ({
      file: g.source.file,
      row: g.source.row,
      ...(g.source.sheet !== undefined ? { sheet: g.source.sheet } : {}),
      field,
    });
    const named = byGroup ? rows.filter((r) => r.groups.includes(bare(g.name))) : rows;
    const own = named.length > 0 ? named : rows.filter((r) => r.others);
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
