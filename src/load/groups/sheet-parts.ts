/**
 * Load stage, groups: which sheets of a workbook hold the ward's list. In: the workbook's sheets.
 * Out: one sheet to read (pickSheet: sheets that are versions of one list, one per year or
 * round, as before), or every sheet as a part of the list, each the section its groups come
 * under (rows.ts `checkParts`), with the notes that say which sheets were read and which not.
 *
 * Since the 2025 mergers a ward's list is often kept one sheet per old ward ("Phường Hàng Bạc
 * (cũ)", "Hàng Đào"…), each numbered from 1 and with its own "Tổ dân phố số 1": reading one of
 * them would drop most of the ward. Offices have also always kept last year's list beside this
 * year's: reading both would print the groups twice. The evidence, weighed here:
 * - a sheet's name or title row naming a year or round ("2025", "Đợt 1", "Danh sách cũ"), or
 *   titles naming different years: versions;
 * - every sheet naming an old ward or commune, or a place ("Hàng Bạc"), by its name or a title
 *   row ("DANH SÁCH TỔ DÂN PHỐ PHƯỜNG HÀNG BẠC (CŨ)"): parts;
 * - the sheets' groups: versions list mostly the same groups (name and leader, else phone, else
 *   id), parts do not (their "Tổ dân phố số 1" has another leader).
 * Names saying nothing and the same groups: versions. When the names and the groups disagree,
 * the sheets are read as parts (nothing dropped) and a warning names them and says why it is
 * unsure.
 */
import { basename } from 'node:path';
import { UserError } from '../../errors.js';
import { joined, type Message, msg } from '../../messages/message.js';
import { holdsWardRoster } from '../roster-columns.js';
import { GROUP_COLUMNS } from './columns.js';
import { type ColumnsFound, holdsList, listHeader, pickSheet } from './prepare.js';
import { nameKey } from './same-names.js';
import {
  type SheetSays,
  sheetNameSays,
  versionInTitle,
  wardInTitle,
  yearIn,
} from './sheet-names.js';
import type { RawRow, RawTable } from './table.js';

/** A sheet read as a part of the list: its table, its name and the heading of its groups. */
export interface SheetPart {
  table: RawTable;
  sheet: string;
  /** What tells its groups from another sheet's same-named ones (sections.ts `sectionLabel`). */
  section: string;
}

export type SheetsToRead =
  | { table: RawTable; parts?: undefined; warnings: UserError[] }
  | { parts: SheetPart[]; warnings: UserError[] };

/** A group of a sheet, as compared with another sheet's. */
interface Entry {
  name: string;
  leader: string;
  phone: string;
  id: string;
}

interface SheetRead {
  table: RawTable;
  name: string;
  says: SheetSays;
  titleWard?: string;
  titleVersion?: string;
  entries: Entry[];
}

const text = (row: RawRow, columns: ColumnsFound, field: string) => {
  const col = columns[field];
  return col ? (row.cells[col.index] ?? '') : '';
};

function entriesOf(rows: readonly RawRow[], columns: ColumnsFound): Entry[] {
  return rows
    .map((r) => ({
      name: nameKey(text(r, columns, 'name')),
      leader: nameKey(text(r, columns, 'leader')),
      phone: text(r, columns, 'phone').replace(/\D/g, ''),
      id: text(r, columns, 'id').replace(/^0+(?=\d)/, ''),
    }))
    .filter((e) => e.name !== '');
}

/**
 * The share of the smaller sheet's groups the other sheet also lists: the same name, and the
 * same leader when both sheets name leaders, else the same phone, else the same id.
 */
function overlap(a: readonly Entry[], b: readonly Entry[]): number {
  const has = (es: readonly Entry[], f: keyof Entry) => es.some((e) => e[f] !== '');
  const by: keyof Entry =
    ['leader' as const, 'phone' as const].find((f) => has(a, f) && has(b, f)) ?? 'id';
  const key = (e: Entry) => `${e.name}\u0000${e[by]}`;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return 0;
  const there = new Set(large.map(key));
  return small.filter((e) => there.has(key(e))).length / small.length;
}

/** Versions of one list share most of their groups; parts of a ward share few or none. */
const ALIKE = 0.5;

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

function readSheet(table: RawTable, sharedYear: string | undefined): SheetRead | undefined {
  const head = listHeader(table, GROUP_COLUMNS);
  if (!head) return undefined;
  const titles = head.titles.flatMap((r) => [...new Set(r.cells.filter((c) => c !== ''))]);
  const name = table.sheet?.name ?? '';
  return {
    table,
    name,
    says: sheetNameSays(name, sharedYear),
    titleWard: titles.map(wardInTitle).find((w) => w !== undefined),
    titleVersion: titles.map(versionInTitle).find((v) => v !== undefined),
    entries: entriesOf(head.rows, head.columns),
  };
}

/**
 * Whether a sheet's title names its own old ward: one marked "(cũ)", or one no other sheet's
 * title names (every sheet's title naming the new ward tells none from another).
 */
function titleTells(sheet: SheetRead, all: readonly SheetRead[]): boolean {
  const ward = sheet.titleWard;
  if (ward === undefined) return false;
  if (/(?:^|[\s(])cũ\)?$/iu.test(ward)) return true;
  const key = nameKey(ward);
  return all.filter((s) => s.titleWard !== undefined && nameKey(s.titleWard) === key).length === 1;
}

/** The hint of the note on a sheet of residents (sheetsToRead), by its message's key. */
const ROSTER_SHEET_HINT =
  msg`To print its names on each group's tracking sheet instead of blank numbered rows, give this file as the residents roster too: --rosters "${''}".`
    .key;

