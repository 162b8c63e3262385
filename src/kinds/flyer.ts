/**
 * Kind "flyer": the campaign in brief (for a contest: what, when, who, prizes, how to join; the
 * QR code of the template's "@@ qr" line; the support phone) on an A5 portrait page. Office printers take A4, so one A4 landscape sheet
 * holds two identical flyers side by side with a dashed cut line between them.
 * In: the flyer template's sections and the group's context. Out: a one-page PDF.
 */
import { UserError } from '../errors.js';
import { drawParagraph, paragraphHeight, widestLine } from '../layout/draw-text.js';
import { drawQrFigure, HAND_MODULE, qrSideWithin, readableUrl } from '../layout/qr.js';
import { type StructureType, type Surface, tagged, taggedLists } from '../layout/surface.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import { msg } from '../messages/message.js';
import type { Run } from '../template/blocks.js';
import type { Sections } from '../template/sections.js';
import type { DocumentKind, RenderInput } from './kind.js';
import { qrCodes } from './qr-section.js';

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

/** Type of each part at full size; the flowing parts shrink together when a flyer overflows. */
const S = {
  header: { family: 'sans', size: 10, leading: 1.2, align: 'center', color: '#333333' },
  kicker: { family: 'sans', size: 11, leading: 1.2, align: 'center', bold: true, color: ACCENT },
  title: { family: 'sans', size: 20, leading: 1.15, align: 'center', bold: true, color: ACCENT },
  dates: { family: 'sans', size: 13.5, leading: 1.25, align: 'center', bold: true },
  heading: { family: 'sans', size: 12.5, leading: 1.25, align: 'left', bold: true, color: ACCENT },
  body: { family: 'sans', size: 10.5, leading: 1.25, align: 'left' },
  qrCaption: { family: 'sans', size: 10, leading: 1.25, align: 'left', bold: true },
  qrUrl: { family: 'sans', size: 9, leading: 1.25, align: 'left', color: '#333333' },
  support: { family: 'sans', size: 10, leading: 1.25, align: 'left' },
  supportPhone: { family: 'sans', size: 15, leading: 1.2, align: 'left' },
  cut: { family: 'sans', size: 9, leading: 1, align: 'center', color: '#444444' },
} satisfies Record<string, TextStyle>;
type StyleName = keyof typeof S;

/** Gaps above parts, in points at full size. */
const GAP = { line: 1.5, small: 3, section: 8, block: 6 };
const MARKER_W = 5 * MM;
/** Space between a marker and its list item's text, when the marker is wider than usual. */
const MARKER_GAP = 1.5 * MM;
/** Shrink steps tried, largest first, until the flowing parts fit above the QR block. */
const SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];

interface Piece {
  runs: Run[];
  style: StyleName;
  gap: number;
  marker?: string;
  ruleAfter?: boolean;
  /** The template section it comes from: a section's marked lines are one list. */
  section: string;
}

function pieces(sections: Sections): Piece[] {
  const out: Piece[] = [];
  const add = (name: string, style: StyleName, gap: number, marker?: (i: number) => string) =>
    sections.lines(name).forEach((runs, i) => {
      out.push({ runs, style, gap: i === 0 ? gap : GAP.line, marker: marker?.(i), section: name });
    });
  add('header', 'header', 0);
  const last = out[out.length - 1];
  if (last) last.ruleAfter = true;
  add('kicker', 'kicker', GAP.block);
  add('title', 'title', GAP.line);
  add('dates', 'dates', GAP.small);
  add('eligible-heading', 'heading', GAP.section);
  add('eligible', 'body', GAP.line, () => '•');
  add('prizes-heading', 'heading', GAP.section);
  add('prize-community', 'body', GAP.line);
  add('prize-individual-title', 'body', GAP.small);
  add('prize-individual', 'body', GAP.line, () => '•');
  add('steps-heading', 'heading', GAP.section);
  add('steps', 'body', GAP.line, (i) => `${i + 1}.`);
  return out;
}

type Col = { x: number; y: number; w: number };

