/**
 * Results: an imported file's rows as submissions, keyed by the file's content. A row's key is
 * the campaign, the SHA-256 of the file's bytes and the group, so the same file imported again
 * (a second click, the same attachment saved twice from Zalo) is the same submissions, which the
 * store keeps once (results-store.ts: a submission's id is unique): nothing new is stored.
 */
import { createHash } from 'node:crypto';
import type { StoreDb } from '../store/open-store.js';

/** The file's fingerprint in its rows' keys: its bytes' SHA-256, hex, shortened. */
export const fileFingerprint = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** The key of a group's row of an imported file (the file by its fingerprint). */
export const importSubmissionId = (campaign: string, fingerprint: string, groupId: string) =>
  `import:${campaign}:${fingerprint}:${groupId}`;

/** Which of `ids` the store holds already, and when each was stored (ISO time). */
export async function storedSubmissions(
  db: StoreDb,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // In slices: a ward's few hundred groups, well under any database's limit of parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('result_submissions')
      .select(['id', 'recorded_at'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) found.set(r.id, r.recorded_at);
  }
  return found;
}
