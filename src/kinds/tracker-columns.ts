/**
 * Kinds: the tracking sheet's columns (tracker.ts). In: the "columns" section's titles and the
 * fonts' measurer. Out: the table (widths, styles) and the tick titles whose longest word does
 * not fit its column even in the header's smallest type.
 *
 * STT, name, address and notes have fixed widths (room to write by hand); the tick columns share
 * what those leave, sized by the shared table code (layout/table-columns.ts) from their titles'
 * words, so that a title breaks between words only: "Đã cài | đặt", never "Đã cà|i đặt" (qa Q22,
 * where equal shares split "VNeI|D" and "thườn|g"). When that room sets a title in more than
 * TARGET_LINES lines (eight actions of five to eight words were squeezed to a word or two a
 * line, seven lines, the header row as tall as four of its rows), the name and address columns
 * give up some of theirs, down to NAME_MIN_MM and ADDRESS_MIN_MM (a full name, "Nguyễn Thị
 * Thanh Hương", and a street address, "Số 112 ngõ 52 phố Tô Hiệu", still on one line): just what
 * sets every title in the fewest lines they can take, TARGET_LINES or more, each column the
 * narrowest that holds its title in that many. When a smaller header type (down to the 9 pt
 * every printed text keeps) takes fewer lines, it is used; so it is when the titles' longest
 * words alone need more than the room; a word wider still is broken where it must be, and the
 * build says so (tooWide). A few tick columns whose titles fit narrower than their share are
 * made no wider than TICK_MAX_MM, or than their title needs (`narrowed`), and the room they leave
 * goes to name, address and notes (one "Đã làm đủ 10 việc" column took all 105 mm; a sign-up
 * list without ticks had 135 mm of notes).
 */
import { CheapLru } from '../cheap-lru.js';
import { breakLines, type Measurer, type Word } from '../layout/line-break.js';
import {
  cellStyleOf,
  type TableCell,
  type TableColumn,
  type TableSpec,
  type TableStyle,
} from '../layout/table.js';
import { cappedFloors, columnFloors, fitColumns } from '../layout/table-columns.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import { TRACKER_TICK_ROOM } from '../model/context.js';
import type { Run } from '../template/blocks.js';

const BODY: TextStyle = { family: 'serif', size: 11, leading: 1.15, align: 'left' };
const HEAD: TextStyle = { family: 'serif', size: 10, leading: 1.15, align: 'center', bold: true };
/** The header row's sizes, largest first; 9 pt is the floor of every printed text. */
const HEADS: readonly TextStyle[] = [10, 9.5, 9].map((size) => ({ ...HEAD, size }));

const col = (width: number, align: TableColumn['align']): TableColumn => ({ width, align });
const FIXED_MM = { no: 11, name: 60, address: 64, notes: 30 };
/** What the name and address columns keep when the tick titles need their room. */
const NAME_MIN_MM = 46;
const ADDRESS_MIN_MM = 48;
/** In whole mm (297 − margins), so that five equal tick columns would be 21 mm. */
const CONTENT_MM = 297 - 15 - 12;
const TICKS_MM = CONTENT_MM - FIXED_MM.no - FIXED_MM.name - FIXED_MM.address - FIXED_MM.notes;
/** A tick column narrower than this cannot hold a two-word title at 10 pt on three lines. */
const TICK_MIN_MM = 12;
/** What the model plans the sheet's ticks for (model/context.ts trackerTicksOf): what fits. */
export const MAX_TICK_COLUMNS = TRACKER_TICK_ROOM;
if (Math.floor(TICKS_MM / TICK_MIN_MM) !== MAX_TICK_COLUMNS)
  throw new Error(
    `the tracking sheet holds ${Math.floor(TICKS_MM / TICK_MIN_MM)} tick columns, not TRACKER_TICK_ROOM`,
  );
/** Columns other than the tick columns: STT, name, address, notes. */
export const OTHER_COLUMNS = 4;
export const TABLE_LEFT = 15 * MM;

