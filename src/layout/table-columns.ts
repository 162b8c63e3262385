/**
 * Layout stage: a ruled table's column widths from its cells' text. In: the rows (header first),
 * the table's styles and width. Out: one width per column, summing to the width.
 *
 * When every cell fits on one line, each column gets its text's width and the room left is
 * shared in proportion. Otherwise the widths are those that make the table shortest: every column
 * starts at its widest word (or its widest short figure, a phone number or a time, kept whole
 * when the table has the room), and the room left goes, a step at a time, where it takes the most
 * lines off the rows (a row is as tall as its tallest cell) for the least width; where no row
 * gets shorter, where it takes the most lines off the cells. So a long value (a group's name of
 * a hundred characters) wraps in its own column while "7 giờ 30 – 10 giờ 30" beside it keeps one
 * or two lines, rather than the long column taking the width in proportion to its text and
 * squeezing its neighbours to a word a line. Lines are counted from the text's width (what a
 * width sets on one line, with a margin for where words fall), not by setting each candidate.
 */
import { lineHeight } from './draw-text.js';
import { breakLines, type Measurer, widestWord } from './line-break.js';
import { cellStyleOf, type TableCell, type TableStyle } from './table.js';

/**
 * Text set over several lines needs more than its width divided by the lines: words do not fill
 * each line to the edge. An estimate of that waste (about half a word a line).
 */
const WRAP_SLACK = 1.12;
/** A line taken off a cell counts this much of a line taken off a row. */
const CELL_WEIGHT = 0.05;

interface CellText {
  /** Widths of the cell's lines set without wrapping (a hard break starts a new one). */
  lines: number[];
  lineHeight: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Lines a cell's text takes in a column whose text is `room` wide. */
function linesIn(cell: CellText, room: number): number {
  return sum(
    cell.lines.map((w) => (w <= room + 0.01 ? 1 : Math.ceil((w * WRAP_SLACK) / Math.max(room, 1)))),
  );
}

type ColumnStyle = Pick<TableStyle, 'head' | 'body' | 'padX'>;

/** A row's cells' style: the header row (the first) in the head style, the others in the body's. */
const cellStyle = (style: ColumnStyle, r: number, cell: TableCell) =>
  cellStyleOf(r === 0 ? style.head : style.body, 'left', cell.bold);

/**
 * The narrowest each column can be without a word of its cells broken inside (its widest word,
 * and the padding on both sides): below that, a word ("Đã cà|i đặt") splits across lines.
 */
export function columnFloors(
  measure: Measurer,
  rows: readonly (readonly TableCell[])[],
  style: ColumnStyle,
): number[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  const pad = 2 * style.padX;
  const min = new Array<number>(count).fill(pad);
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const word = widestWord(cell.runs, cellStyle(style, r, cell), measure);
      min[c] = Math.max(min[c] ?? 0, word + pad);
    });
  });
  return min;
}

/**
 * Floors that sum to more than `width`, capped at one level so that they sum to it: every column
 * whose words fit under the level keeps them whole, and only the widest ones (above it) are cut,
 * rather than every column shrunk in proportion and every word cut.
 */
export function cappedFloors(floors: readonly number[], width: number): number[] {
  const sorted = [...floors].sort((a, b) => a - b);
  let below = 0;
  for (const [i, f] of sorted.entries()) {
    const level = (width - below) / (sorted.length - i);
    if (f >= level) return floors.map((w) => Math.min(w, level));
    below += f;
  }
  return [...floors];
}

/**
 * A body cell short enough, and holding a figure, to be read as one thing: a phone number
 * ("0912 345 678"), a time ("7h00 – 10h30"), a date. Broken over lines it reads as several
 * ("0912 / 345 / 678", qa13); its column starts at its width when the table has the room.
 */
const FIGURE_CHARS = 16;
const isFigure = (cell: TableCell): boolean => {
  const text = cell.runs
    .map((r) => r.text)
    .join('')
    .trim();
  return text.length <= FIGURE_CHARS && /\d/.test(text) && !text.includes('\n');
};

