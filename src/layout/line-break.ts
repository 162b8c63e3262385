/**
 * Layout stage: breaks styled runs into lines that fit a width.
 * We break lines ourselves (rather than let pdfkit wrap) so that justified lines can be drawn
 * with real space glyphs: pdfkit's own justification drops the spaces, and copied text then
 * loses them. Lines may break where UAX #14 allows (the `linebreak` package): after spaces, and
 * inside long words and URLs after "/" or "-" (the hyphen stays at the end of the line); a "\n"
 * in the text (a hard line break) must break. A word wider than a whole line is cut anyway.
 */

import LineBreaker from 'linebreak';
import { CheapLru } from '../cheap-lru.js';
import type { Run } from '../template/blocks.js';
import { type FontSet, faceOf } from './font-set.js';
import { firmSpans, keepEndName, keepUnits, keptSpans } from './kept-tokens.js';
import type { TextStyle } from './text-model.js';

/** A stretch of a word in one style. */
export interface Fragment {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
  width: number;
}

/**
 * A word: what lies between two break opportunities — fragments with no space between them,
 * then maybe a space. A word of a long URL ends at "/" with no space.
 */
export interface Word {
  fragments: Fragment[];
  width: number;
  /** Width of the space that follows the word (0 when none). */
  spaceWidth: number;
  /** A hard line break follows the word. */
  hard?: boolean;
  /**
   * The space after the word was a no-break space (U+00A0, as in a name kept together): the
   * line breaks there only when the words so joined are wider than a whole line. It is drawn
   * as an ordinary space, so copied text reads as written.
   */
  glue?: boolean;
  /**
   * The no-break space after the word is inside a telephone or account number (kept-tokens.ts
   * firmSpans): the words so joined move to the next line whole, however long, unless wider
   * than a whole line.
   */
  firm?: boolean;
  /**
   * The word is part of one broken over lines with no space at the break (a URL cut after "/"):
   * all its pieces share this, so the surface can give copied text the whole word once.
   */
  joined?: Joined;
}

/** A word broken across lines: its whole text, and its first piece. */
export interface Joined {
  text: string;
  first: Word;
}

export interface Line {
  words: Word[];
  /** Width of the words and the spaces between them (no trailing space). */
  width: number;
  /** Left edge offset within the box (first-line indent or hanging indent). */
  indent: number;
  /** Last line of its paragraph, or ended by a hard break: never stretched when justifying. */
  last: boolean;
}

/**
 * Measures text in a style. A text is shaped once (shaping.ts) and its widths kept: the width
 * of every prefix, so a word broken inside ("khoa-" | "hoc/") is measured from the same shaping.
 */
export class Measurer {
  // Per face, prefix widths in ems by text: one map lookup per word, no key strings to build.
  // Caches are bounded: names, numbers and addresses bring new words with every group.
  private readonly cache = new Map<string, CheapLru<string, Float64Array>>();
  /** Broken paragraphs by style, width (few of each), then text (see breakLines). */
  readonly paragraphs = new Map<string, CheapLru<number, CheapLru<string, Line[]>>>();
  constructor(readonly fonts: FontSet) {}

  /** `result[i]` is the width in ems of `text.slice(0, i)` (at glyph boundaries). */
  prefixes(text: string, family: TextStyle['family'], bold: boolean, italic: boolean) {
    const face = faceOf(bold, italic);
    const faceKey = family === 'serif' ? face : `sans-${face}`;
    let widths = this.cache.get(faceKey);
    if (!widths) {
      widths = new CheapLru({ max: 1_024 });
      this.cache.set(faceKey, widths);
    }
    let units = widths.get(text);
    if (units === undefined) {
      const font = this.fonts.families[family][face];
      const shaped = font.layout(text);
      units = new Float64Array(text.length + 1);
      let at = 0;
      let x = 0;
      shaped.glyphs.forEach((g, i) => {
        // A glyph stands for its code points; a ligature's inner positions share its start.
        const end = at + String.fromCodePoint(...g.codePoints).length;
        for (let k = at + 1; k <= end && k <= text.length; k++) (units as Float64Array)[k] = x;
        x += (shaped.positions[i]?.xAdvance ?? 0) / font.unitsPerEm;
        at = end;
        if (at <= text.length) (units as Float64Array)[at] = x;
      });
      // Glyphs that do not map back to the text (none in the shipped fonts' Vietnamese): each
      // prefix shaped on its own, slower but right.
      if (at !== text.length) {
        for (let k = 1; k <= text.length; k++)
          units[k] = font.layout(text.slice(0, k)).advanceWidth / font.unitsPerEm;
      }
      widths.set(text, units);
    }
    return units;
  }

