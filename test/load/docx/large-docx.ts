/**
 * Large Word files made from the test notice (notice-docx.ts): a "zip bomb" (qa11 Q10: spaces
 * inside word/document.xml that inflate to far more than the file's size) and a genuine large
 * document (incompressible photos in word/media, as a notice with pictures has). Zipped with
 * Node's zlib: fflate's deflate of 100 MB took ~25 s on a shared test machine.
 */
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import { type Pieces, zip } from '../../support/zip.js';
import { noticeDocx } from './notice-docx.js';

/**
 * The notice with `mb` MB of spaces after <w:body>: a file of ~0.1 % of that size. `lying`: its
 * headers declare no part larger than 64 KB, so its directory adds up to a few hundred KB.
 */
export async function zipBombDocx(mb: number, lying = false): Promise<Uint8Array> {
  const parts: Record<string, Uint8Array | Pieces> = unzipSync(await noticeDocx());
  const xml = parts['word/document.xml'] as Uint8Array;
  const at = Buffer.from(xml).indexOf('<w:body>') + '<w:body>'.length;
  const spaces = { bytes: Buffer.alloc(1024 * 1024, 0x20), times: mb };
  parts['word/document.xml'] = [xml.subarray(0, at), spaces, xml.subarray(at)];
  return zip(parts, 1, lying ? (_, size) => Math.min(size, 64 * 1024) : undefined);
}

/** The notice with `mb` MB of photos (random bytes, as compressed as a JPEG) in word/media. */
export async function docxWithPhotos(mb: number): Promise<Uint8Array> {
  const parts = unzipSync(await noticeDocx());
  for (let i = 0; i < mb; i++) parts[`word/media/photo${i}.jpeg`] = randomBytes(1024 * 1024);
  return zip(parts);
}
