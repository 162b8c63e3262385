/**
 * Layout stage: ruled tables that run over several pages. In: column widths and alignments, a
 * header row and body rows of styled runs. Out: rows measured (cell text broken into lines that
 * fit inside the cell; the row grows to the tallest cell), split into pages with the header row
 * at the top of each, and drawn with a border around every cell.
 *
 * Pagination is planned before anything is drawn, so a kind knows the page count up front
 * ("Trang 2/5") and can fill the last page with blank rows.
 */
import { CheapLru } from '../cheap-lru.js';
import type { Run } from '../template/blocks.js';
import { drawLine, layoutParagraph, lineHeight } from './draw-text.js';
import type { Line } from './line-break.js';
import { type Rect, type Surface, tagged } from './surface.js';
import { tablePageKey } from './table-page-key.js';
import type { Align, TextStyle } from './text-model.js';

export interface TableColumn {
  width: number;
  align: Align;
}

export interface TableStyle {
  head: TextStyle;
  body: TextStyle;
  /** Space between a cell's border and its text. */
  padX: number;
  padY: number;
  /** Smallest body row: room to tick or write by hand. */
  minRowHeight: number;
  /** Border widths: between cells, and around the table. */
  rule: number;
  frame: number;
  ruleColor: string;
  headFill?: string;
}

export interface TableSpec {
  left: number;
  columns: readonly TableColumn[];
  style: TableStyle;
}

/** A cell: its text, and how many columns it spans (1 by default). */
export interface TableCell {
  runs: readonly Run[];
  span?: number;
  bold?: boolean;
}

export interface ColumnBox {
  left: number;
  right: number;
}

export interface MeasuredCell {
  box: ColumnBox;
  lines: readonly Line[];
  style: TextStyle;
  /** Columns it spans. */
  span: number;
}

export interface MeasuredRow {
  cells: MeasuredCell[];
  height: number;
  fill?: string;
  /**
   * Nothing to read: a numbered blank line for the pen. A tagged PDF draws it as an artifact, not
   * as a row of empty cells — a 300-group blank tracker print file was 92 MB tagged cell by cell.
   */
  blank?: boolean;
}

/** Left and right edges of every column in points: each cell's text stays between them. */
export function columnBoxes(spec: Pick<TableSpec, 'left' | 'columns'>): ColumnBox[] {
  let x = spec.left;
  const boxes: ColumnBox[] = [];
  for (const c of spec.columns) {
    boxes.push({ left: x, right: x + c.width });
    x += c.width;
  }
  return boxes;
}

export function tableWidth(spec: Pick<TableSpec, 'columns'>): number {
  return spec.columns.reduce((s, c) => s + c.width, 0);
}

const cellStyles = new WeakMap<TextStyle, Map<string, TextStyle>>();

/**
 * A cell's style, one object per base, alignment and weight: layout caches key on the style's
 * identity, and a fresh object per cell would miss them in every document.
 */
export function cellStyleOf(base: TextStyle, align: TextStyle['align'], bold?: boolean): TextStyle {
  let styles = cellStyles.get(base);
  if (!styles) {
    styles = new Map();
    cellStyles.set(base, styles);
  }
  const key = `${align}|${Boolean(base.bold || bold)}`;
  let style = styles.get(key);
  if (!style) {
    style = { ...base, align, bold: base.bold || bold };
    styles.set(key, style);
  }
  return style;
}

/** Breaks every cell's text inside its cell; the row is as tall as its tallest cell. */
export function measureRow(
  surface: Surface,
  spec: TableSpec,
  cells: readonly TableCell[],
  kind: 'head' | 'body' = 'body',
): MeasuredRow {
  const boxes = columnBoxes(spec);
  const { style } = spec;
  const base = kind === 'head' ? style.head : style.body;
  let col = 0;
  const measured: MeasuredCell[] = [];
  let textH = 0;
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const first = boxes[col];
    const last = boxes[col + span - 1];
    const column = spec.columns[col];
    if (!first || !last || !column) throw new Error(`table row has more cells than columns`);
    col += span;
    const box = { left: first.left, right: last.right };
    const cellStyle = cellStyleOf(base, kind === 'head' ? 'center' : column.align, cell.bold);
    const width = box.right - box.left - 2 * style.padX;
    const lines = layoutParagraph(surface, cell.runs, cellStyle, width);
    measured.push({ box, lines, style: cellStyle, span });
    textH = Math.max(textH, lines.length * lineHeight(cellStyle));
  }
  const min = kind === 'head' ? 0 : style.minRowHeight;
  return {
    cells: measured,
    height: Math.max(min, textH + 2 * style.padY),
    fill: kind === 'head' ? style.headFill : undefined,
  };
}

