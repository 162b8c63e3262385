/**
 * Load stage, groups: a list kept as a table in a Word document (.docx), as many wards keep
 * theirs ("Danh sách tổ dân phố" typed in Word, qa15: the studio refused it with the message it
 * gives any other file). In: the document's bytes. Out: the table holding the list as the
 * RawTable the CSV and XLSX readers give, and warnings.
 *
 * Word's tables are read through mammoth's HTML (load/docx/read-docx.ts, the notice importer's
 * reader). A merged cell gives its text to every row and column it covers, marked as merged
 * (a header's "Tổ trưởng" over "Họ và tên | Số điện thoại" is then read as XLSX's is). Word's
 * automatic numbering of a column (an "STT" column numbered as a list) is not in the text
 * mammoth gives: such cells are numbered again, 1, 2, 3… down the column. A list Word split
 * into several tables with the same header row (one a page) is read as one.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { type Cell, readHtml, type TableItem } from '../docx/html-items.js';
import { readDocx } from '../docx/read-docx.js';
import type { ColumnSpec } from './columns.js';
import { type ColumnsFound, holdsList, listHeader } from './prepare.js';
import { cleanCell, isEmptyRow, type RawRow, type RawTable } from './table.js';

/** A cell's text, and whether it is an item of a list Word numbers itself and shows no number. */
function cellText(cell: Cell): { text: string; numbered: boolean } {
  const text = cleanCell(cell.paras.map((p) => p.text).join(' '));
  const numbered = text === '' && cell.paras.some((p) => p.kind === 'li' && p.ordered);
  return { text, numbered };
}

/**
 * The table's rows as a grid: each merged cell's text in every place it covers. `counters` holds
 * each column's last number Word gave: a list split into tables goes on numbering 3, 4… in the
 * next one, as Word shows it.
 */
function grid(table: TableItem, counters = new Map<number, number>()): RawRow[] {
  const rows: RawRow[] = [];
  // Cells of rows above that reach down into later rows: by column.
  const below = new Map<number, { text: string; left: number }>();
  table.rows.forEach((cells, r) => {
    const out: string[] = [];
    const merged: boolean[] = [];
    const across: boolean[] = [];
    const take = (col: number) => {
      const reach = below.get(col);
      if (!reach) return false;
      out[col] = reach.text;
      merged[col] = true;
      if (--reach.left === 0) below.delete(col);
      return true;
    };
    let col = 0;
    for (const cell of cells) {
      while (take(col)) col++;
      let { text, numbered } = cellText(cell);
      if (numbered) {
        const n = (counters.get(col) ?? 0) + 1;
        counters.set(col, n);
        text = String(n);
      }
      for (let k = 0; k < cell.colspan; k++) {
        out[col + k] = text;
        merged[col + k] = k > 0;
        across[col + k] = cell.colspan > 1;
        if (cell.rowspan > 1) below.set(col + k, { text, left: cell.rowspan - 1 });
      }
      col += cell.colspan;
    }
    for (const c of [...below.keys()].filter((c) => c >= col).sort((a, b) => a - b)) take(c);
    const width = out.length;
    const filled = Array.from({ length: width }, (_, i) => out[i] ?? '');
    rows.push({
      row: r + 1,
      cells: filled,
      merged: Array.from({ length: width }, (_, i) => merged[i] ?? false),
      across: Array.from({ length: width }, (_, i) => across[i] ?? false),
    });
  });
  return rows;
}

/** A table as the loader reads a sheet: its first row, and the rows under it that hold text. */
function asRawTable(table: TableItem, counters?: Map<number, number>): RawTable | undefined {
  const [header, ...rows] = grid(table, counters);
  if (!header) return undefined;
  return {
    header,
    rows: rows.filter((r) => !isEmptyRow(r.cells)),
    sheet: { name: String(table.number), active: false },
  };
}

/**
 * The rows a table right after the list adds to it, or undefined when it is not the list going
 * on: a table whose header maps the same columns to the same fields, however worded ("SĐT" for
 * "Số điện thoại"), gives the rows under its header; a table with no header and as many columns
 * as the list (Word repeats no header unless told to) gives every row.
 */
function continuation<F extends string, R extends F>(
  table: RawTable,
  list: { width: number; columns: ColumnsFound },
  spec: ColumnSpec<F, R>,
): RawRow[] | undefined {
  const width = table.header.cells.length;
  if (width !== list.width) return undefined;
  const head = listHeader(table, spec);
  if (head) return sameFields(head.columns, list.columns) ? head.rows : undefined;
  return width >= 3 ? [table.header, ...table.rows] : undefined;
}

/** Whether two headers put the same fields in the same columns. */
function sameFields(a: ColumnsFound, b: ColumnsFound): boolean {
  const where = (c: ColumnsFound) =>
    Object.entries(c)
      .map(([field, col]) => `${field}@${col?.index}`)
      .sort()
      .join();
  return where(a) === where(b);
}

/**
 * The table of a Word document that holds the list (the first with the required columns, and
 * the tables right after it with the same header row, as Word splits a long list into one a
 * page); the first table when none has them (its missing columns are then reported).
 */
export async function readDocxTable<F extends string, R extends F>(
  bytes: Uint8Array,
  file: string,
  spec: ColumnSpec<F, R>,
): Promise<{ table: RawTable; warnings: UserError[] }> {
  const { items } = readHtml((await readDocx(bytes, file)).html);
  const tables = items
    .filter((i): i is TableItem => i.kind === 'table')
    .flatMap((item) => {
      const raw = asRawTable(item);
      return raw ? [{ item, raw }] : [];
    });
  const [first] = tables;
  if (!first)
    throw new UserError(
      msg`the Word document holds no table: the list must be a table, a row per group`,
      { file },
      msg`Put the list in a Word table (Insert › Table), its first row the headers ("STT", "Tên tổ dân phố"…); or give it as an Excel workbook (.xlsx).`,
    );
  const at = tables.findIndex((t) => holdsList(t.raw, spec));
  const list = tables[at];
  if (!list) return { table: first.raw, warnings: [] };
  // Numbered again with the tables that go on with it: Word's numbering runs on across them.
  const counters = new Map<number, number>();
  const table = asRawTable(list.item, counters) ?? list.raw;
  const joined: RawTable = { ...table, rows: [...table.rows] };
  let next = table.rows.at(-1)?.row ?? table.header.row;
  // The list's own header, read once: what each following table is compared with.
  const shape = {
    width: table.header.cells.length,
    columns: listHeader(table, spec)?.columns ?? {},
  };
  let end = at + 1;
  for (; end < tables.length; end++) {
    const t = tables[end] as (typeof tables)[number];
    const rows = continuation(asRawTable(t.item, counters) ?? t.raw, shape, spec);
    if (!rows) break;
    for (const r of rows) joined.rows.push({ ...r, row: ++next });
  }
  const others = tables
    .slice(end)
    .filter((t) => holdsList(t.raw, spec))
    .map((t) => t.raw);
  const warnings = others.length
    ? [
        new UserError(
          msg`read the list in table ${table.sheet?.name ?? ''} of the document; table(s) ${others.map((t) => t.sheet?.name ?? '').join(', ')} also hold a list, not read`,
          { file },
          msg`Keep one list in the document (delete last year's), or give the list as an Excel workbook (.xlsx).`,
        ),
      ]
    : [];
  return { table: joined, warnings };
}
