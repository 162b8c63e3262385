/**
 * Load stage, groups: CSV text → RawTable. In: decoded text (no BOM). Out: the header row and the
 * non-empty data rows, cells cleaned, each with its record number (header = row 1 when it is the
 * first line). Rows with the wrong number of fields are a UserError naming the row.
 *
 * The delimiter is detected because Excel picks it from the Windows locale: ";" in Vietnamese
 * (where "," is the decimal mark), "," in English, tab for "Unicode text".
 */
import { parse } from 'csv-parse/sync';
import { UserError } from '../../errors.js';
import { type Message, msg } from '../../messages/message.js';
import { cleanCell, isEmptyRow, type RawRow, type RawTable } from './table.js';

const DELIMITERS = [';', ',', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** Counts each delimiter on the first non-blank line, ignoring those inside "quoted" text. */
function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenText = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenText) break;
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '') seenText = true;
  }
  // Ties (including a one-column header) go to the earlier entry: ";" is the Vietnamese default.
  let best: Delimiter = ';';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

interface CsvParseError {
  message: string;
  code?: string;
  lines?: number;
  /** The cell's text read so far, for a quote found inside it. */
  field?: string;
}

/** What the parser found, in the office's words (its own English never reaches them). */
function csvProblem(err: CsvParseError): Message {
  switch (err.code?.replace(/^CSV_/, '')) {
    case 'INVALID_OPENING_QUOTE':
      return msg`a double quote (") inside a cell, after "${(err.field ?? '').trim()}"`;
    case 'INVALID_CLOSING_QUOTE':
      return msg`a double quote (") ends a cell, but more text follows it in the cell`;
    case 'QUOTE_NOT_CLOSED':
      return msg`a cell opens with a double quote (") that is never closed`;
    default:
      return msg`the rows and cells cannot be told apart`;
  }
}

function parseRecords(text: string, delimiter: Delimiter, file: string): string[][] {
  try {
    // relax_column_count: the count is checked below, where empty rows can be skipped first
    // and the error can name the row the way the user counts it.
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (e) {
    const err = e as CsvParseError;
    throw new UserError(
      msg`the file is not valid CSV: ${csvProblem(err)}`,
      { file, line: err.lines },
      msg`A value that contains the delimiter, a quote or a line break must be in double quotes, with quotes inside it doubled (""). Saving from Excel or LibreOffice does this.`,
    );
  }
}

function checkFieldCount(row: RawRow, width: number, delimiter: Delimiter, file: string): void {
  // Extra cells are tolerated only while empty: a stray trailing delimiter carries no data.
  const extra = row.cells.slice(width);
  if (row.cells.length >= width && isEmptyRow(extra)) return;
  const shown = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  throw new UserError(
    msg`the row has ${row.cells.length} fields but the header has ${width}`,
    { file, row: row.row },
    msg`Fields are separated by ${shown}. A value that contains ${shown} must be in double quotes; every row needs as many fields as the header (empty ones too).`,
  );
}

export function parseCsvTable(text: string, file: string): RawTable {
  const delimiter = detectDelimiter(text);
  const records = parseRecords(text, delimiter, file);
  let header: RawRow | undefined;
  const rows: RawRow[] = [];
  records.forEach((record, i) => {
    const row: RawRow = { row: i + 1, cells: record.map(cleanCell) };
    // Excel writes ";;;;;;" for rows that were once used; blank lines are just as empty.
    if (isEmptyRow(row.cells)) return;
    if (!header) {
      header = row;
      return;
    }
    checkFieldCount(row, header.cells.length, delimiter, file);
    rows.push({ row: row.row, cells: row.cells.slice(0, header.cells.length) });
  });
  if (!header)
    throw new UserError(msg`the file is empty`, { file }, msg`The first row must be the header.`);
  return { header, rows };
}