const SPARE = {
  name: (FIXED_MM.name - NAME_MIN_MM) * MM,
  address: (FIXED_MM.address - ADDRESS_MIN_MM) * MM,
};
const SPARE_ALL = SPARE.name + SPARE.address;
/** The handwritten columns' widths together: what the tick columns leave is shared by them. */
const WRITTEN_MM = FIXED_MM.name + FIXED_MM.address + FIXED_MM.notes;
/**
 * The widest a tick column is made when its title fits narrower in as many lines: its cell takes
 * an "x" or a figure. A few ticks shared the whole tick room (three, 35 mm each; one, 105 mm).
 */
const TICK_MAX_MM = 22;
/** A title wider than this on its lines takes one more (narrowed, TARGET_LINES at most). */
const TICK_WIDE_MM = 32;

function styleOf(head: TextStyle): TableStyle {
  return {
    head,
    body: BODY,
    padX: 1.5 * MM,
    padY: 1.2 * MM,
    minRowHeight: 7 * MM,
    rule: 0.5,
    frame: 1,
    ruleColor: 'black',
    headFill: '#e8e8e8',
  };
}
const STYLES = new Map(HEADS.map((h) => [h, styleOf(h)]));

/** A tick title whose widest word is wider than its column: it is broken inside that word. */
export interface TooWide {
  /** Index among the tick titles. */
  tick: number;
  /** The title's widest word. */
  word: string;
  /** The header's type size it was tried at last (the smallest). */
  size: number;
}

export interface TrackerColumns {
  table: TableSpec;
  tooWide: TooWide[];
}

function table(style: TableStyle, ticks: readonly number[], borrowed = 0): TableSpec {
  // The tick columns' room they do not take goes to name, address and notes, in proportion to
  // their widths (room to write by hand): a sign-up list without ticks, or one column "Đã làm đủ
  // 10 việc", kept the tick room for an "x" (a 105 mm column, the notes 135 mm wide).
  const left = borrowed > 0 ? 0 : Math.max(0, TICKS_MM * MM - sum(ticks));
  const grow = (mm: number) => mm * MM + (left * mm) / WRITTEN_MM;
  // The room taken from name and address, in proportion to what each can give.
  const name = grow(FIXED_MM.name) - (borrowed * SPARE.name) / SPARE_ALL;
  const address = grow(FIXED_MM.address) - (borrowed * SPARE.address) / SPARE_ALL;
  const notes = grow(FIXED_MM.notes);
  return {
    left: TABLE_LEFT,
    columns: [
      col(FIXED_MM.no * MM, 'center'),
      col(name, 'left'),
      col(address, 'left'),
      ...ticks.map((w) => col(w, 'center')),
      col(notes, 'left'),
    ],
    style,
  };
}

const plain = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** The widest of a title's words, to name it (the layout's own widths decide what fits). */
function widestWordText(runs: readonly Run[], style: TextStyle, m: Measurer): string {
  let best = '';
  let bestW = -1;
  for (const word of plain(runs).split(/\s+/u)) {
    const w = m.width(word, style, true, false);
    if (w > bestW) [best, bestW] = [word, w];
  }
  return best;
}

/** The most lines a tick title takes when name and address can give the width for it. */
const TARGET_LINES = 3;
/** A width found from the words' widths is given this much more (points), against rounding. */
const SLACK = 0.1;

/** The header's style for a title's cell. */
const headOf = (cell: TableCell, style: TableStyle) => cellStyleOf(style.head, 'center', cell.bold);

/** Lines a header title takes in a column `width` wide (its padding included). */
function headLines(measure: Measurer, cell: TableCell, style: TableStyle, width: number): number {
  return breakLines(cell.runs, headOf(cell, style), width - 2 * style.padX, measure).length;
}

/** Lines a title's words take when set greedily, a word on the line while it fits, in `room`. */
function greedyLines(words: readonly Word[], room: number): number {
  let lines = 1;
  let used = -1;
  words.forEach((word, i) => {
    const gap = used < 0 ? 0 : (words[i - 1]?.spaceWidth ?? 0);
    if (used >= 0 && used + gap + word.width > room + 0.01) {
      lines++;
      used = word.width;
    } else used = used < 0 ? word.width : used + gap + word.width;
    if (word.hard && i < words.length - 1) {
      lines++;
      used = -1;
    }
  });
  return lines;
}

