/**
 * Output stage: one writer per output folder, and what a killed writer left. Two builds into the same `--out` would interleave
 * their files (a notice of one run beside the ZIP and print file of the other) and each rewrite
 * the manifest without the other's files. A build holds `<out>/.phuong-print.lock` (a folder
 * made atomically, its time refreshed while the build runs, by `proper-lockfile`) from before it
 * reads the old manifest until after it writes the new one; a second build is refused at once.
 * A lock left by a killed build goes stale after LOCK_STALE_MS and is taken over.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../errors.js';

const LOCK_STALE_MS = 15_000;

export type Unlock = () => Promise<void>;

export async function lockOutputFolder(out: string): Promise<Unlock> {
  await mkdir(out, { recursive: true });
  try {
    return await lockfile.lock(out, {
      lockfilePath: join(out, '.phuong-print.lock'),
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
        `another build is writing into ${out} right now`,
        { file: out, field: '--out' },
        'Wait for it to finish, or build into another folder with --out.',
      );
    }
    throw e;
  }
}

/** A temporary file of atomic-write.ts or combined.ts: `<name>.<pid>[.<n>].tmp`. */
const LEFTOVER = /\.\d+(\.\d+)?\.tmp$/;

/**
 * Removes the temporary files a killed or crashed build left in `out` (never renamed into place).
 * Called with the folder locked: no other build of ours is writing them now.
 */
export async function removeLeftovers(out: string): Promise<number> {
  const names = await readdir(out, { recursive: true }).catch(() => [] as string[]);
  const stale = names.map(String).filter((n) => LEFTOVER.test(n));
  await Promise.all(stale.map((n) => rm(join(out, n), { force: true })));
  return stale.length;
}
