/**
 * Kind "flyer": the campaign in brief (for a contest: what, when, who, prizes, how to join; for
 * any campaign, when and where residents are expected, if it says; the QR code of the template's "@@ qr" line; the support phone) on an A5 portrait page. Office printers take A4, so one A4 landscape sheet
 * holds two identical flyers side by side with a dashed cut line between them.
 * In: the flyer template's sections and the group's context. Out: a one-page PDF.
 */
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import {
  drawParagraph,
  layoutParagraph,
  lineHeight,
  paragraphHeight,
  widestLine,
} from '../layout/draw-text.js';
import { keepLastWords, keepQuoted, keepTitle } from '../layout/keep-words.js';
import { linkRuns } from '../layout/link-lines.js';
import { measuringSurface } from '../layout/measuring-surface.js';
import { pictureBox } from '../layout/picture-fit.js';
import { drawQrFigure, HAND_MODULE, qrSideWithin, readableUrl } from '../layout/qr.js';
import { type StructureType, type Surface, tagged, taggedLists } from '../layout/surface.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import { joined, msg } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import { plainText, type Run } from '../template/blocks.js';
import type { Sections } from '../template/sections.js';
import { type FlyerPicture, flyerPicture } from './campaign-picture.js';
import { FLYER_NEEDS } from './flyer-needs.js';
import { keptFit, pictureId } from './kept-fits.js';
import type { DocumentKind, RenderInput, SectionNote } from './kind.js';
import { missingListSections } from './list-sections.js';
import { described } from './names.js';
import { type QrCode, qrCodes } from './qr-section.js';

const ACCENT = '#0b4f8a';
const PAGE_MM = { width: 297, height: 210 };
const HALF_W_MM = PAGE_MM.width / 2;
const MARGIN_MM = 10;
/** A flyer is read in hand: ≥ 30 mm across, quiet zone included (scanning distance ÷ 10). */
const MIN_QR_MM = 30;
/** The most a code may take of the flyer's width, leaving its caption room beside it. */
const MAX_QR_MM = 60;

/** Where things sit on the sheet, in mm from the top-left corner. */
const FLYER_GEOMETRY = {
  cutXMm: HALF_W_MM,
  halvesMm: [0, 1].map((i) => ({ x: i * HALF_W_MM, y: 0, width: HALF_W_MM, height: 210 })),
} as const;

/** One flyer's box on the sheet, in mm: an A5 portrait page (the share picture's too). */
export const ONE_FLYER_MM = { width: HALF_W_MM, height: PAGE_MM.height } as const;

/** Flyers on one A4 sheet: the leader page's print count (a household a flyer, qa21 finding 13). */
export const FLYERS_PER_SHEET = FLYER_GEOMETRY.halvesMm.length;

/** Type of each part at full size; the flowing parts shrink together when a flyer overflows. */
const S = {
  header: { family: 'sans', size: 10, leading: 1.2, align: 'center', color: '#333333' },
  kicker: { family: 'sans', size: 11, leading: 1.2, align: 'center', bold: true, color: ACCENT },
  /** Even lines when the last would be one word alone: "… sốt xuất ⏎ huyết" (qa39 m4). */
  title: {
    family: 'sans',
    size: 20,
    leading: 1.15,
    align: 'center',
    bold: true,
    color: ACCENT,
    balance: 'lone',
  },
  dates: { family: 'sans', size: 13.5, leading: 1.25, align: 'center', bold: true },
  /** When and where residents are expected: the label plain, the value bold (the template's). */
  event: { family: 'sans', size: 12, leading: 1.25, align: 'center', balance: 'lone' },
  heading: { family: 'sans', size: 12.5, leading: 1.25, align: 'left', bold: true, color: ACCENT },
  body: { family: 'sans', size: 10.5, leading: 1.25, align: 'left' },
  qrCaption: { family: 'sans', size: 10, leading: 1.25, align: 'left', bold: true },
  qrUrl: { family: 'sans', size: 9, leading: 1.25, align: 'left', color: '#333333' },
  /** The caption under each of two codes side by side. */
  qrUnder: { family: 'sans', size: 9, leading: 1.2, align: 'center' },
  qrUnderUrl: { family: 'sans', size: 9, leading: 1.2, align: 'center', color: '#333333' },
  support: { family: 'sans', size: 10, leading: 1.25, align: 'left' },
  supportPhone: { family: 'sans', size: 15, leading: 1.2, align: 'left' },
  cut: { family: 'sans', size: 9, leading: 1, align: 'center', color: '#444444' },
  /** The map's caption, under it. */
  mapCaption: { family: 'sans', size: 10, leading: 1.2, align: 'center', italic: true },
} satisfies Record<string, TextStyle>;
type StyleName = keyof typeof S;

/** Gaps above parts, in points at full size. */
const GAP = { line: 1.5, small: 3, section: 8, block: 6 };
const MARKER_W = 5 * MM;
/** Space between a marker and its list item's text, when the marker is wider than usual. */
const MARKER_GAP = 1.5 * MM;
/**
 * Sizes tried, largest first, until the flowing parts fit above the QR block: a short flyer (a
 * campaign of three actions) is set larger, up to half again, rather than leave half its page
 * blank; a long one shrinks. Below 0.6 only the gaps and the parts above the floor (the title,
 * to MIN_TITLE) still shrink: the text stays at MIN_SIZE.
 */
const SCALES = [1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5];
/**
 * The most each gap between parts grows (points) when the text at its largest still leaves room:
 * the parts spread down the page, each section still reading as one.
 */
const MAX_SPREAD = 10 * MM;
/** Codes side by side at the foot of a flyer: an app's two stores, or a campaign's two links. */
const MAX_CODES = 2;
const CODE_GAP = 4 * MM;

interface Piece {
  runs: Run[];
  style: StyleName;
  gap: number;
  marker?: string;
  ruleAfter?: boolean;
  /** The template section it comes from: a section's marked lines are one list. */
  section: string;
  /** Set in a box with the boxed pieces next to it (the numbers to call and their heading). */
  boxed?: boolean;
  /** The list's next line, set beside this one in the right half of the row (`paired`). */
  beside?: Piece;
  /** The campaign's map, drawn above this piece's runs (its caption). */
  picture?: FlyerPicture;
}

