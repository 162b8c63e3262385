/**
 * Results → model: the report's figures (báo cáo kết quả), one plain-data object for the PDF's
 * template and layout (kinds/report.ts) and the spreadsheet (output/report-xlsx.ts), so both
 * print the same numbers. In: the campaign, the groups, the current figures, the report's number
 * and date. Out: the rows in rank order with their figures and rates, the ward's totals, the
 * chart's bars, who has not reported.
 */
import type { Campaign } from '../load/campaign.js';
import { issuerCodeOfSymbol, officeCodeOfSymbol } from '../load/notice-type.js';
import { finalRemark } from '../load/remark.js';
import type { Group } from '../load/types.js';
import {
  type DateParts,
  dateParts,
  formatFigure,
  roundFigure,
  sumFigures,
  upperFirst,
} from '../model/format.js';
import { type GroupTerm, groupTermOf } from '../model/group-term.js';
import {
  AMOUNT,
  baseName,
  baseOf,
  baseSaid,
  baseUnit,
  countedOf,
  isAmount,
  isOwnUnit,
  isPlainCount,
  isTarget,
  nothingDue,
  rateLabel,
  reportedUnit,
  targetWord,
  zeroBase,
} from '../model/measure-base.js';
import { unitTermOf } from '../model/unit-term.js';
import { type AreaTotals, areaCellOf, areaTotalsOf, hasColumn } from './areas.js';
import { type Chart, chartOf } from './chart.js';
import { eventStartOf, sentEarly } from './early.js';
import { type Measure, offTargetShort } from './figures.js';
import { type DueDay, dueDayOf, sentLate } from './late.js';
import { dueOf } from './nothing-to-do.js';
import type { LatestFigures } from './results-store.js';
import { byRank, formatRate, standingsOf, type Total } from './standings.js';
import { toldApart } from './told-apart.js';

export interface ReportOptions {
  /** The report's number in the office's register; a dotted blank ("Số: ……/BC-UBND") when not given. */
  number?: number;
  /** The report's symbol: "BC-UBND"; by default BC- and the notice's issuing body's code. */
  symbol?: string;
  /** The report's date, YYYY-MM-DD (also the PDF's creation date). */
  date: string;
}

export interface ReportRow {
  rank: number | undefined;
  id: string;
  name: string;
  /** Per measure: the figure and its rate in tenths of a percent (undefined when none). */
  values: (number | undefined)[];
  rates: (number | undefined)[];
  /** Per measure: the figure is above the group's base (marked where printed). */
  above: boolean[];
  /** Per measure: above its base, yet not confirmed when stored (standings.ts `unconfirmed`). */
  unconfirmed: boolean[];
  /** Per measure: over its target ("Chỉ tiêu": good news, not marked; standings.ts `over`). */
  over: boolean[];
  /**
   * Per measure: far out of line with its target and not confirmed by the office (standings.ts
   * `unchecked`), how far, as printed after "chưa xác nhận: " ("gấp 10 lần chỉ tiêu"); '' else.
   */
  unchecked: string[];
  /**
   * Per measure: sent against another groups list (standings.ts `oldList`): `unchecked` then says
   * "báo cáo theo danh sách cũ, khi đó …" instead of how far from its target it is.
   */
  oldList: boolean[];
  /**
   * Per measure: sent before the office gave the measure another base (standings.ts `oldList.of`,
   * qa58b M3): `unchecked` says "báo cáo khi chỉ tiêu còn tính theo …"; not `oldList`.
   */
  rebased: boolean[];
  /** Per measure: the list's count its rate is taken against (the spreadsheet's base columns). */
  bases: (number | undefined)[];
  /**
   * Per measure: the list says the group has nothing to do (a 0 in a "Số hộ phải sơ tán"
   * column, model/measure-base.ts nothingDue): no rate, said as such, not as a figure lacking.
   */
  none: boolean[];
  /**
   * Per measure: the list gives the group a base of 0 (a target of 0, "0 trẻ cần tiêm": model/
   * measure-base.ts zeroBase; `none` is its due-column case): no rate, said apart from a group
   * the list gives none.
   */
  zero: boolean[];
  /** The group's area in the campaign's `totals_by` column (`areas`); undefined without one. */
  area?: string;
  /** A leader sent one of its figures after they were due (`ReportData.due`, late.ts). */
  late?: boolean;
  /** A leader sent one of its figures before the group's first day, that day (early.ts). */
  early?: string;
}

