/**
 * Output stage: one group's share of a build — render each of its documents that is out of date
 * or that a print file needs (once: render/output.ts), write the group's own files, and hand back
 * what the ward's combined print files need: the pages themselves, or recordings. Runs in a
 * worker thread, or in the main thread (a command line's small build, or beside its workers:
 * output/pool.ts).
 */

import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Where } from '../errors.js';
import { isUserError } from '../errors.js';
import { labelsFor } from '../kinds/labels.js';
import { findKind } from '../kinds/registry.js';
import type { Group } from '../load/types.js';
import type { Message } from '../messages/message.js';
import { renderOutput } from '../render/output.js';
import type { CapturedPage } from '../render/pdf/pages.js';
import type { Recording } from '../render/recording/recording.js';
import { writeGroupZip, type ZipSpec, zipNames } from './archive.js';
import { dropJobFiles, placeJobFile, type Staged, stageJobFile } from './atomic-write.js';
import { type BuildInputs, type InputSpec, renderOptionsFrom } from './inputs.js';
import type { InputsRead } from './inputs-read.js';
import { type ManifestBundle, type ManifestFile, sha256 } from './manifest.js';
import { type DocumentOptions, renderOptionsOf } from './signing.js';
import { stopRequested } from './stop-flag.js';

export interface JobItem {
  kind: string;
  variant?: string;
  key: string;
  /** Where to write the group's own file (relative to the output folder), when it is stale. */
  path?: string;
  /** Whether the combined print file needs this document's pages. */
  record: boolean;
}

export interface GroupJob {
  spec: InputSpec;
  kinds: string[];
  /** What the plan was made from: a worker draws the group from the same (inputs-read.ts). */
  read: InputsRead;
  out: string;
  groupId: string;
  items: JobItem[];
  /** The group's ZIP, when it must be (re)made. */
  zip?: ZipSpec;
  /** PDF/A, signing. */
  document?: DocumentOptions;
  /**
   * The build's stop (its Ctrl-C, the studio's), shared with the threads (a SharedArrayBuffer):
   * 1 once it stopped. Read before each document, so a stop waits for no group already handed
   * to a thread or started, only for the document being drawn (stop-flag.ts).
   */
  stop?: Int32Array;
}

/** A group the stop reached before its first document: nothing of it made. */
export const notStartedResult = (job: GroupJob): JobResult => ({
  groupId: job.groupId,
  thread: threadId,
  files: [],
  pages: [],
  recordings: [],
  stopped: true,
});

export interface JobResult {
  groupId: string;
  /** The thread that drew it (0: the main thread): where pool.ts sent it, as its test checks. */
  thread: number;
  files: ManifestFile[];
  /** The group's pages for the combined print files, moved as they are… */
  pages: { kind: string; variant?: string; pages: CapturedPage[] }[];
  /** …or, where they cannot be, drawn again from a recording. */
  recordings: { kind: string; variant?: string; recording: Recording }[];
  zip?: ManifestBundle;
  /**
   * The build stopped before the group was whole: nothing of it was put in place (its folder
   * holds the last build's files, not some new and some old), `files` is empty and no ZIP was
   * made. Not a finished group.
   */
  stopped?: boolean;
  /**
   * The group failed (its reason, as the CLI prints it); the others go on. Nothing of it was put
   * in place, as for `stopped`, unless the fault came after its documents were (its ZIP's).
   */
  error?: {
    message: string;
    hint?: string;
    text: Message;
    hintText?: Message;
    where: Where;
  };
}

