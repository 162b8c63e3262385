/**
 * Kind "checklist": an A4 sheet a participant ticks off — the steps (of the contest, or the
 * campaign's actions) and the rules that make an entry valid, each beside an empty box — with
 * the codes of what a step asks for ("@@ start-qr": the contest's page, the app's store codes;
 * "@@ step-qr": a link the step names, a registration form) at that step, the QR codes the template's "@@ qr" section names, and the support phone. The
 * group's header is on every page.
 * In: the checklist template's sections and the group's context. Out: a PDF (one page for the
 * example campaign; longer lists flow onto more pages).
 */

import { UserError } from '../errors.js';
import { drawParagraph, paragraphHeight, widestLine } from '../layout/draw-text.js';
import { Flow } from '../layout/flow.js';
import { drawKeptDocument } from '../layout/kept-document.js';
import { linkRuns } from '../layout/link-lines.js';
import { drawQrFigure, evenOuterSides, HAND_MODULE, qrSide, qrSideWithin } from '../layout/qr.js';
import { type Surface, tagged } from '../layout/surface.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import { msg } from '../messages/message.js';
import type { Run } from '../template/blocks.js';
import type { Sections } from '../template/sections.js';
import type { DocumentKind, RenderInput, SectionNote } from './kind.js';
import { missingListSections } from './list-sections.js';
import { described } from './names.js';
import { type QrCode, qrCodeOfLine, qrCodes } from './qr-section.js';

const ACCENT = '#0b4f8a';
const A4: [number, number] = [210 * MM, 297 * MM];
const MARGIN = { top: 24 * MM, bottom: 16 * MM, left: 20 * MM, right: 20 * MM };
const CONTENT_W = A4[0] - MARGIN.left - MARGIN.right;
const HEADER_TOP = 10 * MM;
const BOX = 5 * MM;
const BOX_GAP = 4 * MM;
/** Read in hand: ≥ 30 mm across, quiet zone included; larger when a link needs more modules. */
const MIN_QR = 30 * MM;
/** Codes per row: three codes with their captions fill the text width. */
const QR_PER_ROW = 3;
const CELL_W = CONTENT_W / QR_PER_ROW;
/** The least room a start code leaves its caption beside it. */
const START_CAPTION_W = 36 * MM;

/** Side of the code of `url`: as large as its modules need at a hand's reading distance. */
function qrSizeOf(url: string, file: string, room = CELL_W - 2 * MM): number {
  const side = qrSideWithin(url, HAND_MODULE, room, { document: msg`checklist`, file });
  return Math.max(MIN_QR, side);
}

/**
 * The outer side of each code of a row (quiet zone included): one symbol size, the largest one's
 * (qa10 Q10: layout/qr.ts evenOuterSides).
 */
function evenSides(urls: readonly string[], file: string, room?: number): number[] {
  return evenOuterSides(urls, (u) => qrSizeOf(u, file, room));
}

const S = {
  header: { family: 'sans', size: 9.5, leading: 1.2, align: 'left', color: '#333333' },
  title: { family: 'sans', size: 20, leading: 1.2, align: 'center', bold: true, color: ACCENT },
  subtitle: { family: 'sans', size: 11, leading: 1.3, align: 'center' },
  /** When and where: the facts a household keeps, at the steps' size or over (qa8 K7). */
  event: { family: 'sans', size: 13, leading: 1.3, align: 'center' },
  field: { family: 'sans', size: 11.5, leading: 1.2, align: 'left' },
  heading: { family: 'sans', size: 13, leading: 1.25, align: 'left', bold: true, color: ACCENT },
  note: { family: 'sans', size: 10, leading: 1.25, align: 'left', color: '#333333' },
  item: { family: 'sans', size: 12, leading: 1.3, align: 'left' },
  qrCaption: { family: 'sans', size: 10, leading: 1.2, align: 'center' },
  qrUrl: { family: 'sans', size: 9, leading: 1.2, align: 'center', color: '#333333' },
  startCaption: { family: 'sans', size: 12, leading: 1.3, align: 'left' },
  startUrl: { family: 'sans', size: 9, leading: 1.2, align: 'left', color: '#333333' },
  phone: { family: 'sans', size: 12, leading: 1.3, align: 'center' },
} satisfies Record<string, TextStyle>;

/** Positions in mm from the page's top-left corner, for tests (and readers of the code). */
export interface ChecklistGeometry {
  tickBoxesMm: { page: number; x: number; y: number; size: number }[];
  qrMm: { page: number; x: number; y: number; size: number; url: string }[];
}