/** The most height the map takes at full size: the rest of the flyer still fits in small type. */
const PICTURE_MAX_MM = 60;
const PICTURE_CAPTION_GAP = 1.5 * MM;

/** A change to a line's runs that keeps its text: words joined by no-break spaces. */
type Shape = (runs: readonly Run[]) => Run[];

/**
 * The group's header lines, the flow's first pieces (a rule under the last): the one part of a
 * flyer that differs between the groups of a ward (planFlyer).
 */
function headerPieces(sections: Sections): Piece[] {
  const out: Piece[] = sections.lines('header').map((runs, i) => ({
    runs: [...runs],
    style: 'header',
    gap: i === 0 ? 0 : GAP.line,
    section: 'header',
    marker: undefined,
  }));
  const last = out[out.length - 1];
  if (last) last.ruleAfter = true;
  return out;
}

/**
 * The flowing parts, top to bottom. `more` are lines after the steps: links beyond the codes the
 * foot has room for (printed as label and address, not dropped).
 */
function pieces(sections: Sections, more: Run[][] = [], picture?: FlyerPicture): Piece[] {
  const out: Piece[] = [];
  // Sections added to the template later are optional: a campaign's own older flyer has none.
  const linesOf = (name: string) =>
    OPTIONAL.has(name) && !sections.has(name) ? [] : sections.lines(name);
  const add = (
    name: string,
    style: StyleName,
    gap: number,
    marker?: (i: number) => string,
    shape: Shape = (runs) => [...runs],
    boxed = false,
  ) =>
    linesOf(name).forEach((runs, i) => {
      const line = {
        runs: shape(runs),
        style,
        gap: i === 0 ? gap : GAP.line,
        section: name,
        ...(boxed ? { boxed } : {}),
      };
      out.push({ ...line, marker: marker?.(i) });
    });
  out.push(...headerPieces(sections));
  add('kicker', 'kicker', GAP.block);
  // The title and the headline lines under it keep names and two-syllable words whole (keepTitle).
  const headline = (runs: readonly Run[]) => keepLastWords(keepTitle(runs));
  add('title', 'title', GAP.line, undefined, headline);
  add('dates', 'dates', GAP.small, undefined, headline);
  // A subject under the title that only repeats it ("Sơ tán dân tránh bão số 3" twice; "Tổ
  // chức diễn tập …" under "Diễn tập …", qa8 K7) is not printed again: the notice prints it.
  const titles = out.filter((p) => p.style === 'title').map((p) => plainText(p.runs));
  // A year the flyer prints in its time, place or deadline lines is not news in the subject.
  const shown = linesOf('event').map(plainText);
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i] as Piece;
    if (p.style === 'dates' && repeatsTitle(plainText(p.runs), titles, shown)) out.splice(i, 1);
  }
  // A campaign without an app: its flyer carries the slogan too, as its poster does.
  add('slogan', 'dates', GAP.small, undefined, headline);
  // A place's name, a two-syllable word and a number with its word each stay on one line: not
  // "Nhà văn hóa tổ ⏎ 1, số 12" (keepTitle).
  add('event', 'event', GAP.small, undefined, keepTitle);
  // The muster point's map where residents look for where to go: under when and where.
  if (picture)
    out.push({
      runs: picture.caption ? [{ text: picture.caption }] : [],
      style: 'mapCaption',
      gap: GAP.block,
      section: 'map',
      picture,
    });
  add('eligible-heading', 'heading', GAP.section);
  add('eligible', 'body', GAP.line, () => '•');
  add('prizes-heading', 'heading', GAP.section);
  add('prize-community', 'body', GAP.line);
  add('prize-individual-title', 'body', GAP.small);
  add('prize-individual', 'body', GAP.line, () => '•');
  add('points-heading', 'heading', GAP.section);
  add('points', 'body', GAP.line, (i) => `${i + 1}.`);
  add('steps-heading', 'heading', GAP.section);
  add('steps', 'body', GAP.line, (i) => `${i + 1}.`);
  more.forEach((runs, i) => {
    out.push({ runs, style: 'body', gap: i === 0 ? GAP.section : GAP.line, section: 'more' });
  });
  add('payment-heading', 'heading', GAP.section);
  add('payment', 'body', GAP.line);
  add('bring-heading', 'heading', GAP.section);
  add('bring', 'body', GAP.line, () => '•');
  add('hotlines-heading', 'heading', GAP.section, undefined, undefined, true);
  add('hotlines', 'body', GAP.line, undefined, undefined, true);
  add('contact', 'body', GAP.section);
  return withoutBareHeadings(out);
}

/** The sections each heading stands over: a heading whose sections print nothing is left out. */
const UNDER: Record<string, string[]> = {
  'eligible-heading': ['eligible'],
  'prizes-heading': ['prize-community', 'prize-individual-title', 'prize-individual'],
  'points-heading': ['points'],
  'steps-heading': ['steps'],
  'payment-heading': ['payment'],
  'bring-heading': ['bring'],
  'hotlines-heading': ['hotlines'],
};

/**
 * A heading over an optional list ("Ai được tham gia?", "Giải thưởng") with nothing under it —
 * a contest without `eligible`, `prizes: {}` — would stand alone on every household's sheet; an
 * office's own template that tests only {{#if contest}} prints it too. So it is dropped here.
 */
function withoutBareHeadings(out: Piece[]): Piece[] {
  const printed = new Set(out.map((p) => p.section));
  return out.filter((p) => {
    const under = UNDER[p.section];
    return under === undefined || under.some((name) => printed.has(name));
  });
}

const OPTIONAL = new Set([
  'slogan',
  'contact',
  'event',
  'points-heading',
  'points',
  'payment-heading',
  'payment',
  'bring-heading',
  'bring',
  'hotlines-heading',
  'hotlines',
]);

