/**
 * Output stage: one ZIP per group with its documents, for a leader to download or the office to
 * send in one message (stored-zip.ts: the same files give the same ZIP). Made in the worker that
 * rendered the group, from the bytes it has in hand.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJobFile } from './atomic-write.js';
import { type ManifestBundle, sha256 } from './manifest.js';
import { storedZip, zipDate } from './stored-zip.js';

export interface ZipSpec {
  path: string;
  /**
   * Every document of the group: its path (reused ones are read from disk) and its name in the
   * ZIP, "Thôn 7 - Thông báo của xã.pdf" (kinds/labels.ts, as the download pages name it).
   */
  members: { path: string; name: string }[];
}

/** What a ZIP is made of: its members' names and contents. Same key, same ZIP. */
export function zipKey(spec: ZipSpec, hashes: readonly string[]): string {
  return sha256([...hashes, ...spec.members.map((m) => m.name)].join(','));
}

export async function writeGroupZip(
  out: string,
  group: string,
  spec: ZipSpec,
  /** Documents this run made, with their hashes; the others are read from disk. */
  fresh: Map<string, { bytes: Uint8Array; sha256: string }>,
  /** The campaign's issue date (stored-zip.ts `zipDate`). */
  issued: string,
): Promise<ManifestBundle> {
  const members = [];
  const hashes: string[] = [];
  for (const m of spec.members) {
    const made = fresh.get(m.path);
    const bytes = made?.bytes ?? new Uint8Array(await readFile(join(out, m.path)));
    members.push({ name: m.name, bytes });
    hashes.push(made?.sha256 ?? sha256(bytes));
  }
  const zip = Buffer.concat(storedZip(members, zipDate(issued)));
  await writeJobFile(join(out, spec.path), zip);
  return {
    kind: 'zip',
    group,
    path: spec.path,
    bytes: zip.length,
    sha256: sha256(zip),
    key: zipKey(spec, hashes),
  };
}
