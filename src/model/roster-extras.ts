/**
 * Model: what a group's roster adds to its tracking sheet besides number, name and address
 * (qa56 M4). A mừng thọ's plan asks the list of elders with "họ tên, ngày tháng năm sinh, địa
 * chỉ", each signing on receipt: a person's birth is printed ("Năm sinh", or "Ngày sinh" when the
 * cells give days), and a hand-out's receipt list (an action asks "ký nhận": receipt.ts) prints
 * what each is handed ("Số tiền (đồng)", the roster's "Mức quà"), the total on "Tổng cộng". A
 * campaign's own amount column (`of: đồng`, "Số tiền đã trao (đồng)") takes the amounts: no twin.
 * Each column takes a tick's room; one the sheet has no room for is not printed, and said
 * (unprintedExtras).
 */
import { UserError } from '../errors.js';
import type { Resident } from '../load/types.js';
import { firstNamed } from '../messages/first-named.js';
import { count, msg } from '../messages/message.js';
import { groupThousands } from './format.js';
import type { MeasureOf } from './measure-base.js';
import { asksReceipt } from './receipt.js';
import { measuredCounts } from './roster-count-match.js';

/** The title of the roster's amounts in a column of their own. */
export const AMOUNT_TITLE = 'Số tiền (đồng)';
/** The title of what each household owes, on a fee's collection list (qa57 M2). */
export const DUE_TITLE = 'Phải nộp (đồng)';
/** The title of the roster's exemptions ("Hộ nghèo"), on a fee's collection list (qa57 M2). */
export const EXEMPT_TITLE = 'Diện miễn';
/**
 * The title of the roster's own numbers, when they are not the sheet's 1..n (a ward's list
 * numbered 12, 13, 15 for a tổ): the sheet's STT counts its rows, this matches them back.
 */
export const ROSTER_NO_TITLE = 'STT trong danh sách gốc';

/**
 * Whether the roster numbers its rows otherwise than the sheet's 1..n (its STT 12, 13, 15, or
 * 1, 2, 4 once an elders' list leaves a younger resident off): then the sheet prints them.
 */
export const renumbered = (roster: readonly Resident[] | undefined): boolean =>
  (roster ?? []).some((r, i) => r.no !== undefined && numberOf(r.no) !== i + 1);

/** A roster's row number as a number: "01", "1." and "1)" are 1 (review58a #6: Excel's "01"). */
const numberOf = (no: string): number => {
  const digits = no.trim().replace(/[.)]$/u, '');
  return /^\d+$/u.test(digits) ? Number(digits) : Number.NaN;
};

export interface RosterExtras {
  /** The birth column's title: "Ngày sinh", "Năm sinh"; '' for none. */
  bornColumn: string;
  /** The roster's amounts' own column's title (AMOUNT_TITLE); '' when none or in the campaign's. */
  rosterAmount: string;
  /** The title of the column the roster's amounts are printed in; '' for none. */
  amountsIn: string;
  /** The exemptions' column's title, the roster's own ("Diện miễn giảm"), else EXEMPT_TITLE; '' for none. */
  exemptColumn: string;
  /**
   * Every row the exemptions' column names owes nothing (0 đồng, or no amount under a header
   * without "giảm"): the sheet says those are not collected from (review57b #5: a household
   * "giảm 50%" owing 10.000 was said "được miễn, không thu").
   */
  exemptFree: boolean;
  /** The campaign collects a sum from each row (a fee): the roster's amounts are what is due. */
  collects: boolean;
  /** The roster's own numbers' column's title (ROSTER_NO_TITLE); '' when none or they are 1..n. */
  rosterNo: string;
  /** The roster numbers its rows otherwise than the sheet (renumbered), printed or not. */
  renumbered: boolean;
  /**
   * The roster's count columns printed, their headers as written: those counting what a measure
   * counts ("Số chó", "Số mèo" of a rabies campaign; roster-count-match.ts, qa58 M2).
   */
  countColumns: string[];
}

