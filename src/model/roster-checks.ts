/**
 * Model: the checks of a residents list (`--rosters`) against the campaign and the groups file,
 * input checks by the sheet each group's roster makes (context.ts sheetResidents, tallyOf): the
 * build and `check` say them (output/inputs.ts), the studio's residents-list page reads its
 * counts. A list that gives some groups far fewer rows than their count (qa22 #2: 6 households of
 * a thôn of 212, a one-page sheet and nothing said) prints the listed rows, then blank numbered
 * rows up to the group's count (roster-rows.ts); the office is told once, naming the file and the
 * groups (not one warning a group in a ward of 40), and the groups the list has no row for at
 * all. A children's list the roster cannot give children, a year of birth that tells no age, a
 * receipt list's count and amounts off the groups file's are said too.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { isBornHeader } from '../load/roster-columns.js';
import type { Group, Resident } from '../load/types.js';
import { firstNamed } from '../messages/first-named.js';
import { count, type Message, msg, type Value } from '../messages/message.js';
import { amountColumnsSaidOf, childrenRowsOf, sheetResidents, tallyOf } from './context.js';
import { baseColumnOf, columnCell, countOf, measuredColumn } from './measure-base.js';
import { asksReceipt } from './receipt.js';
import { countsElders } from './roster-children.js';
import { farFewer, type SheetRows, sheetRowsOf } from './roster-rows.js';

/** Groups named in the warning; the rest are counted ("và 4 thôn khác"). */
const NAMED = 8;

const named = (names: readonly Value[]): Message => firstNamed(names, NAMED, 'groups');

/**
 * Whether the groups file counts none of what the group's sheet lists: its cell of the measure's
 * base column ("Số hộ phải sơ tán") or, without one, of its households (people) is 0. A list
 * without a row for it is what the file says, not a list typed in part (review).
 */
export function countsNone(campaign: Campaign, g: Group): boolean {
  const [first] = campaign.measures ?? [];
  const column = first ? baseColumnOf(first) : undefined;
  if (column !== undefined) return countOf(columnCell(g, column)) === 0;
  const field = first?.of === 'people' || campaign.contest ? 'population' : 'households';
  return g[field] === 0 || (g.zeroCells ?? []).includes(field);
}

/**
 * The rows a group's sheet lists of its roster (a children's list its children: sheetResidents)
 * and the count it serves; undefined when a children's list cannot tell them from the roster
 * (its sheet is blank rows: childlessRosterWarnings). One reading for the build's warning and
 * the studio's residents-list page (review56a #3: both counted every resident, and tổ 1's 4
 * adults were "4/38 thiếu nhi" on a list said in the same breath to print none of them).
 */
export function sheetListOf(
  campaign: Campaign,
  g: Group,
  residents: Resident[],
): { listed: number; whole: SheetRows | undefined } | undefined {
  const listed = sheetResidents(campaign, residents);
  if (!listed) return undefined;
  return { listed: listed.length, whole: sheetRowsOf(tallyOf(campaign, g, listed), g.households) };
}

/**
 * A receipt list's roster beside its count (qa56: tổ 1's roster of 3 elders, "Số cụ mừng thọ"
 * 6): the people it lists, the groups file's figure of the measure's column and its unit;
 * undefined for any other sheet, or a figure the file does not give.
 */
function receiptCountOf(campaign: Campaign, g: Group, residents: Resident[]) {
  const listed = sheetResidents(campaign, residents);
  const [first] = campaign.measures ?? [];
  const column = first ? baseColumnOf(first) : undefined;
  if (!listed || !first || column === undefined) return undefined;
  const tally = tallyOf(campaign, g, listed);
  const base = countOf(columnCell(g, column));
  if (!tally.receipt || !tally.rowsPeople || base === undefined) return undefined;
  return { listed, base, column, unit: tally.unit };
}

/**
 * The groups whose roster lists other than the groups file's count of a receipt list's people,
 * one warning a roster file (a ward-wide list of 40 groups: one, naming them, review57a #8): with
 * one group, its roster and the groups file's row and column; fewer, and the sheet prints blank
 * numbered rows after them for the others (rosterRowsOf); more, and all are printed.
 */