export interface ReportData {
  number: string;
  /** When the figures were due (late.ts dueDayOf); absent when none is (a contest without a deadline). */
  due?: DueDay;
  date: DateParts & { iso: string };
  /** `of` as the campaign says it: "people", "households" or a column's header ("Số cử tri"). */
  measures: {
    id: string;
    label: string;
    of: string;
    unit: string;
    /** What the reported figure counts: "trẻ đã được tiêm" beside a base's "trẻ cần tiêm". */
    valueUnit: string;
    target: boolean;
    /** A target's word, said before its figure: "chỉ tiêu", "dự kiến", "kế hoạch"; '' for a count. */
    targetWord: string;
    /** What the groups its rate counts have: "chỉ tiêu", "số cử tri" (model/measure-base.ts). */
    baseName: string;
    /** What a figure counts ("người", "cử tri"): said after a figure with no base (countedOf). */
    noun: string;
  }[];
  rankBy: string;
  /** What the ranking's rate is of: "nhân khẩu" (people), "hộ" (households), "cử tri" (a column's). */
  rankUnit: string;
  rows: ReportRow[];
  totals: Total[];
  chart: Chart;
  reported: number;
  total: number;
  missing: { id: string; name: string }[];
  /** The groups with nothing to do (every base 0) that sent nothing: out of `total`. */
  idle: { id: string; name: string }[];
  /** The ward's word for its groups: the table's header, the spreadsheet's. */
  term: GroupTerm;
  /** The issuing unit's word ("phường", "xã"): the totals row, "Toàn xã" (model/unit-term.ts). */
  unitTerm: string;
  /** Where the report is filed, Nơi nhận's last line: "VT, CA" (the campaign's office). */
  filed: string;
  /**
   * The report's "Kính gửi", one recipient a line (the campaign's `report.recipients`, else the
   * issuer's upper body: reportRecipientsOf), and its "Nơi nhận" (`report.cc`, else "Như trên;
   * Lưu: VT, …"): the report goes up, not to the groups the notice went to (qa43 M2).
   */
  recipients: string[];
  cc: string[];
  /** What the notice did not print, so the report cannot cite it (uncitedOf). */
  uncited: Uncited[];
  /**
   * The totals per area of the campaign's `totals_by` column (results/areas.ts), undefined when
   * it names none or a column the list does not have.
   */
  areas?: { column: string; rows: AreaTotals[] };
  /**
   * Groups with figures that are no longer in the groups list (a tổ merged into another, or left
   * out by a new file): not in the table nor the totals, yet said with their figures, per
   * measure, so that no figure leaves the report unsaid (qa26 F2). In id order.
   */
  unlisted: { id: string; name: string; values: (number | undefined)[] }[];
}

export type Uncited = 'number' | 'date';

/**
 * What a draft notice left for the văn thư to write by hand — its number, its day — and so a
 * report cannot cite: the campaign holds no number, and an undated draft's `issued` is a day the
 * notice never printed (only its year). The report leaves them out; the office is told.
 */
export function uncitedOf(campaign: Pick<Campaign, 'notice'>): Uncited[] {
  return [
    ...(campaign.notice.number === null ? (['number'] as const) : []),
    ...(campaign.notice.undated ? (['date'] as const) : []),
  ];
}

