/**
 * Output stage: one ZIP per group with its documents, for a leader to download or the office to
 * send in one message. Members are stored, not deflated (PDFs and PNGs are compressed already),
 * with a fixed date, so the same files give the same ZIP.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';
import { writeFileAtomic } from './atomic-write.js';

export async function writeGroupZip(
  out: string,
  path: string,
  members: string[],
  date: Date,
): Promise<Uint8Array> {
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  for (const m of members)
    files[basename(m)] = [await readFile(join(out, m)), { level: 0, mtime: date }];
  const zip = zipSync(files);
  await writeFileAtomic(join(out, path), zip);
  return zip;
}
