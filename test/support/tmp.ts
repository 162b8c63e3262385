/**
 * Temporary directories for tests: `makeTempDir` creates a fresh directory under
 * os.tmpdir() (in memory when the run has a tmpfs: memory-tmp.ts), `diskTempDir` one on the
 * disk, for what a tmpfs cannot do (`chattr +i`); `removeTempDirs` (call it from afterAll) deletes every directory
 * created so far, and `cleanupTempDir` deletes a single one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DISK_TMPDIR_ENV } from './memory-tmp.js';

const created = new Set<string>();

/**
 * Create a fresh, empty directory `<parent>/<prefix>XXXXXX` (os.tmpdir() unless given) and
 * remember it for cleanup.
 */
export async function makeTempDir(
  prefix = 'phuong-print-test-',
  parent = tmpdir(),
): Promise<string> {
  const dir = await mkdtemp(join(parent, prefix));
  created.add(dir);
  return dir;
}

/**
 * Like `makeTempDir`, in the temporary folder the run started with (on the disk) rather than the
 * run's memory one: for a folder made read-only with `chattr +i` (read-only.ts), which a tmpfs
 * refuses.
 */
export function diskTempDir(prefix = 'phuong-print-test-'): Promise<string> {
  return makeTempDir(prefix, process.env[DISK_TMPDIR_ENV] ?? tmpdir());
}

/**
 * Remove one directory (recursively, ignoring a missing one). Retried: a server just closed may
 * still be finishing a document into its cache folder, and a file written there while the folder
 * is emptied fails the removal with ENOTEMPTY (seen once in CI, test/serve/leader-zalo-message).
 */
export async function cleanupTempDir(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } finally {
    // Said once, by the file that made it: a folder that cannot go (a mount still busy) must not
    // fail every later file of the fork (isolate: false) that removes its own.
    created.delete(dir);
  }
}

/** Remove every directory made by `makeTempDir` in this process. Use as `afterAll(removeTempDirs)`. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all([...created].map((dir) => cleanupTempDir(dir)));
}

/**
 * Run `fn` with a path to a file holding `pdf`: a string is used as-is (already a path);
 * bytes are written to a temporary file that is removed afterwards.
 */
export async function withPdfFile<T>(
  pdf: Uint8Array | string,
  fn: (path: string) => Promise<T>,
): Promise<T> {
  if (typeof pdf === 'string') return fn(pdf);
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-pdf-'));
  try {
    const file = join(dir, 'input.pdf');
    await writeFile(file, pdf);
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A folder for a test file's inputs, made before its tests and removed after them: `write(name,
 * text)` writes a file there and gives its path, `path(name)` a path in it (an output folder).
 */
export function testFolder(prefix: string) {
  let dir = '';
  beforeAll(async () => {
    dir = await makeTempDir(prefix);
  });
  afterAll(removeTempDirs);
  return {
    path: (name: string) => join(dir, name),
    write: async (name: string, text: string) => {
      const file = join(dir, name);
      await writeFile(file, text);
      return file;
    },
  };
}
