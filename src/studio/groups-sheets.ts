/**
 * Studio: a groups workbook kept to the sheets the tool reads. An office's workbook often holds
 * more than the list of groups: last year's list, notes, or a sheet of households to evacuate
 * with their names, addresses and phone numbers (qa21's storm campaign). The tool reads the
 * groups' sheet only, but the file went whole wherever the campaign's folder goes: its ZIP, a
 * copy of the campaign, the leaders' served copy. So the studio stores the uploaded workbook
 * without the sheets it does not read, and the folder's ZIP and a copy take an older campaign's
 * workbook so too. In: the groups file's path. Out: the workbook's bytes with only the read
 * sheets, and the sheets left out.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { isUserError } from '../errors.js';
import { GROUP_COLUMNS } from '../load/groups/columns.js';
import { readDocxTable } from '../load/groups/docx.js';
import { isBinary, officeFileKind } from '../load/groups/file-kind.js';
import {
  type GroupsReport,
  loadGroupsReport,
  type SheetLeft,
  workbookSheets,
} from '../load/groups/index.js';
import type { RawRow } from '../load/groups/table.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { GROUPS_NAME_FILE, uploadedNameOf, writeUploadedName } from './campaign-folders.js';

export type { SheetLeft };

/**
 * A groups list kept as a Word table (.docx) with only that table, as a workbook: the document
 * may hold more than the list — a table of households to evacuate with their names and phones,
 * a letter's text naming people, comments, its author — and the groups file goes wherever the
 * campaign's folder goes (its ZIP, a copy). The table the loader reads (with the tables Word
 * split it into) is written to one sheet, each row at its row number, every cell as text;
 * undefined when `file` is no Word document. Throws `Unkept` (no sheets named) when the
 * workbook does not read as the same list (a header of merged cells read otherwise): the
 * caller must not keep or hand out the document instead.
 */
export async function wordTableOnly(file: string): Promise<Uint8Array | undefined> {
  if (extname(file).toLowerCase() !== '.docx') return undefined;
  const { table } = await readDocxTable(new Uint8Array(await readFile(file)), file, GROUP_COLUMNS);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(WORD_SHEET);
  const raws = [table.header, ...table.rows];
  for (const raw of raws) {
    const row = sheet.getRow(raw.row);
    raw.cells.forEach((text, i) => {
      // A cell a merge covers is left to the merge (below), as Excel keeps it.
      if (text !== '' && !raw.merged?.[i]) row.getCell(i + 1).value = text;
    });
  }
  mergeAsWord(sheet, raws);
  // Each column as text: an id "01" stays "01", as Word showed it.
  sheet.columns.forEach((col) => {
    col.numFmt = '@';
  });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (!(await readsTheSame(file, bytes))) throw new Unkept([], []);
  return bytes;
}

/**
 * The Word table's merged cells merged again in the sheet: the loader reads a header's second row
 * by the cells the header runs down into or across (load/groups/header-row.ts), so the kept
 * sheet must say them as the document did, or it reads as another list (refused as `Unkept`).
 */
function mergeAsWord(
  sheet: { mergeCells(top: number, left: number, bottom: number, right: number): void },
  raws: readonly RawRow[],
): void {
  const byRow = new Map(raws.map((r) => [r.row, r]));
  for (const raw of raws) {
    raw.cells.forEach((_, i) => {
      if (raw.merged?.[i]) return;
      // A merge starts here: across while the next cells are covered and across, then down
      // while the rows below are covered (not across) in this column.
      let right = i;
      while (raw.merged?.[right + 1] && raw.across?.[right + 1]) right++;
      let bottom = raw.row;
      for (;;) {
        const below = byRow.get(bottom + 1);
        if (!below?.merged?.[i] || below.across?.[i]) break;
        bottom++;
      }
      if (right === i && bottom === raw.row) return;
      try {
        sheet.mergeCells(raw.row, i + 1, bottom, right + 1);
      } catch {
        // Overlapping merges the sheet cannot hold: the list read again tells (`Unkept`).
      }
    });
  }
}

/** The sheet a Word document's list is kept on. */
const WORD_SHEET = 'Danh sách';

export interface KeptSheets {
  /** The workbook with the read sheets only. */
  bytes: Uint8Array;
  /** The sheets the loader reads, kept. */
  kept: string[];
  /** The sheets holding anything that were left out (an empty sheet is not named). */
  left: SheetLeft[];
}

/**
 * The groups file at `file` without the sheets the loader does not read; undefined when there is
 * nothing to leave out (a CSV, a Word table, a workbook of the read sheets only). Throws `Unkept`
 * when the workbook without them does not read as the same list (a feature the workbook library
 * does not write back): the caller must not keep or hand out the whole file instead.
 */
