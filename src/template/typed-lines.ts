/**
 * Template stage: text as an office types it, made Markdown before it is parsed. In Word, Zalo
 * and the studio's text box, Enter starts a new paragraph; in Markdown a single line break does
 * not, and five short paragraphs typed one a line printed as one run-on paragraph (qa6 H16). A
 * table copied from Word or Excel arrives as lines of cells between Tabs, and printed as one
 * paragraph of words (qa6 H15). So, before Markdown reads the text:
 * - a line of plain text right under another starts its own paragraph (a blank line goes between
 *   them), unless the line above ends in a hard break (two spaces or "\"), or the line is
 *   indented (it continues a list item or sets a paragraph in);
 * - two or more lines with the same number of Tab-separated cells are a table, its first line the
 *   header (as a pasted Word table's first row is); a cell Excel put in quotes because it holds
 *   a line break is one cell, its lines kept apart by "<br>" (pasted-rows.ts, qa11 Q18).
 * - a line numbered as a part of the notice ("I. ĐỐI TƯỢNG") is a heading, as the Word import
 *   makes it.
 * Lines are only added (or marked a heading), never moved: `origin` maps each line of the result to
 * the line it came from, so a problem is still named at the line the office typed.
 */

/** A line that starts a block of its own in Markdown: it needs no blank line above ("#DeAn06", a
 * hashtag, is text: a heading is "#" to "######" and a space). */
const BLOCK_START =
  /^ {0,3}(?:[-+*] |\d{1,9}[.)](?: |$)|(?:[a-zđ]|[ivx]{1,4})\) |#{1,6}(?: |$)|>|\||```|~~~)/;
/** A list item's first line ("- …", "1. …", "a) …", a Word bullet and a Tab). */
const LIST_ITEM =
  /^ {0,3}(?:[-+*] |\d{1,9}[.)](?: |$)|(?:[a-zđ]|[ivx]{1,4})\) |[–—−•◦▪●➢§][ \t]|o\t)/;
/**
 * A paragraph's first-line indent as typed (Tabs, or fewer spaces than Markdown's four that set
 * a paragraph in): the notice indents every paragraph's first line itself.
 */
const firstLineIndentOff = (line: string) =>
  /^(?:\t|[ \t]*\t| {1,3}(?! ))/.test(line) ? line.trimStart() : line;
/**
 * A part's heading as notices number them, "I. ĐỐI TƯỢNG", "II. Thời gian, địa điểm": a Roman
 * number and a dot, a short line with no full stop (a sentence that starts so ends with one).
 */
const PART_HEADING = /^[IVXL]{1,6}\.\s+\S.{0,118}$/u;
/** A line that ends with a hard break: the next line continues its paragraph. */
const HARD_BREAK = / {2,}$|\\$/;
/** "1.⇥Đối tượng", "a)⇥…", "•⇥…": a list marker and a Tab, not a table's first cell. */
const MARKER_CELL = /^(?:\d{1,3}[.)]|[a-zđ]\)|[-+*•·–—−o§◦▪●➢])$/;

import { pastedRow, strayQuote } from './pasted-rows.js';

export interface TypedText {
  text: string;
  /** The 1-based line of the typed text each line of `text` came from. */
  origin: number[];
  /** Table cells that would print other than pasted: a stray quote (1-based typed lines). */
  strayQuotes: { line: number; cell: string }[];
}

/**
 * The cells of a line pasted from a table, or undefined when it is no table row: a line set in
 * by spaces (it belongs to the item above), a list item with a Tab stop ("–⇥Tập huấn⇥Tháng 3")
 * and a label aligned by a Tab ("Thời gian:⇥7 giờ 30") are lines of text. A row whose first cell
 * was merged into the one above starts with its Tab (load/normalize.ts keeps it).
 */
function cellsOf(line: string): string[] | undefined {
  if (!line.includes('\t') || /^ /.test(line) || line.trimStart().startsWith('|')) return undefined;
  return tableCells(line.split('\t').map((c) => c.trim()));
}