/** A line's words, lower case: "Mở lớp “Bình dân học vụ số”" → mở, lớp, bình, dân… */
const wordsOf = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * What a subject may add to the title's words and still only repeat it: a few words ("tổ chức",
 * "phương án"; "mở", "tại các thôn"), at most this share of its own and this many. A long
 * subject adds its share in new words ("theo mô hình “Tổ liên gia an toàn…”", 14 of 37 words,
 * qa15): that is more to say, not the title again.
 */
const ADDED_SHARE = 0.4;
const ADDED_MOST = 4;

/**
 * The words of a subject the title and the flyer's other lines (`shown`) do not say, but for a
 * year ("năm 2026") those lines print ("từ ngày 12/12/2026"): it tells a reader nothing new.
 */
function addedWords(words: readonly string[], title: ReadonlySet<string>, shown: string[]) {
  const years = new Set(shown.flatMap(wordsOf).filter((w) => /^(?:19|20)\d\d$/.test(w)));
  return words.filter(
    (w, i) => !title.has(w) && !years.has(w) && !(w === 'năm' && years.has(words[i + 1] ?? '')),
  );
}

/**
 * Whether the subject under a title says nothing the title does not: every word of the title
 * is in it, and it adds only a few words (ADDED_MOST, and ADDED_SHARE of its own) and no figure — "Tổ
 * chức diễn tập phương án chữa cháy … năm 2026" under "Diễn tập chữa cháy … năm 2026", "Mở lớp
 * “Bình dân học vụ số” cho người cao tuổi tại các thôn" under 'Lớp "Bình dân học vụ số" cho
 * người cao tuổi', "Mở Lớp bồi dưỡng … năm 2026" under "Lớp bồi dưỡng …" on a flyer whose
 * time line says 2026 (qa50 p2). A subject with a date, a number or more to say is printed.
 */
function repeatsTitle(subject: string, titles: readonly string[], shown: string[]): boolean {
  const words = wordsOf(subject);
  const title = new Set(titles.flatMap(wordsOf));
  if (title.size === 0 || words.length === 0) return false;
  const inSubject = new Set(words);
  if (![...title].every((w) => inSubject.has(w))) return false;
  const added = addedWords(words, title, shown);
  return (
    added.length <= Math.min(ADDED_MOST, words.length * ADDED_SHARE) &&
    !added.some((w) => /\p{N}/u.test(w))
  );
}

/** Room between a box (the numbers to call) and its text, at full size; its line's width. */
const BOX_PAD = 2.5 * MM;
const BOX_LINE = 1.2;

/** Whether piece `i` opens a box (the first of boxed pieces) and whether it closes one. */
function boxEdges(list: readonly Piece[], i: number): { opens: boolean; closes: boolean } {
  const boxed = list[i]?.boxed === true;
  return {
    opens: boxed && list[i - 1]?.boxed !== true,
    closes: boxed && list[i + 1]?.boxed !== true,
  };
}

/** How much a piece's gap grows, per point of spread: between sections fully, in a list a little. */
const spreadWeight = (p: Piece, i: number) => (i === 0 ? 0 : p.gap > GAP.line ? 1 : 0.25);

type Col = { x: number; y: number; w: number };

/**
 * Smallest type on the sheet, the floor every part shrinks to: 9 pt, the smallest any document
 * of the tool prints (test/kinds/min-text-size.test.ts). A flyer goes to every household, and is
 * often read by older residents holding it in the hand: at 9 pt a number to call ("0225 3 842
 * 113") has digits about 2.3 mm tall, at 8 pt 2 mm, below what large-print guidance asks and
 * already the least a reader with reading glasses reads at arm's length. So the flyer never goes
 * below it: past the floor it gains room by smaller gaps (SCALES down to 0.5, the text staying
 * at 9 pt and the title at MIN_TITLE) and by setting short lines of its lists two to a row
 * (`paired`), and only then refuses, naming what takes the room.
 */
const MIN_SIZE = 9;
/** The title's own floor: at the smallest scales it stays a headline, larger than the text. */
const MIN_TITLE = 12;
const scaledStyles = new Map<StyleName, Map<number, TextStyle>>();

/**
 * A style at scale `s`, the same object for the same scale: the fit tries the same few scales for
 * every group, and a style seen before finds its broken lines by its key at once (a new object a
 * call made that key again, ~1 % of a build's CPU in styleKey).
 */
const scaled = (name: StyleName, s: number): TextStyle => {
  let byScale = scaledStyles.get(name);
  if (!byScale) {
    byScale = new Map();
    scaledStyles.set(name, byScale);
  }
  let style = byScale.get(s);
  if (!style) {
    if (byScale.size > 512) byScale.clear();
    style = {
      ...S[name],
      size: Math.max(name === 'title' ? MIN_TITLE : MIN_SIZE, S[name].size * s),
    };
    byScale.set(s, style);
  }
  return style;
};

/** What each piece is in a tagged PDF: the title a heading (H1), headings H2, the rest paragraphs. */
const TAG: Partial<Record<StyleName, StructureType>> = { title: 'H1', heading: 'H2' };

/**
 * How far each list's text stands from its markers: MARKER_W, or more when a marker is wider
 * ("10." of a tenth step ran into its text and wrapped its period onto the next line). One
 * indent for the whole list, so its texts stay aligned.
 */
function markerIndents(surface: Surface, list: Piece[], s: number): Map<string, number> {
  const indents = new Map<string, number>();
  for (const p of list) {
    if (!p.marker) continue;
    const wide = widestLine(surface, [{ text: p.marker }], scaled(p.style, s), Infinity);
    const need = Math.max(MARKER_W * s, wide + MARKER_GAP * s);
    indents.set(p.section, Math.max(indents.get(p.section) ?? 0, need));
  }
  return indents;
}

