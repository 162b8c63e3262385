/**
 * Layout stage: breaks styled runs into lines that fit a width.
 * We break lines ourselves (rather than let pdfkit wrap) so that justified lines can be drawn
 * with real space glyphs: pdfkit's own justification drops the spaces, and copied text then
 * loses them. Words wider than a line (long URLs) are split after "/", "-", "?", "&", "=" or "_".
 */

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
  private readonly cache = new Map<string, number>();
  constructor(readonly fonts: FontSet) {}

  width(text: string, style: TextStyle, bold: boolean, italic: boolean): number {
    const face = faceOf(bold, italic);
    const key = `${style.family}|${face}|${text}`;
    let units = this.cache.get(key);
    if (units === undefined) {
      const font = this.fonts.families[style.family][face];
      units = font.layout(text).advanceWidth / font.unitsPerEm;
      this.cache.set(key, units);
    }
    return units * style.size;
  }
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

/** Splits a word too wide for any line into pieces that fit, preferring URL punctuation. */
function splitWide(word: Word, maxWidth: number, style: TextStyle, m: Measurer): Word[] {
  const pieces: Word[] = [];
  let frags: Fragment[] = [];
  let width = 0;
  const push = () => {
    if (frags.length) pieces.push({ fragments: frags, width, spaceWidth: 0 });
    frags = [];
    width = 0;
  };
  for (const frag of word.fragments) {
    let rest = frag.text;
    while (rest.length > 0) {
      const room = maxWidth - width;
      const whole = m.width(rest, style, frag.bold, frag.italic);
      if (whole <= room) {
        frags.push({ ...frag, text: rest, width: whole });
        width += whole;
        break;
      }
      // Longest prefix that fits, cut after a URL separator when there is one.
      let fit = 0;
      while (
        fit < rest.length &&
        m.width(rest.slice(0, fit + 1), style, frag.bold, frag.italic) <= room
      )
        fit++;
      let cut = fit;
      for (let i = fit; i > fit / 3; i--) {
        if ('/-?&=_.'.includes(rest[i - 1] ?? '')) {
          cut = i;
          break;
        }
      }
      if (cut === 0) {
        if (frags.length === 0)
          cut = 1; // a single glyph wider than the box: place it anyway
        else {
          push();
          continue;
        }
      }
      const head = rest.slice(0, cut);
      const w = m.width(head, style, frag.bold, frag.italic);
      frags.push({ ...frag, text: head, width: w });
      width += w;
      rest = rest.slice(cut);
      push();
    }
  }
  push();
  const last = pieces[pieces.length - 1];
  if (last) last.spaceWidth = word.spaceWidth;
  return pieces;
}

/** Greedy line breaking of one paragraph into lines of `width` points. */
export function breakLines(
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
    const needed = (prev ? prev.spaceWidth : 0) + word.width;
    if (lineWidth + needed <= room() + 0.01) {
      words.push(word);
      lineWidth += needed;
      continue;
    }
    if (words.length > 0) {
      endLine();
      queue.unshift(word);
      continue;
    }
    // Alone on a line and still too wide: split it.
    queue.unshift(...splitWide(word, room(), style, m));
    const head = queue.shift() as Word;
    words.push(head);
    lineWidth = head.width;
    endLine();
  }
  if (words.length > 0 || lines.length === 0) endLine();
  const lastLine = lines[lines.length - 1];
  if (lastLine) lastLine.last = true;
  return lines;
}
