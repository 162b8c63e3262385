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
  /**
   * The member's own date (a file's last change), else the archive's. Written twice: as the
   * DOS date (local fields, 2 s steps) and as Info-ZIP's extended timestamp (UTC seconds), which
   * `memberTimes` and unzip read back whatever the zone of the machine unpacking it.
   */
  mtime?: Date;
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

/** Info-ZIP's extended timestamp field ("UT"): a flags byte, then the Unix mtime (32 bits). */
const EXTENDED_TIME = 0x5455;

/**
 * Info-ZIP's Unicode Path field ("up"): version 1, the CRC-32 of the name as the header holds
 * it, then the name in UTF-8. The header's name is UTF-8 already, with the language-encoding
 * flag (bit 11), but Info-ZIP's unzip 6.0 — Debian's and Ubuntu's `unzip`, and the tools built on
 * it — skips that flag for an entry made on MS-DOS/Windows and reads the name as code page 437
 * ("T�+� d+�n ph�+�"); it reads this field and unpacks "Tổ dân phố" (qa44 m4).
 */
const UNICODE_PATH = 0x7075;

function unicodePath(name: string): Uint8Array {
  const utf8 = new TextEncoder().encode(name);
  const out = new Uint8Array(5 + utf8.length);
  out[0] = 1;
  new DataView(out.buffer).setUint32(1, crc32(utf8), true);
  out.set(utf8, 5);
  return out;
}

function unixTime(d: Date): Uint8Array {
  const out = new Uint8Array(5);
  out[0] = 1;
  const seconds = Math.floor(d.getTime() / 1000);
  new DataView(out.buffer).setUint32(1, Math.min(0xffffffff, Math.max(0, seconds)), true);
  return out;
}

/**
 * The date a DOS date field can hold (local fields, 1980-01-01 00:00:00 to 2099-12-31 23:59:58):
 * a file dated 1970 (copied from a tar or a camera's card) or 2100 gets the nearest end, and its
 * true time lives in the extended timestamp alone. fflate refuses any other date (an "internal
 * error" that made the whole backup fail).
 */
function dosDateOf(d: Date): Date {
  const first = new Date(1980, 0, 1, 0, 0, 0);
  const last = new Date(2099, 11, 31, 23, 59, 58);
  if (Number.isNaN(d.getTime()) || d < first) return first;
  return d > last ? last : d;
}

/**
 * A DOS date and time as this machine's local time, or undefined for "no date": a date of 0
 * (Go's archive/zip, some Java tools) or a month or day of 0 or out of range, which would
 * otherwise read as 1979-11-30.
 */
function fromDos(date: number, time: number): Date | undefined {
  const month = (date >> 5) & 15;
  const day = date & 31;
  if (month < 1 || month > 12 || day < 1) return undefined;
  return new Date(
    1980 + (date >> 9),
    month - 1,
    day,
    time >> 11,
    (time >> 5) & 63,
    (time & 31) * 2,
  );
}

/**
 * Each member's date as its central directory says it: the extended timestamp when the member
 * has one (UTC), else the DOS date read as this machine's local time (as it was written);
 * no entry for a member with neither (a DOS date of 0 means "no date"). Empty for bytes that are no ZIP (the caller has refused those already).
 */
export function memberTimes(zip: Uint8Array): Map<string, Date> {
  const times = new Map<string, Date>();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return times;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const utf8 = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= zip.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const flags = view.getUint16(at + 8, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const raw = zip.subarray(at + 46, at + 46 + nameLength);
    // As fflate's unzip names the entry: UTF-8 when the flag (bit 11) says so, else one
    // character per byte (latin1), so the keys match the unpacked files' names.
    const name = flags & 0x800 ? utf8.decode(raw) : String.fromCharCode(...raw);
    let when = fromDos(date, time);
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === EXTENDED_TIME && size >= 5 && (view.getUint8(e + 4) & 1) === 1) {
        when = new Date(view.getUint32(e + 5, true) * 1000);
      }
      e += 4 + size;
    }
    if (when) times.set(name, when);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return times;
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
    const filename = m.name.normalize('NFC');
    const file: ZipInputFile = {
      // fflate sets the UTF-8 flag on names that are not ASCII, so 7-Zip shows "Tổ", not "Tß╗ò".
      filename,
      size: m.bytes.length,
      crc: crc32(m.bytes),
      compression: 0,
      mtime: dosDateOf(m.mtime ?? this.mtime),
    };
    const extra: Record<number, Uint8Array> = {};
    if (m.mtime !== undefined) extra[EXTENDED_TIME] = unixTime(m.mtime);
    if (/[^\x20-\x7e]/.test(filename)) extra[UNICODE_PATH] = unicodePath(filename);
    if (Object.keys(extra).length) file.extra = extra;
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