export async function runGroupJob(inputs: BuildInputs, job: GroupJob): Promise<JobResult> {
  const result: JobResult = {
    groupId: job.groupId,
    thread: threadId,
    files: [],
    pages: [],
    recordings: [],
  };
  const group = groupsById(inputs.groups).get(job.groupId);
  if (!group) throw new Error(`group ${job.groupId} is not in the inputs`);
  const ctx = inputs.contextOf(group);
  const fresh = new Map<string, { bytes: Uint8Array; sha256: string }>();
  // Files are written under temporary names while the next document is laid out (the writes run
  // on libuv's threads), and renamed into place together once the group is whole: a stop leaves
  // the group's folder as the last build left it, never some documents new and some old.
  const writes: Promise<Staged>[] = [];
  let placed = false;
  try {
    const documentOptions = await renderOptionsOf(job.document, inputs.campaign);
    for (const item of job.items) {
      if (stopRequested(job)) {
        result.stopped = true;
        break;
      }
      const kind = findKind(item.kind);
      if (!kind) throw new Error(`unknown kind ${item.kind}`);
      const { bytes, pages, print } = await renderOutput(kind, ctx, {
        ...renderOptionsFrom(inputs),
        variant: item.variant,
        forPrint: item.record,
        ...documentOptions,
      });
      if (print && 'pages' in print) {
        result.pages.push({ kind: kind.name, variant: item.variant, pages: print.pages });
      } else if (print) {
        result.recordings.push({
          kind: kind.name,
          variant: item.variant,
          recording: print.recording,
        });
      }
      if (item.path) {
        const write = stageJobFile(join(job.out, item.path), bytes);
        // Handled here at once, read by settled(): a write that fails while the next document
        // is laid out was an unhandled rejection, which ended the process with a stack trace
        // and left every other temporary file behind (a read-only group folder).
        write.catch(() => {});
        writes.push(write);
        const hash = sha256(bytes);
        fresh.set(item.path, { bytes, sha256: hash });
        result.files.push({
          group: group.id,
          kind: kind.name,
          ...(item.variant ? { variant: item.variant } : {}),
          path: item.path,
          pages,
          bytes: bytes.length,
          sha256: hash,
          key: item.key,
        });
      }
    }
    placed = true;
    await settled(writes, !result.stopped);
    if (result.stopped) result.files = [];
    else if (job.zip) {
      const names = zipNames(job.zip, labelsFor(ctx, inputs.spec.templateDir));
      result.zip = await writeGroupZip(
        job.out,
        group.id,
        job.zip,
        names,
        fresh,
        inputs.campaign.issued,
      );
    }
  } catch (e) {
    // A group that failed, on its own input or a disk's fault, puts none of the documents it made
    // before the fault in place, as a stopped group: its folder and ZIP stay as the last build
    // left them, never some documents new and some old (review57a #7).
    if (!placed) {
      await settled(writes, false);
      result.files = [];
    }
    if (!isUserError(e)) throw e;
    result.error = {
      message: e.message,
      hint: e.hint,
      text: e.text,
      hintText: e.hintText,
      where: e.where,
    };
    result.recordings = [];
    result.pages = [];
    return result;
  }
  return result;
}

// A thread's groups by id, made once per ward: a search of the list per job was 1,500 string
// comparisons a group at 3,000 groups, and a closure made per call (bench/results.md "## scale:
// the cold build's CPU").
const byId = new WeakMap<readonly Group[], Map<string, Group>>();

function groupsById(groups: readonly Group[]): Map<string, Group> {
  let map = byId.get(groups);
  if (!map) {
    map = new Map();
    // The first of an id, as find() gave (ids are unique in a loaded ward).
    for (const g of groups) if (!map.has(g.id)) map.set(g.id, g);
    byId.set(groups, map);
  }
  return map;
}

/**
 * Waits for every staged write, then puts them all in place (`keep`) or removes them all; fails
 * with the first write that failed (a disk error ends the build), after removing the others.
 */
async function settled(writes: Promise<Staged>[], keep: boolean): Promise<void> {
  const all = await Promise.allSettled(writes);
  const staged = all.flatMap((w) => (w.status === 'fulfilled' ? [w.value] : []));
  const failed = all.find((w) => w.status === 'rejected');
  if (!keep || failed) await dropJobFiles(staged);
  else
    for (const [i, s] of staged.entries())
      await placeJobFile(s).catch(async (e: unknown) => {
        await dropJobFiles(staged.slice(i + 1));
        throw e;
      });
  if (failed) throw failed.reason;
}
