/**
 * Load stage, rosters: a folder of rosters, one `<group id>.csv`, `.txt`, `.tsv` or `.xlsx` per
 * group, or one list for the whole ward with a column naming each row's group (roster-ward.ts)
 * → each wanted group's residents. In: the folder or file and the group ids (the groups
 * themselves for a ward-wide list, whose rows name them by id or name). Out: a map from group id
 * to its roster (file, bytes, residents); groups without one are absent. Errors are UserErrors
 * naming the file; a roster's content is never quoted (personal data, Decree 13/2023/NĐ-CP).
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isUserError, problemsOf, throwProblems, UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { withoutLeadingZeros } from './groups/leading-zeros.js';
import type { HiddenGroups } from './results-names.js';
import { EXTENSIONS, parseRosterReport, readBytes } from './roster.js';
import { parseWardRoster } from './roster-ward.js';
import type { Group, Resident } from './types.js';

export interface LoadedRoster {
  file: string;
  /**
   * The file as read: the build hashes it so a changed roster rebuilds its tracker. A group's
   * part of a ward-wide list is its residents as read (JSON): a row changed in another group's
   * part rebuilds only that group's sheet.
   */
  bytes: Uint8Array;
  residents: Resident[];
  /** E.g. the file was converted from a legacy encoding. */
  warnings?: UserError[];
  /** Its notes columns ("Ghi chú"), printed nowhere (roster.ts notesOf). */
  notesColumns?: string[];
  /** Its amount column's header ("Mức quà"): a hand-out prints it (model/roster-extras.ts). */
  amountColumn?: string;
  /** A list of persons' birth column's header: printed when the sheet has room for it. */
  bornColumn?: string;
  /** Its exemptions' column's header ("Diện miễn"): a fee's collection list prints it. */
  exemptColumn?: string;
  /** Its own numbers' column's header ("STT"): printed beside the sheet's 1..n when they differ. */
  noColumn?: string;
  /** Its count columns' headers ("Số chó"): printed when they count what the campaign measures. */
  countColumns?: string[];
  /** A text table's digest as read (RosterReport.textDigest): what the inputs hash takes. */
  textDigest?: string;
}

export interface RostersReport {
  rosters: Map<string, LoadedRoster>;
  /**
   * The groups whose roster cannot be read (a phone that lost digits, a year that is none), by
   * group id, with every problem of the file: those groups fail, the others build (qa10 Q13:
   * one bad cell stopped every group's tracking sheet).
   */
  failed: Map<string, UserError>;
  /**
   * A ward-wide list's own warnings (its encoding, columns not printed, rows naming no group),
   * said once for the file; a folder's are each roster's (`LoadedRoster.warnings`).
   */
  warnings: UserError[];
  /** A ward-wide list's bytes (a folder has none): what a thread reading it again compares. */
  bytes?: Uint8Array;
  /** The notes columns ("Ghi chú") of the list or of the folder's rosters: said once, not warned. */
  notesColumns: string[];
}

/** The ward's groups, which a ward-wide list's rows name, and the groups file's hidden rows. */
export interface RosterGroups {
  groups: readonly Group[];
  hidden?: HiddenGroups;
}

/**
 * The rosters of the groups `ids` from a folder of `<group id>.csv|.xlsx` files (ids compared
 * without case). A group without a file has no roster. A file named after no group in
 * `knownIds` is an error: a misnamed roster would otherwise print a blank sheet unnoticed.
 */
export async function loadRosters(
  dir: string,
  ids: readonly string[],
  knownIds: readonly string[] = ids,
  named?: RosterGroups,
): Promise<Map<string, LoadedRoster>> {
  const { rosters, failed } = await loadRostersReport(dir, ids, knownIds, named);
  throwProblems([...failed.values()].flatMap(problemsOf));
  return rosters;
}

/**
 * As loadRosters, but a bad roster fails only its own group (`failed`); a folder that cannot be
 * read, a file named after no group and two files for one group still stop the load.
 */