/** The headers of the roster's counts (Resident.counts), in the order its rows give them. */
const countHeaders = (roster: readonly Resident[] | undefined): string[] => [
  ...new Set((roster ?? []).flatMap((r) => Object.keys(r.counts ?? {}))),
];

/** The columns given room; `room`: the tick columns' room the campaign's columns leave. */
export function rosterExtrasOf(
  campaign: Parameters<typeof asksReceipt>[0] & { measures?: readonly MeasureOf[] },
  tally: { children: boolean },
  roster: readonly Resident[] | undefined,
  /** The campaign's own money column, and what its sums are: handed ("đã nhận") or paid. */
  money: { title: string; moneyVerb: string } | undefined,
  room: number,
): RosterExtras {
  let left = room;
  // The sheet numbers its rows 1..n (a leader reads STT as how many); the roster's own numbers,
  // when other, in a column of their own, for the office to match the rows back (a children's
  // list numbers children, not the roster's households).
  const other = !tally.children && renumbered(roster);
  const rosterNo = other && left > 0 ? ROSTER_NO_TITLE : '';
  if (rosterNo) left--;
  // What the leader expects of each household, beside what it did: its dogs and cats.
  const countColumns = measuredCounts(campaign.measures, countHeaders(roster)).slice(
    0,
    Math.max(0, left),
  );
  left -= countColumns.length;
  // A fee collected household by household (a fund's "Số tiền đã thu (đồng)"): the roster's
  // amounts are what each owes, in their own column beside what it paid, and an exemption is
  // printed ("Hộ nghèo": the leader does not knock there for money; qa57 M2).
  const collects = money?.moneyVerb === 'đã nộp' && !asksReceipt(campaign);
  let bornColumn = tally.children ? 'Ngày sinh' : '';
  const births = (roster ?? []).filter((r) => !r.household && r.birth !== undefined);
  if (!bornColumn && births.length > 0 && left > 0) {
    // As the cells give it: a day and month on any of them make it a date of birth.
    bornColumn = births.some((r) => r.birth?.includes('/')) ? 'Ngày sinh' : 'Năm sinh';
    left--;
  }
  let exemptColumn = '';
  const exempted = (roster ?? []).filter((r) => r.exempt !== undefined);
  if (collects && exempted.length > 0 && left > 0) {
    exemptColumn = exempted[0]?.exemptHeader?.trim() || EXEMPT_TITLE;
    left--;
  }
  const reduced = /(?<![\p{L}\p{M}])giảm(?![\p{L}\p{M}])/iu.test(exemptColumn.normalize('NFC'));
  const exemptFree = exempted.every((r) => (r.amount === undefined ? !reduced : r.amount === 0));
  const none = {
    bornColumn,
    exemptColumn,
    exemptFree,
    collects,
    rosterNo,
    renumbered: other,
    countColumns,
    rosterAmount: '',
    amountsIn: '',
  };
  const amounts =
    roster?.some((r) => r.amount !== undefined) && (asksReceipt(campaign) || collects);
  if (!amounts) return none;
  if (money && !collects) return { ...none, amountsIn: money.title };
  if (left <= 0) return none;
  const title = collects ? DUE_TITLE : AMOUNT_TITLE;
  return { ...none, rosterAmount: title, amountsIn: title };
}

const EMPTY_HINT = msg`Write each person's amount in đồng ("500.000"): the receipt list then prints it and the total; delete the column if nobody is handed money.`;

/** A row's amount as printed: "1.000.000"; '' for none. */
export const amountText = (amount: number | undefined): string =>
  amount === undefined ? '' : groupThousands(amount);

/**
 * The rosters' columns the build does not print, each a warning naming its file: an amount
 * column when the campaign hands nothing out (no action asks "ký nhận"), and a birth or amount
 * column its sheet has no room for (the campaign's ticks took it).
 */
