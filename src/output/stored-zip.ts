/**
 * Output stage: ZIP archives whose members are stored, not deflated (PDFs and PNGs are compressed
 * already: deflating them again saves a few percent and costs the CPU). In: names (UTF-8) and
 * bytes, and the members' date. Out: the archive as chunks, in member order, the same for the
 * same inputs.
 *
 * fflate writes the format; the CRC-32 of each member comes from Node's zlib, which computes it
 * natively — fflate's own CRC is JavaScript, and a ward's build checksums every document twice
 * (its own ZIP and the group's). Members carry a data descriptor, as any streamed ZIP does.
 */
import { crc32 } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

export interface StoredMember {
  name: string;
  bytes: Uint8Array;
  /**
   * The Unix mode to record (type bits and permissions, e.g. 0o100600 for a file, 0o40700 for a
   * folder, whose name ends with "/"): unzip and bsdtar then give the file that mode, not the
   * umask's 0644/0755. Without it, the entry carries no mode (the build's ZIPs of PDFs).
   */
  mode?: number;
}

/**
 * The entries' date: the ward's wall clock (Viet Nam, UTC+07:00) at noon of the issue day. ZIP
 * stores a time without a zone (DOS date) and fflate writes the Date's local fields, so the
 * Date is made from local fields: every machine, whatever its zone, writes 12:00 of that day,
 * and the office sees the day the ward issued the notice (the build's ZIPs and serve's alike).
 */
export function zipDate(issued: string): Date {
  const [y, m, d] = issued.split('-').map(Number);
  return new Date(y ?? 1980, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
}

export function storedZip(members: readonly StoredMember[], mtime: Date): Uint8Array[] {
  const writer = new StoredZipWriter(mtime);
  for (const m of members) writer.add(m);
  return [...writer.take(), ...writer.end()];
}

/**
 * The same archive made member by member, for archives too large to hold (a city's ward ZIP):
 * each call hands back the bytes made since the last, so they can be sent and forgotten.
 */
export class StoredZipWriter {
  private chunks: Uint8Array[] = [];
  private failure: Error | undefined;
  private readonly zip = new Zip((err, chunk) => {
    if (err) this.failure = err;
    else this.chunks.push(chunk);
  });

  constructor(private readonly mtime: Date) {}

  add(m: StoredMember): void {
    const file: ZipInputFile = {
      // fflate sets the UTF-8 flag on names that are not ASCII, so unzip shows "Tổ", not "Tß╗ò".
      filename: m.name.normalize('NFC'),
      size: m.bytes.length,
      crc: crc32(m.bytes),
      compression: 0,
      mtime: this.mtime,
    };
    if (m.mode !== undefined) {
      // Unix as the origin, the mode in the high 16 bits; a folder also has MS-DOS's folder bit.
      file.os = 3;
      file.attrs = ((m.mode << 16) | (m.name.endsWith('/') ? 0x10 : 0)) >>> 0;
    }
    this.zip.add(file);
    file.ondata?.(null, m.bytes as Uint8Array<ArrayBuffer>, true);
  }

  /** The archive's bytes made since the last call. */
  take(): Uint8Array[] {
    if (this.failure) throw this.failure;
    const out = this.chunks;
    this.chunks = [];
    return out;
  }

  /** The central directory: the archive's last bytes. */
  end(): Uint8Array[] {
    this.zip.end();
    return this.take();
  }
}