  width(text: string, style: TextStyle, bold: boolean, italic: boolean): number {
    const units = this.prefixes(text, style.family, bold, italic);
    return (units[text.length] ?? 0) * style.size;
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

interface Segment {
  start: number;
  /** End of the text, spaces and break excluded. */
  end: number;
  spaced: boolean;
  hard: boolean;
  /** Ends at a no-break space. */
  glue?: boolean;
}

/**
 * UAX #14 breaks after a dash even when a no-break space follows ("Hàng Kênh – Dư Hàng Kênh" in
 * a name joined by names.ts): that space then opened the next segment and was lost. It glues the
 * segment before it instead, as a no-break space does anywhere else.
 */
function gluedAcross(text: string, segments: Segment[]): Segment[] {
  // In place (segmentsOf's own new array) and by index: no copy, no iterator (h-alloc).
  for (let k = 0; k + 1 < segments.length; k++) {
    const seg = segments[k] as Segment;
    const next = segments[k + 1] as Segment;
    if (seg.spaced || seg.hard || text.charCodeAt(next.start) !== 0xa0) continue;
    next.start++;
    seg.spaced = true;
    seg.glue = true;
  }
  return segments;
}

/** Hyphen, non-breaking hyphen, figure, en and em dash, horizontal bar, minus. */
const DASH = /^[-\u2010-\u2015\u2212]/u;

/**
 * A dash standing between spaces ("sởi – rubella", "Độc lập - Tự do") belongs to the words
 * before it: UAX #14 allows a break after any space (LB18 comes before LB21's "no break before
 * a dash"), which set the dash at the head of the next line. The space before such a dash glues,
 * as a no-break space does: the line breaks after the dash instead ("sởi –" | "rubella"), and
 * before it only when the words so joined are wider than a whole line. A dash opening a
 * paragraph or a line after a hard break (a list's "- ") is left as it is.
 */
function dashesKeptBack(text: string, segments: Segment[]): Segment[] {
  for (const [k, seg] of segments.entries()) {
    const prev = segments[k - 1];
    if (!prev?.spaced || prev.hard || prev.end <= prev.start) continue;
    const word = text.slice(seg.start, seg.end);
    if (DASH.test(word) && [...word].length === 1) prev.glue = true;
  }
  return segments;
}

/**
 * The text between UAX #14 break opportunities, without its trailing spaces or newline; none
 * inside a short slashed abbreviation, a document's symbol or a range of times or dates
 * (kept-tokens.ts keptSpans). `firm` is the text's firmSpans.
 */
function segmentsOf(text: string, firm: readonly [number, number][]): Segment[] {
  const out: Segment[] = [];
  const breaker = new LineBreaker(text);
  const kept = keptSpans(text, firm);
  let start = 0;
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    // "https://" alone at the end of a line reads as a URL of its own: keep it with its host.
    if (!b.required && text.endsWith('://', b.position)) continue;
    const at = b.position;
    if (!b.required && inside(kept, at)) continue;
    let end = b.position;
    const hard = text[end - 1] === '\n';
    if (hard) end--;
    let content = end;
    while (content > start && text[content - 1] === ' ') content--;
    // Spaces open a line only at the paragraph's start or after a hard break: not printed.
    let from = start;
    while (from < content && text[from] === ' ') from++;
    out.push({ start: from, end: content, spaced: content < end, hard });
    start = b.position;
  }
  return out;
}

/** Whether `at` lies strictly inside one of `spans` (a loop: no closure made per break). */
function inside(spans: readonly (readonly [number, number])[], at: number): boolean {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as readonly [number, number];
    if (span[0] < at && at < span[1]) return true;
  }
  return false;
}

/**
 * The paragraph as words. Widths come from shaping what the back end will draw: each stretch of
 * one style up to and with its space ("word "), as draw-text.ts hands it to the surface, so the
 * surface finds the text already shaped.
 */