const toMm = (v: number) => v / MM;

/** What a screen reader says for an empty tick box (a list item's label). */
const TICK_BOX = '☐';

/**
 * The group's header on every page. A tagged PDF reads it once, on the first page, as a paragraph;
 * on later pages it is page furniture (an artifact), as is the rule under it.
 */
function drawHeader(surface: Surface, header: Run[][], page: number): void {
  let y = HEADER_TOP;
  tagged(surface, page === 1 ? 'P' : 'Artifact', () => {
    for (const runs of header)
      y += drawParagraph(surface, runs, S.header, MARGIN.left, y, CONTENT_W);
  });
  tagged(surface, 'Artifact', () =>
    surface.strokeLine(MARGIN.left, y + 1.5 * MM, A4[0] - MARGIN.right, y + 1.5 * MM, 0.6, ACCENT),
  );
}

/** "Họ và tên: ……" — a label and a dotted line to write on. */
function drawFields(flow: Flow, fields: Run[][]): void {
  const { surface } = flow;
  for (const label of fields) {
    const h = paragraphHeight(surface, label, S.field, CONTENT_W) + 4 * MM;
    flow.keepTogether(h, (x, y) => {
      tagged(surface, 'P', () => drawParagraph(surface, label, S.field, x, y + 2 * MM, CONTENT_W));
      const lw = widestLine(surface, label, S.field, CONTENT_W) + 2 * MM;
      const base = y + 2 * MM + S.field.size * S.field.leading - 1;
      tagged(surface, 'Artifact', () =>
        surface.strokeLine(x + lw, base, x + CONTENT_W, base, 0.6, '#555555', 1),
      );
    });
  }
}

function heading(flow: Flow, runs: Run[][], sections: Sections, note?: string): void {
  const style = S.heading;
  const noteRuns = note && sections.has(note) ? sections.lines(note) : [];
  const after = noteRuns.length * S.note.size * S.note.leading + S.item.size * S.item.leading * 2;
  const { surface } = flow;
  for (const r of runs)
    tagged(surface, 'H2', () =>
      flow.paragraph(r, style, { spaceBefore: 6 * MM, keepWithNext: after }),
    );
  for (const r of noteRuns)
    tagged(surface, 'P', () => flow.paragraph(r, S.note, { spaceAfter: 1 * MM }));
  flow.skip(2 * MM);
}

/**
 * Items each with an empty tick box to the left of its first line. A tagged PDF reads them as a
 * list (L) of items (LI), each box the item's label (Lbl, read as an empty ballot box) and its
 * text the body (LBody).
 */
function tickList(flow: Flow, items: Run[][], geo: ChecklistGeometry): void {
  if (items.length === 0) return;
  tagged(flow.surface, 'L', () => {
    for (const runs of items) tagged(flow.surface, 'LI', () => tickItem(flow, runs, geo));
  });
}

function tickItem(flow: Flow, runs: Run[], geo: ChecklistGeometry): void {
  const { surface } = flow;
  const textW = CONTENT_W - BOX - BOX_GAP;
  const lineH = S.item.size * S.item.leading;
  const h = Math.max(paragraphHeight(surface, runs, S.item, textW), BOX);
  flow.keepTogether(h + 3 * MM, (x, y) => {
    const by = y + (lineH - BOX) / 2;
    tagged(surface, 'Lbl', () => surface.strokeRect([x, by, BOX, BOX], 1, 'black'), TICK_BOX);
    geo.tickBoxesMm.push({
      page: flow.pageNumber,
      x: toMm(x),
      y: toMm(by),
      size: toMm(BOX),
    });
    tagged(surface, 'LBody', () =>
      drawParagraph(surface, runs, S.item, x + BOX + BOX_GAP, y, textW),
    );
  });
}

/**
 * The template's "@@ qr" codes, three to a row, each with its caption and short link under it; a
 * code too large for a third of the width (a long link: a prefilled Google Forms address of 148
 * characters needs 57 mm at a hand's module) shares its row with one other code, or has it alone
 * (qa20: it stopped every group's checklist).
 */
function qrRows(flow: Flow, codes: readonly QrCode[], geo: ChecklistGeometry, file: string): void {
  for (let i = 0; i < codes.length; ) {
    const perRow = rowCount(codes.slice(i, i + QR_PER_ROW));
    const row = codes.slice(i, i + perRow);
    qrRow(flow, row, perRow, geo, file);
    i += row.length;
  }
}

