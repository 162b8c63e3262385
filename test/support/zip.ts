/**
 * Test support: zip files written byte by byte with Node's zlib (fflate's deflate of 100 MB took
 * ~25 s on a shared test machine), for the .docx and .xlsx "zip bomb" tests.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip of `parts`, each deflated (method 8) at `level`, as Word and Excel write a .docx and an
 * .xlsx: local headers and data, then the central directory. `declared`: the size both headers
 * give each part instead of its real one (a crafted zip's lie; the CRC stays the real data's).
 */
export function zip(
  parts: Record<string, Uint8Array>,
  level = 1,
  declared?: (name: string, size: number) => number,
): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const file = Buffer.from(name);
    const packed = deflateRawSync(data, { level });
    const crc = crc32(data);
    const size = declared ? declared(name, data.length) : data.length;
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
