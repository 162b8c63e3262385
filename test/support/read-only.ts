/**
 * A folder nothing can be written into, even by root (the tests run as root in CI, where a plain
 * chmod is ignored): `chattr +i` then, else chmod 555. Writing into it fails with EPERM or
 * EACCES, as a folder the server's user may not write does, or a file a Windows program holds.
 */
import { spawnSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { onTmpfs } from './memory-tmp.js';

/**
 * Makes `dir` unwritable; false where it cannot be (no chattr, a file system without it). A
 * folder in memory (the run's TMPDIR on a tmpfs, which has no `chattr +i`) is a mistake of the
 * test, not of the machine: it throws, so that the case is not skipped without a word — make the
 * folder with `diskTempDir` (tmp.ts).
 */
export async function makeReadOnly(dir: string): Promise<boolean> {
  if (process.getuid?.() !== 0) {
    await chmod(dir, 0o555);
    return true;
  }
  if (spawnSync('chattr', ['+i', dir]).status === 0) return true;
  if (onTmpfs(dir)) {
    throw new Error(
      `${dir} is on a tmpfs, which has no chattr +i: make its folder with diskTempDir() (test/support/tmp.ts)`,
    );
  }
  return false;
}

/** Undoes makeReadOnly, so that the folder can be removed. */
export async function makeWritable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) await chmod(dir, 0o755);
  else spawnSync('chattr', ['-i', dir]);
}