export function unprintedExtras(
  campaign: Parameters<typeof asksReceipt>[0] & { measures?: readonly MeasureOf[] },
  rosters: Iterable<{
    file: string;
    residents: readonly Resident[];
    amountColumn?: string;
    bornColumn?: string;
    exemptColumn?: string;
    noColumn?: string;
    /** Its count columns' headers ("Số chó": load/roster-count-columns.ts). */
    countColumns?: string[];
    /** What its sheet prints (rosterExtrasOf). */
    extras: RosterExtras;
    /** The group it is of: named when its part of a ward-wide list is without amounts. */
    group?: { name: string };
  }>,
): UserError[] {
  const said = new Set<string>();
  const out: UserError[] = [];
  const say = (
    file: string,
    header: string,
    why: 'nothing' | 'room' | 'empty' | 'count',
    part = '',
  ) => {
    // A ward-wide list's column is said once, not once a group (but of each group it is empty for).
    const key = `${file}\u0000${header}\u0000${part}`;
    if (said.has(key)) return;
    said.add(key);
    out.push(
      new UserError(
        why === 'empty'
          ? part
            ? msg`the column "${header}" of the roster has no amount in any row of ${part}: its receipt list prints no amounts`
            : msg`the column "${header}" of the roster has no amount in any row: the receipt list prints no amounts`
          : msg`the column "${header}" of the roster is not printed anywhere`,
        { file, field: header },
        why === 'count'
          ? msg`The tracking sheet prints a count of each row beside what it did when the campaign's measure counts the same ("Số chó" for "Số chó, mèo đã tiêm"): name the column after what the measure counts, or delete it if nobody needs it.`
          : why === 'nothing'
            ? msg`The tracking sheet prints each person's amount when an action asks them to sign for it ("ký nhận"), and each household's amount due and exemption when the campaign collects a sum in đồng from each ("Số tiền đã thu (đồng)"); delete the column if nobody needs it.`
            : why === 'empty'
              ? EMPTY_HINT
              : msg`The tracking sheet has no room left for it beside the campaign's columns: give fewer actions a column of their own.`,
      ),
    );
  };
  const parts = new Map<string, { header: string; names: string[] }>();
  const read = [...rosters];
  // The files some of whose rows give an amount (a ward-wide list is one file for every group).
  const amounted = new Set(
    read.filter((r) => r.residents.some((p) => p.amount !== undefined)).map((r) => r.file),
  );
  for (const roster of read) {
    const { file, residents, amountColumn, bornColumn, exemptColumn, noColumn, extras, group } =
      roster;
    const counts = roster.countColumns ?? [];
    const counting = measuredCounts(campaign.measures, counts);
    for (const header of counts)
      if (!extras.countColumns.includes(header))
        say(file, header, counting.includes(header) ? 'room' : 'count');
    if (noColumn && extras.renumbered && !extras.rosterNo) say(file, noColumn, 'room');
    if (bornColumn && !extras.bornColumn && residents.some((p) => p.birth !== undefined))
      say(file, bornColumn, 'room');
    if (exemptColumn && !extras.exemptColumn && residents.some((p) => p.exempt !== undefined))
      say(file, exemptColumn, extras.collects ? 'room' : 'nothing');
    if (!amountColumn || extras.amountsIn) continue;
    // An empty column is no lack of room: said of the file, or of a group's part of a ward-wide
    // list that gives other groups amounts.
    if (!asksReceipt(campaign) && !extras.collects) say(file, amountColumn, 'nothing');
    else if (residents.some((p) => p.amount !== undefined)) say(file, amountColumn, 'room');
    else if (!amounted.has(file) || !group) say(file, amountColumn, 'empty');
    else
      parts.set(file, {
        header: amountColumn,
        names: [...(parts.get(file)?.names ?? []), group.name],
      });
  }
  // A ward-wide list's groups without amounts: one warning naming them (review57a #8: 40 lines).
  for (const [file, { header, names }] of parts) {
    const [one] = names;
    if (one !== undefined && names.length === 1) say(file, header, 'empty', one);
    else
      out.push(
        new UserError(
          msg`the column "${header}" of the roster has no amount in any row of ${count(names.length)} groups (${firstNamed(names, 8, 'groups')}): their receipt lists print no amounts`,
          { file, field: header },
          EMPTY_HINT,
        ),
      );
  }
  return out;
}