/** Draws (or, with `draw` false, only measures) the flowing parts in a column; returns their height. */
function flowPieces(
  surface: Surface,
  list: Piece[],
  s: number,
  col: Col,
  draw: boolean,
  spread = 0,
): number {
  const { y } = col;
  let h = 0;
  const indents = markerIndents(surface, list, s);
  const pad = BOX_PAD * s;
  if (!draw) {
    // Measuring (the fit's many rounds) in a loop, not a closure made per call, which lost its
    // optimised code at every full collection (bench/results.md "## scale: code compiled once").
    for (let i = 0; i < list.length; i++) {
      const shown = list[i] as Piece;
      h += shown.gap * s + spread * spreadWeight(shown, i);
      if (shown.picture) {
        h += pictureHeight(surface, shown, s, col.w);
        continue;
      }
      const box = boxEdges(list, i);
      if (box.opens) h += pad;
      const w = shown.boxed ? col.w - 2 * pad : col.w;
      const { p, style } = shownPiece(surface, shown, s, w);
      const indent = p.marker ? (indents.get(p.section) ?? MARKER_W * s) : 0;
      h += p.beside
        ? paragraphHeight(surface, p.runs, style, halfOf(w) - indent)
        : paragraphHeight(surface, p.runs, style, w - indent);
      if (p.ruleAfter) h += 2;
      if (box.closes) h += pad;
    }
    return h;
  }
  let boxTop = 0;
  const piece = (shown: Piece, i: number) => {
    h += shown.gap * s + spread * spreadWeight(shown, i);
    if (shown.picture) {
      h += drawPicture(surface, shown, shown.picture, s, col, y + h);
      return;
    }
    const box = boxEdges(list, i);
    if (box.opens) {
      boxTop = h;
      h += pad;
    }
    const x = shown.boxed ? col.x + pad : col.x;
    const w = shown.boxed ? col.w - 2 * pad : col.w;
    const { p, style } = shownPiece(surface, shown, s, w);
    const indent = p.marker ? (indents.get(p.section) ?? MARKER_W * s) : 0;
    if (p.beside) {
      // Two lines of a list in one row, each in its half: the left, then the right.
      const half = halfOf(w);
      const left = drawItem(surface, p, style, x, y + h, half, indent);
      const right = drawItem(surface, p.beside, style, x + w - half, y + h, half, indent);
      h += Math.max(left, right);
    } else h += drawItem(surface, p, style, x, y + h, w, indent);
    if (box.closes) {
      h += pad;
      const top = boxTop;
      tagged(surface, 'Artifact', () =>
        surface.strokeRect([col.x, y + top, col.w, h - top], BOX_LINE, ACCENT),
      );
    }
    if (p.ruleAfter) {
      tagged(surface, 'Artifact', () =>
        surface.strokeLine(col.x, y + h + 2, col.x + col.w, y + h + 2, 0.6, ACCENT),
      );
      h += 2;
    }
  };
  // A tagged PDF: a section's marked lines are a list (L), each an item (LI) whose marker is its
  // label (Lbl) and its text the body (LBody). Measuring opens no element.
  taggedLists(surface, list, (p) => (p.marker ? p.section : undefined), piece);
  return h;
}

/** The map's printed size at scale `s` in a column `w` wide (layout/picture-fit.ts). */
const pictureSize = (picture: FlyerPicture, s: number, w: number) =>
  pictureBox(picture.size, w, PICTURE_MAX_MM * MM * s);

/** The height of the map with its caption under it. */
function pictureHeight(surface: Surface, p: Piece, s: number, w: number): number {
  const [, ph] = pictureSize(p.picture as FlyerPicture, s, w);
  if (p.runs.length === 0) return ph;
  return ph + PICTURE_CAPTION_GAP * s + paragraphHeight(surface, p.runs, scaled(p.style, s), w);
}

/** The map centred in the column at `top`, its caption under it; their height. */
function drawPicture(
  surface: Surface,
  p: Piece,
  picture: FlyerPicture,
  s: number,
  col: Col,
  top: number,
): number {
  const [pw, ph] = pictureSize(picture, s, col.w);
  tagged(
    surface,
    'Figure',
    () => surface.image(picture.png, [col.x + (col.w - pw) / 2, top, pw, ph]),
    picture.alt,
  );
  if (p.runs.length === 0) return ph;
  const at = top + ph + PICTURE_CAPTION_GAP * s;
  const caption = tagged(surface, 'P', () =>
    drawParagraph(surface, p.runs, scaled(p.style, s), col.x, at, col.w),
  );
  return ph + PICTURE_CAPTION_GAP * s + caption;
}

/** One line of the flyer (a list's item with its marker) drawn at (x, y), `w` wide; its height. */
function drawItem(
  surface: Surface,
  p: Piece,
  style: TextStyle,
  x: number,
  y: number,
  w: number,
  indent: number,
): number {
  const { marker } = p;
  if (marker === undefined)
    return tagged(surface, TAG[p.style] ?? 'P', () =>
      drawParagraph(surface, p.runs, style, x, y, w),
    );
  return tagged(surface, 'LI', () => {
    tagged(surface, 'Lbl', () => drawParagraph(surface, [{ text: marker }], style, x, y, indent));
    return tagged(surface, 'LBody', () =>
      drawParagraph(surface, p.runs, style, x + indent, y, w - indent),
    );
  });
}

/** Room between two lines of a list set side by side. */
const PAIR_GAP = 5 * MM;
const halfOf = (w: number) => (w - PAIR_GAP) / 2;

/**
 * Lists whose short lines may share a row when the flyer is full: the numbers to call ("Công an
 * phường: 0225 3 842 113" beside "Trạm Y tế: 0225 3 842 115"), what to bring, the prizes. Each
 * line is short, stands alone and reads left then right, row by row (the prizes' "01", "02", "03"
 * keep their order when "03 giải ba" stands alone under "01 giải nhất"); a line that would wrap
 * in half the width keeps the whole row (a number is never broken: kept-tokens.ts).
 */
const PAIRED = new Set(['hotlines', 'bring', 'prize-individual']);

/** Whether list line `p` of `section` fits on one line in half the width at scale `s`. */
function fitsHalf(
  surface: Surface,
  p: Piece | undefined,
  section: string,
  s: number,
  col: Col,
  indents: Map<string, number>,
): boolean {
  if (!p || p.section !== section) return false;
  const w = halfOf(p.boxed ? col.w - 2 * BOX_PAD * s : col.w);
  const indent = p.marker ? (indents.get(p.section) ?? MARKER_W * s) : 0;
  const style = scaled(p.style, s);
  return paragraphHeight(surface, p.runs, style, w - indent) <= lineHeight(style) + 0.01;
}