export interface PageFrame {
  /** Where the table starts on the first page and on later pages. */
  firstTop: number;
  top: number;
  bottom: number;
}

export interface TablePlan {
  /** The body rows of each page (the header row is drawn above them on every page). */
  pages: MeasuredRow[][];
  /** y under the last row, on the last page. */
  end: number;
}

/**
 * Splits rows over pages. `keepAfterLast` is room that must stay free under the last row (what
 * follows the table, e.g. a totals line), so the last row moves to a new page with it if need be.
 * The last row never starts a page alone (a totals row under a bare header): two rows come along.
 * A row taller than a whole page gets a page of its own rather than an endless loop.
 */
export function planTable(
  head: MeasuredRow,
  rows: readonly MeasuredRow[],
  frame: PageFrame,
  keepAfterLast = 0,
): TablePlan {
  const pages: MeasuredRow[][] = [[]];
  let y = frame.firstTop + head.height;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as MeasuredRow;
    const need = row.height + (i === rows.length - 1 ? keepAfterLast : 0);
    const page = pages[pages.length - 1] as MeasuredRow[];
    if (y + need > frame.bottom + 0.01 && page.length > 0) {
      pages.push([]);
      y = frame.top + head.height;
    }
    (pages[pages.length - 1] as MeasuredRow[]).push(row);
    y += row.height;
  }
  const last = pages[pages.length - 1] as MeasuredRow[];
  const before = pages[pages.length - 2];
  if (last.length === 1 && before && before.length > 3) {
    const moved = before.splice(-2);
    last.unshift(...moved);
    y += moved.reduce((s, r) => s + r.height, 0);
  }
  return { pages, end: y };
}

function drawRow(
  surface: Surface,
  spec: TableSpec,
  row: MeasuredRow,
  y: number,
  head: boolean,
): void {
  const { style } = spec;
  // An untagged document (every build's but --pdfa): the cells straight away, without the two
  // closures per cell the tags need (a tracking sheet has ~2,900 cells a group): 3 % less
  // allocated by a build of every kind (bench/results.md "## scale: the 3,000-group budget").
  if (!surface.beginStructure) {
    for (const cell of row.cells) drawCell(surface, style, row, cell, y, head);
    return;
  }
  // A tagged PDF: the row and its header or data cells; the rules are not read. A blank row is
  // read not at all.
  tagged(surface, row.blank ? 'Artifact' : 'TR', () => {
    for (const cell of row.cells) {
      const cellTag = row.blank ? undefined : head ? 'TH' : 'TD';
      tagged(
        surface,
        cellTag,
        () => drawCell(surface, style, row, cell, y, head),
        undefined,
        cell.span,
      );
    }
  });
}

/**
 * A cell's text, and for the header row its fill and border (the body rows' borders are drawn
 * for the whole page at once: bodyRules).
 */
function drawCell(
  surface: Surface,
  style: TableStyle,
  row: MeasuredRow,
  cell: MeasuredCell,
  y: number,
  head: boolean,
): void {
  if (head) {
    // Fill and border cell by cell, as the text: a cell's fill covers half of its left
    // neighbour's border, which its own border then draws again.
    const rect = [cell.box.left, y, cell.box.right - cell.box.left, row.height] as const;
    tagged(surface, 'Artifact', () => {
      if (row.fill) surface.fillRects([rect], row.fill);
      surface.strokeRect(rect, style.rule, style.ruleColor);
    });
  }
  const h = lineHeight(cell.style);
  // Text centred vertically: short cells line up with the tallest one of their row.
  let ty = y + (row.height - cell.lines.length * h) / 2;
  const width = cell.box.right - cell.box.left - 2 * style.padX;
  for (const line of cell.lines) {
    drawLine(surface, line, cell.style, cell.box.left + style.padX, ty, width);
    ty += h;
  }
}

/** The table's columns as a key's prefix: each table spec once. */
const specKeys = new WeakMap<TableSpec, string>();

function specKey(spec: TableSpec): string {
  let key = specKeys.get(spec);
  if (key === undefined) {
    key = `rules:${spec.left};${spec.columns.map((c) => c.width).join(',')}`;
    specKeys.set(spec, key);
  }
  return key;
}

function oneColumnEach(cells: readonly MeasuredCell[]): boolean {
  for (const c of cells) if (c.span !== 1) return false;
  return true;
}

