/**
 * Serve stage: ZIP archives of a group's documents, and of the whole ward. In: entries (a path
 * inside the archive, UTF-8, and bytes) and the campaign's issue date. Out: the archive's bytes,
 * the same for the same inputs (fixed entry dates, entries in the given order).
 */
import { storedZip, zipDate } from '../output/stored-zip.js';

export interface ZipEntry {
  /** "Tổ dân phố số 5 - Thông báo.pdf", or "Tổ dân phố số 5/…" inside the ward's archive. */
  path: string;
  bytes: Uint8Array;
}

export function makeZip(entries: readonly ZipEntry[], issued: string): Uint8Array {
  const all = Buffer.concat(
    storedZip(
      entries.map((e) => ({ name: e.path, bytes: e.bytes })),
      zipDate(issued),
    ),
  );
  return new Uint8Array(all.buffer, all.byteOffset, all.length);
}