function toWords(runs: readonly Run[], style: TextStyle, m: Measurer): Word[] {
  // Amounts and times keep their units, and a closing short name ("Nghĩa Xá") its words
  // (kept-tokens.ts: keepUnits, keepEndName): the same text, as long, some spaces no-break.
  const runStart: number[] = [];
  let joined = '';
  for (let i = 0; i < runs.length; i++) {
    runStart.push(joined.length);
    joined += (runs[i] as Run).text;
  }
  const text = keepUnits(keepEndName(joined.replace(/[\t\r]/g, ' ')));
  const paragraph: Paragraph = { text, runs, runStart, style, firm: firmSpans(text), words: [] };
  const segments = dashesKeptBack(text, gluedAcross(text, segmentsOf(text, paragraph.firm)));
  for (let k = 0; k < segments.length; k++) {
    const whole = segments[k] as Segment;
    // The segment cut at its no-break spaces, and at the ordinary spaces UAX #14 does not break
    // at (a closing quote, a space, an opening bracket: "“Hướng dẫn phòng bệnh” (mã", LB15):
    // words joined by a space the line keeps. Each such space is a word's own, so justifying
    // stretches it and counts it (qa39 m2: a space left inside a word was stretched but not
    // counted, and the line ran one gap's stretch past the right margin).
    let start = whole.start;
    for (let at = start; at < whole.end; at++) {
      const c = text.charCodeAt(at);
      if (c !== 0xa0 && c !== 0x20) continue;
      if (at > start) pushWord(paragraph, start, at, true, false, true);
      start = at + 1;
    }
    pushWord(paragraph, start, whole.end, whole.spaced, whole.hard, whole.glue === true);
  }
  measureWords(paragraph.words, style, m);
  return paragraph.words;
}

/** What toWords hands pushWord: the paragraph's text and runs, and the words so far. */
interface Paragraph {
  text: string;
  runs: readonly Run[];
  /** Where each run starts in `text`. */
  runStart: readonly number[];
  style: TextStyle;
  firm: readonly [number, number][];
  words: Word[];
}

/**
 * Adds the word `text[start, end)`: one fragment per run it overlaps. Its fields are given one
 * by one, not spread from objects made for it, so that a word costs its own objects only.
 */
function pushWord(
  p: Paragraph,
  start: number,
  end: number,
  spaced: boolean,
  hard: boolean,
  glue: boolean,
): void {
  const fragments: Fragment[] = [];
  for (let i = 0; i < p.runs.length; i++) {
    const run = p.runs[i] as Run;
    const from = Math.max(start, p.runStart[i] ?? 0);
    const to = Math.min(end, (p.runStart[i] ?? 0) + run.text.length);
    if (from >= to) continue;
    fragments.push({
      text: p.text.slice(from, to),
      bold: Boolean(p.style.bold || run.bold),
      italic: Boolean(p.style.italic || run.italic),
      link: run.link,
      width: 0,
    });
  }
  // A space before a hard break ends the line: nothing to measure or draw.
  if (fragments.length === 0 && !hard) return;
  const word: Word = { fragments, width: 0, spaceWidth: spaced && !hard ? 1 : 0, hard };
  if (glue) {
    word.glue = true;
    if (inside(p.firm, end)) word.firm = true;
  }
  p.words.push(word);
}

const sameStyle = (a: Fragment, b: Fragment) =>
  a.bold === b.bold && a.italic === b.italic && a.link === b.link;

/**
 * Sets the widths of words (spaceWidth 1 marks a space to measure), one shaping per piece the
 * surface will be given: fragments of one style joined until a space, the space included.
 */
function measureWords(words: Word[], style: TextStyle, m: Measurer): void {
  // Index loops: the paragraphs broken are mostly new ones (names, page numbers), broken in code
  // V8 has not optimised yet, where each for…of made an iterator and a result a step (h-alloc).
  const piece: Fragment[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    for (let i = 0; i < word.fragments.length; i++) {
      const f = word.fragments[i] as Fragment;
      const prev = piece[piece.length - 1];
      if (prev && !sameStyle(prev, f)) measurePiece(piece, undefined, style, m);
      piece.push(f);
    }
    if (word.spaceWidth > 0 || word.hard)
      measurePiece(piece, word.spaceWidth > 0 ? word : undefined, style, m);
  }
  measurePiece(piece, undefined, style, m);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    let width = 0;
    for (let i = 0; i < word.fragments.length; i++) width += (word.fragments[i] as Fragment).width;
    word.width = width;
  }
}

