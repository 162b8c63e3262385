/**
 * Output stage: `out/manifest.json`, the list of every file a build wrote, with enough to check
 * it (pages, bytes, SHA-256) and the key of the inputs it was made from, which is how a re-run
 * knows what it can reuse. A journal of finished files survives an interrupted build.
 */
import { createHash } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { type CampaignIdentity, readCampaignIdentity } from './campaign-identity.js';
import { makeFolder } from './make-folder.js';

export interface ManifestFile {
  group: string;
  kind: string;
  /** Variant of the kind (poster size), when it has several. */
  variant?: string;
  /** Relative to the output folder, with forward slashes. */
  path: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** Hash of everything the file was made from; same key, same bytes. */
  key?: string;
}

/** The unmarked notice: its kind, file, the group it was drawn from, pages, size and hash. */
export interface ManifestOriginal {
  kind: string;
  path: string;
  group: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** The first group's notice's key when it was made: the same key, the same file. */
  key?: string;
  /** When the build that drew it (or kept it) began reading its inputs, as a print file's. */
  readAt?: number;
}

/** One group's document in a print file: its first page (0 first) and its page count. */
export interface PrintDocumentPart {
  group: string;
  start: number;
  pages: number;
}

/** A file made of all groups: a combined print file, or a group's ZIP. */
export interface ManifestBundle {
  kind: string;
  variant?: string;
  /** The group of a ZIP; absent for a ward-wide print file. */
  group?: string;
  path: string;
  pages?: number;
  /** A print file for two-sided printing: a blank page after each document of odd page count. */
  duplex?: boolean;
  /**
   * A print file's documents in its own order (the groups file's rows), blank backs not counted:
   * `merge-manifests` takes each group's pages from a shard's file by these. Absent in a manifest
   * written before this field, and for a ZIP.
   */
  documents?: PrintDocumentPart[];
  bytes: number;
  sha256: string;
  key: string;
  /**
   * A print file's: when the build that first made these bytes began (ms since the epoch). A
   * rebuild after a fix that changed only the notice leaves the flyers' print file the same, and
   * the office need not print it again (qa49 m1). Absent in a manifest written before this field.
   */
  changedAt?: number;
  /**
   * A print file's: when the whole build that made it (or kept it as the same inputs' file) began
   * reading its inputs. A build of some kinds (`--kind flyer`) leaves the others' as they were:
   * a save after it makes them old, not the flyers. Absent in a manifest written before this field.
   */
  readAt?: number;
}

