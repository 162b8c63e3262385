/**
 * Template stage: a row of cells pasted from Excel, read as Excel's clipboard means it. Excel
 * copies cells as lines of Tab-separated text; a cell that holds a line break (Alt+Enter:
 * "Sáng: 8h00 ⏎ Chiều: 14h00") it puts between double quotes, its own quotes doubled, so one row
 * can span several typed lines (qa11 Q18). Read line by line, such a row printed as a scrambled
 * table: rows split, columns shifted, the quotes printed.
 *
 * Only what Excel writes is read this way: a quote that opens a cell (at the line's start or after
 * a Tab) and closes right before a Tab or the line's end, the row holding a Tab outside it. A
 * single-line cell in quotes is Excel's only when it holds a doubled quote; otherwise the office
 * typed the quotes ("“Ngày hội”" written with straight quotes) and they are kept.
 */

/** A quoted cell spanning more lines than this is no cell: a stray quote, read line by line. */
const MAX_CELL_LINES = 20;

export interface PastedRow {
  /** The row's cells, trimmed; a line break inside a cell is "\n". */
  cells: string[];
  /** How many typed lines the row took (1 unless a quoted cell spans lines). */
  lines: number;
}

/** A quoted cell from `at` (its opening quote) on, or undefined when it is not one. */
function quotedCell(
  lines: readonly string[],
  row: number,
  at: number,
): { text: string; row: number; end: number } | undefined {
  let text = '';
  let line = lines[row] ?? '';
  let i = at + 1;
  for (let spanned = 1; spanned <= MAX_CELL_LINES; ) {
    if (i >= line.length) {
      // The cell goes on on the next line.
      if (row + 1 >= lines.length) return undefined;
      row += 1;
      spanned += 1;
      line = lines[row] ?? '';
      text += '\n';
      i = 0;
      continue;
    }
    const c = line[i];
    if (c === '"') {
      if (line[i + 1] === '"') {
        text += '"';
        i += 2;
        continue;
      }
      // The closing quote: the cell ends here, or this was no cell of Excel's.
      const after = line[i + 1];
      return after === undefined || after === '\t' ? { text, row, end: i + 1 } : undefined;
    }
    text += c;
    i += 1;
  }
  return undefined;
}

/**
 * The row of cells starting at `lines[row]`, when Excel's quoting makes it span lines or quotes a
 * cell holding quotes; undefined when the line is to be read as typed (no quoted cell of Excel's).
 */
export function pastedRow(lines: readonly string[], row: number): PastedRow | undefined {
  const first = lines[row] ?? '';
  if (!first.includes('"')) return undefined;
  const cells: string[] = [];
  let quoted = false;
  let r = row;
  let i = 0;
  for (;;) {
    const line = lines[r] ?? '';
    let cell: string;
    if (line[i] === '"') {
      const q = quotedCell(lines, r, i);
      if (!q) return undefined;
      // A one-line cell in quotes with no doubled quote inside: the office's own quotes.
      const excels = q.row > r || /""/.test(line.slice(i + 1, q.end - 1));
      if (!excels) return undefined;
      quoted = true;
      cell = q.text
        .split('\n')
        .map((l) => l.trim())
        .join('\n')
        .trim();
      r = q.row;
      i = q.end;
    } else {
      const tab = line.indexOf('\t', i);
      const end = tab === -1 ? line.length : tab;
      cell = line.slice(i, end).trim();
      i = end;
    }
    cells.push(cell);
    const rest = lines[r] ?? '';
    if (i >= rest.length) break;
    // A Tab: the next cell.
    i += 1;
  }
  if (!quoted || cells.length < 2) return undefined;
  return { cells, lines: r - row + 1 };
}

/**
 * A table cell the tool still cannot read as Excel meant it: a lone quote at its start or end (a
 * quoted cell never closed, or its second half), which would print as typed.
 */
export function strayQuote(cell: string): boolean {
  const quotes = cell.match(/"/g)?.length ?? 0;
  return quotes % 2 === 1 && (cell.startsWith('"') || cell.endsWith('"'));
}
