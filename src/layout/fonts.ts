/**
 * Layout stage: the fonts every document is drawn with.
 * Fonts are parsed once per process (per thread) and the same fontkit objects are handed to every
 * pdfkit document: parsing per document costs more than the rest of a poster.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GlyphRun } from 'fontkit';
import * as fontkit from 'fontkit';
import { isControl } from '../template/blocks.js';
import { markFeatureGlyphs } from './mark-glyphs.js';
import { shareShaping } from './shaping.js';

/** Every family and every face, as values: a list of all faces is made from these, never by hand. */
export const FONT_FAMILIES = ['serif', 'sans'] as const;
export const FONT_FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontFamilyName = (typeof FONT_FAMILIES)[number];
export type FontFace = (typeof FONT_FACES)[number];

/** The subset of a fontkit font this project relies on. */
export interface LoadedFont {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): GlyphRun;
}

export interface FontSet {
  readonly dir: string;
  readonly families: Record<FontFamilyName, Record<FontFace, LoadedFont>>;
}

const FILES: Record<FontFamilyName, Record<FontFace, string>> = {
  serif: {
    regular: 'LiberationSerif-Regular.ttf',
    bold: 'LiberationSerif-Bold.ttf',
    italic: 'LiberationSerif-Italic.ttf',
    boldItalic: 'LiberationSerif-BoldItalic.ttf',
  },
  sans: {
    regular: 'LiberationSans-Regular.ttf',
    bold: 'LiberationSans-Bold.ttf',
    italic: 'LiberationSans-Italic.ttf',
    boldItalic: 'LiberationSans-BoldItalic.ttf',
  },
};

export const DEFAULT_FONT_DIR = fileURLToPath(new URL('../../fonts/', import.meta.url));

const cache = new Map<string, FontSet>();

/** Parses the project's fonts once per directory and returns the shared set. */
export function loadFonts(dir: string = DEFAULT_FONT_DIR): FontSet {
  const hit = cache.get(dir);
  if (hit) return hit;
  const parsed = new Map<string, LoadedFont>();
  const open = (file: string): LoadedFont => {
    let font = parsed.get(file);
    if (!font) {
      const bytes = readFileSync(`${dir}/${file}`);
      const opened = fontkit.create(bytes);
      // A collection (.ttc) holds several fonts: the project ships single fonts only.
      if ('fonts' in opened) throw new Error(`${file} is a font collection, not one font`);
      font = opened;
      shareShaping(font, markFeatureGlyphs(bytes));
      parsed.set(file, font);
    }
    return font;
  };
  const families = Object.fromEntries(
    Object.entries(FILES).map(([family, faces]) => [
      family,
      Object.fromEntries(Object.entries(faces).map(([face, file]) => [face, open(file)])),
    ]),
  ) as FontSet['families'];
  const set = { dir, families };
  cache.set(dir, set);
  return set;
}

export function faceOf(bold?: boolean, italic?: boolean): FontFace {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}

/** Characters of `text` that some face of `family` cannot draw (each reported once). */
export function missingCharacters(text: string, fonts: FontSet, family: FontFamilyName): string[] {
  const missing = new Set<string>();
  const faces = Object.values(fonts.families[family]);
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Newlines and tabs become line breaks and spaces; any other control character has no
    // glyph to draw (and the layout refuses to draw one: draw-text.ts › assertPrintable).
    if (ch === '\n' || ch === '\t' || ch === '\r') continue;
    if (isControl(cp) || !faces.every((f) => f.hasGlyphForCodePoint(cp))) missing.add(ch);
  }
  return [...missing];
}

/** "“ꝏ” (U+A74F)" — how a character is named in error messages (an invisible one by its code). */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return isControl(cp) ? `an invisible control character (${code})` : `"${ch}" (${code})`;
}
