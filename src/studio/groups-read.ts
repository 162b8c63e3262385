/**
 * The campaign's groups file as the studio reads it, kept while its bytes are the same: the
 * groups tab, its text checks and the residents card each read the list, and a list of
 * thousands of rows took seconds each time, every other request (a leader's page) waiting
 * (qa25b F4). Keyed by the file's digest (load/file-stamp.ts), as the preview's ward is.
 *
 * A large list (some thousands of rows, judged by its bytes: IN_THREAD_BYTES) is read and checked in a thread
 * of its own (load/groups/thread.ts), started for that reading and ended after it, so its first
 * reading (after a start or an upload: seconds) holds no one else's page; a smaller one in this
 * thread, where it takes well under a second and starts nothing. Not in the preview's threads:
 * starting those loads the renderer (~3.5 s for a 17 KB workbook's first visit), their 128 MB
 * heap did not hold a 100,000-row workbook, and leaders' downloads wait for them (review34 F2,
 * F6; bench/results.md "## h-rv34b").
 */
import { statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LRUCache } from 'lru-cache';
import { isUserError, type UserErrorData, userErrorFrom } from '../errors.js';
import { stampOrDigest } from '../load/file-stamp.js';
import { type GroupsReport, loadGroupsReport } from '../load/groups/index.js';
import { groupsReportFromPieces } from '../load/groups/report-pieces.js';
import { GROUPS_THREAD } from '../output/code-location.js';

/** A few campaigns' lists: a large one is tens of MB once read. */
const reports = new LRUCache<string, { key: string; report: Promise<GroupsReport> }>({ max: 8 });

/**
 * The smallest file read in a thread: a text list of ~4,000 rows (a 20,000-row CSV is 2.6 MB),
 * a workbook of ~1,400 (70 KB for 1,500 rows). Below, this thread reads it in a few tenths of a
 * second, sooner than a thread starts and hands it back (a thread's reading costs about twice
 * the CPU: bench/results.md "## h-rv34b"). A workbook is slower a row and its first reading
 * loads exceljs (~1 s on the shared host: 5,000 rows held this thread 1.9 s cold). A workbook
 * (.xlsx, .ods) or a Word table is zipped, a few times as many rows a KB; an old .xls is not.
 */
export const IN_THREAD_BYTES = { text: 512 * 1024, zipped: 64 * 1024 };

const ZIPPED = new Set(['.xlsx', '.ods', '.docx']);

/** How a studio reads the large lists under its data folder. */
export interface GroupsReading {
  /** Where a reading the thread could not finish is said (the studio's error log). */
  log: (line: string) => void;
  /** The smallest file read in a thread (IN_THREAD_BYTES by default). */
  inThreadFrom?: { text: number; zipped: number };
  /**
   * The thread's heap in MB; none by default, as this thread has none (the loader bounds a list
   * at 100,000 rows and 32 MB). For tests: a list the thread cannot hold.
   */
  threadHeapMb?: number;
}

/** Each running studio's way, by its data folder (tests run several studios at once). */
const studios = new Map<string, GroupsReading>();

/** Readings the threads finished, for the tests: they tell a thread's reading from this one's. */
let readInThread = 0;
export const groupsReadsInThread = (): number => readInThread;

/**
 * The lists under `dataDir` read as `reading` says from now on; the function returned stops that
 * (the studio closing).
 */
export function readGroupsUnder(dataDir: string, reading: GroupsReading): () => void {
  const key = resolve(dataDir);
  studios.set(key, reading);
  return () => {
    if (studios.get(key) === reading) studios.delete(key);
  };
}

function readingOf(file: string): GroupsReading | undefined {
  for (const [dir, reading] of studios) {
    const inside = relative(dir, resolve(file));
    if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return reading;
  }
  return undefined;
}

function isLarge(file: string, from: { text: number; zipped: number }): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false; // the loader says what is wrong with it
  }
  return size >= (ZIPPED.has(extname(file).toLowerCase()) ? from.zipped : from.text);
}

/** `file` read in a thread started for it (load/groups/thread.ts). */
function inThread(file: string, heapMb: number | undefined): Promise<GroupsReport> {
  return new Promise((done, failed) => {
    const thread = new Worker(GROUPS_THREAD, {
      workerData: { file },
      ...(heapMb !== undefined && { resourceLimits: { maxOldGenerationSizeMb: heapMb } }),
    });
    let answered = false;
    thread.once('message', (m: { pieces: Uint8Array[] } | { userError: UserErrorData }) => {
      answered = true;
      if ('userError' in m) failed(userErrorFrom(m.userError));
      else {
        readInThread++;
        done(groupsReportFromPieces(m.pieces));
      }
    });
    thread.once('error', failed);
    thread.once('exit', (code) => {
      if (!answered) failed(new Error(`the thread ended (exit code ${code})`));
    });
  });
}

function read(file: string): Promise<GroupsReport> {
  const reading = readingOf(file);
  if (!reading || !isLarge(file, reading.inThreadFrom ?? IN_THREAD_BYTES))
    return loadGroupsReport(file);
  // A thread that failed (out of its memory, not started) is no reason to show no list: read
  // here then, as before, and say so.
  return inThread(file, reading.threadHeapMb).catch((e: unknown) => {
    if (isUserError(e)) throw e;
    const why = (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);
    reading.log(
      `warning: the groups list ${file} could not be read in a thread (${why}); reading it on the studio's own thread, every page waiting`,
    );
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
