/**
 * Load stage: bounds no real ward meets, so that a wrong or hostile file is refused in seconds
 * with the bound named, instead of passing `check` and then exhausting a build's memory (a
 * 63 MB CSV killed a worker; a million rows aborted the build). A city's groups file has a few
 * thousand rows of short cells; a roster, a few hundred residents.
 */
import { stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { count, msg } from '../messages/message.js';
import type { RawTable } from './groups/table.js';
import { inflatedBytesUpTo, zipEntries } from './zip-inflated.js';

export const MAX_TABLE_FILE_MB = 32;
export const MAX_TABLE_ROWS = 100_000;
export const MAX_CELL_CHARS = 2_000;
/**
 * The parts of an .xlsx or a .docx (both zips) once inflated: a city's groups workbook is a few
 * MB, a Word notice with its photos a few tens (a 17 MB .docx of three photos, ~17 MB). Past it
 * the file is a "zip bomb" or broken: 600 MB of spaces in a 600 KB .docx took import-docx and
 * the studio to 2 GB and blocked every page ~17 s (qa11 Q10).
 */
export const MAX_INFLATED_MB = 100;

/** A count with its thousands grouped in the reader's way ("100.000" in Vietnamese). */
const fmt = count;

/** Refuses a table file larger than MAX_TABLE_FILE_MB before reading it. */
export async function checkTableFileSize(file: string): Promise<void> {
  const size = await stat(file).then(
    (s) => s.size,
    () => 0, // a missing file is reported by the reader, with its own hint
  );
  if (size > MAX_TABLE_FILE_MB * 1024 * 1024) {
    throw new UserError(
      msg`the file is ${fmt(Math.round(size / 1024 / 1024))} MB; a groups or roster file may be at most ${MAX_TABLE_FILE_MB} MB`,
      { file },
      msg`Check that this is the right file: a ward’s groups or residents fit in a few hundred KB.`,
    );
  }
}

/** Refuses text with more lines than MAX_TABLE_ROWS (+ a header), before it is parsed. */
export function checkTextRows(text: string, file: string): void {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_TABLE_ROWS + 10) tooManyRows(file);
  }
}

/** Refuses a parsed table with too many rows, or a cell too long to be one person's or group's. */
export function checkTableSize(table: RawTable, file: string): void {
  if (table.rows.length > MAX_TABLE_ROWS) tooManyRows(file);
  for (const r of table.rows) {
    const long = r.cells.findIndex((c) => c.length > MAX_CELL_CHARS);
    if (long >= 0) {
      throw new UserError(
        msg`a cell holds ${fmt(r.cells[long]?.length ?? 0)} characters; a cell may hold at most ${fmt(MAX_CELL_CHARS)}`,
        { file, row: r.row, field: table.header.cells[long] || `column ${long + 1}` },
        msg`Check that cell: a name, phone or address is much shorter.`,
      );
    }
  }
}

function tooManyRows(file: string): never {
  throw new UserError(
    msg`the file has more than ${fmt(MAX_TABLE_ROWS)} rows, the most a groups or roster file may have`,
    { file },
    msg`Check that this is the right file, or split a very large city into several files.`,
  );
}

/**
 * The size an .xlsx's or a .docx's parts inflate to as its central directory declares it (read
 * before anything is inflated), or undefined when the directory cannot be read (the reader then
 * says the file is not a workbook). A size the directory gives as ZIP64 counts as unbounded.
 */
export function zipInflatedBytes(bytes: Uint8Array): number | undefined {
  return zipEntries(bytes)?.reduce(
    (total, e) => total + (e.declared === 0xffffffff ? Number.POSITIVE_INFINITY : e.declared),
    0,
  );
}

/**
 * Refuses an .xlsx or a .docx whose parts would inflate beyond MAX_INFLATED_MB (a "zip bomb"):
 * first from the sizes its directory declares (nothing inflated), then — since a crafted zip
 * can declare small sizes and inflate to far more — from the bytes its parts really inflate to,
 * counted as they come out and stopped at the bound (zip-inflated.ts). Every reader of an
 * uploaded zip (mammoth, exceljs) is called after this, never before.
 */
export async function checkInflatedSize(
  bytes: Uint8Array,
  file: string,
  kind: 'xlsx' | 'docx',
): Promise<void> {
  const limit = MAX_INFLATED_MB * 1024 * 1024;
  const declared = zipInflatedBytes(bytes);
  if (declared === undefined) return;
  const total = declared > limit ? declared : ((await inflatedBytesUpTo(bytes, limit)) ?? 0);
  if (total <= limit) return;
  if (kind === 'docx') {
    throw new UserError(
      msg`the Word document would take more than ${MAX_INFLATED_MB} MB once opened: it is broken, or not a notice`,
      { file },
      msg`Check that this is the right file; if it is, open it in Word, make its large pictures smaller or remove them, and save it again as "Word Document (*.docx)".`,
    );
  }
  throw new UserError(
    msg`the workbook would take more than ${MAX_INFLATED_MB} MB once opened; a groups or roster file may not`,
    { file },
    msg`Check that this is the right file: a ward’s groups or residents fit in a few hundred KB.`,
  );
}