function tableCells(cells: string[]): string[] | undefined {
  const [first = ''] = cells;
  // A label aligned by a Tab, after a Tab of its own too ("⇥Ghi chú:⇥Mang theo…"): a line of text.
  const label = cells.find((c) => c !== '') ?? '';
  if (MARKER_CELL.test(first) || label.endsWith(':')) return undefined;
  // A paragraph set in by a Tab ("⇥Đoạn…"), not a row with its first cell merged above.
  if (first === '' && cells.filter((c) => c !== '').length < 2) return undefined;
  return cells;
}

/** The row of cells at `lines[i]` and how many typed lines it takes, or undefined if no row. */
function rowAt(
  lines: readonly string[],
  i: number,
): { cells: string[]; lines: number } | undefined {
  const line = lines[i];
  if (line === undefined || /^ /.test(line) || line.trimStart().startsWith('|')) return undefined;
  const pasted = pastedRow(lines, i);
  if (pasted) {
    const cells = tableCells(pasted.cells.map((c) => c.replace(/\n/g, '<br>')));
    return cells && { cells, lines: pasted.lines };
  }
  const cells = cellsOf(line);
  return cells && { cells, lines: 1 };
}

/** A pasted table's lines as a GFM pipe table: header, delimiter row, rows. */
function pipeTable(rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${head.map(() => ' --- |').join('')}`, ...body.map(line)];
}

export function asTypedLines(source: string): TypedText {
  const lines = source.split('\n');
  const out: string[] = [];
  const origin: number[] = [];
  const strayQuotes: TypedText['strayQuotes'] = [];
  const push = (line: string, from: number) => {
    out.push(line);
    origin.push(from);
  };
  // Whether the line pushed last belongs to a list item (an indented line under it continues it).
  let inItem = false;
  let i = 0;
  while (i < lines.length) {
    let line = lines[i] ?? '';
    // Lines pasted from a table, two at least; a row with fewer cells (its last ones empty, or
    // merged) is filled out to the widest.
    const first = rowAt(lines, i);
    if (first) {
      const rows = [first];
      let spanned = first.lines;
      for (let row = rowAt(lines, i + spanned); row; row = rowAt(lines, i + spanned)) {
        rows.push(row);
        spanned += row.lines;
      }
      if (rows.length > 1) {
        const width = Math.max(...rows.map((r) => r.cells.length));
        for (const r of rows) while (r.cells.length < width) r.cells.push('');
        if (out.length > 0 && out[out.length - 1]?.trim() !== '') push('', i + 1);
        // Each row is named at the typed line it starts on.
        const starts: number[] = [];
        let at = i + 1;
        for (const r of rows) {
          starts.push(at);
          for (const cell of r.cells) if (strayQuote(cell)) strayQuotes.push({ line: at, cell });
          at += r.lines;
        }
        pipeTable(rows.map((r) => r.cells)).forEach((l, k) => {
          // The delimiter row is the header's line.
          push(l, starts[Math.max(0, k - 1)] ?? i + 1);
        });
        i += spanned;
        if (i < lines.length && lines[i]?.trim() !== '') push('', i);
        continue;
      }
    }
    if (line.trim() === '') inItem = false;
    else if (LIST_ITEM.test(line)) inItem = true;
    else if (!(inItem && /^\s/.test(line))) {
      inItem = false;
      line = firstLineIndentOff(line);
      // "I. ĐỐI TƯỢNG" typed on its own line: a part's heading, as the Word import makes it.
      if (PART_HEADING.test(line) && !/[.;,:]$/.test(line.trim())) line = `## ${line}`;
    }
    push(line, i + 1);
    const next = lines[i + 1];
    // Set in under a paragraph (Word's Tab before a paragraph, spaces typed before it): its own
    // paragraph, as every line is; only under a list item does it continue the item.
    const setIn = next !== undefined && /^\s/.test(next) && !inItem;
    const startsParagraph =
      next !== undefined &&
      line.trim() !== '' &&
      next.trim() !== '' &&
      (!/^\s/.test(next) || setIn) &&
      !BLOCK_START.test(next) &&
      !HARD_BREAK.test(line) &&
      // Rows of a table written without its outer pipes ("a | b") stay together.
      !(line.includes('|') && next.includes('|'));
    if (startsParagraph) push('', i + 1);
    i += 1;
  }
  return { text: out.join('\n'), origin, strayQuotes };
}