/**
 * How many of the next codes share a row, in cells of a third of the width (one or two codes
 * centred in them, as always) unless a code needs more: then the most whose codes fit a half, or
 * a whole, of the width.
 */
function rowCount(next: readonly QrCode[]): number {
  const fits = (n: number, codes: readonly QrCode[]) =>
    codes.every((c) => qrSide(c.url, HAND_MODULE) <= CONTENT_W / n - 2 * MM + 0.01);
  if (fits(QR_PER_ROW, next.slice(0, QR_PER_ROW))) return QR_PER_ROW;
  for (let n = Math.min(QR_PER_ROW, next.length) - 1; n > 1; n--)
    if (fits(n, next.slice(0, n))) return n;
  return 1;
}

function qrRow(
  flow: Flow,
  cells: readonly QrCode[],
  perRow: number,
  geo: ChecklistGeometry,
  file: string,
): void {
  const { surface } = flow;
  const cellW = CONTENT_W / perRow;
  const sides = evenSides(
    cells.map((c) => c.url),
    file,
    cellW - 2 * MM,
  );
  const QR = Math.max(...sides);
  const textW = cellW - 4 * MM;
  const captionOf = (c: QrCode) => [
    ...c.caption.map((runs) => ({ runs, style: S.qrCaption })),
    { runs: linkRuns(surface.measure, c.url, S.qrUrl, textW), style: S.qrUrl },
  ];
  const captionH = Math.max(
    0,
    ...cells.map((c) =>
      captionOf(c).reduce((s, p) => s + paragraphHeight(surface, p.runs, p.style, textW), 0),
    ),
  );
  flow.keepTogether(QR + 2 * MM + captionH, (x, y) => {
    const offset = ((perRow - cells.length) * cellW) / 2;
    cells.forEach((c, i) => {
      const cx = x + offset + i * cellW;
      const side = sides[i] ?? QR;
      const qx = cx + (cellW - side) / 2;
      // Codes of one row end level, so their captions start on one line.
      const qy = y + QR - side;
      drawQrFigure(surface, c, qx, qy, side);
      geo.qrMm.push({
        page: flow.pageNumber,
        x: toMm(qx),
        y: toMm(qy),
        size: toMm(side),
        url: c.url,
      });
      let cy = y + QR + 1 * MM;
      for (const p of captionOf(c))
        cy += tagged(surface, 'P', () =>
          drawParagraph(surface, p.runs, p.style, cx + 2 * MM, cy, textW),
        );
    });
  });
}

/**
 * A step's codes two abreast when each fits its half beside its caption, else one a row (two
 * long links, a prefilled form's among them, stopped every group's checklist: review); more
 * than two (an office's own "step-qr" lines) one a row.
 */
function sideBySide(codes: readonly QrCode[]): QrCode[][] {
  const room = CONTENT_W / 2 - START_CAPTION_W;
  const fit =
    codes.length < 2 ||
    (codes.length === 2 && codes.every((c) => qrSide(c.url, HAND_MODULE) <= room + 0.01));
  return fit ? [[...codes]] : codes.map((c) => [c]);
}

/**
 * The codes of what a step asks for (the contest's page; the app's two store codes), beside the
 * steps: side by side, each code on the left of its cell, its caption and address on its right,
 * level with its middle.
 */
function startCodes(
  flow: Flow,
  codes: readonly QrCode[],
  geo: ChecklistGeometry,
  file: string,
): void {
  const { surface } = flow;
  const cellW = CONTENT_W / codes.length;
  const roomOf = codes.length === 1 ? CONTENT_W / 2 : cellW - START_CAPTION_W;
  // Side by side, the store codes print one size (evenSides).
  const sides = evenSides(
    codes.map((c) => c.url),
    file,
    roomOf,
  );
  const cells = codes.map((code, i) => {
    // Alone: up to half the width; two: what a store link needs (44 mm), leaving its caption
    // 30 mm beside it.
    const side = sides[i] ?? qrSizeOf(code.url, file, roomOf);
    const textX = side + 4 * MM;
    const textW = cellW - textX - (codes.length > 1 ? 2 * MM : 0);
    const parts = [
      ...code.caption.map((runs) => ({ runs, style: S.startCaption })),
      { runs: linkRuns(surface.measure, code.url, S.startUrl, textW), style: S.startUrl },
    ];
    const textH = parts.reduce((h, p) => h + paragraphHeight(surface, p.runs, p.style, textW), 0);
    return { code, side, textX, textW, parts, textH };
  });
  const h = Math.max(...cells.map((c) => Math.max(c.side, c.textH)));
  flow.keepTogether(h + 3 * MM, (x0, y) => {
    cells.forEach((c, i) => {
      const x = x0 + i * cellW;
      const qy = y + (h - c.side) / 2;
      drawQrFigure(surface, c.code, x, qy, c.side);
      geo.qrMm.push({
        page: flow.pageNumber,
        x: toMm(x),
        y: toMm(qy),
        size: toMm(c.side),
        url: c.code.url,
      });
      let ty = y + (h - c.textH) / 2;
      for (const p of c.parts)
        ty += tagged(surface, 'P', () =>
          drawParagraph(surface, p.runs, p.style, x + c.textX, ty, c.textW),
        );
    });
  });
}

