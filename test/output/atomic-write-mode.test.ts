/**
 * writeFileAtomic's `mode` (read48 #9): the residents list was renamed into place with the
 * umask's mode (0644 under the usual 022) and only then made 0600, readable by any account of the
 * office's computer meanwhile. With `mode` the file has it from the moment it has its name, a new
 * file or one written over an older, more open one.
 */
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/output/atomic-write.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

/** `write` under the usual umask 022 (the studio's own is 077: it would hide a missing mode). */
async function underUsualUmask(write: () => Promise<void>) {
  const before = process.umask(0o022);
  try {
    await write();
  } finally {
    process.umask(before);
  }
}

describe('writeFileAtomic with a mode', () => {
  it('writes a new file with it', async () => {
    const file = join(await makeTempDir(), 'rosters.xlsx');
    await underUsualUmask(() => writeFileAtomic(file, 'Nguyễn Văn A', { mode: 0o600 }));
    expect(await modeOf(file)).toBe(0o600);
  });

  it('writes over a readable file with it', async () => {
    const file = join(await makeTempDir(), 'rosters.xlsx');
    await writeFile(file, 'old', { mode: 0o644 });
    await underUsualUmask(() => writeFileAtomic(file, 'Nguyễn Văn B', { mode: 0o600 }));
    expect(await modeOf(file)).toBe(0o600);
  });

  it('without one, the umask’s', async () => {
    const file = join(await makeTempDir(), 'a.pdf');
    await underUsualUmask(() => writeFileAtomic(file, 'x'));
    expect(await modeOf(file)).toBe(0o644);
  });
});