export function receiptCountWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  rosters: ReadonlyMap<string, { residents: Resident[] }>,
  failed: ReadonlySet<string>,
): UserError[] {
  const byFile = new Map<string, { g: Group; counted: ReceiptCount }[]>();
  for (const g of groups) {
    const residents = rosters.get(g.id)?.residents;
    const counted = !failed.has(g.id) && residents && receiptCountOf(campaign, g, residents);
    if (!counted || counted.listed.length === counted.base) continue;
    const file = residents[0]?.source.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), { g, counted }]);
  }
  const hint = msg`Check the roster (rows not typed yet, a filter left on in Excel) or the groups file's figure, so that both give the same count.`;
  return [...byFile].flatMap(([file, off]) => {
    const [one] = off;
    if (one && off.length === 1) {
      const { g, counted } = one;
      const { listed, base, column, unit } = counted;
      return [
        new UserError(
          listed.length < base
            ? msg`the roster ${file} lists ${count(listed.length)} of the ${count(base)} ${unit} of ${g.name}: its receipt list prints blank numbered rows after them for the leader to write in the others`
            : msg`the roster ${file} lists ${count(listed.length)} ${unit} of ${g.name}, but the groups file gives ${count(base)}`,
          { file: g.source.file, row: g.source.row, field: column },
          hint,
        ),
      ];
    }
    const said = ({ g, counted: { listed, base, unit } }: (typeof off)[number]) =>
      msg`${g.name}: ${count(listed.length)}/${count(base)} ${unit}`;
    const fewer = off.filter(({ counted: c }) => c.listed.length < c.base).map(said);
    const more = off.filter(({ counted: c }) => c.listed.length > c.base).map(said);
    const text =
      more.length === 0
        ? msg`the roster ${file} lists fewer than the groups file's count for ${count(fewer.length)} groups (${named(fewer)}): their receipt lists print blank numbered rows after them for the leader to write in the others`
        : fewer.length === 0
          ? msg`the roster ${file} lists more than the groups file's count for ${count(more.length)} groups (${named(more)})`
          : msg`the roster ${file} lists fewer than the groups file's count for ${count(fewer.length)} groups (${named(fewer)}): their receipt lists print blank numbered rows after them for the leader to write in the others; and more for ${count(more.length)} groups (${named(more)})`;
    const at = off[0]?.g.source.file ?? '';
    return [new UserError(text, { file: at, field: off[0]?.counted.column }, hint)];
  });
}

type ReceiptCount = NonNullable<ReturnType<typeof receiptCountOf>>;

/**
 * One warning for the list `file` (a ward-wide list, or a rosters folder), or none: the groups
 * whose rows are far fewer than their count ("Thôn Câu Hạ: 6/212 hộ"), and, said with them, the
 * groups it has no row for. A list that gives every group its count, or nearly, says nothing.
 */
export function partialRosterWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  rosters: ReadonlyMap<string, { residents: readonly Resident[] }>,
  failed: ReadonlySet<string>,
  file: string,
): UserError[] {
  if (rosters.size === 0) return [];
  const short: Message[] = [];
  const none: string[] = [];
  for (const g of groups) {
    if (failed.has(g.id)) continue;
    const residents = rosters.get(g.id)?.residents as Resident[] | undefined;
    if (!residents) {
      // A group the groups file counts 0 of ("Số hộ phải sơ tán": 0) has no row to give.
      if (!countsNone(campaign, g)) none.push(g.name);
      continue;
    }
    const sheet = sheetListOf(campaign, g, residents);
    // A receipt list's roster is said with its group (receiptCountWarnings).
    if (receiptCountOf(campaign, g, residents)) continue;
    if (sheet?.whole && farFewer(sheet.listed, sheet.whole))
      short.push(
        msg`${g.name}: ${count(sheet.listed)}/${count(sheet.whole.rows)} ${sheet.whole.unit}`,
      );
  }
  if (short.length === 0) return [];
  const text =
    none.length === 0
      ? msg`the residents list gives ${count(short.length)} groups far fewer rows than their count (${named(short)})`
      : msg`the residents list gives ${count(short.length)} groups far fewer rows than their count (${named(short)}), and no row to ${count(none.length)} groups (${named(none)})`;
  return [
    new UserError(
      text,
      { file },
      msg`Their tracking sheets print the listed rows, then blank numbered rows up to the group's count for the leader to fill in. If the list should hold every household (resident) of these groups, check the file: a filter left on in Excel, rows not typed yet.`,
    ),
  ];
}