/**
 * Lists read in order (the prizes, "01 giải nhất" to "05 giải khuyến khích"): set two to a row
 * only all together, when `whole` is asked. Some paired and some not, the ranks read "01 | 02",
 * then "03", then "05" under the left column, a grid broken halfway (look: examples/hai-phong
 * with two things to bring and three numbers to call).
 */
const ORDERED = new Set(['prize-individual']);

/**
 * How far pairing goes (planFlyer tries them in this order): none; every list's pairs, but an
 * ORDERED list only when all its lines pair; then every pair that fits.
 */
type Pairing = 'none' | 'whole' | 'any';

/**
 * The list with two short lines of a PAIRED list set in one row wherever both fit on one line in
 * half the width at scale `s`: what the flyer does, before refusing, when its text does not fit
 * even in its smallest type. With `whole`, an ORDERED list pairs only when all its lines do.
 */
function paired(
  surface: Surface,
  list: readonly Piece[],
  s: number,
  col: Col,
  pairing: Pairing = 'any',
): Piece[] {
  if (pairing === 'none') return [...list];
  const indents = markerIndents(surface, [...list], s);
  const kept = new Set<string>();
  if (pairing === 'whole')
    for (const name of ORDERED) {
      const lines = list.filter((p) => p.section === name);
      if (lines.some((p) => !fitsHalf(surface, p, name, s, col, indents))) kept.add(name);
    }
  const out: Piece[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i] as Piece;
    const next = list[i + 1];
    if (
      PAIRED.has(p.section) &&
      !kept.has(p.section) &&
      fitsHalf(surface, p, p.section, s, col, indents) &&
      fitsHalf(surface, next, p.section, s, col, indents)
    ) {
      out.push({ ...p, beside: next });
      i++;
    } else out.push(p);
  }
  return out;
}

/** A piece as drawn at scale `s`: a title with its quoted name kept whole (titleKept). */
function shownPiece(surface: Surface, shown: Piece, s: number, w: number) {
  const kept =
    shown.style === 'title' ? titleKept(surface, shown, scaled(shown.style, s), w) : undefined;
  return {
    p: kept ? { ...shown, runs: kept.runs } : shown,
    style: kept?.style ?? scaled(shown.style, s),
  };
}

/** How much smaller a title may be set to keep a quoted name on one line. */
const TITLE_KEPT_SCALES = [1, 0.95, 0.9, 0.85];

type TextPiece = { runs: Run[]; style: TextStyle };

/**
 * The title with a quoted name kept on one line ('Lớp "Bình dân học vụ số" ⏎ cho người cao tuổi',
 * not '… học vụ ⏎ số" …', qa8 K4) when that takes no more lines, at up to 15 % smaller type;
 * else as it is.
 */
function titleKept(surface: Surface, p: Piece, style: TextStyle, w: number): TextPiece {
  const runs = keepQuoted(p.runs);
  if (runs.every((r, i) => r === p.runs[i])) return { runs: p.runs, style };
  const height = paragraphHeight(surface, p.runs, style, w);
  // A little smaller when the kept name needs it: a title of two lines stays two.
  for (const k of TITLE_KEPT_SCALES) {
    const smaller = k === 1 ? style : { ...style, size: style.size * k };
    if (paragraphHeight(surface, runs, smaller, w) <= height) return { runs, style: smaller };
  }
  return { runs: p.runs, style };
}

/** A code's caption with its address, as a line of text: a link the foot has no room to show as a code. */
function linkLine(code: QrCode): Run[] {
  const caption = code.caption.flat();
  const address: Run = { text: readableUrl(code.url), link: code.url };
  return caption.length > 0 ? [...caption, { text: ': ' }, address] : [address];
}

/** What is printed under a code set beside another, `w` wide: its caption, then its address. */
const underCode = (surface: Surface, code: QrCode, w: number): [Run[], TextStyle][] => [
  ...code.caption.map((runs): [Run[], TextStyle] => [runs, S.qrUnder]),
  [linkRuns(surface.measure, code.url, S.qrUnderUrl, w), S.qrUnderUrl],
];

/**
 * The foot of a flyer, planned before anything is drawn. One code sits at the right, its caption,
 * its address and the support lines beside it; two (an app's two stores, two links) sit side by
 * side in the middle, each caption under its code, the support lines under both.
 */
function footOf(surface: Surface, sections: Sections, codes: QrCode[], cw: number) {
  const where = { document: msg`flyer`, file: sections.file };
  const under = codes.length > 1;
  const room = under ? (cw - CODE_GAP) / codes.length : MAX_QR_MM * MM;
  const sides = codes.map((c) =>
    Math.max(MIN_QR_MM * MM, qrSideWithin(c.url, HAND_MODULE, room, where)),
  );
  const qr = Math.max(0, ...sides);
  const codesW = codes.length === 0 ? 0 : codes.length * qr + (codes.length - 1) * CODE_GAP;
  const codesX = under ? (cw - codesW) / 2 : cw - codesW;
  const textW = codes.length === 1 ? cw - codesW - 4 * MM : cw;
  const captionH = under
    ? Math.max(
        0,
        ...codes.map((c) =>
          underCode(surface, c, qr).reduce(
            (t, [runs, st]) => t + paragraphHeight(surface, runs, st, qr),
            0,
          ),
        ),
      )
    : 0;
  const codesH = codes.length === 0 ? 0 : qr + (under ? 1 * MM + captionH : 0);
  const texts: { runs: Run[]; style: TextStyle }[] = [];
  const [only] = codes;
  if (only && !under) {
    for (const runs of only.caption) texts.push({ runs, style: S.qrCaption });
    texts.push({ runs: linkRuns(surface.measure, only.url, S.qrUrl, textW), style: S.qrUrl });
  }
  const supportFrom = texts.length;
  for (const runs of sections.lines('support')) texts.push({ runs, style: S.support });
  for (const runs of sections.lines('support-phone')) texts.push({ runs, style: S.supportPhone });
  const gapBeforeSupport = supportFrom > 0 && texts.length > supportFrom ? 4 * MM : 0;
  const textTop = under ? codesH + 3 * MM : 3 * MM;
  const textH =
    textTop +
    gapBeforeSupport +
    texts.reduce((t, { runs, style }) => t + paragraphHeight(surface, runs, style, textW), 0);
  const height = Math.max(codesH, textH);
  return { qr, codesX, textW, textTop, under, texts, supportFrom, gapBeforeSupport, height };
}

