/**
 * Layout stage: draws broken lines onto a page.
 * Each word is drawn with its trailing space glyph, at a position we compute, so justified text
 * keeps real spaces in the PDF and extracts as it was written.
 */

import { isControl, type Run } from '../template/blocks.js';
import {
  breakLines,
  type Fragment,
  type Joined,
  type Line,
  styleKey,
  widestWord,
} from './line-break.js';
import type { Surface, TextPaint } from './surface.js';
import type { TextStyle } from './text-model.js';

export function lineHeight(style: TextStyle): number {
  return style.size * style.leading;
}

/** Lines of a paragraph in a box of `width` points. */
export function layoutParagraph(
  surface: Surface,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
): readonly Line[] {
  const lines = breakLines(runs, style, width, surface.measure);
  if (!style.balance || lines.length < 2) return lines;
  if (style.balance === 'lone' && !shortLast(lines) && !loneInside(lines)) return lines;
  return balanced(surface, runs, style, width, lines);
}

/**
 * Whether a paragraph's last line stands nearly alone: one word ("… sốt xuất ⏎ huyết", qa39 m4),
 * or under half the widest line ("… cứu hộ khu ⏎ dân cư", qa40 m5; with two-syllable words kept
 * whole, "chữa cháy và cứu nạn, cứu hộ ⏎ khu dân cư" was 0.36 of it and left alone).
 */
function shortLast(lines: readonly Line[]): boolean {
  const last = lines[lines.length - 1];
  if (!last) return false;
  if (last.words.length <= 1) return true;
  return last.width < Math.max(...lines.map((l) => l.width)) / 2;
}

/**
 * Whether a line between the first and the last is one word alone: a title's "Ngày Chủ nhật ⏎
 * xanh ⏎ tháng 12/2026" (qa54 p10), its words on either side each kept whole.
 */
function loneInside(lines: readonly Line[]): boolean {
  return lines.slice(1, -1).some((l) => l.words.length <= 1);
}

/**
 * The same paragraph broken at the narrowest width that keeps its number of lines (to within a
 * point), so its lines are as even as they can be; drawn centred in the full width, the block's
 * middle stays where it was. Lines per width only grow as the width shrinks: halving finds it.
 */