/**
 * Measures the fragments of one piece (and the space after it) and empties it. A function of the
 * module, not a closure made per call: V8 holds a closure's optimised code only while a closure
 * of it lives, so one made per call lost it at every full collection and was compiled again —
 * ~1,000 recompilations in a 1,000-group build (bench/results.md "## scale: code compiled once").
 */
function measurePiece(
  piece: Fragment[],
  space: Word | undefined,
  style: TextStyle,
  m: Measurer,
): void {
  const first = piece[0];
  if (!first) return;
  let text = '';
  for (let i = 0; i < piece.length; i++) text += (piece[i] as Fragment).text;
  if (space) text += ' ';
  const units = m.prefixes(text, style.family, first.bold, first.italic);
  let from = 0;
  for (let i = 0; i < piece.length; i++) {
    const f = piece[i] as Fragment;
    f.width = ((units[from + f.text.length] ?? 0) - (units[from] ?? 0)) * style.size;
    from += f.text.length;
  }
  if (space) space.spaceWidth = ((units[text.length] ?? 0) - (units[from] ?? 0)) * style.size;
  piece.length = 0;
}

/**
 * Splits a word so that its head fits `maxWidth`: before URL punctuation when possible, else
 * (`anyCut`, a word wider than a whole line) where it must. Undefined when it cannot.
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
  const whole = word.fragments.map((f) => f.text).join('');
  const { primary, dots } = urlBreaks(whole, anyCut);
  // The last break point that fits: URL punctuation first; when the word must be cut, after a
  // dot ("vn.gov.pccc. | baochay114" rather than "baochay1 | 14", qa11 Q3), then anywhere.
  const lastFit = (points: readonly number[]) =>
    points.reduce((b, k) => (k <= fit && k > b ? k : b), 0);
  let cut = lastFit(primary) || (anyCut ? lastFit(dots) : 0);
  if (cut === 0 && anyCut) cut = Math.max(1, fit);
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
    { fragments: tailFrags, width: sum(tailFrags), spaceWidth: word.spaceWidth, hard: word.hard },
  ];
}

/**
 * Where a link may be broken: after the character at each returned index (1-based count of
 * characters before the break). `primary`: after "/", "-", "?", "&" or "=" (README › Layout), and
 * nowhere else — never before a dot, a line starting ".vnid" reads as a stray dot, nor before
 * "=" or "-", a line starting "=com.vnid" or "-chu.html" as a sign (qa10 Q10), nor before "_",
 * "#", "%" or "~", "usp=sf" over "_link" reads as two addresses (qa40 m2). `dots`:
 * after a dot, for a piece with no other point ("vn.gov.pccc.baochay114"). Never inside or right
 * after a URL's scheme ("https:" | "//", "https://" | "docs…"); and, unless the word must be cut
 * (`inHost`), not inside its host ("https://docs" | ".google.com/…").
 */
function urlBreaks(whole: string, inHost: boolean): { primary: number[]; dots: number[] } {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(whole);
  const schemeEnd = scheme ? whole.indexOf('//') + 2 : 0;
  const keepFrom = Math.max(1, inHost ? schemeEnd : (scheme?.[0].length ?? 0));
  const primary: number[] = [];
  const dots: number[] = [];
  for (let k = keepFrom + 1; k < whole.length; k++) {
    const before = whole[k - 1] ?? '';
    const next = whole[k] ?? '';
    if ('/-?&='.includes(before)) primary.push(k);
    else if (before === '.' && next !== '.') dots.push(k);
  }
  return { primary, dots };
}

/**
 * Width of the widest word: the narrowest a box can be without cutting a word. A link counts as
 * its widest piece between the points it is broken at (a table's cell holding a long address
 * squeezed every other column until their words split, qa11 Q9).
 */
export function widestWord(runs: readonly Run[], style: TextStyle, m: Measurer): number {
  return Math.max(
    0,
    ...toWords(runs, style, m).map((w) => (isLink(w) ? widestLinkPiece(w, style, m) : w.width)),
  );
}

