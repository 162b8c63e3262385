/**
 * Output stage, checks: the groups columns the campaign's measures take their rates against
 * (`of: "Số cử tri"`, model/measure-base.ts), checked against the groups file once both are
 * loaded. A column the file does not have is an error (qa18: the tracking sheet printed the typo
 * "……… người cao tuổ" and every rate went missing), said with the file's column it most likely
 * means; cells that are not counts leave those groups' rates untaken, and are warned of, once a
 * column whatever the measures that read it; a 0 is not known either, warned of once a cell,
 * but in a column of what a group must do ("Số hộ phải sơ tán") a 0 is a true none (qa21 #7).
 */
import { rowsListed, UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import {
  type Field,
  fieldOfHeader,
  headerNamed,
  nearHeader,
  normaliseHeader,
  UNDER_HEADER,
} from '../load/groups/columns.js';
import { meantPlain } from '../load/measure-of.js';
import { withoutRemark } from '../load/remark.js';
import type { Group } from '../load/types.js';
import { count, joined, type Message, msg, type Value } from '../messages/message.js';
import {
  baseColumnOf,
  baseMoneyScale,
  baseOf,
  baseUnit,
  COUNT_WORDS,
  columnCell,
  countedOf,
  countOf,
  countsWhatIsDue,
  isDecimalCell,
  isGuessedUnit,
  isQuantity,
  knownMoney,
  knownQuantity,
  type MeasureOf,
  signsUp,
  targetWord,
} from '../model/measure-base.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { inCampaignFile } from './template-checks.js';

const ROWS_SHOWN = 8;

/** The groups columns the measures name, as the campaign writes them, once each. */
export function measureColumns(campaign: Pick<Campaign, 'measures'>): string[] {
  return [...new Set(campaign.measures.flatMap((m) => baseColumnOf(m) ?? []))];
}

/** The file's columns whose every filled cell is a count: what a measure could be taken against. */
function countColumns(groups: readonly Group[], headers: readonly string[]): string[] {
  return headers.filter((h) => {
    const cells = groups.map((g) => columnCell(g, h) ?? '').filter((c) => c.trim() !== '');
    return cells.length > 0 && cells.every((c) => countOf(c) !== undefined);
  });
}

/** How the place a measure's base is written is named in the hint: the file's key, the form's line. */
export type BaseWording = 'file' | 'form';

/**
 * A measure naming a column the groups file does not have, at its `of` (the caller gives the
 * file's line), once a column; the hint names the column it most likely means, else the file's
 * count columns when their cells are known.
 */
export function missingBaseColumns(
  campaign: Pick<Campaign, 'measures'>,
  headers: readonly string[],
  countHeaders: readonly string[] = [],
  wording: BaseWording = 'file',
): UserError[] {
  const said = new Set<string>();
  return campaign.measures.flatMap((m, i) => {
    const column = baseColumnOf(m);
    if (column === undefined || headerNamed(column, headers) !== undefined) return [];
    if (said.has(normaliseHeader(column))) return [];
    said.add(normaliseHeader(column));
    const labels = campaign.measures.filter((x) => baseColumnOf(x) === column).map((x) => x.label);
    return [
      new UserError(
        msg`the groups file has no "${column}" column: the rate of ${joined(
          labels.map((l) => `“${l}”`),
          ', ',
        )} cannot be taken`,
        { file: CAMPAIGN_VALUE, field: `measures.${i}.of`, line: 1 },
        hintOf(column, headers, countHeaders, wording),
      ),
    ];
  });
}

/**
 * The campaign's `totals_by` naming a column the groups file does not have: no area totals on
 * the results pages and the report, said with the column it most likely means, else the list's
 * columns several groups share. A warning: nothing printed goes wrong for it.
 */
export function missingTotalsColumn(
  campaign: Pick<Campaign, 'totals_by'>,
  headers: readonly string[],
  groups: readonly Group[] = [],
  /** The header as written of each field's column (GroupsReport `headers`). */
  fields: Partial<Record<Field, string>> = {},
): UserError[] {
  const column = campaign.totals_by;
  if (column === undefined) return [];
  const known = headers.map(normaliseHeader);
  if (known.includes(normaliseHeader(column))) return [];
  const shared = sharedColumns(groups, headers, fields.venue).map((h) => `“${h}”`);
  const where = { file: CAMPAIGN_VALUE, field: 'totals_by', line: 1 } as const;
  const instead = shared.length
    ? msg`Write the header of the list's column that several groups share (${shared.join(', ')}), or leave it empty.`
    : msg`Write the header of the list's column that several groups share, or leave it empty.`;
  // A column the loader reads under its own role ("Tổ trưởng", "Nhà văn hóa"), not "no such
  // column": the meeting place is an area several groups share and is totalled by
  // (results/areas.ts); any other is each group's own (its leader, name, phone, counts).
  const field = fieldOfHeader(column);
  if (field === 'venue' && fields.venue !== undefined) return [];
  if (field !== undefined && fields[field] !== undefined) {
    return [
      new UserError(
        field === 'leader'
          ? msg`the "${column}" column is each group's leader, not an area several groups share: the figures are not totalled by it`
          : msg`the "${column}" column is each group's own, not an area several groups share: the figures are not totalled by it`,
        where,
        instead,
      ),
    ];
  }
  const near = nearHeader(column, headers);
  return [
    new UserError(
      msg`the groups file has no "${column}" column: the figures are not totalled by it`,
      where,
      near !== undefined
        ? msg`Did you mean the list's column "${near}"? Write it as the list writes it.`
        : instead,
    ),
  ];
}

/** A base column's rows with no count in them ("khoảng 20"), and what that leaves out. */
const noCount = (signUp: boolean, column: string, n: number, shown: Value, rated: Value) =>
  signUp
    ? msg`the "${column}" column has no count in ${count(n)} rows (${shown}): the rate of ${rated} is not taken for those groups, and their sign-up lists print blank rows with no target`
    : msg`the "${column}" column has no count in ${count(n)} rows (${shown}): the rate of ${rated} is not taken for those groups`;

/**
 * The warning that a base column has rows with no count (the studio says it again where the
 * office prints: qa58 p2, a quota "khoảng 20" was said on Danh sách tổ only).
 */
export const isNoCountWarning = (w: UserError): boolean =>
  w.text.key === noCount(true, '', 0, '', '').key ||
  w.text.key === noCount(false, '', 0, '', '').key;

/**
 * The columns whose cells repeat from group to group (an area, a polling place), mostly words,
 * not counts;
 * with `venue`, the header the list's meeting place is read under ("Nhà văn hóa": each group's
 * `venue`, not a column of its own), last, when groups share it: `totals_by` takes it
 * (results/areas.ts), so it is offered too.
 */
export function sharedColumns(
  groups: readonly Group[],
  headers: readonly string[],
  venue?: string,
): string[] {
  const shared = (cells: readonly (string | undefined)[]) => {
    const given = cells.map((c) => (c ?? '').trim()).filter(Boolean);
    const distinct = new Set(given).size;
    // Mostly words: a column of counts with a cell or two in words ("khoảng 20" among a quota's
    // numbers, two tổ of 40) is no area to total by (qa58 p3).
    const words = given.filter((c) => countOf(c) === undefined).length;
    return given.length > 1 && distinct < given.length && words * 2 > given.length;
  };
  const own = headers.filter((h) => shared(groups.map((g) => columnCell(g, h))));
  return venue !== undefined && !own.includes(venue) && shared(groups.map((g) => g.venue))
    ? [...own, venue]
    : own;
}

function hintOf(
  column: string,
  headers: readonly string[],
  countHeaders: readonly string[],
  wording: BaseWording,
): Message {
  // A plain count mistyped ("người (không tính)"): its words, not the list's columns (review57a #9).
  if (meantPlain(column))
    return wording === 'form'
      ? msg`For a count rated against nothing, write "người (không tính tỉ lệ)" or "hộ (không tính tỉ lệ)" after the "|".`
      : msg`For a count rated against nothing, write of: người (không tính tỉ lệ), or of: hộ (không tính tỉ lệ).`;
  const near = nearHeader(column, headers);
  if (near !== undefined) {
    return wording === 'form'
      ? msg`Did you mean the list's column "${near}"? Write it after the "|" as the list writes it.`
      : msg`Did you mean the groups file's column "${near}"? Write of: ${near}.`;
  }
  const counts = countHeaders.map((h) => `“${h}”`).join(', ');
  if (wording === 'form') {
    return counts
      ? msg`After the "|" write "người", "hộ", a unit ("kg", "bao"…) or the header of one of the list's count columns (${counts}).`
      : msg`After the "|" write "người", "hộ" or a unit ("kg", "bao"…), or add the column to the list.`;
  }
  return counts
    ? msg`Write the header of one of the file's count columns (${counts}), or người, hộ or a unit (kg, bao…).`
    : msg`Add the column to the groups file, or write người, hộ or a unit (kg, bao…).`;
}

/**
 * A measure whose `of` is two words the product does not know as a unit and the list has no
 * column of ("phụ nũ", "bà con"): read as a unit of its own, summed with no rate (review58a #3:
 * a typo, or a column the list lacks, went unsaid and `check` said "ổn"). Said, with the list's
 * column it most likely means, at the measure's `of`.
 */
export function guessedUnitNotes(
  campaign: Pick<Campaign, 'measures'>,
  headers: readonly string[],
  wording: BaseWording = 'file',
): UserError[] {
  return campaign.measures.flatMap((m, i) => {
    if (!isGuessedUnit(m.of)) return [];
    const near = nearHeader(m.of, headers) ?? nearHeader(`Số ${m.of}`, headers);
    return [
      new UserError(
        msg`"${m.of}" is read as a unit of its own, not a column of the groups file: "${m.label}" is summed in "${m.of}", with no rate`,
        { file: CAMPAIGN_VALUE, field: `measures.${i}.of`, line: 1 },
        guessedUnitHint(m.of, near, wording),
      ),
    ];
  });
}

/** What to write instead of a guessed unit: in campaign.yaml's `of`, or after the form's "|". */
function guessedUnitHint(of: string, near: string | undefined, wording: BaseWording): Message {
  if (wording === 'form') {
    return near === undefined
      ? msg`If it counts against a column of the list, write that column's header after the "|" as the list writes it (e.g. "Số ${of}") and add the column; if "${of}" is the unit the leaders count in, leave it.`
      : msg`Did you mean the list's column "${near}"? Write it after the "|".`;
  }
  return near === undefined
    ? msg`If it counts against a column of the groups file, write its header as the file writes it (e.g. of: Số ${of}) and add the column; if "${of}" is the unit the leaders count in, leave it.`
    : msg`Did you mean the groups file's column "${near}"? Write of: ${near}.`;
}

/**
 * A measure on a merged header with columns under it ("Số cử tri" over "Tổng số | Trong đó: nữ"):
 * its rate is taken against the first ("Số cử tri – Tổng số", columns.ts headerNamed), said once
 * a column with the others it could mean instead.
 */
export function underHeaderNotes(
  campaign: Pick<Campaign, 'measures'>,
  headers: readonly string[],
  wording: BaseWording = 'file',
): UserError[] {
  const said = new Set<string>();
  return campaign.measures.flatMap((m, i) => {
    const column = baseColumnOf(m);
    const header = column === undefined ? undefined : headerNamed(column, headers);
    if (column === undefined || header === undefined) return [];
    if (normaliseHeader(header) === normaliseHeader(column) || said.has(header)) return [];
    said.add(header);
    const labels = campaign.measures.filter((x) => baseColumnOf(x) === column).map((x) => x.label);
    const others = headers.filter(
      (h) => h !== header && h.startsWith(header.slice(0, header.indexOf(UNDER_HEADER) + 1)),
    );
    const other = others[0];
    return [
      new UserError(
        msg`the list's "${column}" has columns under it: the rate of ${joined(
          labels.map((l) => `“${l}”`),
          ', ',
        )} is taken against the first, "${header}"`,
        { file: CAMPAIGN_VALUE, field: `measures.${i}.of`, line: 1 },
        other === undefined
          ? undefined
          : wording === 'form'
            ? msg`If it is another column, write its header after the "|", e.g. "${other}".`
            : msg`If it is another column, write its header, e.g. "${other}".`,
      ),
    ];
  });
}

/** The measures' columns the file lacks, as errors at their line of campaign.yaml. */
export function measureBaseErrors(
  campaign: Pick<Campaign, 'measures'>,
  campaignFile: string,
  campaignBytes: Uint8Array,
  groups: readonly Group[],
  extraColumns: readonly string[],
): UserError[] {
  return missingBaseColumns(campaign, extraColumns, countColumns(groups, extraColumns)).map(
    (e) => inCampaignFile(e, campaignFile, campaignBytes) as UserError,
  );
}

/**
 * The rows whose cell of a measure's column is no count: their rates are not taken. `printedIn`
 * names the campaign's texts that print a column ("notice.body"): a 0 is not known to the rates,
 * but those texts print the cell as typed ("có 0 cử tri", qa20 finding 3), which the office is
 * told, so that it writes the real figure rather than leaving a 0 it reads as harmless.
 */
export function measureBaseWarnings(
  campaign: Pick<Campaign, 'measures'>,
  groups: readonly Group[],
  printedIn: (column: string) => readonly string[] = () => [],
): UserError[] {
  const warnings: UserError[] = [];
  for (const column of measureColumns(campaign)) {
    const rows = groups.map((g) => ({ g, cell: columnCell(g, column) }));
    // A column the file lacks is measureBaseErrors' to say.
    if (rows.every((r) => r.cell === undefined)) continue;
    // A 0 gives no rate and bounds no figure (model/measure-base.ts knownCount), yet it is the
    // list's figure, said apart from an empty cell on every results surface ("1 tổ có 0 cử
    // tri": zeroBase): said once a cell, with its row, the office asked for the real figure. A column
    // of what a group must do ("Số hộ phải sơ tán") is the exception: its 0 is a true answer,
    // nothing to do (countsWhatIsDue), not asked to be fixed; said only where a text prints it.
    const texts = printedIn(column);
    const due = countsWhatIsDue({ of: column });
    const unit = baseUnit({ of: column });
    const readers = campaign.measures.filter((m) => baseColumnOf(m) === column);
    // A quantity's target or estimate may have decimals ("120,5" in "Chỉ tiêu (kg)"); a count's
    // may not: such a cell is said as a decimal, with its row, not as a cell of no number.
    const counters = readers.filter((m) => !isQuantity(m));
    // A sum of money is read as the leader's form reads it ("380.000 đ", "4,28 triệu": qa57 p8).
    const money = readers.map(baseMoneyScale).find((s) => s !== undefined);
    const moneyOf = (m: MeasureOf) => baseMoneyScale(m) !== undefined;
    const readable = (cell: string | undefined) =>
      money !== undefined && readers.every(moneyOf)
        ? knownMoney(cell, money, counters.length === 0) !== undefined || countOf(cell) === 0
        : counters.length === 0
          ? knownQuantity(cell) !== undefined || countOf(cell) === 0
          : countOf(cell) !== undefined;
    const decimal = (r: (typeof rows)[number]) => counters.length > 0 && isDecimalCell(r.cell);
    // Words where a count should be ("không") print as typed in a text that prints the column
    // ("sơ tán không hộ", qa21 #7): said once a cell, with what to write instead.
    const worded = (r: (typeof rows)[number]) =>
      texts.length > 0 && !readable(r.cell) && !decimal(r) && (r.cell ?? '').trim() !== '';
    // In the file's row order, 0s, decimals and words alike.
    for (const r of rows.filter((r) => countOf(r.cell) === 0 || decimal(r) || worded(r))) {
      const { file, row, sheet } = r.g.source;
      const at = { file, row, ...(sheet === undefined ? {} : { sheet }), field: column };
      if (decimal(r)) {
        warnings.push(
          new UserError(
            msg`"${(r.cell ?? '').trim()}" has decimals, but ${joined(
              counters.map((m) => `“${m.label}”`),
              ', ',
            )} counts ${unit}, a whole number: no rate is counted for this group`,
            at,
            msg`Write a whole count (e.g. ${String(Math.round(knownQuantity(r.cell) ?? 0))}); if the figures are a weight or an amount, give the unit in the column's header, e.g. "${withoutRemark(column)} (kg)".`,
          ),
        );
        continue;
      }
      if (worded(r)) {
        warnings.push(
          new UserError(
            msg`"${(r.cell ?? '').trim()}" is not a count: no rate is counted for this group, and ${texts.join(', ')} prints it as typed`,
            at,
            due
              ? msg`Write the figure in digits: 0 when the group has none (no ${unit}).`
              : msg`Write the figure in digits, e.g. 820 or 1.052.`,
          ),
        );
        continue;
      }
      if (due) {
        if (texts.length)
          warnings.push(
            new UserError(
              msg`0 is read as none (no ${unit}): no rate is counted for this group; ${texts.join(', ')} prints the cell as it is, 0`,
              at,
              msg`Nothing to fix when the group has none; read its papers once to see that the sentence reads right with 0.`,
            ),
          );
        continue;
      }
      // A target of 0 (measure-base.ts zeroBase): no target to rate against, said apart on every results
      // surface as such, not as a figure the list lacks.
      const word = targetWord({ of: column });
      if (word !== undefined) {
        warnings.push(
          new UserError(
            msg`a ${word} of 0: no rate is counted for this group; the results and the report say it apart`,
            at,
            msg`Write the group's ${word} if it has one; keep 0 if it was given none.`,
          ),
        );
        continue;
      }
      warnings.push(
        new UserError(
          texts.length === 0
            ? msg`0 ${unit}: no rate is counted for this group, and a figure reported for it is asked about before it counts; the results and the report say it apart`
            : msg`0 ${unit}: no rate is counted for this group, and a figure reported for it is asked about before it counts; the results and the report say it apart, and ${texts.join(', ')} prints the cell as it is, 0`,
          at,
          texts.length === 0
            ? msg`Leave the cell empty until the figure is known, or write the real figure.`
            : msg`Write the real figure; or leave the cell empty until it is known (then nothing prints there).`,
        ),
      );
    }
    const missing = rows.filter((r) => !readable(r.cell) && !worded(r) && !decimal(r));
    const [first] = missing;
    if (!first) continue;
    const labels = readers.map((m) => m.label);
    const shown = rowsListed(
      missing.slice(0, ROWS_SHOWN).map((r) => ({
        at: r.g.source,
        text: `${r.g.name}${r.cell?.trim() ? ` “${r.cell.trim()}”` : ''}`,
      })),
      missing.length > ROWS_SHOWN,
    );
    const rated = joined(
      labels.map((l) => `“${l}”`),
      ', ',
    );
    // The first measure's quota of people makes every group's sheet a sign-up list: one with no
    // quota keeps it, with blank rows and no target (qa23 #6: what the empty cell changes, said).
    const [lead] = campaign.measures;
    const signUp = lead !== undefined && baseColumnOf(lead) === column && signsUp(lead);
    warnings.push(
      new UserError(
        noCount(signUp, column, missing.length, shown, rated),
        { file: first.g.source.file },
        money !== undefined && readers.every(moneyOf)
          ? msg`Write each group's sum in the column, e.g. 380.000, 380.000 đồng or 4,28 triệu.`
          : due
            ? msg`Write each group's count in the column (digits only, e.g. 820 or 1.052; 0 for a group that has none).`
            : msg`Write each group's count in the column (digits only, e.g. 820 or 1.052).`,
      ),
    );
  }
  return warnings;
}

/**
 * The groups file's count column whose words begin the measure's label ("Số thiếu nhi" for "Số
 * thiếu nhi tham gia"), holding a count in some row, and counting what the measure is counted in:
 * a measure of people is offered a column of people, one of households a column of households
 * ("Số hộ nghèo" is no base for "Số hộ nghèo được hỗ trợ" counted in people). Undefined when none
 * (the longest if several).
 */
export function countColumnOf(
  m: Pick<MeasureOf, 'label' | 'of'>,
  groups: readonly Group[],
): string | undefined {
  const words = normaliseHeader(m.label ?? '');
  const headers = [...new Set(groups.flatMap((g) => Object.keys(g.columns ?? {})))];
  return headers
    .filter((h) => {
      const key = normaliseHeader(h);
      return (
        COUNT_WORDS.test(h.normalize('NFC').trim()) &&
        (words === key || words.startsWith(`${key} `)) &&
        countedOf({ of: h }).kind === m.of &&
        groups.some((g) => countOf(columnCell(g, h)) !== undefined)
      );
    })
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * A measure counted against the population or the households ("Số người đã kích hoạt mức 2 |
 * người") when no group of the list has that count: the column is missing, or empty (or 0) in
 * every row (qa21 #2: "Số nhân khẩu" empty in all 22 rows, and nothing said until the report
 * printed a ranking with no rank and no rate). Said once a base, naming the column and the fix:
 * fill it, or count in the other base when the list has it. `at` places it: the groups file (for
 * `check` and the studio's groups page, `wording` 'file') or the measure's line of the form.
 */
export function emptyBaseWarnings(
  campaign: Pick<Campaign, 'measures'>,
  groups: readonly Group[],
  headers: Partial<Record<'population' | 'households', string>>,
  at: (measure: number) => UserError['where'],
  wording: BaseWording = 'file',
): UserError[] {
  if (groups.length === 0) return [];
  const known = (of: 'people' | 'households') =>
    groups.some((g) => baseOf(g, { of }) !== undefined);
  const said = new Set<string>();
  return campaign.measures.flatMap((m, i) => {
    if (m.of !== 'people' && m.of !== 'households') return [];
    if (said.has(m.of) || known(m.of)) return [];
    said.add(m.of);
    const labels = joined(
      campaign.measures.filter((x) => x.of === m.of).map((x) => `“${x.label}”`),
      ', ',
    );
    const unit = baseUnit(m);
    const header = headers[m.of === 'people' ? 'population' : 'households'];
    const other = m.of === 'people' ? 'households' : 'people';
    const otherUnit = baseUnit({ of: other });
    // The list counts what the measure counts in a column of its own ("Số thiếu nhi" beside
    // "Số thiếu nhi tham gia | người"): that is the base meant (qa55 M5), said before the others.
    const own = countColumnOf(m, groups);
    const hint = own
      ? wording === 'form'
        ? msg`The list has the column "${own}": to take the rate against it, after the "|" write "${own}".`
        : msg`The list has the column "${own}": to take the rate against it, write of: ${own}.`
      : !known(other)
        ? msg`Write each group's count of ${unit} in the list.`
        : wording === 'form'
          ? msg`Write each group's count of ${unit} in the list; or count in ${otherUnit}: after the "|" write "${other === 'people' ? 'người' : 'hộ'}".`
          : msg`Write each group's count of ${unit} in the list; or count in ${otherUnit} (of: ${other}).`;
    return [
      new UserError(
        header === undefined
          ? msg`the groups file has no "Số ${unit}" column: ${labels} will have no rate and no rank`
          : msg`the "${header}" column is empty in all ${count(groups.length)} rows: ${labels} will have no rate and no rank`,
        at(i),
        hint,
      ),
    ];
  });
}
