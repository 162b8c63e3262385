/**
 * Serve stage: ZIP archives of a group's documents, and of the whole ward. In: entries (a path
 * inside the archive, UTF-8, and bytes) and the campaign's issue date. Out: the archive's bytes,
 * the same for the same inputs (fixed entry dates, entries in the given order).
 */
import { type Zippable, zipSync } from 'fflate';
import { zipDate } from '../output/archive.js';

export interface ZipEntry {
  /** "Tổ dân phố số 5 - Thông báo.pdf", or "Tổ dân phố số 5/…" inside the ward's archive. */
  path: string;
  bytes: Uint8Array;
}

export function makeZip(entries: readonly ZipEntry[], issued: string): Uint8Array {
  const mtime = zipDate(issued);
  const files: Zippable = {};
  for (const e of entries) {
    // PDFs and PNGs are compressed already: storing them costs a few percent and saves the CPU.
    files[e.path.normalize('NFC')] = [e.bytes, { level: 0, mtime }];
  }
  // fflate sets the UTF-8 flag on names that are not ASCII, so unzip shows "Tổ", not "Tß╗ò".
  return zipSync(files, { mtime });
}
