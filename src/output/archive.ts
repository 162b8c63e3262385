/**
 * Output stage: one ZIP per group with its documents, for a leader to download or the office to
 * send in one message. Members are stored, not deflated (PDFs and PNGs are compressed already),
 * with a fixed date, so the same files give the same ZIP. Made in the worker that rendered the
 * group, from the bytes it has in hand.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';
import { writeFileAtomic } from './atomic-write.js';
import { type ManifestBundle, sha256 } from './manifest.js';

/**
 * ZIP stores local time (DOS date), and fflate reads the Date's local fields: noon of the issue
 * day in local time is that day at 12:00 on every machine, whatever its time zone.
 */
export function zipDate(issued: string): Date {
  const [y, m, d] = issued.split('-').map(Number);
  return new Date(y ?? 1980, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
}

export interface ZipSpec {
  path: string;
  /** Every document of the group, by path; reused ones are read from disk. */
  members: string[];
}

export async function writeGroupZip(
  out: string,
  group: string,
  spec: ZipSpec,
  fresh: Map<string, Uint8Array>,
  date: Date,
): Promise<ManifestBundle> {
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  const hashes: string[] = [];
  for (const m of spec.members) {
    const bytes = fresh.get(m) ?? new Uint8Array(await readFile(join(out, m)));
    files[basename(m)] = [bytes, { level: 0, mtime: date }];
    hashes.push(sha256(bytes));
  }
  const zip = zipSync(files);
  await writeFileAtomic(join(out, spec.path), zip);
  return {
    kind: 'zip',
    group,
    path: spec.path,
    bytes: zip.length,
    sha256: sha256(zip),
    key: sha256(hashes.join(',')),
  };
}