export async function readSheetsOnly(file: string): Promise<KeptSheets | undefined> {
  const sheets = await workbookSheets(file);
  if (!sheets) return undefined;
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const original = await readFile(file);
  await workbook.xlsx.load(original as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const dropped = workbook.worksheets.filter((s) => !sheets.read.includes(s.name));
  if (dropped.length === 0) return undefined;
  const activeName = workbook.worksheets[workbook.views?.[0]?.activeTab ?? 0]?.name;
  const droppedNames = new Set(dropped.map((s) => s.name));
  for (const s of dropped) workbook.removeWorksheet(s.id);
  // Names (print areas, ranges) pointing into a sheet left out would point at nothing.
  const pointsOut = (n: { ranges: string[] }) =>
    n.ranges.some((r) => droppedNames.has(sheetOfRange(r)));
  const namesOut = workbook.definedNames.model.filter(pointsOut).map((n) => n.name);
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => !pointsOut(n));
  for (const s of workbook.worksheets) unrefer(s, droppedNames, namesOut);
  const remaining = workbook.worksheets.map((s) => s.name);
  const active = Math.max(0, remaining.indexOf(activeName ?? ''));
  if (workbook.views?.[0])
    workbook.views = [{ ...workbook.views[0], activeTab: active, firstSheet: 0 }];
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (!(await readsTheSame(file, bytes))) throw new Unkept(sheets.read, sheets.left);
  return { bytes, kept: sheets.read, left: sheets.left };
}

/**
 * The groups workbook at `file` with the cells under the header of each column hidden in Excel
 * that the loader does not read emptied (load/groups/hidden-columns.ts: the leaders' ID numbers
 * the office hid); undefined when there is none. The header stays, so the loader still names the
 * column as hidden and not kept. A new upload is stored so (routes-groups.ts), like a sheet not
 * read: the folder's ZIP and a copy of the campaign do not carry it.
 */
export async function hiddenColumnsEmptied(file: string): Promise<Uint8Array | undefined> {
  if (extname(file).toLowerCase() !== '.xlsx') return undefined;
  const report = await loadGroupsReport(file);
  const tables = report.sheets?.map((s) => s.table) ?? [report.table];
  const emptied = tables.flatMap((t) =>
    t.unreadColumns?.length
      ? [{ sheet: t.sheet?.name, header: t.header.row, columns: t.unreadColumns }]
      : [],
  );
  if (emptied.length === 0) return undefined;
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const original = await readFile(file);
  await workbook.xlsx.load(original as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  for (const e of emptied) {
    const sheet = e.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(e.sheet);
    for (const i of e.columns) {
      sheet?.getColumn(i + 1).eachCell((cell, row) => {
        if (row > e.header) cell.value = null;
      });
    }
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (!(await readsTheSame(file, bytes))) throw new Unkept([], []);
  return bytes;
}

/**
 * The groups workbook at `file` as it may leave the store (an upload stored, the folder's ZIP, a
 * copy of the campaign, the leaders' served copy): without the sheets the loader does not read
 * (`readSheetsOnly`), then with its hidden columns not read emptied (`hiddenColumnsEmptied`), so
 * a workbook stored by an older studio, or put in the folder by hand, goes out as a new upload
 * is stored. Undefined when there is nothing to leave out or empty. Throws `Unkept` as they do.
 */
export async function storedAsRead(file: string): Promise<KeptSheets | undefined> {
  const sheets = await readSheetsOnly(file);
  if (!sheets) {
    const emptied = await hiddenColumnsEmptied(file);
    return emptied ? { bytes: emptied, kept: [], left: [] } : undefined;
  }
  // The pruned workbook, read again for its hidden columns (the loader reads a file).
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-groups-'));
  try {
    const pruned = join(dir, 'groups.xlsx');
    await writeFile(pruned, sheets.bytes, { mode: 0o600 });
    const emptied = await hiddenColumnsEmptied(pruned);
    return emptied ? { ...sheets, bytes: emptied } : sheets;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A workbook whose read sheets cannot be kept apart without changing the list read. */
export class Unkept extends Error {
  constructor(
    readonly kept: string[],
    readonly left: SheetLeft[],
  ) {
    super('the read sheets alone do not read as the same list');
  }
}

/**
 * A kept sheet without references into the sheets left out: each formula naming one (a count of
 * the households, COUNTIF('DS hộ sơ tán'!D:D,B2)) becomes the value Excel last computed, and each
 * data validation naming one (a list from that sheet) goes, or Excel would show #REF! on recalculating.
 */
function unrefer(
  sheet: import('exceljs').Worksheet,
  dropped: Set<string>,
  definedNames: string[],
): void {
  const sheets = [...dropped].map((n) => n.toLowerCase());
  const named = definedNames.map((n) => new RegExp(`(^|[^\\w.])${escapeRe(n)}($|[^\\w.(])`, 'i'));
  const refers = (formula: string | undefined) => {
    if (!formula) return false;
    const f = formula.toLowerCase();
    return (
      sheets.some(
        (n) =>
          f.includes(`'${n.replace(/'/g, "''")}'!`) ||
          new RegExp(`(^|[^\\w.'])${escapeRe(n)}!`, 'u').test(f),
      ) || named.some((re) => re.test(formula))
    );
  };
  // Collected first: a shared formula's cells read their master's formula, which is replaced too.
  const frozen: { cell: import('exceljs').Cell; result: unknown }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === 6 /* Formula */ && refers(cell.formula))
        // `result`, not `value.result`: exceljs's value drops a falsy result (a count of 0).
        frozen.push({ cell, result: cell.result });
    });
  });
  for (const { cell, result } of frozen)
    cell.value = (result ?? null) as import('exceljs').CellValue;
  const validations = (
    sheet as unknown as { dataValidations: { model: Record<string, { formulae?: unknown[] }> } }
  ).dataValidations;
  for (const [address, v] of Object.entries(validations.model))
    if ((v?.formulae ?? []).some((f) => refers(String(f)))) delete validations.model[address];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sheet a defined name's range is on: "'DS hộ'!$A$1:$B$2" → "DS hộ". */
