/**
 * Test support: zip files written byte by byte with Node's zlib (fflate's deflate of 100 MB took
 * ~25 s on a shared test machine), for the .docx and .xlsx "zip bomb" tests.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** `times` copies of `bytes` one after the other, in a part made of pieces. */
export interface Repeated {
  bytes: Uint8Array;
  times: number;
}

/** A part given as pieces: its bytes are the pieces' in order. */
export type Pieces = (Uint8Array | Repeated)[];

/**
 * A part's raw deflate stream, its CRC-32 and its size. A repeated piece is deflated once and
 * its compressed bytes written `times` times: each piece ends in a full flush (byte-aligned, no
 * reference to what came before), so the copies are a valid stream of the whole. A bomb of
 * 150 MB is then made in milliseconds instead of deflating (and filling) 150 MB each time.
 */
function deflatePart(part: Uint8Array | Pieces, level: number) {
  if (part instanceof Uint8Array) {
    return { packed: deflateRawSync(part, { level }), crc: crc32(part), size: part.length };
  }
  const packed: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const piece of part) {
    const { bytes, times } = piece instanceof Uint8Array ? { bytes: piece, times: 1 } : piece;
    const block = deflateRawSync(bytes, { level, finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) {
      packed.push(block);
      crc = crc32(bytes, crc);
    }
    size += bytes.length * times;
  }
  // The final block: empty.
  packed.push(deflateRawSync(Buffer.alloc(0)));
  return { packed: Buffer.concat(packed), crc, size };
}

/**
 * A zip of `parts`, each deflated (method 8) at `level`, as Word and Excel write a .docx and an
 * .xlsx: local headers and data, then the central directory. `declared`: the size both headers
 * give each part instead of its real one (a crafted zip's lie; the CRC stays the real data's).
 */
export function zip(
  parts: Record<string, Uint8Array | Pieces>,
  level = 1,
  declared?: (name: string, size: number) => number,
): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const file = Buffer.from(name);
    const { packed, crc, size: real } = deflatePart(data, level);
    const size = declared ? declared(name, real) : real;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(file.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(file.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, file, packed);
    central.push(dir, file);
    offset += head.length + file.length + packed.length;
  }
  const directory = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}
