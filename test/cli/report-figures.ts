/**
 * Test support for the `report --results` tests: the command run in this process with its usual
 * arguments, in Vietnamese, and the figures of one measure read back from the report.xlsx it wrote.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCliInProcess } from '../support/cli.js';

/** The files of one `report` run, and the report's date (YYYY-MM-DD). */
export interface ReportRun {
  campaign: string;
  groups: string;
  results: string;
  out: string;
  date: string;
}

/** `phuong-print report --lang vi` on these files, in this process. */
export const reportInVietnamese = (r: ReportRun) =>
  runCliInProcess([
    'report',
    ...['--lang', 'vi', '--campaign', r.campaign, '--groups', r.groups],
    ...['--results', r.results, '--out', r.out, '--date', r.date],
  ]);

/**
 * report.xlsx's figure of `measure` for each group, by the group's name as printed in the column
 * headed `groupColumn` (the campaign's word for a group); null where the cell is empty.
 */
export async function figuresIn(
  out: string,
  measure: string,
  groupColumn = 'Tổ dân phố',
): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, 'report.xlsx'));
  const rows: unknown[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  const header = rows.find((r) => r.includes(measure)) ?? [];
  const [name, figure] = [header.indexOf(groupColumn), header.indexOf(measure)];
  return new Map(rows.map((r) => [String(r[name]), r[figure] ?? null]));
}
