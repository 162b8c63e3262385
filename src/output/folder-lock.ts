/**
 * Output stage: one writer per output folder, and what a killed writer left. Two builds into the same `--out` would interleave
 * their files (a notice of one run beside the ZIP and print file of the other) and each rewrite
 * the manifest without the other's files. A build holds `<out>/.phuong-print.lock` (a folder
 * made atomically, its time refreshed while the build runs, by `proper-lockfile`) from before it
 * reads the old manifest until after it writes the new one; a second build is refused at once.
 * A lock left by a killed build goes stale after LOCK_STALE_MS and is taken over.
 */
import { readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { makeFolder } from './make-folder.js';

const LOCK_STALE_MS = 15_000;

export type Unlock = () => Promise<void>;

export async function lockOutputFolder(out: string): Promise<Unlock> {
  await makeFolder(out);
  try {
    return await lockfile.lock(out, {
      lockfilePath: join(out, LOCK),
      stale: LOCK_STALE_MS,
      realpath: false,
      retries: 0,
      // The refresh failed for long enough that another process may have taken the lock: keep
      // going (this build's files are whole either way) rather than crash mid-write.
      onCompromised: () => {},
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new UserError(
        msg`another build is writing into ${out} right now`,
        { file: out, field: '--out' },
        msg`Wait for it to finish, or build into another folder with --out.`,
      );
    }
    throw e;
  }
}

/** A temporary file of atomic-write.ts or combined.ts: `<name>.<pid>[.<n>].tmp`. */
const LEFTOVER = /\.\d+(\.\d+)?\.tmp$/;
/** What marks a folder as one of ours: a finished build's manifest, or a killed build's journal. */
const OURS = ['manifest.json', '.manifest-journal.jsonl'];
const LOCK = '.phuong-print.lock';
const TOOL_NAMES = [LOCK, '.cache', 'site-admin.txt'];

/**
 * Readies a locked output folder. Refuses a folder that holds files but no manifest of ours
 * (someone's documents, a wrong --out) unless `force`; refuses symbolic links inside it, which
 * would make a write land outside it; removes the temporary files a killed build left.
 */
export async function prepareOutputFolder(out: string, force = false): Promise<void> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true }).catch(() => []);
  const names = entries.map((e) => relative(out, join(e.parentPath, e.name)));
  // The tool's own leftovers do not make a folder someone else's: the server's default disk
  // cache (out/.cache), the lock, a site's admin file.
  const top = names.filter((n) => !n.includes(sep) && !TOOL_NAMES.includes(n));
  if (!force && top.length > 0 && !top.some((n) => OURS.includes(n))) {
    throw new UserError(
      msg`the folder ${out} already holds files that phuong-print did not make (${top.slice(0, 3).join(', ')}${top.length > 3 ? ', …' : ''})`,
      { file: out, field: '--out' },
      msg`Choose an empty or new folder with --out, or add --force to build into it anyway.`,
    );
  }
  const link = entries.find((e) => e.isSymbolicLink());
  if (link) {
    throw new UserError(
      msg`the output folder holds a symbolic link: ${join(link.parentPath, link.name)}`,
      { file: out, field: '--out' },
      msg`A build never writes through links; remove the link (or build into a new folder).`,
    );
  }
  const stale = names.filter((n) => LEFTOVER.test(n));
  await Promise.all(stale.map((n) => rm(join(out, n), { force: true })));
}