export function reportData(
  campaign: Campaign,
  groups: readonly Group[],
  latest: LatestFigures,
  opts: ReportOptions,
  /** The ward's word as the build reads it (headers too); else read from the names here. */
  term?: GroupTerm,
): ReportData {
  const s = standingsOf(groups, campaign.measures, latest);
  const owed = dueOf(s, campaign.measures);
  const due = dueDayOf(campaign);
  const startOf = eventStartOf(campaign);
  const column =
    campaign.totals_by && hasColumn(groups, campaign.totals_by) ? campaign.totals_by : undefined;
  const areaOf = column ? areaCellOf(groups, column) : undefined;
  // Two groups of the same name each with its id: rows a reader can tell apart (told-apart.ts).
  const nameOf = toldApart(groups);
  const symbol = opts.symbol ?? `BC-${issuerCodeOfSymbol(campaign.notice.symbol) ?? 'UBND'}`;
  const measures = campaign.measures.map((m) => ({
    ...m,
    unit: baseUnit(m),
    valueUnit: reportedUnit(m),
    target: isTarget(m),
    targetWord: targetWord(m) ?? '',
    baseName: baseName(m),
    noun: countedOf(m).noun,
  }));
  return {
    number:
      opts.number === undefined
        ? `……/${symbol}`
        : `${String(opts.number).padStart(2, '0')}/${symbol}`,
    date: { ...dateParts(opts.date), iso: opts.date },
    measures,
    // Named where a rate is ("xếp hạng theo tỷ lệ …", the chart's title): no unit (rateLabel).
    rankBy: measures[0] ? rateLabel(measures[0]) : '',
    rankUnit: measures[0]?.unit ?? '',
    rows: byRank(s.rows).map((r) => ({
      rank: r.rank,
      id: r.group.id,
      name: nameOf(r.group),
      values: r.cells.map((c) => c.figure?.value),
      rates: r.cells.map((c) => c.rate),
      above: r.cells.map((c) => c.above === true),
      unconfirmed: r.cells.map((c) => c.unconfirmed === true),
      over: r.cells.map((c) => c.over === true),
      unchecked: r.cells.map((c, i) => {
        const m = campaign.measures[i];
        if (c.oldList && m) return oldListSaid(m, c.oldList);
        return c.unchecked && c.offTarget ? offTargetShort(c.offTarget) : '';
      }),
      oldList: r.cells.map((c) => c.oldList !== undefined && c.oldList.of === undefined),
      rebased: r.cells.map((c) => c.oldList?.of !== undefined),
      bases: campaign.measures.map((m) => baseOf(r.group, m)),
      none: campaign.measures.map((m) => nothingDue(r.group, m)),
      zero: campaign.measures.map((m) => zeroBase(r.group, m)),
      ...(areaOf ? { area: areaOf(r.group) } : {}),
      ...(sentLate(r.cells, due) ? { late: true } : {}),
      ...earlyOf(r.cells, startOf(r.group)),
    })),
    ...(due ? { due } : {}),
    totals: s.totals,
    chart: chartOf(s, (name, id) => nameOf({ id, name })),
    // A group the list gives nothing to do is not late, nor counted while silent (nothing-to-do.ts):
    // the zeros' note names it, never "khẩn trương báo cáo" (qa56 p4).
    reported: owed.reported,
    total: owed.total,
    missing: owed.missing.map((g) => ({ id: g.id, name: nameOf(g) })),
    idle: owed.idle.map((g) => ({ id: g.id, name: nameOf(g) })),
    term:
      term ??
      groupTermOf(
        campaign.issuer.group_term,
        groups.map((g) => g.name),
      ),
    unitTerm: unitTermOf(campaign.issuer.name, campaign.issuer.ward),
    filed: filedOf(campaign.notice.cc, campaign.notice.symbol),
    ...reportAddressOf(campaign),
    uncited: uncitedOf(campaign),
    ...(column
      ? { areas: { column, rows: areaTotalsOf(groups, campaign.measures, latest, column) } }
      : {}),
    unlisted: unlistedFiguresOf(groups, campaign.measures, latest),
  };
}

/** `early` of a report row: the group's first day when a leader sent a figure before it. */
function earlyOf(cells: Parameters<typeof sentEarly>[0], starts: string | undefined) {
  return starts !== undefined && sentEarly(cells, starts) ? { early: starts } : {};
}

/**
 * "báo cáo theo danh sách cũ, khi đó là Tổ dân phố 12, chỉ tiêu 148 hộ": what a figure sent against
 * another groups list was sent against (standings.ts `oldList`), the group's name then when it
 * was another. After "chưa xác nhận: " in the report's table and its spreadsheet's notes.
 */
export function oldListSaid(m: Measure, old: { base: number; name?: string; of?: string }): string {
  const named = old.name ? `là ${old.name}, ` : '';
  // The measure's base changed, not the list: its old base in its own words (qa58b M3).
  if (old.of !== undefined) {
    const was = { ...m, of: old.of };
    return `báo cáo khi chỉ tiêu còn tính theo ${baseName(was)}, khi đó ${named}${baseSaid(was, formatFigure(old.base))}`;
  }
  return `báo cáo theo danh sách cũ, khi đó ${named}${baseSaid(m, formatFigure(old.base))}`;
}

