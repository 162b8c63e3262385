/**
 * Load stage, groups: the shape both readers (CSV, XLSX) hand to the row validator, and the one
 * cell clean-up they share. In: any cell value as text. Out: NFC, single-spaced, trimmed text.
 *
 * Cleaning happens in the readers, before validation, so "is this row empty?" and header matching
 * see exactly what the validator and the printed page will see.
 */
import { withVietnameseD } from '../normalize.js';

/** One spreadsheet row with its cells already cleaned. */
export interface RawRow {
  /** 1-based row number as the user sees it (Excel's row number; CSV record number). */
  row: number;
  cells: string[];
  /**
   * Which cells were numbers in the workbook (XLSX only). A phone typed into a number cell lost
   * its leading 0, and only the cell type tells that apart from a phone typed as text.
   */
  numeric?: boolean[];
  /**
   * A number cell's stored value as plain digits ("1002"), where `cells` has it as Excel shows it
   * ("1.002", "001") (XLSX only). A group's id is read from this: ids were read so before cells
   * followed their number format, and a leader's link and figures are tied to the id.
   */
  stored?: string[];
  /**
   * Which cells are covered by a merged cell that starts elsewhere (XLSX only): they repeat the
   * merged cell's text, which tells a header's second row from data.
   */
  merged?: boolean[];
  /**
   * Which cells belong to a merge that spans several columns (XLSX only): a header cell such as
   * "Tổ trưởng" over "Họ và tên | Số điện thoại", whose row below names its columns.
   */
  across?: boolean[];
  /**
   * Which cells hold a formula whose result the file does not hold (XLSX only): they read as
   * empty, though Excel shows a value once it recalculates.
   */
  unsaved?: boolean[];
  /**
   * Which cells are set in a TCVN3 (ABC) font, ".VnTime" or ".VnTimeH" (XLSX only): their text
   * is TCVN3 whatever it reads as.
   */
  tcvn3Font?: ('lower' | 'capitals' | undefined)[];
  /**
   * A rich-text cell with a run in a TCVN3 font (XLSX only): its text read run by run, each by
   * its own font — a ".Vn" run converted, a run in another font as typed ("Lª Hµ" in .VnTime
   * beside "(Tổ trưởng)" in Times New Roman). Where set, it is what the cell's font makes of it.
   */
  tcvn3Runs?: (string | undefined)[];
  /** The row is hidden in Excel: filtered out, or hidden by hand (XLSX only). */
  hidden?: boolean;
  /**
   * The row's sheet, in a list read from several sheets of a workbook (one per old ward:
   * sheet-parts.ts), whose row numbers repeat.
   */
  sheet?: string;
}

/** A sheet: its header row and the non-empty data rows under it. */
export interface RawTable {
  header: RawRow;
  rows: RawRow[];
  /**
   * A workbook's sheet: its name, whether it was the one open when the file was saved, and
   * whether it is hidden (not among Excel's tabs).
   */
  sheet?: { name: string; active: boolean; hidden?: boolean };
  /** The columns hidden in Excel (0-based; XLSX only). */
  hiddenColumns?: number[];
  /**
   * Those of them no field takes, emptied: not read, not shown (hidden-columns.ts). Their place
   * stays, so that every other column keeps its letter.
   */
  unreadColumns?: number[];
}

// Zero-width space/non-joiner/joiner and BOM: invisible, but they break equality ("5" ≠ "5\u200B")
// and font checks. Removed before NFC so they cannot sit between a letter and its mark.
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
// `\s` covers tabs, newlines (Alt+Enter in Excel), NBSP and the other Unicode spaces.
const WHITESPACE = /\s+/g;

export function cleanCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return withVietnameseD(String(value).replace(ZERO_WIDTH, '').normalize('NFC'))
    .replace(WHITESPACE, ' ')
    .trim();
}

export function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}