function widestLinkPiece(word: Word, style: TextStyle, m: Measurer): number {
  const whole = word.fragments.map((f) => f.text).join('');
  // As a line alone in its cell breaks it (splitHead's anyCut): its host too, after a dot.
  const { primary, dots } = urlBreaks(whole, true);
  const f = word.fragments[0] as Fragment;
  const piece = (text: string) => m.width(text, style, f.bold, f.italic);
  let widest = 0;
  let from = 0;
  for (const k of [...primary, whole.length]) {
    const seg = whole.slice(from, k);
    // A piece wider than its neighbours may still break after its dots.
    const inner = dots.filter((d) => d > from && d < k);
    let at = 0;
    let w = 0;
    for (const d of [...inner.map((d) => d - from), seg.length]) {
      w = Math.max(w, piece(seg.slice(at, d)));
      at = d;
    }
    widest = Math.max(widest, w);
    from = k;
  }
  return widest;
}

function isLink(word: Word): boolean {
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
    byWidth = new CheapLru({ max: 16 });
    m.paragraphs.set(sk, byWidth);
  }
  let byText = byWidth.get(width);
  if (!byText) {
    // 64 deep: a style's page footers ("Trang 3/17") outnumber it and are broken again each
    // group (13 a group), but 256 kept every cache's group-own paragraphs too, +28 MB of peak in
    // a 3,000-group build (bench/results.md "h-alloc"); the budget is memory's.
    byText = new CheapLru({ max: 64 });
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
  // The room on the current line is written out where it is needed (width less the line's
  // indent), not asked of a closure made per paragraph: V8 drops such a closure's optimised code
  // at each full collection (bench/results.md "## scale: code compiled once").
  const endLine = (hard = false) => {
    const indent = lines.length === 0 ? first : rest;
    lines.push({ words, width: lineWidth, indent, last: hard });
    words = [];
    lineWidth = 0;
  };
  const queue = toWords(runs, style, m);
  while (queue.length > 0) {
    const word = queue.shift() as Word;
    const prev = words[words.length - 1];
    const gap = prev ? prev.spaceWidth : 0;
    if (lineWidth + gap + word.width <= width - (lines.length === 0 ? first : rest) + 0.01) {
      words.push(word);
      lineWidth += gap + word.width;
      if (word.hard) endLine(true);
      continue;
    }
    // Words that run together, a name joined by no-break spaces (NAME) or an address (LINK),
    // move on together, unless they began this line or are wider than a whole line: moved, they
    // would break anyway, and leave a short line behind for nothing. Ragged text (a card's "Tổ
    // trưởng: <name>", a centred title) has no loose line: they move whole. Moved whole, a short
    // name may leave a loose line: it is justified however loose, as Word sets it (draw-text.ts,
    // qa21 finding 10); the name stays whole (qa1 #12).
    const full = width - rest;
    const room = width - (lines.length === 0 ? first : rest);
    let from = movedWhole(NAME, words, word, queue, style, full, room);
    if (from < 0) from = movedWhole(LINK, words, word, queue, style, full, room);
    if (from >= 0) {
      const moved = words.splice(from);
      lineWidth = widthOf(words);
      endLine();
      queue.unshift(...moved, word);
      continue;
    }
    const free = width - (lines.length === 0 ? first : rest) - lineWidth - gap;
    const alone = words.length === 0;
    // A word alone on a line and still too wide is cut where it must be; a piece of a link is
    // cut before its punctuation to fill the line rather than leave a gappy justified line.
    const split = alone || isLink(word) ? splitHead(word, free, style, m, alone) : undefined;
    if (split) {
      const [head, tail] = split;
      words.push(head);
      lineWidth += gap + head.width;
      const done = tail.fragments.length === 0;
      endLine(done && Boolean(word.hard));
      if (!done) queue.unshift(tail);
      continue;
    }
    endLine();
    queue.unshift(word);
  }
  if (words.length > 0 || lines.length === 0) endLine();
  const lastLine = lines[lines.length - 1];
  if (lastLine) lastLine.last = true;
  markJoins(lines);
  return lines;
}

/**
 * Words that move to the next line together when the last does not fit, rather than break
 * between them: a name (words joined by no-break spaces) or an address (pieces with no space
 * between them). Each moves whole when it fits a whole line and began on this one; in justified
 * text only when it is at most `long` of the line, or leaves a small gap (GAP_KEPT).
 */
interface MovedWhole {
  /** Whether a word runs on into the next without a break the text allows (its "glue"). */
  joins: (w: Word) => boolean;
  /** Whether the run may begin with the word that does not fit (nothing of it yet on the line). */
  fromWord: boolean;
  /** A run that must have such a word to move whole at all. */
  only?: (w: Word) => boolean;
  /** A run with such a word moves whole in justified text too, however long. */
  always?: (w: Word) => boolean;
  /** Of the line's width, the longest run that moves whole in justified text anyway. */
  long: number;
}

