/**
 * Output stage: one ZIP per group with its documents, for a leader to download or the office to
 * send in one message (stored-zip.ts: the same files give the same ZIP). Made in the worker that
 * rendered the group, from the bytes it has in hand.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeJobFile } from './atomic-write.js';
import { type ManifestBundle, sha256 } from './manifest.js';
import { storedZip } from './stored-zip.js';

export interface ZipSpec {
  path: string;
  /** Every document of the group, by path; reused ones are read from disk. */
  members: string[];
}

export async function writeGroupZip(
  out: string,
  group: string,
  spec: ZipSpec,
  /** Documents this run made, with their hashes; the others are read from disk. */
  fresh: Map<string, { bytes: Uint8Array; sha256: string }>,
  date: Date,
): Promise<ManifestBundle> {
  const members = [];
  const hashes: string[] = [];
  for (const m of spec.members) {
    const made = fresh.get(m);
    const bytes = made?.bytes ?? new Uint8Array(await readFile(join(out, m)));
    members.push({ name: basename(m), bytes });
    hashes.push(made?.sha256 ?? sha256(bytes));
  }
  const zip = Buffer.concat(storedZip(members, date));
  await writeJobFile(join(out, spec.path), zip);
  return {
    kind: 'zip',
    group,
    path: spec.path,
    bytes: zip.length,
    sha256: sha256(zip),
    key: sha256(hashes.join(',')),
  };
}