/**
 * Whether `w` is the note on a groups workbook's sheet of residents (it points at `--rosters`):
 * said only while no residents list is given, since it is then the list in use, or another one.
 */
export const isRosterSheetNote = (w: UserError): boolean => w.hintText?.key === ROSTER_SHEET_HINT;

/** The sheets to read of a groups workbook, and the notes saying what was read and why. */
export function sheetsToRead(tables: readonly RawTable[], file: string): SheetsToRead {
  // A shown sheet listing residents or households by group (a storm's "DS hộ sơ tán" beside
  // the groups, qa21 finding 4): no list of groups, but the tracking sheets' rows, said so.
  const rosterSheets = tables.filter(
    (t) => !t.sheet?.hidden && !holdsList(t, GROUP_COLUMNS) && holdsWardRoster(t),
  );
  const rosterNote = (read: readonly RawTable[]) =>
    rosterSheets
      .filter((t) => !read.includes(t))
      .map(
        (t) =>
          new UserError(
            msg`the sheet "${t.sheet?.name ?? ''}" lists residents or households by group, not the groups: it is not read as the groups list`,
            { file },
            msg`To print its names on each group's tracking sheet instead of blank numbered rows, give this file as the residents roster too: --rosters "${basename(file)}".`,
          ),
      );
  const one = () => {
    const picked = pickSheet(tables, GROUP_COLUMNS, file, (t) => rosterSheets.includes(t));
    return { ...picked, warnings: [...picked.warnings, ...rosterNote([picked.table])] };
  };
  const years = tables.map((t) => yearIn(t.sheet?.name ?? ''));
  const sharedYear = years.every((y) => y !== undefined && y === years[0]) ? years[0] : undefined;
  const lists = tables.map((t) => readSheet(t, sharedYear));
  const withList = lists.filter((s): s is SheetRead => s !== undefined);
  // A hidden sheet's list is one the office put away: read only when no shown sheet holds one,
  // as pickSheet does (qa12 Q1).
  const shown = withList.filter((s) => !s.table.sheet?.hidden);
  const read = shown.length > 0 ? shown : withList;
  if (read.length < 2) return one();
  const titleVersions = new Set(read.flatMap((s) => s.titleVersion ?? []));
  if (read.some((s) => s.says === 'version') || titleVersions.size > 1) return one();
  const named = (s: SheetRead) => s.says === 'ward' || s.says === 'place' || titleTells(s, read);
  const unnamed = read.filter((s) => !named(s));
  const alike = read.some((a, i) =>
    read.slice(i + 1).some((b) => overlap(a.entries, b.entries) >= ALIKE),
  );
  if (unnamed.length > 0 && alike) return one();
  const parts = read.map((s) => ({
    table: s.table,
    sheet: s.name,
    section: s.says === 'ward' || s.says === 'place' ? s.name : (s.titleWard ?? s.name),
  }));
  const warnings: UserError[] = [];
  const why: Message | undefined = alike
    ? msg`their names or titles name old wards or communes, but they list mostly the same groups`
    : unnamed.length > 0
      ? msg`the names of ${quoted(unnamed.map((s) => s.name))} name no old ward or commune, but the sheets list different groups`
      : undefined;
  if (why) {
    warnings.push(
      new UserError(
        msg`could not tell whether the sheets ${quoted(parts.map((p) => p.sheet))} are parts of the ward or versions of one list (one per year or round): ${why}; all of them are read, as parts`,
        { file },
        msg`If they are versions, delete or hide the sheets no longer used (right-click a sheet tab › Hide) and save the file; if they are parts, name each sheet after its old ward or commune, e.g. "Phường Hàng Bạc (cũ)".`,
      ),
    );
  }
  const hidden = withList.filter((s) => !read.includes(s)).map((s) => s.name);
  if (hidden.length > 0) {
    warnings.push(
      new UserError(
        msg`hidden sheets also holding a list, not read: ${quoted(hidden)}`,
        { file },
        msg`If a hidden sheet is a part of the ward, show it in Excel (right-click a sheet tab › Unhide) and save the file.`,
      ),
    );
  }
  warnings.push(...rosterNote(parts.map((p) => p.table)));
  const noList = tables
    .filter((t, i) => lists[i] === undefined && !rosterSheets.includes(t))
    .map((t) => t.sheet?.name ?? '');
  if (noList.length > 0) {
    const { id, name } = GROUP_COLUMNS.expected;
    warnings.push(
      new UserError(
        msg`sheets without a list (no "${id}" and "${name}" header), not read: ${quoted(noList)}`,
        {
          file,
        },
      ),
    );
  }
  return { parts, warnings };
}

/**
 * The note saying every sheet read as a part, with its groups' count (every group row, those
 * with a problem too): first among the file's warnings, so that the office sees the whole ward
 * was read, and from where.
 */
export function partsNote(
  sheets: readonly string[],
  groupsOn: (sheet: string) => number,
  file: string,
): UserError {
  const each = joined(
    sheets.map((s) => msg`"${s}" (${groupsOn(s)} groups)`),
    ', ',
  );
  return new UserError(
    msg`the list is kept one sheet per part of the ward: all ${sheets.length} sheets are read, ${each}; a group whose name is also on another sheet is printed with its sheet's name`,
    { file },
    msg`If a sheet is not a part of the ward (last year's list, a draft), delete or hide it (right-click its tab › Hide) and save the file.`,
  );
}
