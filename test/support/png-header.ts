/**
 * Test support: PNG files written by hand, as small as their header, for what an image's size is
 * read from (a picture past a pixel limit) without the picture's megabytes.
 */
import { deflateSync } from 'node:zlib';

/** CRC-32 of PNG chunks (ISO 3309), for the header below. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/**
 * A PNG's signature and header (IHDR) for a picture of width × height, 8-bit RGB, the first
 * row's data and an end: what an image's size is read from, without the picture's megabytes.
 * 17,000 × 17,000 is past libvips' own pixel limit.
 */
export function pngHeader(width: number, height: number, rows?: Uint8Array): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows ?? Buffer.alloc(1 + 3 * width))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