/**
 * Where the parts go: two codes at the foot when the text fits above them, else one (the other
 * then a line of text); the text at the largest size that fits. When none fits, even in the
 * smallest type (MIN_SIZE), the same again with short lines of a list two to a row (`paired`):
 * a flyer that fits as it is keeps its lists one a line. Undefined when nothing fits.
 */
function planFlyer(
  surface: Surface,
  sections: Sections,
  all: QrCode[],
  col: Col,
  bottom: number,
  picture?: FlyerPicture,
) {
  const asked: Fitting = { surface, sections, all, col, bottom, picture };
  const plan = keptFit(surface.measure, fitKey(asked), () => chooseFit(asked));
  if (!plan) return undefined;
  // The kept plan's own header lines (another group's, or these) give way to this group's.
  const list = [...headerPieces(sections)];
  for (const p of plan.list) if (p.section !== 'header') list.push(p);
  return { ...plan, list };
}

/** What planFlyer is asked to fit: the flyer's sections and codes, its column, its map. */
interface Fitting {
  surface: Surface;
  sections: Sections;
  all: QrCode[];
  col: Col;
  bottom: number;
  picture?: FlyerPicture;
}

/** planFlyer's tries, in order: the first that fits. */
function chooseFit({ surface, sections, all, col, bottom, picture }: Fitting) {
  for (const pairing of ['none', 'whole', 'any'] as const)
    for (const n of all.length > 1 ? [MAX_CODES, 1] : [MAX_CODES]) {
      const codes = all.slice(0, n);
      const foot = footOf(surface, sections, codes, col.w);
      const qrTop = bottom - foot.height;
      // The foot has a fixed place at the bottom; everything else must fit above it.
      const room = qrTop - 4 * MM - col.y;
      const lines = pieces(sections, all.slice(n).map(linkLine), picture);
      for (const s of SCALES) {
        const list = paired(surface, lines, s, col, pairing);
        // Its height too: drawFlyer spreads what room is left (the header's heights are in the key).
        const height = flowPieces(surface, list, s, col, false);
        if (height <= room) return { codes, foot, qrTop, room, list, s, height };
      }
    }
  return undefined;
}

/**
 * All that planFlyer's tries read (kept-fits.ts): the sections but the group's header
 * line, which reads only as its height at each scale (first in the flow, no marker, never paired
 * nor boxed), the codes, the column and the map.
 */
function fitKey({ surface, sections, all, col, bottom, picture }: Fitting): string {
  let heights = '';
  for (const runs of sections.lines('header')) {
    // A line that is one line in the largest type is one in every smaller type (its words'
    // widths shrink with the type, the column does not): one measure, not one a scale.
    const largest = SCALES[0] as number;
    if (layoutParagraph(surface, runs, scaled('header', largest), col.w).length === 1) {
      heights += '1;';
      continue;
    }
    for (const s of SCALES)
      heights += `${paragraphHeight(surface, runs, scaled('header', s), col.w)},`;
    heights += ';';
  }
  const map = picture ? `${pictureId(picture.png)}\u0000${picture.caption ?? ''}` : '';
  const urls = all.map((c) => c.url).join('\u0000');
  return `${col.y}|${col.w}|${bottom}|${map}|${heights}|${urls}|${sections.keyExcept(['header'])}`;
}

/** The sections before the first heading: the flyer's title part. */
const TOP = new Set(['header', 'kicker', 'title', 'dates', 'slogan', 'event']);

/**
 * Why a flyer does not fit, as the office can act on it: how much too long it is in its smallest
 * type with short lines paired (one code at the foot), and what each part of it takes — each
 * heading's part by the heading as printed ("Cần mang theo", "Số điện thoại cần biết"), its
 * lines and its height; the title part and any other lines as such.
 */
function overflow(
  surface: Surface,
  sections: Sections,
  all: QrCode[],
  col: Col,
  bottom: number,
  source: FlyerSource,
) {
  const n = Math.min(all.length, 1);
  const foot = footOf(surface, sections, all.slice(0, n), col.w);
  const room = bottom - foot.height - 4 * MM - col.y;
  const s = SCALES[SCALES.length - 1] as number;
  const list = paired(
    surface,
    pieces(sections, all.slice(n).map(linkLine), source.picture),
    s,
    col,
  );
  const over = flowPieces(surface, list, s, col, false) - room;
  const headOf = new Map<string, string>();
  for (const [heading, under] of Object.entries(UNDER))
    for (const name of [heading, ...under]) headOf.set(name, heading);
  const parts: { heading?: Piece; section: string; pieces: Piece[] }[] = [];
  for (const p of list) {
    const section = headOf.get(p.section) ?? (TOP.has(p.section) ? 'top' : 'other');
    let part = parts.find((q) => q.section === section);
    if (!part) {
      part = { section, pieces: [] };
      parts.push(part);
    }
    if (p.style === 'heading' && UNDER[p.section]) part.heading = p;
    else part.pieces.push(p);
  }
  const mm = (h: number) => Math.max(1, Math.round(h / MM));
  const fields: FieldAtFault[] = [];
  const said = parts.map((part) => {
    const height = mm(
      flowPieces(
        surface,
        part.heading ? [part.heading, ...part.pieces] : part.pieces,
        s,
        col,
        false,
      ),
    );
    // A row of two paired lines is two of the office's lines.
    const count = part.pieces.reduce((t, p) => t + (p.beside ? 2 : 1), 0);
    const field = part.heading ? CAMPAIGN_LIST[part.section]?.(source.ctx) : undefined;
    if (part.heading && field) {
      const line = source.campaign?.lineOf(field);
      // As many of its lines as make the room the flyer lacks, at what a line of it takes (less
      // when two share a row, more when a line wraps).
      const perLine = flowPieces(surface, part.pieces, s, col, false) / Math.max(1, count);
      const cut = Math.max(1, Math.min(count, Math.ceil(Math.max(0, over) / perLine)));
      fields.push({ field, line, height, cut });
      const at = line === undefined ? msg`field "${field}"` : msg`field "${field}", line ${line}`;
      return msg`"${plainText(part.heading.runs)}" (${at}): ${count} lines, ${height} mm`;
    }
    if (part.heading) return msg`"${plainText(part.heading.runs)}": ${count} lines, ${height} mm`;
    return part.section === 'top'
      ? msg`the title and the lines under it: ${height} mm`
      : msg`other lines: ${count} lines, ${height} mm`;
  });
  const lists = parts
    .filter(
      (part) =>
        part.heading && (part.section === 'bring-heading' || part.section === 'hotlines-heading'),
    )
    .map((part) => plainText((part.heading as Piece).runs));
  // The campaign's list taking the most room first: the one the error is said at.
  fields.sort((a, b) => b.height - a.height);
  return { over: mm(over), parts: said, lists, fields };
}

