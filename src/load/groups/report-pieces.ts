/**
 * Load stage: the groups file's report (GroupsReport) as pieces of serialised plain data, for a
 * reading in a thread of its own (thread.ts, started by the studio: studio/groups-read.ts). A
 * list of 20,000 rows took 2–4.6 s of the one thread that answers every page, a leader's
 * included (qa25b F4). In: the file's path. Out: pieces a few thousand rows each, read back one
 * piece at a time, each after pending I/O (other requests) has run. Read back whole, 20,000 rows
 * held the thread ~100 ms; as UserErrors, warnings and faulty rows are rebuilt as they come (a
 * UserError says its English message when made).
 */
import { deserialize, serialize } from 'node:v8';
import { type UserError, type UserErrorData, userErrorData, userErrorFrom } from '../../errors.js';
import type { Group } from '../types.js';
import { type GroupsReport, loadGroupsReport, type RowFailure } from './index.js';
import type { RawRow } from './table.js';

/** Rows a piece holds: ~10 ms of reading back, under load. */
const PIECE_ROWS = 2000;

type FailureData = Omit<RowFailure, 'error'> & { error: UserErrorData };

/** The report's long lists, each filled piece by piece (`sheet`: that sheet's table's rows). */
type Piece =
  | { groups: Group[] }
  | { rows: RawRow[]; sheet?: number }
  | { failures: FailureData[] }
  | { warnings: UserErrorData[] };

/** The report without its long lists, with what it needs to tie its warnings together. */
interface Head extends Omit<GroupsReport, 'warnings' | 'failures' | 'lookAlikeWarnings'> {
  /** Each look-alike column's warning: its place in `warnings`, or itself when not there. */
  lookAlikes: (number | UserErrorData)[];
}

const slices = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += PIECE_ROWS) out.push(items.slice(i, i + PIECE_ROWS));
  return out;
};

/** The groups file read as the build reads it, as pieces (in the thread). */
export async function groupsReportPieces(file: string): Promise<Uint8Array[]> {
  const report = await loadGroupsReport(file);
  const { warnings, failures, lookAlikeWarnings, groups, table, sheets, ...rest } = report;
  const head: Head = {
    ...rest,
    groups: [],
    table: { ...table, rows: [] },
    ...(sheets && { sheets: sheets.map((s) => ({ ...s, table: { ...s.table, rows: [] } })) }),
    lookAlikes: lookAlikeWarnings.map((w) => {
      const at = warnings.indexOf(w);
      return at >= 0 ? at : userErrorData(w);
    }),
  };
  const pieces: Piece[] = [
    ...slices(warnings).map((w) => ({ warnings: w.map(userErrorData) })),
    ...slices(failures).map((f) => ({
      failures: f.map((x) => ({ ...x, error: userErrorData(x.error) })),
    })),
    ...slices(groups).map((g) => ({ groups: g })),
    ...slices(table.rows).map((rows) => ({ rows })),
    ...(sheets ?? []).flatMap((s, sheet) => slices(s.table.rows).map((rows) => ({ rows, sheet }))),
  ];
  return [serialize(head), ...pieces.map((p) => serialize(p))];
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The report the pieces were made from (on the thread that answers pages). */
export async function groupsReportFromPieces(pieces: readonly Uint8Array[]): Promise<GroupsReport> {
  const [first, ...rest] = pieces;
  if (!first) throw new Error('no groups report');
  const { lookAlikes, ...head } = deserialize(first) as Head;
  const warnings: UserError[] = [];
  const failures: RowFailure[] = [];
  for (const bytes of rest) {
    await nextTurn();
    const piece = deserialize(bytes) as Piece;
    if ('warnings' in piece) for (const w of piece.warnings) warnings.push(userErrorFrom(w));
    else if ('failures' in piece)
      for (const f of piece.failures) failures.push({ ...f, error: userErrorFrom(f.error) });
    else if ('groups' in piece) for (const g of piece.groups) head.groups.push(g);
    else {
      const into = piece.sheet === undefined ? head.table : head.sheets?.[piece.sheet]?.table;
      for (const r of piece.rows) into?.rows.push(r);
    }
  }
  const lookAlikeWarnings = lookAlikes.flatMap((w) => {
    const known = typeof w === 'number' ? warnings[w] : userErrorFrom(w);
    return known ? [known] : [];
  });
  // A Buffer again, as read from the disk (the thread's copy is a plain Uint8Array).
  const { bytes } = head;
  return {
    ...head,
    bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    warnings,
    failures,
    lookAlikeWarnings,
  };
}
