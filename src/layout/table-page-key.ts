/**
 * Layout stage: a name for all that one page of a table draws — its columns and style, where it
 * starts, its header row and its rows — so that a surface can keep the page's drawing and place
 * it again wherever the same is drawn (Surface.reuse). A blank tracking sheet's pages are the same
 * in every group: a 3,000-group ward draws ~48,000 of them, of a few hundred kinds.
 */
import { CheapLru } from '../cheap-lru.js';
import type { Line, Word } from './line-break.js';
import { styleKey } from './line-break.js';
import type { MeasuredRow, TableSpec } from './table.js';

/**
 * Full descriptions of rows, by a short id: a page's key names its rows by id. Ids only grow, so
 * a description evicted and seen again gets a new id — a kept page missed, never a wrong one.
 */
const ids = new CheapLru<string, number>({ max: 4_096 });
let nextId = 1;
const rowIds = new WeakMap<MeasuredRow, number>();

function wordKey(w: Word): string {
  let k = '';
  for (const f of w.fragments)
    k += `${f.text}\u0001${f.bold ? 'b' : ''}${f.italic ? 'i' : ''}${f.link ?? ''}\u0001${f.width}\u0002`;
  k += `${w.width},${w.spaceWidth},${w.hard ? 'h' : ''}${w.glue ? 'g' : ''}`;
  if (w.joined) k += `\u0003${w.joined.text}${w.joined.first === w ? '^' : ''}`;
  return k;
}

function lineKey(l: Line): string {
  return `${l.width},${l.indent},${l.last ? 'l' : ''}:${l.words.map(wordKey).join('\u0004')}`;
}

/** Everything about a row that its drawing shows, as an id. */
function rowId(row: MeasuredRow): number {
  let id = rowIds.get(row);
  if (id !== undefined) return id;
  let key = `${row.height}|${row.fill ?? ''}|${row.blank ? 'blank' : ''}`;
  for (const c of row.cells) {
    key += `\u0005${c.span}@${c.box.left},${c.box.right}|${styleKey(c.style)}|${c.style.leading}|`;
    key += c.lines.map(lineKey).join('\u0006');
  }
  id = ids.get(key);
  if (id === undefined) {
    id = nextId++;
    ids.set(key, id);
  }
  rowIds.set(row, id);
  return id;
}

const specKeys = new WeakMap<TableSpec, string>();

function specKey(spec: TableSpec): string {
  let key = specKeys.get(spec);
  if (key === undefined) {
    const columns = spec.columns.map((c) => `${c.width}${c.align ?? ''}`).join(',');
    key = `${spec.left};${columns};${JSON.stringify(spec.style)}`;
    specKeys.set(spec, key);
  }
  return key;
}

/** The key of a table page drawn from `top`: the same key, the same drawing. */
export function tablePageKey(
  spec: TableSpec,
  head: MeasuredRow,
  rows: readonly MeasuredRow[],
  top: number,
): string {
  let key = `table:${specKey(spec)}|${top}|${rowId(head)}`;
  for (const row of rows) key += `,${rowId(row)}`;
  return key;
}
