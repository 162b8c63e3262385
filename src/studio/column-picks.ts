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
  if (!groups) return [];
  // By the file's state: a ward of 5,000 rows took about a second to read on a loaded machine,
  // and the edit page is opened after every save.
  const stamp = stampOrDigest(groups);
  if (!stamp) return [];
  const key = `${groups}\u0000${stamp}`;
  const known = headersRead.get(key);
  if (known) return known;
  let columns: string[] = [];
  try {
    const report = await loadGroupsReport(groups);
    columns = namedColumns(report).filter((h) => h !== report.headers.id);
  } catch (e) {
    if (!isUserError(e)) throw e;
  }
  headersRead.set(key, columns);
  return columns;
}

/** The headers of the groups files read lately, by path and state. */
const headersRead = new LRUCache<string, string[]>({ max: 32 });

/** `{{group.[Điểm tiếp nhận]}}`: what prints a column's cell for each group. */
export const columnPlaceholder = (header: string) => `{{group.[${header}]}}`;

/** The columns to insert under field `d` (nothing for a field that prints none). */
export function columnPicks(d: FieldDef, columns: readonly string[], term: GroupTerm): Html | '' {
  const name = fieldName(d);
  if (!PRINTS_COLUMNS.has(name)) return '';
  if (columns.length === 0) {
    return PER_GROUP.has(name)
      ? html`<p class="help column-note">Tải danh sách ${term.short} lên (thẻ Danh sách ${term.short}) để chọn cột của danh sách ở đây thay vì gõ tay.</p>`
      : '';
  }
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