/**
 * "báo cáo theo danh sách cũ, khi đó là Tổ dân phố 12, chỉ tiêu 148 hộ, nay chỉ tiêu 63 hộ":
 * oldListSaid and what the list says now (`now`: the group's base now; undefined, it has none),
 * the one phrase of the studio's confirmation, /admin/ket-qua's list and the leader's form.
 */
export function oldListNowSaid(
  m: Measure,
  old: { base: number; name?: string; of?: string },
  now: number | undefined,
): string {
  return `${oldListSaid(m, old)}, nay ${now === undefined ? `không có ${baseName(m)}` : baseSaid(m, formatFigure(now))}`;
}

/**
 * A sum's label as said before its figure and unit: "Số tiền đã thu: 862.300.000 đồng", its unit
 * said once (qa43 m4: "Số tiền đã thu (đồng): 862.300.000 đồng"); any other label as it is. The
 * report's lines, its rate's name ("Tỷ lệ số tiền đã trao (%)") and Kết quả's.
 */
export function figureLabel(m: { label: string; of: string; noun: string }): string {
  const unit = `(${m.noun})`;
  // A sum rated against a budget column (`of: Kinh phí (đồng)`) says its unit after the figure
  // too: "Số tiền đã trao: 2.900.000/3.000.000 đồng kinh phí" (qa56 p5).
  return (isAmount(m) || m.noun === 'đồng') && m.label.endsWith(unit)
    ? m.label.slice(0, -unit.length).trimEnd()
    : m.label;
}

/**
 * A measure's label over its column of the report's table: a figure in a unit of its own ("Rác
 * thu gom | kg") heads its column with the unit, "Rác thu gom (kg)", as a label in đồng already
 * does ("Số tiền đã thu (đồng)"); a count's figures are bare numbers under its label.
 */
export function columnLabel(m: { label: string; of: string; noun: string }): string {
  // A plain count ("| người (không tính tỉ lệ)") likewise: "Số công dân vắng mặt (người)".
  // A sum typed "| đồng" (`of: amount`) as well: "Số tiền đã thu (đồng)", as the tracker heads it (qa59 p7).
  return (isOwnUnit(m.of) || isPlainCount(m.of) || m.of === AMOUNT) &&
    finalRemark(m.label) === undefined
    ? `${m.label} (${m.noun})`
    : m.label;
}

