/**
 * Layout stage: makes embedding a font cheap for the thousandth document.
 * pdfkit subsets and compresses every font for every document, which costs more than drawing a
 * poster. Every document here starts its subsets with the same glyphs — the whole Vietnamese
 * repertoire, in a fixed order — so the subset program is nearly always one already made: it is
 * encoded and compressed once per process and reused. Glyphs outside the repertoire still work:
 * they make a new subset (also cached). The output stays deterministic and fully subset-embedded.
 */
import { deflateSync } from 'node:zlib';
import type { LoadedFont } from './fonts.js';

/** ASCII, the Latin letters of Vietnamese with every tone mark, and common punctuation. */
const REPERTOIRE = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCharCode(c);
  s += 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư';
  for (let c = 0x1ea0; c <= 0x1ef9; c++) s += String.fromCharCode(c);
  return `${s}“”‘’–—…•·№°%₫×`;
})();

interface Subset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface EmbeddedFont {
  font: LoadedFont & { glyphForCodePoint(cp: number): { id: number; advanceWidth: number } };
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: Subset;
  document: { ref(data?: object): unknown };
  embed(): void;
}

const repertoireGlyphs = new WeakMap<object, { id: number; cp: number; width: number }[]>();
const programs = new Map<string, Uint8Array>();
const MAX_PROGRAMS = 64;
const prepared = new WeakSet<object>();

function glyphsOf(font: EmbeddedFont['font']) {
  let glyphs = repertoireGlyphs.get(font);
  if (!glyphs) {
    glyphs = [];
    for (const ch of REPERTOIRE) {
      const cp = ch.codePointAt(0) as number;
      if (!font.hasGlyphForCodePoint(cp)) continue;
      const g = font.glyphForCodePoint(cp);
      glyphs.push({ id: g.id, cp, width: g.advanceWidth });
    }
    repertoireGlyphs.set(font, glyphs);
  }
  return glyphs;
}

/** Compressed subset program for this glyph list, made once. */
function program(font: EmbeddedFont): Uint8Array {
  const key = `${(font.font as { postscriptName: string }).postscriptName}:${font.subset.glyphs.join(',')}`;
  let bytes = programs.get(key);
  if (!bytes) {
    bytes = new Uint8Array(deflateSync(font.subset.encode()));
    if (programs.size >= MAX_PROGRAMS) programs.delete(programs.keys().next().value as string);
    programs.set(key, bytes);
  }
  return bytes;
}

/** Call on pdfkit's font object before its first glyph is encoded. */
export function prepareEmbeddedFont(pdfFont: unknown): void {
  if (prepared.has(pdfFont as object)) return;
  prepared.add(pdfFont as object);
  const f = pdfFont as EmbeddedFont;
  // Widths and ToUnicode entries too: pdfkit writes one for every glyph of the subset.
  for (const g of glyphsOf(f.font)) {
    const gid = f.subset.includeGlyph(g.id);
    f.widths[gid] ??= g.width * f.scale;
    f.unicode[gid] ??= [g.cp];
  }
  const embed = f.embed.bind(f);
  f.embed = () => {
    const compressed = program(f);
    const doc = f.document;
    const ref = doc.ref;
    // pdfkit's embed() first creates the font file stream, then ends it with subset.encode():
    // give that stream our compressed program, marked as such, so it is not compressed again.
    doc.ref = (data?: object) => {
      doc.ref = ref;
      return ref.call(doc, data ?? { Filter: 'FlateDecode' });
    };
    f.subset.encode = () => compressed;
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}

/** Whether a document used glyphs beyond the repertoire (its subset is then its own). */
export function hasExtraGlyphs(pdfFont: unknown): boolean {
  const f = pdfFont as EmbeddedFont;
  // The subset always starts with .notdef, then the repertoire.
  return f.subset.glyphs.length > 1 + new Set(glyphsOf(f.font).map((g) => g.id)).size;
}
