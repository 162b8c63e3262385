/**
 * Load stage: how much a zip (.docx, .xlsx) really inflates to, counted by inflating it, not
 * taken from its headers. The sizes a zip declares are the writer's word: a crafted file can
 * declare a few KB and inflate to gigabytes, and JSZip (under mammoth and exceljs) compares
 * them only once it has inflated it all, in memory. So each entry the central directory
 * lists is inflated here the way JSZip reads it — from its local header, as many compressed
 * bytes as the directory says — by a zlib stream whose output is counted and dropped chunk by
 * chunk; the count stops as soon as it passes the bound, so a bomb costs at most the bound's
 * worth of inflating and a chunk of memory. (fflate's Inflate stream, in JavaScript, took ~6 s
 * to reach 100 MB of a bomb on the loaded test machine and held the studio's thread all along;
 * zlib's took 0.3–0.6 s, off the thread. On a 17 MB .docx of photos the pass costs ~30 ms.)
 */
import { createInflateRaw } from 'node:zlib';

/** zlib's output chunk: the count is checked, and can pass the bound, by this much. */
const CHUNK = 64 * 1024;

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;

export interface ZipEntry {
  method: number;
  /** The inflated size its central directory declares (the writer's word). */
  declared: number;
  /** Where the entry's compressed data starts (after its local header); -1: no local header. */
  data: number;
  compressed: number;
}

/** The sizes of a ZIP64 directory: unknown here, so as large as ZIP64 says (0xffffffff). */
const ZIP64: ZipEntry = { method: 0, declared: 0xffffffff, data: -1, compressed: 0 };

/** The entries the central directory lists, or undefined when it cannot be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - 22;
  let end = -1;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // A ZIP64 directory (its count or place only in a ZIP64 record, which JSZip reads and this
  // does not): its sizes cannot be known here, so it counts as unbounded, as a ZIP64 size does.
  // No ward's workbook or notice needs one (4 GB, 65 535 parts).
  if (count === 0xffff || at === 0xffffffff) return [ZIP64];
  const found: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    // A ZIP64 place of its local header: read by JSZip, not here, so unbounded as above.
    const declared = local === 0xffffffff ? 0xffffffff : view.getUint32(at + 24, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
    // An entry whose local header is not there is one no reader can inflate.
    const data =
      local + 30 <= bytes.length && view.getUint32(local, true) === LOCAL
        ? local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
        : -1;
    // A ZIP64 size (0xffffffff): the rest of the file, the most it can be.
    const compressed = size === 0xffffffff ? bytes.length - data : size;
    found.push({
      method,
      declared,
      data,
      compressed: data < 0 ? 0 : Math.max(0, Math.min(compressed, bytes.length - data)),
    });
  }
  return found;
}

/**
 * The bytes `data` (raw deflate) inflates to, counted as zlib hands them out in its small
 * chunks and dropped; it is stopped as soon as the count passes `budget`. Inflated on libuv's
 * threads, step by step: a bomb holds up no page of the studio meanwhile. Broken data: what
 * came out before the break (its reader fails on it the same way).
 */
function inflateCounted(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve) => {
    // A quarter of the callbacks of zlib's default 16 KB chunks (the 17 MB .docx: 38 → 17 ms).
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    let count = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(count);
    };
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) {
        finish();
        inflate.destroy();
      }
    });
    inflate.on('end', finish);
    inflate.on('error', finish);
    inflate.on('close', finish);
    inflate.end(data);
  });
}

/**
 * The bytes the zip's entries inflate to, counted up to just past `limit` (then it stops):
 * `> limit` means too much. Undefined when the directory cannot be read (the reader then says
 * the file is not a workbook or a document). An entry that does not inflate (broken data, an
 * unknown method) counts what came out before it broke: its reader fails on it the same way.
 */
export async function inflatedBytesUpTo(
  bytes: Uint8Array,
  limit: number,
): Promise<number | undefined> {
  const list = zipEntries(bytes);
  if (!list) return undefined;
  let total = 0;
  for (const e of list) {
    if (e.data < 0) continue;
    const data = bytes.subarray(e.data, e.data + e.compressed);
    if (e.method === 0) total += data.length;
    else if (e.method === 8) total += await inflateCounted(data, limit - total);
    if (total > limit) return total;
  }
  return total;
}