function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  if (bang < 0) return '';
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The list as the build reads it, without where its file lies. */
function listOf(report: GroupsReport): string {
  const noFile = (key: string, value: unknown) => (key === 'file' ? undefined : value);
  return JSON.stringify(
    {
      groups: report.groups,
      failures: report.failures.map((f) => [f.row, f.sheet, f.id, f.error.message]),
      skipped: report.skipped,
      headers: report.headers,
      extra: report.extraColumns,
    },
    noFile,
  );
}

/** Whether `bytes` read as the same groups list as the file at `file`. */
async function readsTheSame(file: string, bytes: Uint8Array): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-groups-'));
  try {
    const copy = join(dir, 'groups.xlsx');
    await writeFile(copy, bytes, { mode: 0o600 });
    const [was, now] = await Promise.all([loadGroupsReport(file), loadGroupsReport(copy)]);
    return listOf(was) === listOf(now);
  } catch (e) {
    if (isUserError(e)) return false;
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The groups file's bytes to hand out (the folder's ZIP): its read sheets and read columns only
 * (`storedAsRead`), for a workbook stored whole before the studio kept them alone; a Word document's list table as a workbook
 * (the caller names it groups.xlsx: `sharedGroupsName`); undefined when they cannot be kept apart, and
 * the file is then left out. A workbook or document the loader cannot read is left out too (its
 * other sheets are not known); a text list is handed out as it is (the office's list to mend).
 */
export async function groupsBytesToShare(file: string): Promise<Uint8Array | undefined> {
  try {
    return (
      (await wordTableOnly(file)) ??
      (await storedAsRead(file))?.bytes ??
      new Uint8Array(await readFile(file))
    );
  } catch (e) {
    if (e instanceof Unkept) return undefined;
    // A workbook or Word document the loader cannot read may hold anything (a sheet of
    // households): left out, not handed out whole. A text list is handed out as it is.
    if (isUserError(e)) {
      const bytes = await readFile(file).catch(() => undefined);
      return bytes && isPlainText(file, bytes) ? new Uint8Array(bytes) : undefined;
    }
    throw e;
  }
}

/**
 * A copied campaign's groups file (`file`) kept to its read sheets and read columns
 * (`storedAsRead`), as an upload now is: its uploaded name kept with the sheets left out added;
 * deleted when they cannot be kept apart.
 */
export async function keepReadSheetsOf(file: string): Promise<void> {
  let kept: KeptSheets | undefined;
  try {
    const word = await wordTableOnly(file);
    if (word) {
      // An older campaign's Word document: its list table alone, as groups.xlsx.
      const named = await uploadedNameOf(file, await readFile(file));
      const xlsx = join(dirname(file), 'groups.xlsx');
      await writeFileAtomic(xlsx, word);
      await rm(file, { force: true });
      if (named)
        await writeUploadedName(xlsx, named.name, word, new Date(named.at), GROUPS_NAME_FILE, {
          left: [],
          kept: [],
          word: true,
          ...(named.by ? { by: named.by } : {}),
        });
      return;
    }
    kept = await storedAsRead(file);
  } catch (e) {
    if (e instanceof Unkept) {
      await rm(file, { force: true });
      return;
    }
    // An unreadable workbook or Word document is not copied whole (it may hold households).
    if (isUserError(e)) {
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes || !isPlainText(file, bytes)) await rm(file, { force: true });
      return;
    }
    throw e;
  }
  if (!kept) return;
  const named = await uploadedNameOf(file, await readFile(file));
  await writeFileAtomic(file, kept.bytes);
  if (named) {
    const left = [...named.left, ...kept.left];
    await writeUploadedName(file, named.name, kept.bytes, new Date(named.at), GROUPS_NAME_FILE, {
      kept: kept.kept.length ? kept.kept : named.kept,
      left,
      columns: true,
      ...(named.by ? { by: named.by } : {}),
    });
  }
}

/** A groups file that is a text list (CSV, tab-separated, text): no sheets or tables beside it. */
function isPlainText(file: string, bytes: Uint8Array): boolean {
  return (
    ['.csv', '.txt', '.tsv'].includes(extname(file).toLowerCase()) &&
    officeFileKind(bytes) === undefined &&
    !isBinary(bytes)
  );
}

/** The name a groups file is handed out under: a Word document's list goes as a workbook. */
export const sharedGroupsName = (rel: string) =>
  extname(rel).toLowerCase() === '.docx' ? rel.replace(/\.docx$/i, '.xlsx') : rel;
