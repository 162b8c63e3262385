/**
 * The page content's zlib stream, reused between pages (render/pdf/deflate.ts): it drives node's
 * zlib handle as deflateSync does. Its bytes must be deflateSync's for the same input and level,
 * must inflate back to the page's operators, and must not carry anything over from the page
 * before; and on this Node the fast path must really be taken (a Node release that moves the
 * internals fails here, not as a slower build nobody notices).
 */
import { randomBytes } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateLatin1, reusesDeflateStream } from '../../src/render/pdf/deflate.js';

/** A page's operators as the back end writes them: text runs, rectangles, colours. */
const page = (n: number) =>
  `${Array.from(
    { length: n },
    (_, i) =>
      `BT /F${1 + (i % 3)} 9 Tf 1 0 0 -1 ${40 + (i % 7) * 61.5} ${(i * 7.3).toFixed(2)} Tm [<0012003400${(i % 256).toString(16).padStart(2, '0')}> -120 <00ab00cd>] TJ ET\n0.2 0.2 0.2 rg ${i} 10 50 12 re f`,
  ).join('\n')}\n`;

/** Every byte value, as one character each (latin1), in an order zlib cannot compress. */
const noise = (length: number) => randomBytes(length).toString('latin1');

const reference = (text: string, level: number) =>
  new Uint8Array(deflateSync(Buffer.from(text, 'latin1'), { level }));

describe('page content compressed by one reused zlib stream', () => {
  it('takes the fast path on this Node', () => {
    expect(reusesDeflateStream(1)).toBe(true);
    expect(reusesDeflateStream(6)).toBe(true);
  });

  it("gives deflateSync's bytes, which inflate to the page's operators, page after page", () => {
    // Small and large pages, and pages larger than the buffers the stream starts with (64 KB),
    // in and out of order: nothing of one page may reach the next.
    const pages = [page(3), page(400), noise(10), page(2_000), noise(200_000), page(1), page(400)];
    for (const level of [1, 6, 1]) {
      for (const text of pages) {
        const bytes = deflateLatin1(text, level);
        expect(bytes).toBeInstanceOf(Uint8Array);
        expect(Buffer.isBuffer(bytes)).toBe(false);
        expect(inflateSync(bytes).toString('latin1')).toBe(text);
        expect(Buffer.from(bytes).equals(Buffer.from(reference(text, level)))).toBe(true);
      }
    }
  });

  it('hands back bytes of their own: a later page does not overwrite an earlier one', () => {
    const first = page(50);
    const kept = deflateLatin1(first, 1);
    deflateLatin1(page(60), 1);
    deflateLatin1(noise(5_000), 1);
    expect(inflateSync(kept).toString('latin1')).toBe(first);
  });
});