/**
 * How many steps come before the start codes: the first number of "@@ start-qr-after" (the
 * template's count of the steps before the one that asks to install the app); none without it.
 */
function stepsBeforeCodes(sections: Sections, steps: number): number {
  if (!sections.has('start-qr-after')) return 0;
  const n = Number(/\d+/.exec(sections.text('start-qr-after'))?.[0] ?? 0);
  return Math.min(n, steps);
}

/**
 * The codes of "@@ step-qr" by the number of the step they go under: each line the step's number
 * as printed, then the address and caption as "@@ qr" has them; two at most a step.
 */
function stepCodesOf(sections: Sections, steps: number): Map<number, QrCode[]> {
  const byStep = new Map<number, QrCode[]>();
  if (!sections.has('step-qr')) return byStep;
  for (const line of sections.text('step-qr').split('\n')) {
    const given = /^\s*(\d+)\.?\s+(\S.*)$/.exec(line);
    if (!given) {
      if (!line.trim()) continue;
      // Never dropped unsaid: a code with no step to go under is the template's mistake.
      throw new UserError(
        msg`the "step-qr" line "${line.trim()}" gives no step number, so its code has no step to go under`,
        { file: sections.file, field: 'step-qr' },
        msg`Begin the line with the number of the step the code goes under, e.g. "1. https://… Caption".`,
      );
    }
    const step = Math.min(Math.max(Number(given[1]), 0), steps);
    // Any number a step: sideBySide sets them two abreast, or one a row.
    byStep.set(step, [
      ...(byStep.get(step) ?? []),
      qrCodeOfLine(given[2] ?? '', sections, 'step-qr'),
    ]);
  }
  return byStep;
}

