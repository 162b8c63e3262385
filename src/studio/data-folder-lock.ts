/**
 * One studio per data folder (qa35 MAJOR-1): two studios on one folder (a new version started on
 * another port beside the old one still running) would both write its store, its `published/`
 * and each campaign's `out/`. A studio holds `<data>/.phuong-print-studio.lock` (folder-lock.ts:
 * a lock whose process is dead is taken over at once, so a crashed studio never leaves it
 * stuck) from before it opens the store until it stops; its owner note tells a second studio
 * the first one's process and address. A `serve --data` beside the studio is not refused: the
 * store takes its writes in turn (open-store.ts), and it writes no campaign folder.
 */
import { existsSync } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { lockFolder, lockOwner, type Unlock } from '../output/folder-lock.js';
import { makeFolderSync } from '../output/make-folder.js';

const LOCK = '.phuong-print-studio.lock';
/** The lock's files in the data folder: a folder backup leaves them out (store/backup.ts). */
export const STUDIO_LOCK_FILES: readonly string[] = [LOCK, `${LOCK}.owner`];

export interface DataFolderLock {
  release: Unlock;
  /** Tells a second studio where this one answers, once it listens. */
  listening: (address: string) => Promise<void>;
  /**
   * After `release`, on a start that failed: removes the data folder if this lock made it and
   * nothing else was written in it (a refused start leaves no empty folder behind).
   */
  removeIfMadeEmpty: () => Promise<void>;
}

export async function lockDataFolder(dataDir: string): Promise<DataFolderLock> {
  const dir = resolve(dataDir);
  const existed = existsSync(dir);
  makeFolderSync(dir);
  const { release, note } = await lockFolder(dir, LOCK, async (ownerFile) => {
    const owner = await lockOwner(ownerFile);
    const pid = Number.isInteger(owner.pid) ? String(owner.pid) : undefined;
    const address = typeof owner.address === 'string' ? owner.address : undefined;
    return new UserError(
      address && pid
        ? msg`another studio is already running on the data folder ${dataDir} (at ${address}, process ${pid})`
        : pid
          ? msg`another studio is already running on the data folder ${dataDir} (process ${pid})`
          : msg`another studio is already running on the data folder ${dataDir}`,
      {},
      msg`use the studio already running, or stop it first (Ctrl-C in its window, or stop its service) and start again; two studios on one data folder would write over each other's work`,
    );
  });
  return {
    release,
    listening: (address) => note({ address }),
    // rmdir removes an empty folder only: anything written meanwhile stays.
    removeIfMadeEmpty: async () => {
      if (!existed) await rmdir(dir).catch(() => {});
    },
  };
}