/** The rectangles of a key already made (a tracking sheet's pages repeat a few sets of rows). */
const rulesByKey = new CheapLru<string, Rect[]>({ max: 64 });

/**
 * The borders of every body cell of a page, from `top`, and the key that names them: the
 * columns, the top and each row's height (and spans, when not one cell a column). The same rows
 * at the same place give the same key in every document, so a surface draws them once (a form
 * XObject in a PDF) however many pages and groups repeat them.
 */
function bodyRules(
  spec: TableSpec,
  rows: readonly MeasuredRow[],
  top: number,
): { key: string; rects: Rect[] } {
  let key = `${specKey(spec)};${top}`;
  for (const row of rows) {
    key += `;${row.height}`;
    if (row.cells.length !== spec.columns.length || !oneColumnEach(row.cells))
      key += `/${row.cells.map((c) => c.span).join(',')}`;
  }
  let rects = rulesByKey.get(key);
  if (!rects) {
    rects = [];
    let y = top;
    for (const row of rows) {
      for (const cell of row.cells)
        rects.push([cell.box.left, y, cell.box.right - cell.box.left, row.height]);
      y += row.height;
    }
    rulesByKey.set(key, rects);
  }
  return { key, rects };
}

/**
 * Draws the header row and the rows of one page from `y`; returns the y under the last row.
 * `repeatedHead`: the header row is a repeat of the one on the table's first page, decoration
 * for a tagged PDF (read once).
 */
function drawTablePage(
  surface: Surface,
  spec: TableSpec,
  head: MeasuredRow,
  rows: readonly MeasuredRow[],
  y: number,
  repeatedHead = false,
): number {
  // A page of mostly blank rows (a tracking sheet without a roster) is drawn the same in every
  // group: kept once, placed again (bench/results.md "## scale: kept drawings and the main thread"). Pages of
  // people's names are not: each is drawn where it goes.
  if (surface.reuse && !surface.beginStructure && mostlyBlank(rows)) {
    const key = tablePageKey(spec, head, rows, y);
    surface.reuse(key, (s) => drawTableRows(s, spec, head, rows, y, repeatedHead));
    return rows.reduce((end, row) => end + row.height, y + head.height);
  }
  return drawTableRows(surface, spec, head, rows, y, repeatedHead);
}

function mostlyBlank(rows: readonly MeasuredRow[]): boolean {
  let blank = 0;
  for (const row of rows) if (row.blank) blank++;
  return blank * 2 > rows.length;
}

function drawTableRows(
  surface: Surface,
  spec: TableSpec,
  head: MeasuredRow,
  rows: readonly MeasuredRow[],
  y: number,
  repeatedHead: boolean,
): number {
  const top = y;
  tagged(surface, repeatedHead ? 'Artifact' : undefined, () =>
    drawRow(surface, spec, head, y, true),
  );
  y += head.height;
  // The body's borders before its text, in one call: nothing of a cell's text reaches its border.
  if (rows.length > 0) {
    const rules = bodyRules(spec, rows, y);
    tagged(surface, 'Artifact', () =>
      surface.strokeRects(rules.key, rules.rects, spec.style.rule, spec.style.ruleColor),
    );
  }
  for (const row of rows) {
    drawRow(surface, spec, row, y, false);
    y += row.height;
  }
  const rect = [spec.left, top, tableWidth(spec), y - top] as const;
  tagged(surface, 'Artifact', () =>
    surface.strokeRect(rect, spec.style.frame, spec.style.ruleColor),
  );
  return y;
}

/**
 * Draws a planned table over its pages as one table: a tagged PDF's Table element, its header
 * row read once (repeated on later pages as an artifact). `startPage(i)` makes page i ready —
 * page 0 is the current page; a later one is added, with its furniture — and returns where the
 * table starts on it. `endPage(i, y)` draws what goes under the table's rows on page i (`y` is
 * under the last row); on the last page that is outside the table.
 */
export function drawTable(
  surface: Surface,
  spec: TableSpec,
  head: MeasuredRow,
  pages: readonly (readonly MeasuredRow[])[],
  startPage: (page: number) => number,
  endPage: (page: number, y: number) => void,
): void {
  const last = pages.length - 1;
  const first = startPage(0);
  let end = first;
  tagged(surface, 'Table', () => {
    pages.forEach((rows, i) => {
      end = drawTablePage(surface, spec, head, rows, i === 0 ? first : startPage(i), i > 0);
      if (i < last) endPage(i, end);
    });
  });
  endPage(last, end);
}
