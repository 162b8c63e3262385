/**
 * Layout stage: breaks styled runs into lines that fit a width.
 * We break lines ourselves (rather than let pdfkit wrap) so that justified lines can be drawn
 * with real space glyphs: pdfkit's own justification drops the spaces, and copied text then
 * loses them. Words wider than a line (long URLs) are split after "/", "-", "?", "&", "=" or "_".
 */

import { LRUCache } from 'lru-cache';
import type { Run } from '../template/blocks.js';
import { type FontSet, faceOf } from './fonts.js';
import type { TextStyle } from './text-model.js';

/** A stretch of a word in one style. */
export interface Fragment {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
  width: number;
}

/** A word: fragments with no space between them, then maybe a space. */
export interface Word {
  fragments: Fragment[];
  width: number;
  /** Width of the space that follows the word (0 when none). */
  spaceWidth: number;
}

export interface Line {
  words: Word[];
  /** Width of the words and the spaces between them (no trailing space). */
  width: number;
  /** Left edge offset within the box (first-line indent or hanging indent). */
  indent: number;
  /** Last line of its paragraph: never stretched when justifying. */
  last: boolean;
}

/** Measures text in a style; widths are cached because paragraphs repeat words a lot. */
export class Measurer {
  // Per face, widths in ems by text: one map lookup per word, no key strings to build.
  // Caches are bounded: names, numbers and addresses bring new words with every group.
  private readonly cache = new Map<string, LRUCache<string, number>>();
  /** Broken paragraphs by style, width (few of each), then text (see breakLines). */
  readonly paragraphs = new Map<string, LRUCache<number, LRUCache<string, Line[]>>>();
  constructor(readonly fonts: FontSet) {}

  width(text: string, style: TextStyle, bold: boolean, italic: boolean): number {
    const face = faceOf(bold, italic);
    const faceKey = style.family === 'serif' ? face : `sans-${face}`;
    let widths = this.cache.get(faceKey);
    if (!widths) {
      widths = new LRUCache({ max: 1_024 });
      this.cache.set(faceKey, widths);
    }
    let units = widths.get(text);
    if (units === undefined) {
      const font = this.fonts.families[style.family][face];
      units = font.layout(text).advanceWidth / font.unitsPerEm;
      widths.set(text, units);
    }
    return units * style.size;
  }
}

const measurers = new WeakMap<FontSet, Measurer>();

/** One measurer per font set, so widths cached by one document serve the next. */
export function sharedMeasurer(fonts: FontSet): Measurer {
  let m = measurers.get(fonts);
  if (!m) {
    m = new Measurer(fonts);
    measurers.set(fonts, m);
  }
  return m;
}

function toWords(runs: readonly Run[], style: TextStyle, m: Measurer): Word[] {
  const words: Word[] = [];
  let current: Fragment[] = [];
  const flush = (spaceAfter: boolean, bold: boolean, italic: boolean) => {
    if (current.length === 0) return;
    const width = current.reduce((s, f) => s + f.width, 0);
    words.push({
      fragments: current,
      width,
      spaceWidth: spaceAfter ? m.width(' ', style, bold, italic) : 0,
    });
    current = [];
  };
  for (const run of runs) {
    const bold = Boolean(style.bold || run.bold);
    const italic = Boolean(style.italic || run.italic);
    // Split on spaces but keep them, so "a  b" and leading/trailing spaces end words.
    for (const piece of run.text.split(/( +)/)) {
      if (piece === '') continue;
      if (piece.startsWith(' ')) {
        flush(true, bold, italic);
        continue;
      }
      current.push({
        text: piece,
        bold,
        italic,
        link: run.link,
        width: m.width(piece, style, bold, italic),
      });
    }
  }
  const lastRun = runs[runs.length - 1];
  flush(false, Boolean(lastRun?.bold), Boolean(lastRun?.italic));
  return words;
}

/**
 * Splits a word so that its head fits `maxWidth`, cutting after URL punctuation when possible.
 * Returns undefined when not even one glyph fits.
 */
