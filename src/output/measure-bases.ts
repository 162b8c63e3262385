/**
 * Output stage, checks: the groups columns the campaign's measures take their rates against
 * (`of: "Số cử tri"`, model/measure-base.ts), checked against the groups file once both are
 * loaded. A column the file does not have, or cells that are not counts, leave rates untaken
 * (the tracking sheet's "……… cử tri", the report's "chưa tính tỷ lệ"): said, never silent.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { normaliseHeader } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';
import { count, msg } from '../messages/message.js';
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

/**
 * A measure naming a column the groups file does not have, at its `of` (the file's line given by
 * the caller); the hint lists the file's count columns when their cells are known.
 */
export function missingBaseColumns(
  campaign: Pick<Campaign, 'measures'>,
  headers: readonly string[],
  countHeaders: readonly string[] = [],
): UserError[] {
  const known = new Set(headers.map(normaliseHeader));
  return campaign.measures.flatMap((m, i) => {
    const column = baseColumnOf(m);
    if (column === undefined || known.has(normaliseHeader(column))) return [];
    return [
      new UserError(
        msg`the groups file has no "${column}" column: the rate of "${m.label}" cannot be taken`,
        { file: CAMPAIGN_VALUE, field: `measures.${i}.of`, line: 1 },
        countHeaders.length > 0
          ? msg`Write the header of one of the file's count columns (${countHeaders.map((h) => `“${h}”`).join(', ')}), or people or households.`
          : msg`Add the column to the groups file, or write people or households.`,
      ),
    ];
  });
}

export function measureBaseWarnings(
  campaign: Pick<Campaign, 'measures'>,
  campaignFile: string,
  campaignBytes: Uint8Array,
  groups: readonly Group[],
  extraColumns: readonly string[],
): UserError[] {
  const missing = missingBaseColumns(campaign, extraColumns, countColumns(groups, extraColumns));
  const warnings = missing.map((e) => inCampaignFile(e, campaignFile, campaignBytes) as UserError);
  const absent = new Set(missing.map((e) => e.where.field));
  campaign.measures.forEach((m, i) => {
    const column = baseColumnOf(m);
    if (column === undefined || absent.has(`measures.${i}.of`)) return;
    const rows = groups.map((g) => ({ g, cell: columnCell(g, column) }));
    const missing = rows.filter((r) => countOf(r.cell) === undefined);
    const [first] = missing;
    if (!first) return;
    const shown = missing
      .slice(0, ROWS_SHOWN)
      .map((r) => `${r.g.source.row}: ${r.g.name}${r.cell?.trim() ? ` “${r.cell.trim()}”` : ''}`)
      .join('; ');
    warnings.push(
      new UserError(
        msg`the "${column}" column has no count in ${count(missing.length)} rows (${missing.length > ROWS_SHOWN ? `${shown}…` : shown}): the rate of "${m.label}" is not taken for those groups`,
        { file: first.g.source.file },
        msg`Write each group's count in the column (digits only, e.g. 820 or 1.052).`,
      ),
    );
  });
  return warnings;
}