/** A tick title at one header size: its words as set on one line, and the widths it may take. */
interface Title {
  cell: TableCell;
  words: Word[];
  /** Its widest word's column width (padding included): narrower, a word is broken. */
  floor: number;
  /** The widths of its runs of words (a line's width), narrowest first, from its widest word. */
  runs: number[];
}

function titleOf(measure: Measurer, cell: TableCell, style: TableStyle, floor: number): Title {
  const pad = 2 * style.padX;
  const words = breakLines(cell.runs, headOf(cell, style), 100_000, measure).flatMap(
    (l) => l.words,
  );
  const runs = new Set<number>([floor - pad]);
  words.forEach((first, i) => {
    let w = first.width;
    for (let j = i + 1; j < words.length && !words[j - 1]?.hard; j++) {
      w += (words[j - 1]?.spaceWidth ?? 0) + (words[j]?.width ?? 0);
      runs.add(w);
    }
  });
  const widths = [...runs].filter((w) => w >= floor - pad - 0.01).sort((x, y) => x - y);
  return { cell, words, floor, runs: widths };
}

/**
 * The narrowest width (padding included, never under the title's floor) in which a title takes
 * at most `lines` lines; Infinity when none does. A title set in a width has lines no wider
 * than it, so the narrowest such width is one of its lines': the width of a run of its words,
 * tried narrowest first by the words' widths. `checked`: each is set as the table sets it (a
 * name kept together, a link broken at its slashes) before it is taken.
 */
