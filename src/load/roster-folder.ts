/**
 * Load stage, rosters: a folder of rosters, one `<group id>.csv`, `.txt`, `.tsv` or `.xlsx` per
 * group → each wanted group's residents. In: the folder and the group ids. Out: a map from group id to its
 * roster (file, bytes, residents); groups without a file are absent. Errors are UserErrors naming
 * the file; a roster's content is never quoted (personal data, Decree 13/2023/NĐ-CP).
 */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isUserError, problemsOf, throwProblems, UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { withoutLeadingZeros } from './groups/leading-zeros.js';
import { EXTENSIONS, parseRosterReport, readBytes } from './roster.js';
import type { Resident } from './types.js';

export interface LoadedRoster {
  file: string;
  /** The file as read: the build hashes it so a changed roster rebuilds its tracker. */
  bytes: Uint8Array;
  residents: Resident[];
  /** E.g. the file was converted from a legacy encoding. */
  warnings?: UserError[];
}

export interface RostersReport {
  rosters: Map<string, LoadedRoster>;
  /**
   * The groups whose roster cannot be read (a phone that lost digits, a year that is none), by
   * group id, with every problem of the file: those groups fail, the others build (qa10 Q13:
   * one bad cell stopped every group's tracking sheet).
   */
  failed: Map<string, UserError>;
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
): Promise<Map<string, LoadedRoster>> {
  const { rosters, failed } = await loadRostersReport(dir, ids, knownIds);
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
): Promise<RostersReport> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    throw new UserError(
      msg`the rosters folder cannot be read`,
      { file: dir, field: '--rosters' },
      msg`Give a folder that holds one <group id>.csv, .txt or .xlsx file per group.`,
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
  return { rosters, failed };
}
