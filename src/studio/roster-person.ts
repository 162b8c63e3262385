/**
 * Studio: one person's rows of the campaign's residents list, for a request under Decree
 * 13/2023/NĐ-CP (qa46 F7): the office finds a person by name (search.ts, as the groups page
 * finds a group), sees the rows held on them, downloads them as a small CSV, and erases a row
 * from the stored list; rows whose group cell names no group of the groups list are counted and removed the
 * same way. Erasing rewrites the stored list as saving does (roster-kept.ts: the columns read,
 * each row at its row number): the builds, the preview and the leaders' served copy read it as
 * any list.
 *
 * Each download and erasure is written to the campaign's log (who, when, which groups, how many
 * rows: never a resident's name or cell), shown on the residents page.
 */
import { createHash } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawRow } from '../load/groups/table.js';
import type { WardRosterReport } from '../load/roster-ward.js';
import type { Group } from '../load/types.js';
import type { GroupTerm } from '../model/group-term.js';
import { matchesWords, searchedText, searchOf } from '../model/search.js';
import { csv } from '../serve/links.js';
import { wardTimeSaid } from '../ward-time.js';
import { PERSON_LOG_FILE } from './campaign-folders.js';
import { type Html, html } from './html.js';

/** A row of the list as the office sees it: its id in links, its group, the name written. */
export interface ListedRow {
  id: string;
  row: RawRow;
  /** The group the row is printed for (undefined: a row no group of the list takes). */
  group?: Group;
  /** The row's group cells as written ("1", "Tổ 9"). */
  written: string;
  name: string;
}

/**
 * A row's id in the page's links: its number and a digest of its cells, so that an id from a page
 * shown before the list changed finds nothing rather than another row.
 */
export const rowIdOf = (row: RawRow): string =>
  `${row.row}-${createHash('sha256')
    .update(JSON.stringify([row.sheet ?? '', row.row, row.cells]))
    .digest('hex')
    .slice(0, 12)}`;

/** What a row id looks like; anything else is not looked for. */
export const ROW_ID = /^\d{1,7}-[0-9a-f]{12}$/;

/** Every data row of the list, in file order. */
export function listedRows(report: WardRosterReport, groups: readonly Group[]): ListedRow[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  return report.table.rows.map((row) => {
    const id = report.groupOf.get(row);
    return {
      id: rowIdOf(row),
      row,
      group: id === undefined ? undefined : byId.get(id),
      written: report.placing
        .map((i) => row.cells[i] ?? '')
        .filter((c) => c !== '')
        .join(' / '),
      name: row.cells[report.nameColumn] ?? '',
    };
  });
}

/** The rows whose name the search finds (accents and case aside); none for an empty search. */
export function rowsFound(rows: readonly ListedRow[], query: string): ListedRow[] {
  const search = searchOf(query);
  if (search.words.length === 0) return [];
  return rows.filter((r) => matchesWords(search, searchedText(r.name)));
}

const nameKey = (s: string) =>
  s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** The rows naming the same person as `row` (the name written alike, case and spaces aside). */
export const sameName = (rows: readonly ListedRow[], row: ListedRow): ListedRow[] =>
  rows.filter((r) => nameKey(r.name) === nameKey(row.name));

/** The header's columns that hold something in the list (trailing empty ones left out). */
function usedWidth(report: WardRosterReport): number {
  const all = [report.table.header, ...report.table.rows];
  const lastUsed = (cells: readonly string[]) => {
    let n = cells.length;
    while (n > 0 && cells[n - 1] === '') n--;
    return n;
  };
  return all.reduce((n, r) => Math.max(n, lastUsed(r.cells)), 0);
}

const BOM = '\uFEFF';

/**
 * The rows as a CSV for the person (UTF-8 with BOM, as Excel opens it): a column of the group
 * the row is printed for, then the list's own columns as read.
 */
export function personCsv(report: WardRosterReport, rows: readonly ListedRow[]): Uint8Array {
  const width = usedWidth(report);
  const cells = (r: RawRow) => Array.from({ length: width }, (_, i) => r.cells[i] ?? '');
  return new TextEncoder().encode(
    BOM +
      csv(
        [
          ['Thuộc', ...cells(report.table.header)],
          ...rows.map((r) => [r.group?.name ?? '', ...cells(r.row)]),
        ],
        ',',
      ),
  );
}

/** One line of the log: who did what, to how many rows of which groups. Never a resident's data. */
export interface PersonLogLine {
  at: string;
  user: string;
  what: 'exported' | 'erased' | 'gone';
  rows: number;
  groups: string[];
}

/** A line appended to the campaign's log. */
export async function logPerson(
  folder: string,
  line: Omit<PersonLogLine, 'at'>,
  at = new Date(),
): Promise<void> {
  await appendFile(
    join(folder, PERSON_LOG_FILE),
    `${JSON.stringify({ at: at.toISOString(), ...line })}\n`,
    { mode: 0o600 },
  );
}

/** The log's lines, newest first; [] when there is none. */
export async function personLog(folder: string): Promise<PersonLogLine[]> {
  const text = await readFile(join(folder, PERSON_LOG_FILE), 'utf8').catch(() => '');
  return text
    .split('\n')
    .flatMap((l) => {
      try {
        return l ? [JSON.parse(l) as PersonLogLine] : [];
      } catch {
        return [];
      }
    })
    .reverse();
}

const done = (what: PersonLogLine['what'], term: GroupTerm) =>
  ({
    exported: 'tải dữ liệu của một người',
    erased: 'xoá một người khỏi danh sách',
    gone: `xoá các dòng ghi ${term.short} không có trong danh sách ${term.short}`,
  })[what];

/** The log as the residents page shows it: the last few lines. */
export function personLogSection(
  lines: readonly PersonLogLine[],
  term: GroupTerm,
  shown = 10,
): Html {
  if (lines.length === 0) return html``;
  return html`<section class="card" aria-labelledby="person-log-title">
<h2 id="person-log-title">Nhật ký tải, xoá dữ liệu người dân</h2>
<p class="help">Ghi ai làm, lúc nào, ở ${term.short} nào; không ghi tên hay thông tin của người dân.</p>
<ul>${lines
    .slice(0, shown)
    .map(
      (l) =>
        html`<li>${wardTimeSaid(new Date(l.at))}: <strong>${l.user}</strong> ${done(l.what, term)} (${l.rows} dòng${l.groups.length ? `; ${term.short} ${l.groups.join(', ')}` : ''}).</li>`,
    )}</ul>${lines.length > shown ? html`<p class="muted">và ${lines.length - shown} dòng nhật ký cũ hơn.</p>` : ''}
</section>`;
}