/**
 * One warning for the list `file`, or none: the groups whose rows a children's list cannot take
 * its children from (no year of birth, or rows of households: model/roster-children.ts). Their
 * sheets are the blank rows to fill in of a sheet without a list, not every resident
 * (review55b-left #3); the office is told which groups, and how to have the children printed.
 */
export function childlessRosterWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  rosters: ReadonlyMap<string, { residents: Resident[] }>,
  failed: ReadonlySet<string>,
  file: string,
): UserError[] {
  const blindOf = (households: boolean) =>
    groups.filter((g) => {
      const residents = rosters.get(g.id)?.residents;
      return (
        !failed.has(g.id) &&
        residents !== undefined &&
        !sheetResidents(campaign, residents) &&
        residents.some((r) => r.household) === households
      );
    });
  const blind = blindOf(false);
  // A list of households cannot tell a child whatever its columns (review56a #3: "add a Năm
  // sinh column" to a list that had one).
  const heads = blindOf(true);
  const byHouseholds = heads.length
    ? [
        new UserError(
          msg`the residents list gives households, not residents, for ${count(heads.length)} groups (${named(heads.map((g) => g.name))}): their children's lists are blank numbered rows to fill in, not the heads of household`,
          { file },
          msg`To print each group's children by name, give a list of residents (a row per person, with "Họ và tên" and "Năm sinh") instead of heads of household; else the leader writes in the children who come.`,
        ),
      ]
    : [];
  if (blind.length === 0) return byHouseholds;
  return [
    ...byHouseholds,
    new UserError(
      msg`the residents list gives no year of birth to tell the children of ${count(blind.length)} groups (${named(blind.map((g) => g.name))}): their children's lists are blank numbered rows to fill in, not every resident`,
      { file },
      msg`To print each group's children by name, add a "Năm sinh" column to the list (a resident's year of birth); else the leader writes in the children who come.`,
    ),
  ];
}

/**
 * A roster's warnings as the campaign reads it: a children's list takes its children by the
 * year of birth and prints it ("Ngày sinh"), so the warnings that the column is printed nowhere
 * (load/roster.ts unprintedColumns, the file's; a row's cell that does not read, "the row is
 * printed") are not given then: birthWarnings says what becomes of such a row (review56a #1).
 */
export function rosterWarningsFor(campaign: Campaign, warnings: readonly UserError[]): UserError[] {
  // An elders' list takes its elders by it too (review56a #8): no hint to delete the column;
  // birthWarnings says a birth that does not read (review56b #2).
  if (!childrenRowsOf(campaign) && !countsElders(campaign.measures?.[0])) return [...warnings];
  return warnings.filter((w) => !(w.where.field && isBornHeader(w.where.field)));
}

/**
 * On a children's or an elders' list from a roster that gives years of birth, each resident whose
 * year leaves them off or does not read, with file, row and the roster's own birth column:
 * - a children's list prints no one whose year is blank or does not read ("khoảng 1950"): nothing
 *   tells a child (review56a #1: dropped without a word);
 * - an elders' list leaves off those under 60 and prints those whose year does not read, their
 *   birth cell empty (review56b #2: "C Cường;1980" left off without a word, rows 1, 2, 4).
 */
export function birthWarnings(
  campaign: Campaign,
  rosters: ReadonlyMap<string, { residents: Resident[]; bornColumn?: string }>,
): UserError[] {
  const children = childrenRowsOf(campaign);
  if (!children && !countsElders(campaign.measures?.[0])) return [];
  return [...rosters.values()].flatMap(({ residents, bornColumn }) => {
    const listed = sheetResidents(campaign, residents);
    // A children's list the roster cannot tell ages on is blank rows (childlessRosterWarnings).
    if (children && !listed) return [];
    const kept = new Set((listed ?? []).map((r) => r.source));
    return residents.flatMap((r) => {
      const said = children ? childSaid(r) : elderSaid(r, kept.has(r.source));
      const field = r.noBorn?.header ?? bornColumn;
      return said
        ? [new UserError(said.text, { file: r.source.file, row: r.source.row, field }, said.hint)]
        : [];
    });
  });
}

