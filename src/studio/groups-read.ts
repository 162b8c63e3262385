/**
 * The campaign's groups file as the studio reads it, kept while its bytes are the same: the
 * groups tab, its text checks and the residents card each read the list, and a list of
 * thousands of rows took seconds each time, every other request (a leader's page) waiting
 * (qa25b F4). Keyed by the file's digest (load/file-stamp.ts), as the preview's ward is.
 */
import { LRUCache } from 'lru-cache';
import { stampOrDigest } from '../load/file-stamp.js';
import { type GroupsReport, loadGroupsReport } from '../load/groups/index.js';

/** A few campaigns' lists: a large one is tens of MB once read. */
const reports = new LRUCache<string, { key: string; report: Promise<GroupsReport> }>({ max: 8 });

/** `file` read as the build reads it (loadGroupsReport), again only when its bytes change. */
export function groupsReportOf(file: string): Promise<GroupsReport> {
  const key = stampOrDigest(file);
  const known = reports.get(file);
  if (key !== undefined && known?.key === key) return known.report;
  const report = loadGroupsReport(file);
  if (key !== undefined) {
    reports.set(file, { key, report });
    // A file that could not be read this time (busy, being replaced) is read again next time.
    report.catch(() => {
      if (reports.get(file)?.report === report) reports.delete(file);
    });
  }
  return report;
}
