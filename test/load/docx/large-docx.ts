/**
 * Large Word files made from the test notice (notice-docx.ts): a "zip bomb" (qa11 Q10: spaces
 * inside word/document.xml that inflate to far more than the file's size) and a genuine large
 * document (incompressible photos in word/media, as a notice with pictures has). Zipped with
 * Node's zlib: fflate's deflate of 100 MB took ~25 s on a shared test machine.
 */
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { noticeDocx } from './notice-docx.js';

/** A zip of `parts`, each deflated (method 8), as Word writes a .docx. */
function zip(parts: Record<string, Uint8Array>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const file = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 1 });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(file.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(file.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, file, packed);
    central.push(dir, file);
    offset += head.length + file.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** The notice with `mb` MB of spaces after <w:body>: a file of ~0.1 % of that size. */
export async function zipBombDocx(mb: number): Promise<Uint8Array> {
  const parts = unzipSync(await noticeDocx());
  const xml = parts['word/document.xml'] as Uint8Array;
  const at = Buffer.from(xml).indexOf('<w:body>') + '<w:body>'.length;
  const padded = new Uint8Array(xml.length + mb * 1024 * 1024);
  padded.set(xml.subarray(0, at));
  padded.fill(0x20, at, at + mb * 1024 * 1024);
  padded.set(xml.subarray(at), at + mb * 1024 * 1024);
  parts['word/document.xml'] = padded;
  return zip(parts);
}

/** The notice with `mb` MB of photos (random bytes, as compressed as a JPEG) in word/media. */
export async function docxWithPhotos(mb: number): Promise<Uint8Array> {
  const parts = unzipSync(await noticeDocx());
  for (let i = 0; i < mb; i++) parts[`word/media/photo${i}.jpeg`] = randomBytes(1024 * 1024);
  return zip(parts);
}
