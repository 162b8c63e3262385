/**
 * Output stage, checks: the groups columns the campaign's measures take their rates against
 * (`of: "Số cử tri"`, model/measure-base.ts), checked against the groups file once both are
 * loaded. A column the file does not have is an error (qa18: the tracking sheet printed the typo
 * "……… người cao tuổ" and every rate went missing), said with the file's column it most likely
 * means; cells that are not counts leave those groups' rates untaken, and are warned of, once a
 * column whatever the measures that read it; a 0 is not known either, warned of once a cell.
 */
import { rowsListed, UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { nearHeader, normaliseHeader } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';
import { count, joined, type Message, msg } from '../messages/message.js';
import { baseColumnOf, columnCell, countOf } from '../model/measure-base.js';
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
  const known = new Set(headers.map(normaliseHeader));
  const said = new Set<string>();
  return campaign.measures.flatMap((m, i) => {
    const column = baseColumnOf(m);
    if (column === undefined || known.has(normaliseHeader(column))) return [];
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

function hintOf(
  column: string,
  headers: readonly string[],
  countHeaders: readonly string[],
  wording: BaseWording,
): Message {
  const near = nearHeader(column, headers);
  if (near !== undefined) {
    return wording === 'form'
      ? msg`Did you mean the list's column "${near}"? Write it after the "|" as the list writes it.`
      : msg`Did you mean the groups file's column "${near}"? Write of: ${near}.`;
  }
  const counts = countHeaders.map((h) => `“${h}”`).join(', ');
  if (wording === 'form') {
    return counts
      ? msg`After the "|" write "người", "hộ" or the header of one of the list's count columns (${counts}).`
      : msg`After the "|" write "người" or "hộ", or add the column to the list.`;
  }
  return counts
    ? msg`Write the header of one of the file's count columns (${counts}), or people or households.`
    : msg`Add the column to the groups file, or write people or households.`;
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
    // A 0 is taken as not known, as a 0 in the list's households or population is (load/groups/
    // rows.ts known, model/measure-base.ts knownCount): said once a cell, with its row.
    const texts = printedIn(column);
    for (const r of rows.filter((r) => countOf(r.cell) === 0)) {
      const { file, row, sheet } = r.g.source;
      warnings.push(
        new UserError(
          texts.length === 0
            ? msg`0 is taken as not known: no rate is counted for this group, and no figure is checked against it`
            : msg`0 is taken as not known: no rate is counted for this group, and no figure is checked against it; but ${texts.join(', ')} prints the cell as it is, 0`,
          { file, row, ...(sheet === undefined ? {} : { sheet }), field: column },
          texts.length === 0
            ? msg`Leave the cell empty until the figure is known, or write the real figure.`
            : msg`Write the real figure; or leave the cell empty until it is known (then nothing prints there).`,
        ),
      );
    }
    const missing = rows.filter((r) => countOf(r.cell) === undefined);
    const [first] = missing;
    if (!first) continue;
    const labels = campaign.measures.filter((m) => baseColumnOf(m) === column).map((m) => m.label);
    const shown = rowsListed(
      missing.slice(0, ROWS_SHOWN).map((r) => ({
        at: r.g.source,
        text: `${r.g.name}${r.cell?.trim() ? ` “${r.cell.trim()}”` : ''}`,
      })),
      missing.length > ROWS_SHOWN,
    );
    warnings.push(
      new UserError(
        msg`the "${column}" column has no count in ${count(missing.length)} rows (${shown}): the rate of ${joined(
          labels.map((l) => `“${l}”`),
          ', ',
        )} is not taken for those groups`,
        { file: first.g.source.file },
        msg`Write each group's count in the column (digits only, e.g. 820 or 1.052).`,
      ),
    );
  }
  return warnings;
}

/**
 * Units a figure is measured in rather than counted: a weight, a volume, a length, an area. A
 * figure is stored and read as a whole number (the store's column, the forms, the results file,
 * every page that adds figures up), so "95,5" kg is refused where it is typed.
 */
const QUANTITY_UNITS = new Set(
  [
    'kg',
    'g',
    'gam',
    'ki-lô-gam',
    'kilôgam',
    'kilogam',
    'lạng',
    'tạ',
    'tấn',
    'yến',
    'lít',
    'l',
    'ml',
    'm',
    'mét',
    'cm',
    'km',
    'm2',
    'm²',
    'mét vuông',
    'm3',
    'm³',
    'mét khối',
    'ha',
    'héc-ta',
    'hecta',
  ].map((u) => u.normalize('NFC')),
);

/** The unit in a bracket at the end of a text: "Khối lượng rác thu gom (kg)" → "kg". */
const bracketUnit = (text: string) =>
  /\(\s*([^()]+?)\s*\)\s*$/u.exec(text.normalize('NFC'))?.[1]?.toLocaleLowerCase('vi');

/**
 * A measure whose label or base column gives a unit of weight, volume, length or area ("Khối
 * lượng rác thu gom (kg)", qa20 finding 9): its figures are whole numbers, which `check` says at
 * its line of campaign.yaml before a leader's "95,5" is refused as "not a whole number".
 */
export function quantityMeasureWarnings(
  campaign: Pick<Campaign, 'measures'>,
  campaignFile: string,
  campaignBytes: Uint8Array,
): UserError[] {
  return campaign.measures.flatMap((m, i) => {
    const unit = [bracketUnit(m.label), bracketUnit(baseColumnOf(m) ?? '')].find(
      (u) => u !== undefined && QUANTITY_UNITS.has(u),
    );
    if (unit === undefined) return [];
    const e = new UserError(
      msg`"${m.label}" is measured in ${unit}, but a figure is read as a whole number: a figure such as 95,5 ${unit} is refused wherever it is typed`,
      { file: CAMPAIGN_VALUE, field: `measures.${i}.label`, line: 1 },
      msg`Ask for whole figures (rounded: 95,5 → 96 ${unit}), or measure in a smaller unit whose figures are whole.`,
    );
    return [inCampaignFile(e, campaignFile, campaignBytes) as UserError];
  });
}