function splitHead(
  word: Word,
  maxWidth: number,
  style: TextStyle,
  m: Measurer,
  anyCut: boolean,
): [Word, Word] | undefined {
  const chars: { frag: number; index: number }[] = [];
  word.fragments.forEach((f, fi) => {
    for (let i = 1; i <= f.text.length; i++) chars.push({ frag: fi, index: i });
  });
  const widthUpTo = (k: number): number => {
    const { frag, index } = chars[k - 1] as { frag: number; index: number };
    let w = 0;
    for (let fi = 0; fi < frag; fi++) w += (word.fragments[fi] as Fragment).width;
    const f = word.fragments[frag] as Fragment;
    return w + m.width(f.text.slice(0, index), style, f.bold, f.italic);
  };
  let fit = 0;
  while (fit < chars.length - 1 && widthUpTo(fit + 1) <= maxWidth) fit++;
  // Break where a URL style guide would (Chicago): after "//", before other punctuation, so the
  // hyphen starts the next line and is not taken for a word hyphen (copy tools drop those).
  const charAt = (k: number): string => {
    const c = chars[k - 1];
    return c ? ((word.fragments[c.frag] as Fragment).text[c.index - 1] ?? '') : '';
  };
  let cut = 0;
  for (let k = fit; k > 1; k--) {
    const before = charAt(k);
    const next = charAt(k + 1);
    if (
      (before === '/' && charAt(k - 1) === '/') ||
      (next !== '' && '/.-_?#%~&='.includes(next) && before !== '/')
    ) {
      cut = k;
      break;
    }
  }
  if (cut === 0 && anyCut) cut = fit;
  if (cut === 0) return undefined;
  const { frag, index } = chars[cut - 1] as { frag: number; index: number };
  const measure = (f: Fragment, text: string): Fragment => ({
    ...f,
    text,
    width: m.width(text, style, f.bold, f.italic),
  });
  const cutFrag = word.fragments[frag] as Fragment;
  const headFrags = [
    ...word.fragments.slice(0, frag),
    measure(cutFrag, cutFrag.text.slice(0, index)),
  ];
  const tailFrags = [
    ...(index < cutFrag.text.length ? [measure(cutFrag, cutFrag.text.slice(index))] : []),
    ...word.fragments.slice(frag + 1),
  ];
  const sum = (fs: Fragment[]) => fs.reduce((s, f) => s + f.width, 0);
  return [
    { fragments: headFrags, width: sum(headFrags), spaceWidth: 0 },
    { fragments: tailFrags, width: sum(tailFrags), spaceWidth: word.spaceWidth },
  ];
}

/** Long links are split to fill a line rather than leave a gappy justified line behind them. */
function isUrlLike(word: Word): boolean {
  return word.fragments.some((f) => f.link !== undefined || /^https?:\/\//.test(f.text));
}

/**
 * Greedy line breaking of one paragraph into lines of `width` points. Most paragraphs recur in
 * every document of a build (the notice's body is the same for each group), so their lines are
 * kept by text and style and each is broken once per process. Lines are never changed after.
 */
export function breakLines(
  runs: readonly Run[],
  style: TextStyle,
  width: number,
  m: Measurer,
): readonly Line[] {
  // Nested by the style's key and the width, not one key string: the style's key is the same
  // string object every time, so the lookup does not hash a new string.
  const sk = styleKey(style);
  let byWidth = m.paragraphs.get(sk);
  if (!byWidth) {
    if (m.paragraphs.size > 1_000) m.paragraphs.clear();
    byWidth = new LRUCache({ max: 16 });
    m.paragraphs.set(sk, byWidth);
  }
  let byText = byWidth.get(width);
  if (!byText) {
    byText = new LRUCache({ max: 64 });
    byWidth.set(width, byText);
  }
  // A plain paragraph's text is its key as it is: no new string to build and hash.
  const only = runs.length === 1 ? runs[0] : undefined;
  let key = only && !only.bold && !only.italic && only.link === undefined ? only.text : '';
  if (!key) {
    for (const r of runs)
      key += `\u0001${r.bold ? 1 : 0}${r.italic ? 1 : 0}${r.link ?? ''}\u0002${r.text}`;
  }
  let lines = byText.get(key);
  if (!lines) {
    lines = breakParagraph(runs, style, width, m);
    byText.set(key, lines);
  }
  return lines;
}

const styleKeys = new WeakMap<TextStyle, string>();

/** Everything about a style that changes how its text is broken or drawn, as one string. */
export function styleKey(style: TextStyle): string {
  let key = styleKeys.get(style);
  if (key === undefined) {
    const { family, size, align, firstIndent, indent, bold, italic, color } = style;
    key = `${family}|${size}|${align}|${firstIndent}|${indent}|${bold}|${italic}|${color}`;
    styleKeys.set(style, key);
  }
  return key;
}

function breakParagraph(
  runs: readonly Run[],
  style: TextStyle,
  width: number,
  m: Measurer,
): Line[] {
  const first = style.firstIndent ?? style.indent ?? 0;
  const rest = style.indent ?? 0;
  const lines: Line[] = [];
  let words: Word[] = [];
  let lineWidth = 0;
  const room = () => width - (lines.length === 0 ? first : rest);
  const endLine = () => {
    lines.push({ words, width: lineWidth, indent: lines.length === 0 ? first : rest, last: false });
    words = [];
    lineWidth = 0;
  };
  const queue = toWords(runs, style, m);
  while (queue.length > 0) {
    const word = queue.shift() as Word;
    const prev = words[words.length - 1];
    const gap = prev ? prev.spaceWidth : 0;
    if (lineWidth + gap + word.width <= room() + 0.01) {
      words.push(word);
      lineWidth += gap + word.width;
      continue;
    }
    const free = room() - lineWidth - gap;
    const alone = words.length === 0;
    // A word alone on a line that is still too wide, or a link worth starting on this line.
    const split =
      alone || (isUrlLike(word) && free > room() * 0.25)
        ? splitHead(word, free, style, m, alone)
        : undefined;
    if (split) {
      words.push(split[0]);
      lineWidth += gap + split[0].width;
      endLine();
      if (split[1].fragments.length > 0) queue.unshift(split[1]);
      continue;
    }
    endLine();
    queue.unshift(word);
  }
  if (words.length > 0 || lines.length === 0) endLine();
  const lastLine = lines[lines.length - 1];
  if (lastLine) lastLine.last = true;
  return lines;
}
