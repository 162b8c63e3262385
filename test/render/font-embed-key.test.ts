/**
 * A font's embedding is recorded once and copied into each document that uses the same glyphs
 * (render/pdf/font-embed.ts). Each document starts its subset with the Vietnamese repertoire, so
 * the recording's key names only the glyphs after it: documents with other glyphs beyond the
 * repertoire, or none, must each get their own embedding — else a document would print another
 * one's glyphs, or show none where it has its own.
 */
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import type { TextPaint } from '../../src/layout/surface.js';
import { createPdfSurface } from '../../src/render/pdf/document.js';
import { pdfText } from '../support/pdf-text.js';

const PAINT: TextPaint = { family: 'serif', bold: false, italic: false, size: 14, color: 'black' };

async function pdfOf(line: string): Promise<Uint8Array> {
  const surface = createPdfSurface(loadFonts(), [595, 842], {
    title: 'Thử',
    author: 'UBND phường',
    created: new Date('2026-03-01T00:00:00Z'),
  });
  surface.addPage();
  surface.text(line, 60, 80, PAINT);
  return (await surface.finish()).bytes;
}

describe("a font's recorded embedding, by the glyphs beyond the repertoire", () => {
  it('documents with other glyphs beyond it, or none, each print their own text', async () => {
    // Ω, Ж, € are no Vietnamese letters: each is a glyph beyond the repertoire.
    const lines = [
      'Điện trở 4,7 kΩ',
      'Điện trở 4,7 kЖ',
      'Điện trở 4,7 k€',
      'Điện trở 4,7 kΩ Ж',
      'Điện trở 4,7 k',
      'Điện trở 4,7 kΩ',
    ];
    for (const line of lines) {
      const text = await pdfText(await pdfOf(line));
      expect(text.replace(/\s+/g, ' ').trim()).toBe(line);
    }
  });
});
