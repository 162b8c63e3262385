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
import { appendFile, open } from 'node:fs/promises';
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

/** How much of the log's end is read at a time. */
const TAIL_CHUNK = 64 * 1024;

/**
 * The log's last `n` lines, newest first, and whether older ones are before them; none when
 * there is no log. Read from its end, a chunk at a time, never whole: the log only grows (a
 * line a download or erasure, for the campaign's life), and the residents page, which shows its
 * last lines, read it all on each visit.
 */
export async function personLogTail(
  folder: string,
  n: number,
): Promise<{ lines: PersonLogLine[]; older: boolean }> {
  const file = await open(join(folder, PERSON_LOG_FILE), 'r').catch(() => undefined);
  if (!file) return { lines: [], older: false };
  try {
    let pos = (await file.stat()).size;
    let rest = Buffer.alloc(0);
    const lines: PersonLogLine[] = [];
    // Until one line more than shown is found (older ones exist), or the file's start.
    while (pos > 0 && lines.length <= n) {
      const size = Math.min(TAIL_CHUNK, pos);
      pos -= size;
      const chunk = Buffer.alloc(size);
      await file.read(chunk, 0, size, pos);
      const bytes = Buffer.concat([chunk, rest]);
      // Split on the byte: a chunk's edge may cut a letter of several bytes, never a newline.
      let end = bytes.length;
      while (lines.length <= n) {
        const i = end > 0 ? bytes.lastIndexOf(0x0a, end - 1) : -1;
        // The chunk's first line may be cut: read again with the chunk before it.
        if (i < 0 && pos > 0) break;
        const line = parsedLine(bytes.subarray(i + 1, end).toString('utf8'));
        if (line) lines.push(line);
        end = Math.max(i, 0);
        if (i < 0) break;
      }
      // A "line" longer than any the log writes (a damaged file): dropped, not carried on.
      rest = end > TAIL_CHUNK * 4 ? Buffer.alloc(0) : bytes.subarray(0, end);
    }
    return { lines: lines.slice(0, n), older: lines.length > n };
  } finally {
    await file.close();
  }
}

/** A line of the log, or undefined for an empty or broken one (a write cut off). */
function parsedLine(text: string): PersonLogLine | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PersonLogLine;
  } catch {
    return undefined;
  }
}

const done = (what: PersonLogLine['what'], term: GroupTerm) =>
  ({
    exported: 'tải dữ liệu của một người',
    erased: 'xoá một người khỏi danh sách',
    gone: `xoá các dòng ghi ${term.short} không có trong danh sách ${term.short}`,
  })[what];

/** Lines of the log the residents page shows. */
export const PERSON_LOG_SHOWN = 10;

/** The log as the residents page shows it: its last lines (personLogTail). */
export function personLogSection(
  tail: { lines: readonly PersonLogLine[]; older: boolean },
  term: GroupTerm,
): Html {
  if (tail.lines.length === 0) return html``;
  return html`<section class="card" aria-labelledby="person-log-title">
<h2 id="person-log-title">Nhật ký tải, xoá dữ liệu người dân</h2>
<p class="help">Ghi ai làm, lúc nào, ở ${term.short} nào; không ghi tên hay thông tin của người dân.</p>
<ul>${tail.lines.map(
    (l) =>
      html`<li>${wardTimeSaid(new Date(l.at))}: <strong>${l.user}</strong> ${done(l.what, term)} (${l.rows} dòng${l.groups.length ? `; ${term.short} ${l.groups.join(', ')}` : ''}).</li>`,
  )}</ul>${tail.older ? html`<p class="muted">Đây là ${String(tail.lines.length)} lần gần nhất; nhật ký còn giữ các lần cũ hơn.</p>` : ''}
</section>`;
}
