/**
 * The campaign's groups file as the studio reads it, kept while its bytes are the same: the
 * groups tab, its text checks and the residents card each read the list, and a list of
 * thousands of rows took seconds each time, every other request (a leader's page) waiting
 * (qa25b F4). Keyed by the file's digest (load/file-stamp.ts), as the preview's ward is.
 *
 * A large list is read and checked in one of the studio's worker threads (`readGroupsIn`), so
 * its first reading (after a start or an upload: 2–4.6 s for 20,000 rows) holds no one else's
 * page; a small one in this thread, where it takes milliseconds and starts no thread.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { LRUCache } from 'lru-cache';
import { isUserError } from '../errors.js';
import { stampOrDigest } from '../load/file-stamp.js';
import { type GroupsReport, loadGroupsReport } from '../load/groups/index.js';

/** A few campaigns' lists: a large one is tens of MB once read. */
const reports = new LRUCache<string, { key: string; report: Promise<GroupsReport> }>({ max: 8 });

/**
 * The largest file read in this thread: ~500 rows of CSV (tens of ms); a workbook or a Word
 * table is zipped, a few times as many rows a KB.
 */
const IN_THREAD_BYTES = { text: 64 * 1024, zipped: 16 * 1024 };

type Reader = (file: string) => Promise<GroupsReport>;

let elsewhere: Reader | undefined;

/**
 * Large lists read by `read` (a studio's worker threads) from now on; the function returned
 * stops that (the studio closing). The last studio started reads them (tests start several).
 */
export function readGroupsIn(read: Reader): () => void {
  elsewhere = read;
  return () => {
    if (elsewhere === read) elsewhere = undefined;
  };
}

function isLarge(file: string): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false; // the loader says what is wrong with it
  }
  const zipped = ['.xlsx', '.docx', '.xls'].includes(extname(file).toLowerCase());
  return size > (zipped ? IN_THREAD_BYTES.zipped : IN_THREAD_BYTES.text);
}

function read(file: string): Promise<GroupsReport> {
  const reader = elsewhere;
  if (!reader || !isLarge(file)) return loadGroupsReport(file);
  // A thread that failed (out of its memory, ended with the studio) is no reason to show no
  // list: read here then, as before.
  return reader(file).catch((e: unknown) => {
    if (isUserError(e)) throw e;
    return loadGroupsReport(file);
  });
}

/** `file` read as the build reads it (loadGroupsReport), again only when its bytes change. */
export function groupsReportOf(file: string): Promise<GroupsReport> {
  const key = stampOrDigest(file);
  const known = reports.get(file);
  if (key !== undefined && known?.key === key) return known.report;
  const report = read(file);
  if (key !== undefined) {
    reports.set(file, { key, report });
    // A file that could not be read this time (busy, being replaced) is read again next time.
    report.catch(() => {
      if (reports.get(file)?.report === report) reports.delete(file);
    });
  }
  return report;
}