/**
 * A name: words joined by no-break spaces (a thôn, a venue, a telephone or account number). A
 * telephone or account number moves whole however long (firm): copied by hand from paper,
 * "1234 5678" | "9012 3456 7890" reads as two numbers (qa40 M1, review42 #4). In justified text
 * a long name (over a third of the line: a merged commune's thôn, a venue) moves only while the
 * gap it leaves is small; else it breaks between its words, as Word sets it: the line it left
 * ended at 60 % and read as a paragraph's end (qa7 A1).
 */
const NAME: MovedWhole = {
  joins: (w) => Boolean(w.glue),
  fromWord: false,
  always: (w) => Boolean(w.firm),
  long: 1 / 3,
};

/**
 * An address broken at its "/" with its head ending a line ("…tại đường link:
 * https://vneid.gov.vn/" ⏎ "huong-dan") reads as two addresses, or one cut short (qa53 p2). It
 * moves whole as Word sets it, even when the word that does not fit begins it; in justified text
 * when it is at most half the line (the line it leaves is justified however loose, as for a
 * name) or leaves a small gap; a longer one still fills the line, breaking at its punctuation,
 * rather than leave a line half empty.
 */
const LINK: MovedWhole = {
  joins: (w) => w.spaceWidth === 0 && !w.hard,
  fromWord: true,
  only: isLink,
  long: 1 / 2,
};

/** Of the line's width, the gap a longer run may leave behind when it moves whole. */
const GAP_KEPT = 0.15;

/**
 * Where on the line the run of `rule` that `word` continues begins (`words.length` when `word`
 * begins it), when it moves whole to the next line; -1 when it stays as it breaks.
 */
function movedWhole(
  rule: MovedWhole,
  words: readonly Word[],
  word: Word,
  queue: readonly Word[],
  style: TextStyle,
  full: number,
  room: number,
): number {
  let from = words.length;
  while (from > 0 && words[from - 1] && rule.joins(words[from - 1] as Word)) from--;
  if (from === 0 || (from === words.length && !rule.fromWord)) return -1;
  const run = [...words.slice(from), word];
  for (let i = 0; rule.joins(run.at(-1) as Word) && i < queue.length; i++)
    run.push(queue[i] as Word);
  if (rule.only && !run.some(rule.only)) return -1;
  const runWidth = widthOf(run);
  if (runWidth > full) return -1;
  const moves =
    style.align !== 'justify' ||
    (rule.always !== undefined && run.some(rule.always)) ||
    runWidth <= full * rule.long ||
    room - widthOf(words.slice(0, from)) <= full * GAP_KEPT;
  return moves ? from : -1;
}

/** Width of words set on one line: theirs and the spaces between them. */
function widthOf(words: readonly Word[]): number {
  return words.reduce((sum, w, i) => sum + w.width + (words[i - 1]?.spaceWidth ?? 0), 0);
}

/**
 * Marks the words that run across a line break with no space between them (a URL or a long word
 * broken inside) as one `Joined`: copied text must give them back whole, with no line break.
 */
function markJoins(lines: readonly Line[]): void {
  let unit: Word[] = [];
  let spansLines = false;
  const close = () => {
    const first = unit[0];
    if (first && spansLines) {
      const text = unit.map((w) => w.fragments.map((f) => f.text).join('')).join('');
      const joined: Joined = { text, first };
      for (const w of unit) w.joined = joined;
    }
    unit = [];
    spansLines = false;
  };
  const words = lines.flatMap((line, i) => line.words.map((word) => ({ word, line: i })));
  words.forEach(({ word, line }, k) => {
    const next = words[k + 1];
    if (unit.length > 0 && line !== words[k - 1]?.line) spansLines = true;
    unit.push(word);
    if (word.spaceWidth > 0 || (word.hard && !sameLink(word, next?.word))) close();
  });
  close();
}

/**
 * Whether a hard break between `word` and `next` is inside one link: a written address set in
 * lines of its own (link-lines.ts) still copies as the one address.
 */
function sameLink(word: Word, next: Word | undefined): boolean {
  const link = word.fragments[word.fragments.length - 1]?.link;
  return link !== undefined && next?.fragments[0]?.link === link;
}
