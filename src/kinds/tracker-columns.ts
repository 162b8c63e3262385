/**
 * Kinds: the tracking sheet's columns (tracker.ts). In: the "columns" section's titles and the
 * fonts' measurer. Out: the table (widths, styles) and the tick titles whose longest word does
 * not fit its column even in the header's smallest type.
 *
 * STT, name, address and notes have fixed widths (room to write by hand); the tick columns share
 * what those leave, sized by the shared table code (layout/table-columns.ts) from their titles'
 * words, so that a title breaks between words only: "Đã cài | đặt", never "Đã cà|i đặt" (qa Q22,
 * where equal shares split "VNeI|D" and "thườn|g"). When the titles' longest words need more
 * than that room, the name and address columns give up some of theirs (down to NAME_MIN_MM and
 * ADDRESS_MIN_MM); then the header row's type gets smaller, down to the 9 pt every printed text
 * keeps; a word wider still is broken where it must be, and the build says so (tooWide).
 */
import { LRUCache } from 'lru-cache';
import type { Measurer } from '../layout/line-break.js';
import type { TableCell, TableColumn, TableSpec, TableStyle } from '../layout/table.js';
import { cappedFloors, columnFloors, fitColumns } from '../layout/table-columns.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import type { Run } from '../template/blocks.js';

const BODY: TextStyle = { family: 'serif', size: 11, leading: 1.15, align: 'left' };
const HEAD: TextStyle = { family: 'serif', size: 10, leading: 1.15, align: 'center', bold: true };
/** The header row's sizes, largest first; 9 pt is the floor of every printed text. */
const HEADS: readonly TextStyle[] = [10, 9.5, 9].map((size) => ({ ...HEAD, size }));

const col = (width: number, align: TableColumn['align']): TableColumn => ({ width, align });
const FIXED_MM = { no: 11, name: 60, address: 64, notes: 30 };
/** What the name and address columns keep when the tick titles need their room. */
const NAME_MIN_MM = 45;
const ADDRESS_MIN_MM = 45;
/** In whole mm (297 − margins), so that five equal tick columns would be 21 mm. */
const CONTENT_MM = 297 - 15 - 12;
const TICKS_MM = CONTENT_MM - FIXED_MM.no - FIXED_MM.name - FIXED_MM.address - FIXED_MM.notes;
/** A tick column narrower than this cannot hold a two-word title at 10 pt on three lines. */
const TICK_MIN_MM = 12;
export const MAX_TICK_COLUMNS = Math.floor(TICKS_MM / TICK_MIN_MM);
/** Columns other than the tick columns: STT, name, address, notes. */
export const OTHER_COLUMNS = 4;
export const TABLE_LEFT = 15 * MM;

const SPARE = {
  name: (FIXED_MM.name - NAME_MIN_MM) * MM,
  address: (FIXED_MM.address - ADDRESS_MIN_MM) * MM,
};
const SPARE_ALL = SPARE.name + SPARE.address;

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
  // The room taken from name and address, in proportion to what each can give.
  const name = FIXED_MM.name * MM - (borrowed * SPARE.name) / SPARE_ALL;
  const address = FIXED_MM.address * MM - (borrowed * SPARE.address) / SPARE_ALL;
  const notes = (FIXED_MM.notes + (ticks.length === 0 ? TICKS_MM : 0)) * MM;
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

function sizeColumns(measure: Measurer, titles: readonly (readonly Run[])[]): TrackerColumns {
  const ticks: TableCell[] = titles.slice(OTHER_COLUMNS - 1, -1).map((runs) => ({ runs }));
  const room = TICKS_MM * MM;
  if (ticks.length === 0)
    return { table: table(STYLES.get(HEADS[0] as TextStyle) as TableStyle, []), tooWide: [] };
  for (const head of HEADS) {
    const style = STYLES.get(head) as TableStyle;
    const floors = columnFloors(measure, [ticks], style);
    const need = floors.reduce((a, b) => a + b, 0);
    if (need <= room)
      return { table: table(style, fitColumns(measure, [ticks], style, room)), tooWide: [] };
    if (need <= room + SPARE_ALL) return { table: table(style, floors, need - room), tooWide: [] };
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
const sized = new WeakMap<Measurer, LRUCache<string, TrackerColumns>>();

export function trackerColumns(
  measure: Measurer,
  titles: readonly (readonly Run[])[],
): TrackerColumns {
  let byTitles = sized.get(measure);
  if (!byTitles) {
    byTitles = new LRUCache({ max: 32 });
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