/** A campaign list the flyer prints, as the refusal names it: its field, line and lines to cut. */
interface FieldAtFault {
  field: string;
  line: number | undefined;
  height: number;
  cut: number;
}

/**
 * The campaign's own lists under the flyer's headings (the tool's template prints them so): a
 * flyer too long for its page because of them is said at their lines in the campaign file, not
 * at the template, which the office did not write (review: "templates/flyer.hbs" for 14
 * hotlines). A heading over something else (an office's own template) names no field.
 */
const CAMPAIGN_LIST: Record<string, (ctx: DocContext) => string | undefined> = {
  'hotlines-heading': (ctx) => (ctx.hotlines.length > 0 ? 'hotlines' : undefined),
  'bring-heading': (ctx) => ((ctx.bring ?? []).length > 0 ? 'bring' : undefined),
  'points-heading': (ctx) => ((ctx.points ?? []).length > 0 ? 'points' : undefined),
  'payment-heading': (ctx) => (ctx.payment ? 'payment' : undefined),
  'steps-heading': (ctx) => ((ctx.actions ?? []).length > 0 ? 'actions' : undefined),
  'prizes-heading': (ctx) => (ctx.contest?.prizes ? 'contest.prizes' : undefined),
  'eligible-heading': (ctx) =>
    (ctx.contest?.eligible ?? []).length > 0 ? 'contest.eligible' : undefined,
};

/** What the flyer knows of where its text came from: the group's context, the campaign file. */
export interface FlyerSource {
  ctx: DocContext;
  campaign?: RenderInput['campaign'];
  /** The campaign's map, prepared (`flyerPicture`). */
  picture?: FlyerPicture;
}

/**
 * The refusal of a flyer too long for its page, said where the office can act on it: at the
 * campaign's list that takes the most room (its file, field and line) when its lists are on the
 * flyer, each with the lines to cut; else at the template.
 */
function tooLong(
  sections: Sections,
  source: FlyerSource,
  { over, parts, lists, fields }: ReturnType<typeof overflow>,
): UserError {
  const text = msg`the flyer text does not fit on an A5 page, even in its smallest type (${MIN_SIZE} pt) with short lines two to a row: it is ${over} mm too long. What takes the room: ${joined(parts, '; ')}`;
  const [main] = fields;
  // The campaign's lists are at fault when cutting them can make the room: not when the rest
  // (an office's own template with a page of text) is too long already.
  if (main && fields.reduce((t, f) => t + f.height, 0) >= over) {
    const file = source.campaign?.file;
    // A list whose every line would not make room is no way out on its own (two actions of a
    // flyer 47 mm too long): the others are asked of, unless none would do alone.
    const enough = fields.filter((f) => f.height >= over);
    const asks = (enough.length > 0 ? enough : fields).map((f) =>
      f.line === undefined
        ? msg`"${f.field}": about ${f.cut} lines fewer`
        : msg`"${f.field}" at line ${f.line}: about ${f.cut} lines fewer`,
    );
    const where = file
      ? { file, field: main.field, ...(main.line === undefined ? {} : { line: main.line }) }
      : { field: main.field };
    const list = joined(asks, '; ');
    return new UserError(
      text,
      where,
      file
        ? msg`Shorten one of the campaign's lists in ${basename(file)}: ${list} (two short lines share a row); or the other parts. The flyer is ${over} mm too long.`
        : msg`Shorten one of the campaign's lists: ${list} (two short lines share a row); or the other parts. The flyer is ${over} mm too long.`,
    );
  }
  const [one, two] = lists;
  return new UserError(
    text,
    { file: sections.file },
    two !== undefined
      ? msg`Shorten "${one ?? ''}" or "${two}" (fewer lines, or shorter names: two short lines share a row), or the other parts, by at least ${over} mm.`
      : one !== undefined
        ? msg`Shorten "${one}" (fewer lines, or shorter lines: two short lines share a row), or the other parts, by at least ${over} mm.`
        : msg`Shorten the flyer's parts (fewer or shorter lines) by at least ${over} mm: the campaign texts it prints, or the flyer template.`,
  );
}