/**
 * Column widths summing to `width` (see the module's comment). `measure` is the surface's: a
 * kind may size its columns before it draws (the tracking sheet, when the build checks it).
 */
export function fitColumns(
  measure: Measurer,
  rows: readonly (readonly TableCell[])[],
  style: ColumnStyle,
  width: number,
): number[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  const pad = 2 * style.padX;
  const words = columnFloors(measure, rows, style);
  const max = new Array<number>(count).fill(pad);
  const figures = [...words];
  const texts: (CellText | undefined)[][] = rows.map((row, r) =>
    row.map((cell, c) => {
      const styled = cellStyle(style, r, cell);
      const lines = breakLines(cell.runs, styled, 100_000, measure).map((l) => l.width);
      const widest = Math.max(0, ...lines) + pad;
      max[c] = Math.max(max[c] ?? 0, widest);
      if (r > 0 && isFigure(cell)) figures[c] = Math.max(figures[c] ?? 0, widest);
      return { lines, lineHeight: lineHeight(styled) };
    }),
  );
  // Figures whole where the table has the room for them all, else words whole (as before).
  const min = sum(figures) <= width ? figures : words;
  const sumMax = sum(max);
  if (sumMax <= width) return max.map((m) => m + ((width - sumMax) * m) / sumMax);
  const sumMin = sum(min);
  // Words wider than the room are cut: each column then in proportion to its widest word.
  if (sumMin >= width) return min.map((m) => (width * m) / sumMin);

  const widths = [...min];
  /** Rows' heights and, a little, cells' lines: what the next step of width should lower most. */
  const cost = (ws: readonly number[]) =>
    sum(
      texts.map((row) => {
        const heights = row.map((t, c) => (t ? linesIn(t, (ws[c] ?? 0) - pad) * t.lineHeight : 0));
        return Math.max(0, ...heights) + CELL_WEIGHT * sum(heights);
      }),
    );
  /** The least width more that takes a line off some cell of column c (undefined: none). */
  const nextStep = (c: number): number | undefined => {
    const room = (widths[c] ?? 0) - pad;
    let best: number | undefined;
    for (const row of texts) {
      const t = row[c];
      if (!t) continue;
      for (const w of t.lines) {
        if (w <= room + 0.01) continue;
        const k = Math.ceil((w * WRAP_SLACK) / room);
        // The room at which this line takes k - 1 lines (one line: its own width).
        const need = k - 1 <= 1 ? w : (w * WRAP_SLACK) / (k - 1);
        const step = need + pad - (widths[c] ?? 0) + 0.01;
        if (step > 0.01 && (best === undefined || step < best)) best = step;
      }
    }
    return best;
  };
  let left = width - sumMin;
  let current = cost(widths);
  for (;;) {
    let pick: { c: number; step: number; cost: number; gain: number } | undefined;
    for (let c = 0; c < count; c++) {
      const step = nextStep(c);
      if (step === undefined || step > left + 0.01) continue;
      const trial = widths.map((w, i) => (i === c ? w + step : w));
      const after = cost(trial);
      const gain = (current - after) / step;
      if (gain > 0 && (!pick || gain > pick.gain)) pick = { c, step, cost: after, gain };
    }
    if (!pick) break;
    widths[pick.c] = (widths[pick.c] ?? 0) + pick.step;
    left -= pick.step;
    current = pick.cost;
  }
  // What is left widens the columns that still wrap, in proportion to what they lack; when none
  // does, every column in proportion to its width.
  const lack = widths.map((w, c) => Math.max(0, (max[c] ?? 0) - w));
  const totalLack = sum(lack);
  const share = totalLack > 0 ? lack : widths;
  const total = sum(share);
  return widths.map((w, c) => w + (left * (share[c] ?? 0)) / total);
}