/** The figures of groups no longer in the list (ReportData `unlisted`). */
export function unlistedFiguresOf(
  groups: readonly Pick<Group, 'id'>[],
  measures: readonly Pick<Measure, 'id'>[],
  latest: LatestFigures,
): ReportData['unlisted'] {
  const listed = new Set(groups.map((g) => g.id));
  return [...latest]
    .filter(([id, figures]) => !listed.has(id) && measures.some((m) => figures.has(m.id)))
    .map(([id, figures]) => {
      const name = [...figures.values()].sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.name;
      return {
        id,
        name: name ?? `mã ${id}`,
        values: measures.map((m) => figures.get(m.id)?.value),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'vi', { numeric: true }));
}

/**
 * "Chưa tính vào số liệu trên: 90 hộ đã được phun hóa chất của 1 tổ không còn trong danh sách
 * (Tổ dân phố 8: 90 hộ)": the figures of groups no longer in the list, with their sum per
 * measure, said by the report and its spreadsheet; '' when there are none (qa26 F2).
 */
export function unlistedReportSaid(
  data: Pick<ReportData, 'measures' | 'unlisted'>,
  short: string,
): string {
  const n = data.unlisted.length;
  if (n === 0) return '';
  const sums = data.measures.flatMap((m, i) => {
    const values = data.unlisted.flatMap((u) => (u.values[i] === undefined ? [] : [u.values[i]]));
    return values.length ? [`${formatFigure(sumFigures(values))} ${m.valueUnit}`] : [];
  });
  const each = data.unlisted.map(
    (u) =>
      `${u.name}: ${data.measures
        .flatMap((m, i) =>
          u.values[i] === undefined ? [] : [`${formatFigure(u.values[i])} ${m.valueUnit}`],
        )
        .join(', ')}`,
  );
  return `Chưa tính vào số liệu trên: ${sums.join(', ')} của ${n} ${short} đã bỏ khỏi danh sách (${each.join('; ')})`;
}

/**
 * The report's "Kính gửi" and "Nơi nhận" (ReportData `recipients`, `cc`): the campaign's
 * `report` lines when it has them; else the body the issuer reports to and, as Decree 30 writes a
 * document sent to those it names, "Như trên; Lưu: VT, <office>." (qa43 M2: the notice's own
 * "Thường trực Đảng ủy phường; Chủ tịch, các PCT UBND phường" had the Chủ tịch report to himself).
 */
export function reportAddressOf(
  campaign: Pick<Campaign, 'issuer' | 'notice' | 'report'>,
): Pick<ReportData, 'recipients' | 'cc'> {
  const own = campaign.report ?? {};
  const recipients = own.recipients ?? [upperBodyOf(campaign.issuer)];
  const filed = `Lưu: ${filedOf(campaign.notice.cc, campaign.notice.symbol)}.`;
  const cc = own.cc ?? [...(recipients.length > 0 ? ['Như trên'] : []), filed];
  return { recipients, cc };
}

/**
 * The body the issuer reports to, as running text. A people's committee as parent: an office
 * under a ward's committee (`issuer.parent` "UBND PHƯỜNG …", the issuer "CÔNG AN PHƯỜNG …")
 * reports to that committee; a ward's committee itself to the committee its parent names
 * ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI": "Ủy ban nhân dân thành phố Hà Nội"; qa51 M2: it was
 * addressed to itself). Another parent as it is named. No parent: a ward's committee reports to
 * its city's (a xã's, a đặc khu's: to its province's), whose name the campaign does not hold: left
 * as a dotted blank to be written, as the report's number is.
 */
function upperBodyOf(issuer: Pick<Campaign['issuer'], 'parent' | 'name' | 'ward'>): string {
  const parent = issuer.parent.replace(/\s+/gu, ' ').trim();
  const unit = unitTermOf(issuer.name, issuer.ward);
  const blank = `Ủy ban nhân dân ${unit === 'phường' ? 'thành phố' : 'tỉnh'} ……`;
  if (parent === '') return blank;
  const rest = COMMITTEE.exec(parent)?.[1];
  if (rest === undefined)
    return parent === parent.toLocaleUpperCase('vi')
      ? upperFirst(parent.toLocaleLowerCase('vi'))
      : parent;
  // A committee above the ward, by its level ("THÀNH PHỐ …", "THỊ XÃ …": before the unit words,
  // "xã" being one of them).
  const named = committeeOf(rest);
  if (named) return named;
  // Else the ward's own ("PHƯỜNG …", or no name): the issuer is an office under it, named by the
  // ward's running name; a committee is not under its ward's committee (its parent left to write).
  const itself = COMMITTEE.test(issuer.name.join(' ').replace(/\s+/gu, ' ').trim());
  return itself ? blank : `Ủy ban nhân dân ${issuer.ward.trim()}`;
}

/** "ỦY BAN NHÂN DÂN …", "UBND …": a people's committee, and what follows its name. */
const COMMITTEE = /^(?:UBND|[ỦU]Y BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)(?![\p{L}])\s*(.*)$/iu;

/** The levels above a ward a parent committee names, with the short forms offices type. */
const LEVELS: readonly [RegExp, string][] = [
  [/^(?:thành phố|tp\.?)(?![\p{L}])/iu, 'thành phố'],
  [/^(?:thị xã|tx\.?)(?![\p{L}])/iu, 'thị xã'],
  [/^tỉnh(?![\p{L}])/iu, 'tỉnh'],
  [/^quận(?![\p{L}])/iu, 'quận'],
  [/^huyện(?![\p{L}])/iu, 'huyện'],
];

/** Places offices type abbreviated after "TP." (a place name, data, not the tool's wording). */
const ABBREVIATED: ReadonlyMap<string, string> = new Map([['HCM', 'Hồ Chí Minh']]);

/**
 * "THÀNH PHỐ HÀ NỘI" → "Ủy ban nhân dân thành phố Hà Nội": the level in lower case, the place's
 * name with each word capitalised (as names are written in running text); as typed when not in
 * capitals. Undefined when it names no level or no place.
 */
function committeeOf(rest: string): string | undefined {
  for (const [level, word] of LEVELS) {
    const at = level.exec(rest);
    if (!at) continue;
    // "TP.HCM", "TP HCM": the level's dot and spaces are not the place's.
    const place = rest
      .slice(at[0].length)
      .replace(/^[\s.]+/u, '')
      .trim();
    if (place === '') return undefined;
    const name = ABBREVIATED.has(place.toUpperCase())
      ? ABBREVIATED.get(place.toUpperCase())
      : /^[A-Z]{2,5}$/u.test(place)
        ? place // an abbreviation kept as typed, not "Hcm" (review52 #5)
        : place === place.toLocaleUpperCase('vi')
          ? place
              .toLocaleLowerCase('vi')
              .replace(
                /(^|[\s-])(\p{L})/gu,
                (_, b: string, l: string) => b + l.toLocaleUpperCase('vi'),
              )
          : place;
    return `Ủy ban nhân dân ${word} ${name}`;
  }
  return undefined;
}

/**
 * Where the office files its papers (Decree 30: "Lưu: VT, <drafting office>"): as the notice's own
 * "Lưu: …" line says (qa19: "Lưu: VT." on the notice is the office's choice, not a gap to fill);
 * a notice without one, the archive and the office part of its symbol ("UBND-CA" → "VT, CA"; a
 * named type's "KH-UBND" has no office part: its "UBND" is the issuer, qa19).
 */
export function filedOf(cc: readonly string[], symbol: string): string {
  const line = cc.map((c) => /^\s*-?\s*Lưu\s*:\s*(.*?)[\s.;]*$/iu.exec(c)?.[1]).find(Boolean);
  if (line)
    return line
      .split(/\s*,\s*/)
      .filter(Boolean)
      .join(', ');
  const office = officeCodeOfSymbol(symbol);
  return office ? `VT, ${office}` : 'VT';
}

/**
 * "chưa xác nhận: gấp 10 lần chỉ tiêu": a row's figures far out of line with their targets the
 * office has not confirmed (ReportRow `unchecked`), the measure named when the report has several;
 * '' when none is. Beside the group's name in the report's table, in the spreadsheet's note.
 */
export function uncheckedSaid(data: Pick<ReportData, 'measures'>, r: ReportRow): string {
  const several = data.measures.length > 1;
  const said = data.measures.flatMap((m, i) => {
    const how = r.unchecked[i];
    if (!how) return [];
    // A row's mark is about a rate's base, not a sum: "số tiền đã trao (gấp 10 lần …)", no "(đồng)".
    return [several ? `${lowerFirst(rateLabel(m))} (${how})` : how];
  });
  return said.length ? `chưa xác nhận: ${said.join('; ')}` : '';
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

type MeasureSaid = Pick<ReportData['measures'][number], 'valueUnit' | 'target' | 'targetWord'> & {
  of?: string;
};

/**
 * Whether a target's total (the ward's, an area's) is over it without the figures far out of
 * line the office has not confirmed (Total `unchecked`): they are no good news, so a total over
 * its target only because of them says no "vượt chỉ tiêu" (review33 #1).
 */
export const totalOver = (t: Pick<Total, 'rate' | 'unchecked'>): boolean =>
  (t.rate ?? 0) > 1000 && !t.unchecked?.only && (t.unchecked?.rate ?? 1001) > 1000;

/**
 * The rate over the groups that reported while others have not (Total `reporting`), as every
 * headline says it (the report's ward and area lines, Kết quả, /admin/ket-qua): over the groups
 * whose figures count, those with unconfirmed figures left out of both the figure and the base
 * and said so ("…ở 2 tổ đã báo cáo, chưa tính 1 tổ có số liệu chưa xác nhận"); with none
 * confirmed no rate at all (`rate` undefined, `said` says the figures await the office's check)
 * and the figures as sent (review34 #4, #7).
 */
export function reportingLead(
  r: NonNullable<Total['reporting']>,
  short: string,
): { value: number; base: number; rate?: number; left: string } {
  const u = r.unchecked;
  if (!u)
    return {
      value: r.value,
      base: r.base,
      ...(r.rate === undefined ? {} : { rate: r.rate }),
      left: '',
    };
  if (u.rate === undefined)
    return {
      value: r.value,
      base: r.base,
      left: `: số liệu chưa được văn phòng xác nhận, đang chờ kiểm tra`,
    };
  return {
    value: roundFigure(r.value - u.value),
    base: u.base,
    rate: u.rate,
    left: `, chưa tính ${u.groups} ${short} có số liệu chưa xác nhận`,
  };
}

/** The headline's rate: "94,2%", or "chưa có tỷ lệ" when no figure of it is confirmed. */
export const reportingRateSaid = (rate: number | undefined) =>
  rate === undefined ? 'chưa có tỷ lệ' : formatRate(rate);

/**
 * A rate as every results surface says it: "đạt 86,7% chỉ tiêu" against a target (`word`, its
 * targetWord), else a share, "chiếm tỷ lệ 2,0%" (not an aim reached: qa55 p6).
 */
export const rateSaid = (word: string | undefined, rate: string): string =>
  word ? `đạt ${rate} ${word}` : `chiếm tỷ lệ ${rate}`;

/**
 * "nếu không tính số liệu chưa xác nhận thì đạt 14,3% chỉ tiêu" ("… thì chiếm tỷ lệ 14,3%" with
 * no target): a total's rate without its unconfirmed figures, said after its rate on Kết quả and
 * /admin/ket-qua as the report says it (uncheckedTotalSaid); '' when it holds none.
 */
export function uncheckedRateSaid(t: Pick<Total, 'unchecked'>, word: string | undefined): string {
  if (t.unchecked?.only) return 'chưa có tỷ lệ nếu không tính số liệu chưa xác nhận';
  const rate = t.unchecked?.rate;
  return rate === undefined
    ? ''
    : `nếu không tính số liệu chưa xác nhận thì ${rateSaid(word, formatRate(rate))}`;
}

/**
 * "trong đó 150.000.000 đồng của 1 tổ là số liệu chưa xác nhận (khác xa chỉ tiêu), nếu không
 * tính số liệu này thì đạt 14,3% chỉ tiêu": how much of a total (the ward's, an area's) is
 * figures far out of line with their targets not yet confirmed, and its rate without them; ''
 * when none is. The one wording of the report's ward line (report.hbs), its areas' lines and the
 * spreadsheet's notes.
 */
/**
 * What a figure marked "chưa xác nhận" is far from: the target's word ("chỉ tiêu"), for a
 * measure rated against a count of the list (people, households) the list's figure itself, for
 * a sum with nothing to weigh it against the group's households (figures.ts `thin`, qa43 M3).
 */
export const farFromWord = (m: Pick<MeasureSaid, 'targetWord'> & { of?: string }): string =>
  m.targetWord || (m.of !== undefined && isAmount({ of: m.of }) ? 'số hộ' : 'số trong danh sách');

export function uncheckedTotalSaid(
  m: MeasureSaid,
  t: Pick<Total, 'unchecked'>,
  short: string,
): string {
  const u = t.unchecked;
  if (!u) return '';
  // Why they are not confirmed: far from the target, sent against another list, or both kinds.
  // Sent against an old list, or before the measure was given another base (qa58b M3).
  const old = !u.rebased
    ? 'báo cáo theo danh sách cũ'
    : u.rebased === u.oldList
      ? 'báo cáo trước khi đổi cách tính chỉ tiêu'
      : 'báo cáo theo danh sách cũ hoặc trước khi đổi cách tính chỉ tiêu';
  const why =
    u.oldList === undefined
      ? `khác xa ${farFromWord(m)}`
      : u.oldList === u.groups
        ? old
        : `khác xa ${farFromWord(m)} hoặc ${old}`;
  const rate = u.only
    ? ', chưa có số liệu đã xác nhận để tính tỷ lệ'
    : u.rate === undefined
      ? ''
      : `, nếu không tính ${u.groups} ${short} này thì ${rateSaid(m.target ? m.targetWord : undefined, formatRate(u.rate))}`;
  return `trong đó ${formatFigure(u.value)} ${m.valueUnit} của ${u.groups} ${short} là số liệu chưa xác nhận (${why})${rate}`;
}

/** "40,3": a rate in a table whose header says "(%)". */
export const rateNumber = (rate: number | undefined) => formatRate(rate).replace('%', '');
