/**
 * Layout stage: the fonts every document is drawn with.
 * Fonts are parsed once per process (per thread) and the same fontkit objects are handed to every
 * pdfkit document: parsing per document costs more than the rest of a poster.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import {
  DEFAULT_FONT_DIR,
  type FontFace,
  type FontFamilyName,
  type FontSet,
  type LoadedFont,
} from './font-set.js';
import { markFeatureGlyphs } from './mark-glyphs.js';
import { shareShaping } from './shaping.js';

export * from './font-set.js';

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
