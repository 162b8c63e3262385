/**
 * A groups list upload stopped for a question ("Vẫn dùng tệp này?"), kept in the campaign's folder
 * for the answer, so that the tick and "Tải lên" are enough: a browser cannot keep the file chosen
 * across the page, and the clerk had to choose the same file again (qa58b p8). Kept an hour at
 * most (the file may hold personal data beside the list), under the pending uploads' prefix, so
 * the folder's ZIP and a copy leave it out (campaign-folders.ts staysInFolder).
 */
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PENDING_UPLOAD_PREFIX } from './campaign-folders.js';

const PREFIX = `${PENDING_UPLOAD_PREFIX}groups-held-`;
/** How long an upload waits for its answer. */
const HELD_MS = 60 * 60 * 1000;
/** The held upload's id as the form sends it back: a UUID and the file's own extension. */
const HELD_ID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:xlsx|csv|txt|docx)$/;

/** `trial`, the upload just read, kept as `id` for the answer (its extension kept). */
export async function holdUpload(folder: string, trial: string, id: string): Promise<void> {
  await rename(trial, join(folder, `${PREFIX}${id}`));
}

/**
 * The bytes of the upload held as `id`, removed from the folder (taken once), or undefined when
 * there is none (another id, an hour past, already taken).
 */
export async function takeHeldUpload(
  folder: string,
  id: string | undefined,
): Promise<Uint8Array | undefined> {
  if (id === undefined || !HELD_ID.test(id)) return undefined;
  const path = join(folder, `${PREFIX}${id}`);
  const at = await stat(path).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  if (at === undefined) return undefined;
  const bytes = Date.now() - at < HELD_MS ? new Uint8Array(await readFile(path)) : undefined;
  await rm(path, { force: true });
  return bytes;
}

/** The held uploads of `folder` older than an hour, removed (the tab closed, no answer). */
export async function removeStaleHeld(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const before = Date.now() - HELD_MS;
  for (const n of names.filter((n) => n.startsWith(PREFIX))) {
    const path = join(folder, n);
    const at = await stat(path).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    if (at !== undefined && at < before) await rm(path, { force: true });
  }
}