/** Lays the checklist out on `surface` (pages are added as needed); returns where boxes and codes went. */
export function drawChecklist(
  surface: Surface,
  sections: Sections,
  furniture = true,
): ChecklistGeometry {
  const geo: ChecklistGeometry = { tickBoxesMm: [], qrMm: [] };
  const header = sections.lines('header');
  const flow = new Flow(
    surface,
    { left: MARGIN.left, top: MARGIN.top, width: CONTENT_W, bottom: A4[1] - MARGIN.bottom },
    (page) => {
      if (furniture) drawHeader(surface, header, page);
    },
  );
  for (const r of sections.lines('title')) tagged(surface, 'H1', () => flow.paragraph(r, S.title));
  flow.skip(1 * MM);
  for (const r of sections.lines('subtitle'))
    tagged(surface, 'P', () => flow.paragraph(r, S.subtitle));
  // Optional: an office's own older checklist has no "event" (its subtitle may say them).
  const event = sections.has('event') ? sections.lines('event') : [];
  if (event.length > 0) flow.skip(1.5 * MM);
  for (const r of event) tagged(surface, 'P', () => flow.paragraph(r, S.event));
  flow.skip(4 * MM);
  drawFields(flow, sections.lines('fields'));
  heading(flow, sections.lines('steps-heading'), sections, 'steps-note');
  const starts = qrCodes(sections, 'start-qr', 2);
  const steps = sections.lines('steps');
  // The codes under each step: the start codes after their step count (0: before step 1), then
  // the codes of the links the step names.
  const under = new Map<number, QrCode[][]>();
  if (starts.length > 0) under.set(stepsBeforeCodes(sections, steps.length), [starts]);
  for (const [step, codes] of stepCodesOf(sections, steps.length))
    under.set(step, [...(under.get(step) ?? []), codes]);
  let from = 0;
  for (const at of [...under.keys()].sort((a, b) => a - b)) {
    tickList(flow, steps.slice(from, at), geo);
    for (const codes of under.get(at) ?? [])
      for (const row of sideBySide(codes)) startCodes(flow, row, geo, sections.file);
    from = at;
  }
  tickList(flow, steps.slice(from), geo);
  // A list kept for reading, not ticked: its heading and a line each at the steps' size
  // (optional sections, as the flyer's: an office's own older checklist has none; no heading
  // over an empty list).
  const infoList = (name: 'payment' | 'hotlines') => {
    const lines = sections.has(name) ? sections.lines(name) : [];
    if (lines.length === 0 || !sections.has(`${name}-heading`)) return;
    flow.ensure(S.heading.size * S.heading.leading + 8 * MM + S.item.size * S.item.leading * 2);
    heading(flow, sections.lines(`${name}-heading`), sections);
    for (const r of lines)
      tagged(surface, 'P', () => flow.paragraph(r, S.item, { spaceBefore: 1 * MM }));
  };
  // Where to pay by transfer: information kept with the steps, no tick box.
  infoList('payment');
  // What to bring, ticked as it is made ready (optional sections: an office's own older
  // checklist has none); no heading over an empty list.
  const bring = sections.has('bring') ? sections.lines('bring') : [];
  if (bring.length > 0 && sections.has('bring-heading'))
    heading(flow, sections.lines('bring-heading'), sections);
  tickList(flow, bring, geo);
  // The rules are optional (a contest may have none): no heading over an empty list, whatever
  // the template's test.
  const rules = sections.lines('rules');
  if (rules.length > 0) heading(flow, sections.lines('rules-heading'), sections);
  tickList(flow, rules, geo);
  const codes = qrCodes(sections);
  if (codes.length > 0) {
    const largest = Math.max(
      ...codes.map((c) => qrSizeOf(c.url, sections.file, CONTENT_W - 2 * MM)),
    );
    // The heading, a row of codes with up to four caption lines, and the phone line under them:
    // kept on one page, so the phone never stands alone at the head of the next.
    const phoneH = S.phone.size * S.phone.leading + 3 * MM;
    const supportH = S.heading.size * S.heading.leading + 6 * MM + largest + 20 * MM + phoneH;
    flow.ensure(supportH);
    heading(flow, sections.lines('support-heading'), sections);
    qrRows(flow, codes, geo, sections.file);
  }
  // The numbers to call, kept by the household with its checklist.
  infoList('hotlines');
  for (const r of sections.lines('support-phone'))
    tagged(surface, 'P', () => flow.paragraph(r, S.phone, { spaceBefore: 3 * MM }));
  return geo;
}

/**
 * The checklist is the same for every group but for its header line on each page: laid out once,
 * its pages placed again under each group's header (layout/kept-document.ts). It reads its
 * sections only.
 */
function draw(surface: Surface, input: RenderInput): void {
  const { sections } = input;
  const header = sections.lines('header');
  drawKeptDocument(
    surface,
    `checklist|${sections.keyExcept(['header'])}`,
    (s, furniture) => drawChecklist(s, sections, furniture),
    (s, page) => drawHeader(s, header, page),
  );
}

/**
 * An office's own template from before the steps' links (no "step-qr" section): the links a step
 * names are no longer among the support codes (model/context.ts supportLinks), so without the
 * section their codes would be printed nowhere, unsaid (review).
 */
async function roomNotes(input: RenderInput): Promise<SectionNote[]> {
  const { sections, ctx } = input;
  const lists = missingListSections(input, 'checklist.hbs');
  if (sections.has('step-qr') || ctx.stepLinks.length === 0) return lists;
  const labels = ctx.stepLinks.map((l) => `“${l.label || l.url}”`).join(', ');
  return [
    {
      text: msg`the template has no "step-qr" section: the codes of the links the steps name (${labels}) are not printed`,
      section: 'step-qr',
      hint: msg`Add the section as the tool's own templates/checklist.hbs has it: "@@ step-qr", then a line a link: the step's number, the address, the caption.`,
    },
    ...lists,
  ];
}

export const checklist: DocumentKind = {
  ...described('checklist'),
  template: 'checklist.hbs',
  family: 'sans',
  // Nothing to tick without steps (a campaign with neither a contest nor actions).
  needs: 'steps',
  roomNotes,
  tagged: true,
  pageSize: () => A4,
  draw,
};