function balanced(
  surface: Surface,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
  lines: readonly Line[],
): readonly Line[] {
  let best = lines;
  // Never narrower than its widest word or no-break run ("Smart Hải Phòng"), which a line too
  // narrow for it would break after all.
  let lo = Math.max(width / (lines.length + 1), widestWord(runs, style, surface.measure));
  let hi = width;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    const tried = breakLines(runs, style, mid, surface.measure);
    if (tried.length <= lines.length) {
      best = tried;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}

/** Added spaces a gap, in the line's narrowest space, from which a justified gap reads as a hole. */
const HOLE = 6;

/** A line's runs of one style, with their offsets from the box's left edge. */
interface LinePlan {
  /** Added to each space when justifying. */
  extra: number;
  runs: { text: string; dx: number; paint: TextPaint; link?: string; actualText?: string }[];
}

// Lines are shared by every document that has the paragraph (see breakLines): so are their plans.
const plans = new WeakMap<Line, Map<string, Map<number, LinePlan>>>();

function planLine(line: Line, style: TextStyle, width: number): LinePlan {
  const room = width - line.indent;
  let left = line.indent;
  let extra = 0;
  if (style.align === 'center') left += (room - line.width) / 2;
  else if (style.align === 'right') left += room - line.width;
  else if (style.align === 'justify' && !line.last) {
    // Only spaces stretch: a URL broken after "/" has none between its pieces, and a line of
    // one unbreakable item (a URL's piece, a name kept whole) none at all: it stays ragged.
    // Every other line but a paragraph's last is justified however loose, as Word sets it and
    // Decree 30 asks: a line left short in the middle of a paragraph (beside a name moved
    // whole, before a long URL) read as the paragraph's end (qa21, qa39 m3). Only a line that
    // is one long item and a word or two (a URL and "của") would open holes of HOLE spaces
    // and more: it stays ragged (review of qa21).
    const spaces = line.words.slice(0, -1).filter((w) => w.spaceWidth > 0);
    const stretch = spaces.length > 0 ? Math.max(0, (room - line.width) / spaces.length) : 0;
    const narrowest = Math.min(...spaces.map((w) => w.spaceWidth));
    if (stretch <= narrowest * HOLE) extra = stretch;
  }
  const color = style.color ?? 'black';
  const runs: LinePlan['runs'] = [];
  // Consecutive words in one style are drawn as one run, their spaces stretched by `extra`.
  let run:
    | { text: string; x: number; frag: Fragment; joined?: Joined; actual?: string }
    | undefined;
  const flush = () => {
    if (!run) return;
    const { frag, joined } = run;
    assertPrintable(run.text);
    const paint = {
      family: style.family,
      bold: frag.bold,
      italic: frag.italic,
      size: style.size,
      color,
    };
    // A piece of a word broken over lines copies as the whole word (its first piece) or as
    // nothing (the others), keeping the space that may follow it.
    const actualText = joined && `${run.actual ?? ''}${run.text.endsWith(' ') ? ' ' : ''}`;
    runs.push({ text: run.text, dx: run.x, paint, link: frag.link, actualText });
    run = undefined;
  };
  let cursor = left;
  line.words.forEach((word, i) => {
    let fx = cursor;
    word.fragments.forEach((frag, k) => {
      const same =
        run &&
        run.frag.bold === frag.bold &&
        run.frag.italic === frag.italic &&
        run.frag.link === frag.link &&
        run.joined === word.joined;
      if (!same) flush();
      if (run) run.text += frag.text;
      else {
        const { joined } = word;
        const actual = joined?.first === word && k === 0 ? joined.text : '';
        run = { text: frag.text, x: fx, frag, joined, actual };
      }
      fx += frag.width;
    });
    const isLast = i === line.words.length - 1;
    // The space after a word is a real glyph, in the run of the word's last fragment: the piece
    // "word " the line breaker measured (line-break.ts › measureWords).
    if (!isLast && word.spaceWidth > 0 && run) run.text += ' ';
    cursor += word.width + (isLast ? 0 : word.spaceWidth + (word.spaceWidth > 0 ? extra : 0));
  });
  flush();
  return { extra, runs };
}

/**
 * No control character reaches a glyph run: a font has no glyph for "\n" or "\t" and would draw
 * .notdef boxes. The line breaker turns them into breaks and spaces; this guards the invariant.
 */
function assertPrintable(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c))
      throw new Error(`control character U+${c.toString(16).padStart(4, '0')} in a glyph run`);
  }
}

/** Draws one line whose top is at `y`, in a box from `x` of `width` points. */
export function drawLine(
  surface: Surface,
  line: Line,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
): void {
  let byStyle = plans.get(line);
  if (!byStyle) {
    byStyle = new Map();
    plans.set(line, byStyle);
  }
  const sk = styleKey(style);
  let byWidth = byStyle.get(sk);
  if (!byWidth) {
    byWidth = new Map();
    byStyle.set(sk, byWidth);
  }
  let plan = byWidth.get(width);
  if (!plan) {
    plan = planLine(line, style, width);
    byWidth.set(width, plan);
  }
  // Half-leading above the glyphs keeps lines of one size evenly spaced.
  const top = y + (lineHeight(style) - style.size) / 2;
  for (const r of plan.runs)
    surface.text(r.text, x + r.dx, top, r.paint, r.link, plan.extra, r.actualText);
}

/** Lays out and draws a paragraph in a box; returns the height used. */
export function drawParagraph(
  surface: Surface,
  runs: readonly Run[],
  style: TextStyle,
  x: number,
  y: number,
  width: number,
): number {
  const lines = layoutParagraph(surface, runs, style, width);
  const h = lineHeight(style);
  for (let i = 0; i < lines.length; i++)
    drawLine(surface, lines[i] as Line, style, x, y + i * h, width);
  return lines.length * h;
}

/** Height a paragraph would take in a box of `width` points. */
export function paragraphHeight(
  surface: Surface,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
): number {
  return layoutParagraph(surface, runs, style, width).length * lineHeight(style);
}

/** Width of the longest line of a paragraph: for rules drawn as long as their text. */
export function widestLine(
  surface: Surface,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
): number {
  return Math.max(0, ...layoutParagraph(surface, runs, style, width).map((l) => l.width));
}
