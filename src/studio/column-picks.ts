/**
 * Studio: the groups list's columns offered under the fields that may print them (Thời gian,
 * Địa điểm, Kính gửi, Nội dung, the actions), each as the exact placeholder the field needs,
 * `{{group.[Điểm tiếp nhận]}}`: typed by hand, one accent wrong was a column the build could not
 * find (qa8 S1, S4). Without a script the list is the text to copy; with it (studio.js) each is
 * a chip, a button that inserts it where the cursor is.
 */
import { LRUCache } from 'lru-cache';
import { isUserError } from '../errors.js';
import { stampOrDigest } from '../load/file-stamp.js';
import { loadGroupsReport, namedColumns } from '../load/groups/index.js';
import type { GroupTerm } from '../model/group-term.js';
import { sharedColumns } from '../output/measure-bases.js';
import { type FieldDef, fieldId, fieldName } from './campaign-fields.js';
import { type Html, html } from './html.js';

/** The fields whose text may name a column of the groups list. */
const PRINTS_COLUMNS = new Set(['when', 'where', 'notice.recipients', 'notice.body', 'actions']);

/** The fields that are about one group's own value (its time, its place): said before a list is there. */
const PER_GROUP = new Set(['when', 'where']);

/**
 * The headers of the groups file `groups` as written, but its id column (a number no paper
 * prints); none when there is no file or it cannot be read (the groups page says why).
 */
export async function groupColumnsOf(groups: string | undefined): Promise<string[]> {
  return (await columnsRead(groups)).columns;
}

/**
 * The list's own columns whose cells several groups share (not counts): what the results may
 * be totalled by (`totals_by`: "Khu vực bỏ phiếu", "Khu phố"), offered under that field.
 */
export async function areaColumnsOf(groups: string | undefined): Promise<string[]> {
  return (await columnsRead(groups)).shared;
}

async function columnsRead(groups: string | undefined): Promise<ColumnsRead> {
  const none = { columns: [], shared: [] };
  if (!groups) return none;
  // By the file's state: a ward of 5,000 rows took about a second to read on a loaded machine,
  // and the edit page is opened after every save.
  const stamp = stampOrDigest(groups);
  if (!stamp) return none;
  const key = `${groups}\u0000${stamp}`;
  const known = headersRead.get(key);
  if (known) return known;
  let read: ColumnsRead = none;
  try {
    const report = await loadGroupsReport(groups);
    read = {
      columns: namedColumns(report).filter((h) => h !== report.headers.id),
      // The meeting place too ("Nhà văn hoá": read as each group's venue), which totals_by takes.
      shared: sharedColumns(report.groups, report.extraColumns, report.headers.venue),
    };
  } catch (e) {
    if (!isUserError(e)) throw e;
  }
  headersRead.set(key, read);
  return read;
}

interface ColumnsRead {
  columns: string[];
  shared: string[];
}

/** The headers of the groups files read lately, by path and state. */
const headersRead = new LRUCache<string, ColumnsRead>({ max: 32 });

/**
 * Whether a page said already that its groups list is not uploaded: the note is said under the
 * first field that would pick a column (Thời gian), not again under Địa điểm and "Cộng theo" —
 * the same sentence three times on one form (h-ux).
 */
export interface ColumnNote {
  said: boolean;
}

/** "Upload the list to pick its columns here and in the fields after": once a page. */
function uploadNote(term: GroupTerm, note: ColumnNote): Html | '' {
  if (note.said) return '';
  note.said = true;
  return html`<p class="help column-note">Tải danh sách ${term.short} lên (thẻ Danh sách ${term.short}) để chọn cột của danh sách ở đây và ở các mục sau thay vì gõ tay.</p>`;
}

/** `{{group.[Điểm tiếp nhận]}}`: what prints a column's cell for each group. */
export const columnPlaceholder = (header: string) => `{{group.[${header}]}}`;

/** The columns to insert under field `d` (nothing for a field that prints none). */
export function columnPicks(
  d: FieldDef,
  columns: readonly string[],
  term: GroupTerm,
  /** The columns several groups share (areaColumnsOf), offered under `totals_by`. */
  areas: readonly string[] = [],
  /** The page's note that the list is not uploaded yet, said once (`ColumnNote`). */
  note: ColumnNote = { said: false },
): Html | '' {
  const name = fieldName(d);
  if (name === 'totals_by') return columnChoices(d, columns.length > 0, areas, term, note);
  if (!PRINTS_COLUMNS.has(name)) return '';
  if (columns.length === 0) return PER_GROUP.has(name) ? uploadNote(term, note) : '';
  const id = fieldId(d);
  // With the script, a chip a column that inserts its placeholder (its exact text the chip's
  // title, and the field's once inserted); without it, each placeholder on its own line to copy.
  return html`<details class="column-picks"${PER_GROUP.has(name) ? html` open` : ''}>
<summary>Chèn cột danh sách ${term.short} (${columns.length} cột)</summary>
<p class="help">Mỗi ${term.short} in giá trị ô của mình. <span class="pick-only" hidden>Bấm tên cột để chèn <code>${columnPlaceholder('tên cột')}</code> vào chỗ con trỏ.</span><span class="no-pick">Chép nguyên văn dòng bên dưới vào ô trên.</span></p>
<ul>${columns.map(
    (h) =>
      html`<li><button type="button" class="secondary pick pick-only" data-insert="${columnPlaceholder(h)}" data-target="${id}" title="${columnPlaceholder(h)}" aria-label="Chèn cột “${h}” vào mục ${d.label}" hidden>${h}</button><code class="no-pick">${columnPlaceholder(h)}</code></li>`,
  )}</ul>
</details>`;
}

/**
 * The list's columns a field names by its header (`totals_by`: the column the results are
 * totalled by), offered as the field is typed in (a datalist) and said under it, so the header
 * is written as the list writes it.
 */
function columnChoices(
  d: FieldDef,
  listed: boolean,
  columns: readonly string[],
  term: GroupTerm,
  note: ColumnNote,
): Html | '' {
  if (!listed) return uploadNote(term, note);
  if (columns.length === 0)
    return html`<p class="help column-note">Danh sách ${term.short} chưa có cột nào mà nhiều ${term.short} cùng chung một giá trị.</p>`;
  return html`<datalist id="${fieldId(d)}-columns">${columns.map((h) => html`<option value="${h}"></option>`)}</datalist>
<p class="help column-note">Các cột của danh sách mà nhiều ${term.short} cùng chung một giá trị: ${columns.map((h, i) => html`${i ? ', ' : ''}“${h}”`)}.</p>`;
}
