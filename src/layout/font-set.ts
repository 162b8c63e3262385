/**
 * Layout stage: the font set's types and what is asked of a loaded set (faces, missing
 * characters). Apart from fonts.ts, which parses the font files with fontkit: a module that only
 * asks a set given to it (the kinds' layout, the preflight checks) does not load fontkit, so a
 * command that stops before the fonts are read never loads it.
 */
import { fileURLToPath } from 'node:url';
import type { GlyphRun } from 'fontkit';
import { isControl } from '../template/blocks.js';

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

export const DEFAULT_FONT_DIR = fileURLToPath(new URL('../../fonts/', import.meta.url));

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