export async function loadRostersReport(
  dir: string,
  ids: readonly string[],
  knownIds: readonly string[] = ids,
  named?: RosterGroups,
): Promise<RostersReport> {
  if ((await stat(dir).catch(() => undefined))?.isFile())
    return loadWardRosterReport(dir, ids, named);
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    throw new UserError(
      msg`the rosters folder cannot be read`,
      { file: dir, field: '--rosters' },
      msg`Give a folder that holds one <group id>.csv, .txt or .xlsx file per group, or one file for the whole ward with a column naming each row's group.`,
    );
  }
  const key = (id: string) => id.toLocaleLowerCase('vi');
  const known = new Map(knownIds.map((id) => [key(id), id]));
  const fileOf = new Map<string, string>();
  // Every misnamed or bad roster, not only the first: one bad file must not hide another's.
  const problems: UserError[] = [];
  // Sorted so the same folder always gives the same first-found file in errors.
  for (const name of names.sort()) {
    const ext = extname(name).toLowerCase();
    // Office lock files ("~$5.xlsx") and hidden files are not rosters.
    if (!EXTENSIONS.includes(ext) || name.startsWith('~$') || name.startsWith('.')) continue;
    const file = join(dir, name);
    const id = known.get(key(name.slice(0, -ext.length).normalize('NFC')));
    // A .txt is a roster only when named after a group: a README.txt or notes are not.
    if (id === undefined && ext === '.txt') continue;
    if (id === undefined) {
      // "1.csv" for the group "01" (or "01.csv" for "1"): the id the office meant, said.
      const stem = withoutLeadingZeros(key(name.slice(0, -ext.length).normalize('NFC')));
      const meant = knownIds.filter((k) => withoutLeadingZeros(key(k)) === stem);
      problems.push(
        new UserError(
          msg`the roster is named after no group`,
          { file },
          meant.length === 1
            ? msg`Name each roster after its group's id from the groups file (STT / Mã tổ): is it "${meant[0] ?? ''}"?`
            : msg`Name each roster after its group's id from the groups file (STT / Mã tổ), e.g. "5.csv".`,
        ),
      );
      continue;
    }
    const other = fileOf.get(id);
    if (other) {
      problems.push(
        new UserError(
          msg`group "${id}" has two rosters (also ${other})`,
          { file },
          msg`Keep one file per group.`,
        ),
      );
      continue;
    }
    fileOf.set(id, file);
  }
  const rosters = new Map<string, LoadedRoster>();
  const failed = new Map<string, UserError>();
  for (const id of ids) {
    const file = fileOf.get(id);
    if (!file) continue;
    try {
      const bytes = await readBytes(file, msg`Check the rosters folder.`);
      rosters.set(id, { file, bytes, ...(await parseRosterReport(bytes, file)) });
    } catch (e) {
      if (!isUserError(e)) throw e;
      failed.set(id, e);
    }
  }
  // A misnamed file stops the load, with the bad rosters' problems too: all said in one run.
  if (problems.length > 0)
    throwProblems([...problems, ...[...failed.values()].flatMap(problemsOf)]);
  const notesColumns = [...new Set([...rosters.values()].flatMap((r) => r.notesColumns ?? []))];
  return { rosters, failed, warnings: [], notesColumns };
}

/**
 * One list for the whole ward: each group of `ids` its rows. A group whose rows cannot be read
 * fails alone; rows naming no group are warnings (the other groups' sheets are right).
 */
async function loadWardRosterReport(
  file: string,
  ids: readonly string[],
  named: RosterGroups | undefined,
): Promise<RostersReport> {
  if (!EXTENSIONS.includes(extname(file).toLowerCase())) {
    throw new UserError(
      msg`a roster must be a .csv, .txt (Excel "Unicode Text") or .xlsx file`,
      { file, field: '--rosters' },
      msg`Save the roster as CSV UTF-8 (.csv), as Unicode Text (.txt) or as an Excel workbook (.xlsx).`,
    );
  }
  // The caller that gives a file gives the groups its rows name (output/inputs.ts).
  if (!named) throw new Error('a ward-wide roster needs the groups');
  const bytes = await readBytes(file, msg`Check the path of the roster.`);
  const report = await parseWardRoster(bytes, file, named.groups, named.hidden);
  const rosters = new Map<string, LoadedRoster>();
  const failed = new Map<string, UserError>();
  for (const id of ids) {
    const residents = report.rosters.get(id);
    if (residents)
      rosters.set(id, {
        file,
        bytes: new TextEncoder().encode(
          JSON.stringify(residents.map(({ source: _, ...printed }) => printed)),
        ),
        residents,
        ...(report.amountColumn ? { amountColumn: report.amountColumn } : {}),
        ...(report.bornColumn ? { bornColumn: report.bornColumn } : {}),
        ...(report.exemptColumn ? { exemptColumn: report.exemptColumn } : {}),
        ...(report.countColumns ? { countColumns: report.countColumns } : {}),
      });
    const problem = report.failed.get(id);
    if (problem) failed.set(id, problem);
  }
  return { rosters, failed, warnings: report.warnings, bytes, notesColumns: report.notesColumns };
}