/** One flyer in the box (x, y, w, h) in points. */
export function drawFlyer(
  surface: Surface,
  sections: Sections,
  x: number,
  y: number,
  w: number,
  h: number,
  source: FlyerSource,
): void {
  // The template's "@@ qr" lines: the codes the foot has room for; any more are printed as
  // lines of text after the steps (label and address). A flyer whose text does not fit beside
  // two codes tries one.
  const all = qrCodes(sections, 'qr');
  const m = MARGIN_MM * MM;
  const col: Col = { x: x + m, y: y + m, w: w - 2 * m };
  const { x: cx, w: cw } = col;
  // A flyer with no room for the map even in its smallest type prints without it (said by
  // roomNotes): the notice's annex still has it.
  const plan =
    planFlyer(surface, sections, all, col, y + h - m, source.picture) ??
    (source.picture ? planFlyer(surface, sections, all, col, y + h - m) : undefined);
  if (!plan)
    throw tooLong(sections, source, overflow(surface, sections, all, col, y + h - m, source));
  const { codes, foot, qrTop, room, list, s, height } = plan;
  // Room still left at the largest size spreads the parts down the page (up to a limit).
  const weights = list.reduce((t, p, i) => t + spreadWeight(p, i), 0);
  const left = room - height;
  const spread = weights > 0 ? Math.min(MAX_SPREAD, Math.max(0, left) / weights) : 0;
  flowPieces(surface, list, s, col, true, spread);

  tagged(surface, 'Artifact', () =>
    surface.strokeLine(cx, qrTop - 2 * MM, cx + cw, qrTop - 2 * MM, 0.6, ACCENT),
  );
  codes.forEach((code, i) => {
    const qx = cx + foot.codesX + i * (foot.qr + CODE_GAP);
    drawQrFigure(surface, code, qx, qrTop, foot.qr);
    if (!foot.under) return;
    let cy = qrTop + foot.qr + 1 * MM;
    for (const [runs, style] of underCode(surface, code, foot.qr))
      cy += tagged(surface, 'P', () => drawParagraph(surface, runs, style, qx, cy, foot.qr));
  });
  let ty = qrTop + foot.textTop;
  foot.texts.forEach(({ runs, style }, i) => {
    if (i === foot.supportFrom) ty += foot.gapBeforeSupport;
    ty += tagged(surface, 'P', () => drawParagraph(surface, runs, style, cx, ty, foot.textW));
  });
}

/** The label fits the 20 mm between the two flyers' text (two short lines if need be). */
const CUT_LABEL_W = 18 * MM;

/**
 * The dashed cut line between the two flyers, with its label at its foot. Like everything on
 * the sheet it keeps 10 mm from the edges: office printers leave the outer 5 mm or so blank.
 */
function drawCutLine(surface: Surface, sections: Sections): void {
  const x = FLYER_GEOMETRY.cutXMm * MM;
  const H = PAGE_MM.height * MM;
  const m = MARGIN_MM * MM;
  surface.strokeLine(x, m, x, H - m, 0.7, '#444444', 4);
  const label = sections.lines('cut')[0];
  if (!label) return;
  const lw = Math.min(widestLine(surface, label, S.cut, CUT_LABEL_W), CUT_LABEL_W);
  const lh = paragraphHeight(surface, label, S.cut, lw);
  // At the foot of the line, between the two flyers' text. (Not at its head too: there it sat
  // between the two group headers, and copied text ran one header into the label and the other.)
  const top = H - m - lh;
  // A white patch interrupts the line so the label reads cleanly.
  surface.fillRects([[x - lw / 2 - 1 * MM, top, lw + 2 * MM, lh]], 'white');
  drawParagraph(surface, label, S.cut, x - lw / 2, top, lw);
}

/**
 * The map left out of the flyer for lack of room even in its smallest type (the flyer then prints
 * without it, drawFlyer): a warning at `assets.map`'s line. None when it fits, or when the flyer
 * does not fit even without it (its own refusal says so).
 */
async function pictureLeftOut(input: RenderInput): Promise<SectionNote[]> {
  const picture = await flyerPicture(input.ctx);
  if (!picture) return [];
  const surface = measuringSurface(input.fonts, flyer.pageSize());
  const { x, y, width, height } = FLYER_GEOMETRY.halvesMm[0] as (typeof FLYER_GEOMETRY.halvesMm)[0];
  const m = MARGIN_MM * MM;
  const col: Col = { x: x * MM + m, y: y * MM + m, w: width * MM - 2 * m };
  const bottom = (y + height) * MM - m;
  const all = qrCodes(input.sections, 'qr');
  if (planFlyer(surface, input.sections, all, col, bottom, picture)) return [];
  if (!planFlyer(surface, input.sections, all, col, bottom)) return [];
  return [
    {
      text: msg`the flyer has no room for the map, even in its smallest type: the flyer is printed without it (the notice prints it on its annex page)`,
      campaignField: 'assets.map',
      campaignLine: true,
      hint: msg`To have it on the flyer, shorten the flyer's lists (fewer or shorter lines), or use a wider, less tall picture.`,
    },
  ];
}

/** What drawFlyer knows of the campaign, for one group's render: its context, file and map. */
export async function flyerSource(input: RenderInput): Promise<FlyerSource> {
  return { ctx: input.ctx, campaign: input.campaign, picture: await flyerPicture(input.ctx) };
}

async function draw(surface: Surface, input: RenderInput): Promise<void> {
  const { sections } = input;
  const source = await flyerSource(input);
  surface.addPage();
  FLYER_GEOMETRY.halvesMm.forEach((half, i) => {
    const { x, y, width, height } = half;
    const one = () => drawFlyer(surface, sections, x * MM, y * MM, width * MM, height * MM, source);
    // A tagged PDF reads the flyer once: the second copy on the sheet is the same flyer, there
    // to be cut off and handed out; a screen reader user reading it twice (or finding two of
    // every heading when moving by headings) gains nothing. So it is an artifact, as is the cut
    // line with its label.
    if (i === 0) one();
    else tagged(surface, 'Artifact', one);
  });
  tagged(surface, 'Artifact', () => drawCutLine(surface, sections));
}

export const flyer: DocumentKind = {
  ...described('flyer'),
  template: 'flyer.hbs',
  family: 'sans',
  // A flyer tells residents what to do, or when and where to come (flyer-needs.ts): with neither
  // it is a headline on an empty page.
  needs: FLYER_NEEDS,
  printsMap: true,
  tagged: true,
  // draw adds one page, whatever the campaign: a flyer too long for it is refused.
  onePage: true,
  pageSize: () => [PAGE_MM.width * MM, PAGE_MM.height * MM],
  draw,
  roomNotes: async (input) => [
    ...missingListSections(input, 'flyer.hbs'),
    ...(await pictureLeftOut(input)),
  ],
};