type Said = { text: Message; hint: Message } | undefined;

/** A resident a children's list leaves off for a year that is blank or does not read. */
function childSaid({ noBorn }: Resident): Said {
  if (!noBorn) return undefined;
  return {
    text: noBorn.unread
      ? msg`the year of birth does not read: the row is not printed on the children's list`
      : msg`the year of birth is empty: the row is not printed on the children's list`,
    hint: msg`Write the resident's year of birth (e.g. 2016): the children's list prints the residents under 16 by it.`,
  };
}

/** A resident an elders' list leaves off as under 60 (`kept` false), or prints without a year. */
function elderSaid({ born, noBorn }: Resident, kept: boolean): Said {
  if (!kept && born !== undefined)
    return {
      text: msg`the year of birth ${born} makes the resident under 60: the row is not printed on the elders' list`,
      hint: msg`If the year is a typing mistake, correct it; else delete the row: the elders' list prints the residents aged 60 and over.`,
    };
  if (noBorn?.unread)
    return {
      text: msg`the year of birth does not read: the row is printed with an empty birth cell`,
      hint: msg`Write the resident's year of birth (e.g. 1950).`,
    };
  return undefined;
}

/**
 * On a receipt list from a roster with amounts, or a fee's collection list from a roster of
 * amounts due (a fund's "Số tiền phải nộp", h-left15b: its sum went unchecked), each listed row
 * whose amount cell is empty (review56b #1: its total was printed as the whole sum), and each
 * group whose roster's amounts add up to other than the money measure's base column of the
 * groups file (the tổ's "Số tiền phải thu (đồng)").
 */
export function amountWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  rosters: ReadonlyMap<string, { residents: Resident[] }>,
): UserError[] {
  // A fee collected household by household (roster-extras.ts `collects`): the roster's amounts
  // are what each owes, their sum the tổ's due.
  const collects =
    !asksReceipt(campaign) &&
    amountColumnsSaidOf(campaign).find((c) => c.money)?.moneyVerb === 'đã nộp';
  if (!asksReceipt(campaign) && !collects) return [];
  // A measure taken against a column of the groups file in đồng ("Kinh phí (đồng)").
  const money = (campaign.measures ?? []).find((m) => measuredColumn(m)?.unit === 'đồng');
  const column = money ? baseColumnOf(money) : undefined;
  return groups.flatMap((g) => {
    const residents = rosters.get(g.id)?.residents;
    const listed = residents ? (sheetResidents(campaign, residents) ?? []) : [];
    if (!listed.some((r) => r.amount !== undefined)) return [];
    const empty = listed.flatMap(({ source, noAmount }) =>
      noAmount
        ? [
            new UserError(
              msg`the amount is empty: the row is printed with an empty amount cell, and the list's total is left for the leader to write`,
              { file: source.file, row: source.row, field: noAmount },
              msg`Write the sum in đồng, as "500.000" or "500.000 đồng".`,
            ),
          ]
        : [],
    );
    const sum = listed.reduce((a, r) => a + (r.amount ?? 0), 0);
    const base = column ? countOf(columnCell(g, column)) : undefined;
    // A roster short of its count is said so (receiptCountWarnings): its sum falls short for the
    // same missing rows, not said twice (review57a #8).
    const counted = residents && receiptCountOf(campaign, g, residents);
    if (counted && counted.listed.length < counted.base) return empty;
    if (column === undefined || base === undefined || base === sum) return empty;
    return [
      ...empty,
      new UserError(
        msg`the amounts in the roster ${listed[0]?.source.file ?? ''} for ${g.name} add up to ${count(sum)} đồng, but the groups file gives ${count(base)}`,
        { file: g.source.file, row: g.source.row, field: column },
        msg`Correct the roster's amounts or the groups file, so that both give the same sum.`,
      ),
    ];
  });
}

/** The list's warnings on its groups' counts: far fewer rows, and children it cannot tell. */
export const rosterCountWarnings = (
  ...args: Parameters<typeof childlessRosterWarnings>
): UserError[] => [
  ...partialRosterWarnings(...args),
  ...receiptCountWarnings(args[0], args[1], args[2], args[3]),
  ...childlessRosterWarnings(...args),
  ...birthWarnings(args[0], args[2]),
  ...amountWarnings(args[0], args[1], args[2]),
];
