/**
 * The test zips of zip.ts: a part given as pieces (a repeated piece deflated once, its copies
 * written one after the other) unzips to exactly the pieces' bytes, with their CRC-32 and size
 * in both headers, as one given whole does.
 */
import { inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zip } from './zip.js';

describe('zip of pieces', () => {
  const head = Buffer.from('<w:document><w:body>');
  const tail = Buffer.from('</w:body></w:document>');
  const spaces = Buffer.alloc(64 * 1024, 0x20);
  const whole = Buffer.concat([head, ...Array(5).fill(spaces), tail]);

  it('unzips to the pieces in order, as the same bytes zipped whole', () => {
    const pieces = zip({ 'word/document.xml': [head, { bytes: spaces, times: 5 }, tail] });
    const given = zip({ 'word/document.xml': whole });
    // Buffer.equals: vitest's toEqual walks the 320 KB byte by byte (~2 s of CPU).
    expect(Buffer.from(unzipSync(pieces)['word/document.xml'] ?? []).equals(whole)).toBe(true);
    // CRC-32 and sizes in the local header (14, 22) and the central directory, as for `given`.
    expect(pieces.readUInt32LE(14)).toBe(given.readUInt32LE(14));
    expect(pieces.readUInt32LE(22)).toBe(whole.length);
    // The stream ends in a final block: zlib inflates it to the end without complaint.
    const packed = pieces.subarray(
      30 + 'word/document.xml'.length,
      30 + 17 + pieces.readUInt32LE(18),
    );
    expect(inflateRawSync(packed).equals(whole)).toBe(true);
  });
});
