/**
 * Output stage: a groups file's cell that the campaign prints as a date but that holds Excel's
 * day number ("46361", which Excel shows for a date whose cell lost its date format, and writes
 * into a CSV so): "Trước ngày 46361" on the flyer (qa19 finding 6). In: the campaign, the groups
 * and the headers of their known fields. Out: one warning a column, naming the file, its rows
 * and each cell's likely date ("46361 (05/12/2026)"), with how to make the column dates.
 *
 * The cell still prints as the file holds it: a workbook's cell is read as Excel shows it (a
 * date-formatted cell as its date, a General one as its number: groups/cell-display.ts), and a
 * CSV's text as typed, so both readers print "46361" and warn alike; a number is never turned
 * into a date on a guess.
 *
 * A column is printed as a date when its header says a day or a time ("Ngày tiêm", "Hạn nộp",
 * "Thời gian", "Lịch"), when the campaign's text has "ngày" or "hạn" just before it ("Trước ngày
 * {{group.[Hạn nộp]}}"), or when it is printed in `when` (the time line).
 */
import { rowsListed, UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { excelSerialDate } from '../load/day-first.js';
import type { Group } from '../load/types.js';
import { count, msg } from '../messages/message.js';
import { withoutMarks } from '../model/format.js';
import { groupFieldUses } from '../template/check.js';
import { campaignTemplates } from './template-checks.js';

/** Rows named in full; more are counted. */
const ROWS_SHOWN = 8;

const DATE_HEADER = /(^|\s)(ngay|han|thoi gian|thoi han|lich)(\s|$)/u;
const DATE_BEFORE = /(ngay|han)\s*[:*_]*\s*$/u;

const fold = (s: string) => withoutMarks(s).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** Whether the text has "ngày" or "hạn" just before a {{…}} that writes `written`. */
function afterDateWord(text: string, written: string): boolean {
  for (const m of text.matchAll(/\{\{([^}]*)\}\}/gu)) {
    const before = fold(text.slice(Math.max(0, m.index - 16), m.index));
    if (m[1]?.includes(written) && DATE_BEFORE.test(before)) return true;
  }
  return false;
}

/** The columns of the file (not the known fields) the campaign's texts print as a date. */
function datedColumns(campaign: Campaign, columns: ReadonlySet<string>): Set<string> {
  const dated = new Set<string>();
  for (const t of campaignTemplates(campaign)) {
    for (const use of groupFieldUses(t.text)) {
      if (!use.printed || !columns.has(use.name) || dated.has(use.name)) continue;
      if (
        t.field === 'when' ||
        DATE_HEADER.test(fold(use.name)) ||
        afterDateWord(t.text, use.written)
      )
        dated.add(use.name);
    }
  }
  return dated;
}

export function dateSerialWarnings(campaign: Campaign, groups: readonly Group[]): UserError[] {
  const columns = new Set(groups.flatMap((g) => Object.keys(g.columns ?? {})));
  const warnings: UserError[] = [];
  for (const header of datedColumns(campaign, columns)) {
    const cells = groups.flatMap((g) => {
      const cell = String(g.columns?.[header] ?? '').trim();
      const date = excelSerialDate(cell);
      return date ? [{ g, cell, date }] : [];
    });
    const [first] = cells;
    if (!first) continue;
    const hint = msg`In Excel, format the column as dates (Format Cells › Date, dd/mm/yyyy) or type each day as ${first.date}, then save the file again.`;
    if (cells.length === 1) {
      warnings.push(
        new UserError(
          msg`"${first.cell}" looks like an Excel day number (${first.date}), not a date: the papers print the number "${first.cell}" as the file holds it`,
          {
            file: first.g.source.file,
            row: first.g.source.row,
            ...(first.g.source.sheet !== undefined ? { sheet: first.g.source.sheet } : {}),
            field: header,
          },
          hint,
        ),
      );
      continue;
    }
    const shown = rowsListed(
      cells
        .slice(0, ROWS_SHOWN)
        .map(({ g, cell, date }) => ({ at: g.source, text: `${g.name}: ${cell} (${date})` })),
      cells.length > ROWS_SHOWN,
    );
    warnings.push(
      new UserError(
        msg`${count(cells.length)} cells of the "${header}" column look like Excel day numbers, not dates (${shown}): the papers print the numbers as the file holds them`,
        // The rows are in the message; a single row as the place would name only the first.
        { file: first.g.source.file },
        hint,
      ),
    );
  }
  return warnings;
}
