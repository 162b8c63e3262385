/**
 * Output stage: a cell of the groups file that the campaign's own text prints, empty for some
 * groups. "Lớp học tổ chức tại {{group.venue}}" reads "tổ chức tại ." on those groups' notices:
 * not an error (a cell may be empty on purpose), but the office must know before it prints.
 * One warning per column, naming its rows; a column the file lacks is absentFieldWarnings'.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { type Field, HEADERS } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';
import { count, msg, withTerm } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { groupFieldsPrinted } from '../template/check.js';
import { campaignTemplates } from './template-checks.js';

/** Rows named in full; more are counted. */
const ROWS_SHOWN = 8;

/** The fields the loader reads by name; any other header is one of `group.columns`. */
const KNOWN: ReadonlySet<string> = new Set(Object.keys(HEADERS));

function cellOf(group: Group, name: string): unknown {
  return KNOWN.has(name) ? group[name as Field] : group.columns?.[name];
}

const emptyCells = (header: string, n: number, rows: string, expr: string) =>
  msg`the "${header}" column is empty in ${count(n)} rows (${rows}): those groups' papers print nothing where the campaign's text has {{${expr}}}`;

/** A warning of this module's (the studio says these again where the office prints). */
export const isEmptyCellWarning = (w: UserError): boolean =>
  w.text.key === emptyCells('', 0, '', '').key;

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
  for (const t of campaignTemplates(campaign))
    for (const [name, written] of groupFieldsPrinted(t.text)) {
      const field = fieldOf.get(name) ?? name;
      if (!printed.has(field)) printed.set(field, written);
    }
  const warnings: UserError[] = [];
  for (const [name, written] of printed) {
    const known = KNOWN.has(name);
    const header = known ? headers[name] : name;
    // A column the file does not have at all is warned of once, elsewhere.
    if (header === undefined) continue;
    if (!known && !groups.some((g) => g.columns && name in g.columns)) continue;
    const empty = groups.filter((g) => {
      const v = cellOf(g, name);
      return v === undefined || v === null || String(v).trim() === '';
    });
    const [first] = empty;
    if (!first) continue;
    const rows = empty
      .slice(0, ROWS_SHOWN)
      .map((g) => String(g.source.row))
      .join(', ');
    const shown = empty.length > ROWS_SHOWN ? `${rows}…` : rows;
    warnings.push(
      new UserError(
        withTerm(emptyCells(header, empty.length, shown, written), term),
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