function widthFor(
  measure: Measurer,
  title: Title,
  style: TableStyle,
  lines: number,
  checked: boolean,
): number {
  for (const w of title.runs) {
    if (greedyLines(title.words, w) > lines) continue;
    const width = Math.max(title.floor, w + 2 * style.padX + SLACK);
    if (!checked || headLines(measure, title.cell, style, width) <= lines) return width;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The fewest lines, TARGET_LINES or more, that every title can be set in at this header size
 * with at most `most` of width for all the tick columns, and the widths that do it (each
 * column the narrowest that holds its title in those lines); undefined when the titles' words
 * alone need more.
 */
function fewestLines(
  measure: Measurer,
  ticks: readonly TableCell[],
  style: TableStyle,
  most: number,
): { lines: number; widths: number[] } | undefined {
  const floors = columnFloors(measure, [ticks], style);
  if (sum(floors) > most + 0.01) return undefined;
  const titles = ticks.map((cell, i) => titleOf(measure, cell, style, floors[i] ?? 0));
  const pad = 2 * style.padX;
  const atFloors = Math.max(...titles.map((t) => greedyLines(t.words, t.floor - pad)));
  for (let lines = TARGET_LINES; lines < atFloors; lines++) {
    // Found by the words' widths, then each checked as set (once a width fits the room).
    const found = titles.map((t) => widthFor(measure, t, style, lines, false));
    if (sum(found) > most + 0.01) continue;
    const widths = titles.map((t, i) => {
      const w = found[i] ?? 0;
      return headLines(measure, t.cell, style, w) <= lines
        ? w
        : widthFor(measure, t, style, lines, true);
    });
    if (sum(widths) <= most + 0.01) return { lines, widths };
  }
  return { lines: atFloors, widths: floors };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Tick columns wider than TICK_MAX_MM made the narrowest that keeps their title in the lines it
 * takes ("Đã làm đủ 10 việc" on one line, 30 mm), or in a line more when that is still wider than
 * TICK_WIDE_MM; never under TICK_MAX_MM nor wider than they were.
 */
function narrowed(
  measure: Measurer,
  ticks: readonly TableCell[],
  style: TableStyle,
  widths: readonly number[],
): number[] {
  const most = TICK_MAX_MM * MM;
  const floors = columnFloors(measure, [ticks], style);
  return widths.map((w, i) => {
    const cell = ticks[i];
    if (w <= most || !cell) return w;
    const title = titleOf(measure, cell, style, floors[i] ?? 0);
    // In the lines it takes, else in one more while that is wider than TICK_WIDE_MM (up to
    // TARGET_LINES): "Khối lượng rác tái chế thu gom (kg)" on two lines, not 55 mm on one.
    let lines = headLines(measure, cell, style, w);
    let need = widthFor(measure, title, style, lines, true);
    while (need > TICK_WIDE_MM * MM && lines < TARGET_LINES) {
      lines++;
      need = Math.min(need, widthFor(measure, title, style, lines, true));
    }
    return Math.min(w, Math.max(most, need));
  });
}

/** The tallest tick title's lines in these widths. */
const mostLines = (
  measure: Measurer,
  ticks: readonly TableCell[],
  style: TableStyle,
  widths: readonly number[],
) => Math.max(...ticks.map((cell, i) => headLines(measure, cell, style, widths[i] ?? 0)));

function sizeColumns(measure: Measurer, titles: readonly (readonly Run[])[]): TrackerColumns {
  const ticks: TableCell[] = titles.slice(OTHER_COLUMNS - 1, -1).map((runs) => ({ runs }));
  const room = TICKS_MM * MM;
  const first = STYLES.get(HEADS[0] as TextStyle) as TableStyle;
  if (ticks.length === 0) return { table: table(first, []), tooWide: [] };
  // The tick columns' own room, shared by the shared table code, when it sets every title in
  // TARGET_LINES lines or fewer (the examples' sheets: two lines at most).
  let shared: { widths: number[]; lines: number } | undefined;
  if (sum(columnFloors(measure, [ticks], first)) <= room) {
    const widths = fitColumns(measure, [ticks], first, room);
    shared = { widths, lines: mostLines(measure, ticks, first, widths) };
    if (shared.lines <= TARGET_LINES)
      return {
        table: table(first, narrowed(measure, ticks, first, widths)),
        tooWide: [],
      };
  }
  // Otherwise name and address give the tick columns what they need to take the fewest lines
  // (not fewer than TARGET_LINES: the names' width is worth more than a shorter header), in
  // the largest header type that takes that few.
  let best: { style: TableStyle; lines: number; widths: number[] } | undefined;
  for (const head of HEADS) {
    const style = STYLES.get(head) as TableStyle;
    const found = fewestLines(measure, ticks, style, room + SPARE_ALL);
    if (found && (!best || found.lines < best.lines)) best = { style, ...found };
    if (best && best.lines <= TARGET_LINES) break;
  }
  if (shared && (!best || best.lines >= shared.lines))
    return { table: table(first, shared.widths), tooWide: [] };
  if (best) {
    const need = sum(best.widths);
    // Room the titles do not need stays with the tick columns, in proportion to their widths.
    const widths =
      need < room ? best.widths.map((w) => w + ((room - need) * w) / need) : best.widths;
    return { table: table(best.style, widths, Math.max(0, need - room)), tooWide: [] };
  }
  // Even the smallest type and all the room name and address can give are not enough: the
  // columns of the widest words are cut down to one level, the others keep their words whole,
  // and the words too wide are said.
  const head = HEADS[HEADS.length - 1] as TextStyle;
  const style = STYLES.get(head) as TableStyle;
  const floors = columnFloors(measure, [ticks], style);
  const widths = cappedFloors(floors, room + SPARE_ALL);
  const tooWide = ticks.flatMap((cell, tick) =>
    (floors[tick] ?? 0) > (widths[tick] ?? 0) + 0.01
      ? [{ tick, word: widestWordText(cell.runs, head, measure), size: head.size }]
      : [],
  );
  return { table: table(style, widths, SPARE_ALL), tooWide };
}

/**
 * The same titles give the same columns in every group's sheet: sized once per fonts' measurer
 * (and the table spec shared, so that its body rules are made once too: layout/table.ts).
 */
const sized = new WeakMap<Measurer, CheapLru<string, TrackerColumns>>();

export function trackerColumns(
  measure: Measurer,
  titles: readonly (readonly Run[])[],
): TrackerColumns {
  let byTitles = sized.get(measure);
  if (!byTitles) {
    byTitles = new CheapLru({ max: 32 });
    sized.set(measure, byTitles);
  }
  const key = JSON.stringify(titles);
  let columns = byTitles.get(key);
  if (!columns) {
    columns = sizeColumns(measure, titles);
    byTitles.set(key, columns);
  }
  return columns;
}