/** Smallest type on the sheet: what a reader holding it reads without glasses. */
const MIN_SIZE = 9;
const scaled = (name: StyleName, s: number): TextStyle => ({
  ...S[name],
  size: Math.max(MIN_SIZE, S[name].size * s),
});

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
function flowPieces(surface: Surface, list: Piece[], s: number, col: Col, draw: boolean): number {
  const { x, y, w } = col;
  let h = 0;
  const indents = markerIndents(surface, list, s);
  const piece = (p: Piece) => {
    h += p.gap * s;
    const style = scaled(p.style, s);
    const indent = p.marker ? (indents.get(p.section) ?? MARKER_W * s) : 0;
    if (!draw) {
      h += paragraphHeight(surface, p.runs, style, w - indent);
      if (p.ruleAfter) h += 2;
      return;
    }
    if (p.marker) {
      const marker = [{ text: p.marker }];
      h += tagged(surface, 'LI', () => {
        tagged(surface, 'Lbl', () => drawParagraph(surface, marker, style, x, y + h, indent));
        return tagged(surface, 'LBody', () =>
          drawParagraph(surface, p.runs, style, x + indent, y + h, w - indent),
        );
      });
    } else {
      h += tagged(surface, TAG[p.style] ?? 'P', () =>
        drawParagraph(surface, p.runs, style, x, y + h, w),
      );
    }
    if (p.ruleAfter) {
      tagged(surface, 'Artifact', () =>
        surface.strokeLine(x, y + h + 2, x + w, y + h + 2, 0.6, ACCENT),
      );
      h += 2;
    }
  };
  // A tagged PDF: a section's marked lines are a list (L), each an item (LI) whose marker is its
  // label (Lbl) and its text the body (LBody). Measuring opens no element.
  if (draw) taggedLists(surface, list, (p) => (p.marker ? p.section : undefined), piece);
  else list.forEach(piece);
  return h;
}

/** One flyer in the box (x, y, w, h) in points. */
export function drawFlyer(
  surface: Surface,
  sections: Sections,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  // The template's "@@ qr" line: the one code a flyer has room for (none: no code).
  const [code] = qrCodes(sections, 'qr', 1);
  const m = MARGIN_MM * MM;
  const col: Col = { x: x + m, y: y + m, w: w - 2 * m };
  const { x: cx, w: cw } = col;
  const qr = code
    ? Math.max(
        MIN_QR_MM * MM,
        qrSideWithin(code.url, HAND_MODULE, MAX_QR_MM * MM, {
          document: msg`flyer`,
          file: sections.file,
        }),
      )
    : MIN_QR_MM * MM;
  const qrTop = y + h - m - qr;
  // The QR block has a fixed place at the bottom; everything else must fit above it.
  const room = qrTop - 4 * MM - col.y;
  const list = pieces(sections);
  const s = SCALES.find((k) => flowPieces(surface, list, k, col, false) <= room);
  if (s === undefined)
    throw new UserError(
      msg`the flyer text does not fit on an A5 page, even in smaller type`,
      { file: sections.file },
      msg`Shorten the flyer template or the contest texts it prints.`,
    );
  flowPieces(surface, list, s, col, true);

  tagged(surface, 'Artifact', () =>
    surface.strokeLine(cx, qrTop - 2 * MM, cx + cw, qrTop - 2 * MM, 0.6, ACCENT),
  );
  if (code) drawQrFigure(surface, code, cx + cw - qr, qrTop, qr);
  const tw = code ? cw - qr - 4 * MM : cw;
  let ty = qrTop + 3 * MM;
  const put = (runs: Run[], st: TextStyle) => {
    ty += tagged(surface, 'P', () => drawParagraph(surface, runs, st, cx, ty, tw));
  };
  if (code) {
    for (const runs of code.caption) put(runs, S.qrCaption);
    put([{ text: readableUrl(code.url), link: code.url }], S.qrUrl);
    ty += 4 * MM;
  }
  for (const runs of sections.lines('support')) put(runs, S.support);
  for (const runs of sections.lines('support-phone')) put(runs, S.supportPhone);
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

function draw(surface: Surface, input: RenderInput): void {
  const { sections } = input;
  surface.addPage();
  FLYER_GEOMETRY.halvesMm.forEach((half, i) => {
    const one = () =>
      drawFlyer(surface, sections, half.x * MM, half.y * MM, half.width * MM, half.height * MM);
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
  name: 'flyer',
  template: 'flyer.hbs',
  family: 'sans',
  // A flyer tells residents what to do: with no step (no contest, no action) it is a headline
  // on an empty page.
  needs: 'steps',
  tagged: true,
  pageSize: () => [PAGE_MM.width * MM, PAGE_MM.height * MM],
  draw,
};
