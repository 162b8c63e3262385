/**
 * Studio: the data folder readable by the studio's own account only (qa46 F2, Decree 13's
 * protective measures). A campaign's folder holds the residents list, the groups file (the
 * leaders' phones), the tracking sheets and the groups' ZIPs with residents' names; written with
 * the usual umask they were 0644 in a 0755 folder, so any other account of the office's computer
 * or server read them. The studio's process makes what it writes private (umask 077, cli/studio.ts),
 * and at each start the folders made by an older version are tightened here: the data folder,
 * `campaigns/` and each campaign's folder 0700 (nothing under them can be reached by another
 * account), each campaign's own files 0600. A change that cannot be made (a folder of another
 * owner) is said on the studio's log, never a refused start.
 */
import { chmod, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The mode of a folder, of a file. */
const FOLDER = 0o700;
const FILE = 0o600;

/**
 * The mode a file of residents' data is written with (writeFileAtomic's `mode`): private from
 * its first moment, whatever the process's umask (the studio's is 077; a test's or an embedding
 * process's may be 022).
 */
export const PRIVATE_FILE_MODE = FILE;

export async function privateDataFolder(
  dataDir: string,
  campaignsDir: string,
  log: (line: string) => void,
): Promise<void> {
  const tighten = async (path: string, mode: number) => {
    try {
      const now = (await stat(path)).mode & 0o777;
      if ((now & 0o077) !== 0) await chmod(path, now & mode);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') log(`could not make ${path} private (${code ?? String(e)})`);
    }
  };
  await tighten(dataDir, FOLDER);
  await tighten(campaignsDir, FOLDER);
  const campaigns = await readdir(campaignsDir, { withFileTypes: true }).catch(() => []);
  for (const c of campaigns) {
    if (!c.isDirectory()) continue;
    const folder = join(campaignsDir, c.name);
    await tighten(folder, FOLDER);
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    await Promise.all(
      entries
        .filter((e) => e.isDirectory() || e.isFile())
        .map((e) => tighten(join(folder, e.name), e.isDirectory() ? FOLDER : FILE)),
    );
  }
}