export interface Manifest {
  tool: string;
  /**
   * When this record was last written (ms since the epoch; not saved in the file): a file
   * modified after it may have been changed by someone else, and is checked against its hash.
   */
  recordedAt?: number;
  /**
   * When the last build that finished whole began (ms since the epoch): every file listed is made
   * from the inputs as they were then or later. A build stopped (Ctrl-C) or failed, or one of
   * some groups only, keeps the time before it: its print files and ZIPs may be a mix of old and
   * new (qa12 Q9, Q17). One of some kinds (`--kind flyer`) takes the earliest of the print files'
   * `readAt`: the notice it did not make was read before. Absent in a manifest written before
   * this field: the manifest's own time.
   */
  builtAt?: number;
  /** The last build stopped or failed after the whole one above: it did not finish. */
  unfinished?: boolean;
  /**
   * The version of the code (code-version.ts) of the whole build at `builtAt`: another version's
   * prints may be drawn differently from what the leaders' pages now serve (qa35 MINOR-3).
   * Absent in a manifest written before this field, by an older version.
   */
  code?: string;
  /**
   * Which campaign the files are of (output/campaign-identity.ts): the next build of another
   * campaign into the same folder is refused instead of replacing them. Absent in a manifest
   * written before this field.
   */
  campaign?: CampaignIdentity;
  /** SHA-256 over the campaign, groups, templates and fonts the files were made from. */
  inputs: string;
  files: ManifestFile[];
  print: ManifestBundle[];
  zips: ManifestBundle[];
  /**
   * The ward's one unmarked notice (output/original.ts: its bản gốc, `print/notice-ban-goc.pdf`),
   * when a build made the notice.
   */
  original?: ManifestOriginal;
  /**
   * Each group's id and name when the files were made: the next build warns when a renumbered
   * groups file gives an id (its links, its figures) to another group (load/groups/renumbered.ts).
   */
  groups?: { id: string; name: string }[];
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export const MANIFEST = 'manifest.json';
/** A build's record of the groups it finished, until the manifest is written (a killed build's). */
export const JOURNAL = '.manifest-journal.jsonl';

/**
 * When the last whole build began, as a manifest records it: its `builtAt`; none when the
 * manifest was written by a build that records that field (`recorded`) and has none — no build
 * went through whole yet (qa58b p1: a first build stopped with no file made was listed as "đã
 * tạo tệp in" on the stop's day, and the next stopped build took that day as its own); a
 * manifest older than that field or a damaged one, its file's time (`time`, 0 when there is no
 * manifest).
 */
const builtAtOf = (builtAt: unknown, time: number, recorded: boolean) =>
  typeof builtAt === 'number' ? builtAt : recorded ? undefined : time || undefined;

/**
 * Whether a manifest without `builtAt` says that no build went through whole: one saying it did
 * not finish. A shard's or merged manifest (`build --shard`, `merge-manifests`) records no
 * `builtAt` either, yet its build did finish: its file's time stands (review59a #6).
 */
const recordsBuiltAt = (m: Partial<Manifest>): boolean => m.unfinished === true;

/** Enough of a manifest's start for `tool` and the key after it. */
const HEAD_BYTES = 512;

/**
 * The manifest's `builtAt` alone (as `readPrevious` gives it), reading only the file's start:
 * `writeManifest` writes it right after `tool`, ahead of the file list (MBs for 3,000 groups).
 * A manifest written before that order (`inputs` second) is read whole.
 */
export async function readBuiltAt(out: string): Promise<number | undefined> {
  const file = join(out, MANIFEST);
  let head: string;
  let time: number;
  try {
    const handle = await open(file);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
      head = buffer.toString('utf8', 0, bytesRead);
      time = (await handle.stat()).mtimeMs;
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
  const second = /^\{\s*"tool":\s*"[^"\\]*",\s*"(\w+)":\s*(\d*)/.exec(head);
  if (second?.[1] === 'builtAt') return builtAtOf(Number(second[2]), time, true);
  // `unfinished` second: written in this order by a build that did not finish, without `builtAt`.
  if (second?.[1] === 'unfinished') return undefined;
  let m: Partial<Manifest> = {};
  try {
    m = JSON.parse(await readFile(file, 'utf8')) as Partial<Manifest>;
  } catch {
    // A damaged manifest: its time, as readPrevious says.
  }
  return builtAtOf(m.builtAt, time, recordsBuiltAt(m));
}

/** The previous manifest, with files a killed build finished after it (from the journal). */
export async function readPrevious(out: string): Promise<Manifest> {
  let m: Partial<Manifest> = {};
  try {
    m = JSON.parse(await readFile(join(out, MANIFEST), 'utf8')) as Partial<Manifest>;
  } catch {
    // No manifest yet, or a damaged one: everything is rebuilt.
  }
  const files = new Map((Array.isArray(m.files) ? m.files : []).map((f) => [f.path, f]));
  try {
    for (const line of (await readFile(join(out, JOURNAL), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      try {
        const f = JSON.parse(line) as ManifestFile;
        files.set(f.path, f);
      } catch {
        // A line cut by a crash: that file is rebuilt.
      }
    }
  } catch {
    // No journal: the last build finished.
  }
  const times = await Promise.all(
    [MANIFEST, JOURNAL].map((name) =>
      stat(join(out, name)).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    ),
  );
  // The journal is what a build that did not finish leaves: it never says the files were made.
  const [manifestTime = 0, journalTime = 0] = times;
  return {
    tool: 'phuong-print',
    recordedAt: Math.max(...times),
    builtAt: builtAtOf(m.builtAt, manifestTime, recordsBuiltAt(m)),
    unfinished: m.unfinished === true || journalTime > 0,
    code: typeof m.code === 'string' ? m.code : undefined,
    campaign: readCampaignIdentity(m.campaign),
    inputs: m.inputs ?? '',
    files: [...files.values()],
    print: Array.isArray(m.print) ? m.print : [],
    zips: Array.isArray(m.zips) ? m.zips : [],
    ...(typeof m.original?.path === 'string' ? { original: m.original } : {}),
    groups: Array.isArray(m.groups)
      ? m.groups.filter((g) => typeof g?.id === 'string' && typeof g.name === 'string')
      : undefined,
  };
}

export interface Journal {
  /** Notes finished files at once (one write), so a killed build still knows them next time. */
  add(files: readonly ManifestFile[]): Promise<void>;
  close(): Promise<void>;
}

export async function openJournal(out: string): Promise<Journal> {
  await makeFolder(out);
  const handle = await open(join(out, JOURNAL), 'a');
  return {
    add: async (files) => {
      if (files.length === 0) return;
      await handle.write(files.map((f) => `${JSON.stringify(f)}\n`).join(''));
    },
    close: () => handle.close(),
  };
}

export async function writeManifest(out: string, m: Manifest): Promise<void> {
  // The few fields first, the file list after: `readBuiltAt` reads only the start.
  const { recordedAt: _when, tool, builtAt, unfinished, code, campaign, ...rest } = m;
  const record = { tool, builtAt, unfinished, code, campaign, ...rest };
  await writeFileAtomic(join(out, MANIFEST), `${JSON.stringify(record, null, 2)}\n`);
  await rm(join(out, JOURNAL), { force: true });
}
