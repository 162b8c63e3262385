/**
 * Kind "checklist": an A4 sheet a participant ticks off — the steps (of the contest, or the
 * campaign's actions) and the rules that make an entry valid, each beside an empty box — with
 * the codes of what a step asks for ("@@ start-qr": the contest's page, the app's store codes;
 * "@@ step-qr": a link the step names, a registration form) at that step, the QR codes the template's "@@ qr" section names, and the support phone. The
 * group's header is on every page.
 * In: the checklist template's sections and the group's context. Out: a PDF (one page for the
 * example campaign; longer lists flow onto more pages).
 */

import { CheapLru } from '../cheap-lru.js';
import { UserError } from '../errors.js';
import { drawParagraph, paragraphHeight, widestLine } from '../layout/draw-text.js';
import { Flow } from '../layout/flow.js';
import { keepTitle } from '../layout/keep-words.js';
import { drawKeptDocument } from '../layout/kept-document.js';
import type { Measurer } from '../layout/line-break.js';
import { linkRuns } from '../layout/link-lines.js';
import { countingSurface } from '../layout/measuring-surface.js';
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
  title: {
    family: 'sans',
    size: 20,
    leading: 1.2,
    align: 'center',
    bold: true,
    color: ACCENT,
    balance: 'lone',
  },
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

type Styles = { [K in keyof typeof S]: TextStyle };

/**
 * How tight a checklist is set: its styles and its gaps (a share of the natural ones). A
 * checklist that runs a few lines onto a second sheet costs a whole sheet more per household
 * when printed one-sided (qa39 m9: a dengue checklist's last heading, hotline and contact line);
 * it is set tighter until it saves that page, and only breaks if even the tightest does not.
 */
interface Setting {
  s: Styles;
  /** Share of the natural gaps between lines, items and sections. */
  gap: number;
}

/**
 * The smallest the ticked items and the phone line go: 11 pt (from 12). A checklist is kept by
 * every household and ticked by older residents holding it in the hand; 11 pt sans is still the
 * size large-print guidance gives as the least for a printed leaflet's running text (digits
 * about 2.8 mm tall), and the tool's other small parts (notes, links' addresses) never go below
 * the 9 pt every document keeps (test/kinds/min-text-size.test.ts).
 */
const ITEM_FLOOR = 11;
/** The least any text of the sheet is set at, as every document of the tool. */
const MIN_SIZE = 9;

/** The settings tried in turn: the gaps first, then the type, down to ITEM_FLOOR. */
const TIGHTER: readonly { gap: number; type: number }[] = [
  { gap: 1, type: 1 },
  { gap: 0.7, type: 1 },
  { gap: 0.45, type: 1 },
  { gap: 0.45, type: 11.5 / S.item.size },
  { gap: 0.45, type: ITEM_FLOOR / S.item.size },
];

function settingOf(gap: number, type: number): Setting {
  const s = Object.fromEntries(
    Object.entries(S).map(([k, style]) => [
      k,
      // The group's header is the page's furniture, drawn apart from the layout: never scaled.
      k === 'header' || type === 1
        ? style
        : { ...style, size: Math.max(Math.min(style.size, MIN_SIZE), style.size * type) },
    ]),
  ) as Styles;
  return { s, gap };
}

const SETTINGS = TIGHTER.map((t) => settingOf(t.gap, t.type));
const NATURAL = SETTINGS[0] as Setting;

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
function drawFields(flow: Flow, fields: Run[][], t: Setting): void {
  const { surface } = flow;
  const style = t.s.field;
  // The room to write in stays: the gap above the line is the writing's.
  const above = 2 * MM;
  for (const label of fields) {
    const h = paragraphHeight(surface, label, style, CONTENT_W) + above + 2 * MM * t.gap;
    flow.keepTogether(h, (x, y) => {
      tagged(surface, 'P', () => drawParagraph(surface, label, style, x, y + above, CONTENT_W));
      const lw = widestLine(surface, label, style, CONTENT_W) + 2 * MM;
      const base = y + above + style.size * style.leading - 1;
      tagged(surface, 'Artifact', () =>
        surface.strokeLine(x + lw, base, x + CONTENT_W, base, 0.6, '#555555', 1),
      );
    });
  }
}

function heading(flow: Flow, runs: Run[][], sections: Sections, t: Setting, note?: string): void {
  const { s } = t;
  const noteRuns = note && sections.has(note) ? sections.lines(note) : [];
  const after = noteRuns.length * s.note.size * s.note.leading + s.item.size * s.item.leading * 2;
  const { surface } = flow;
  for (const r of runs)
    tagged(surface, 'H2', () =>
      flow.paragraph(r, s.heading, { spaceBefore: 6 * MM * t.gap, keepWithNext: after }),
    );
  for (const r of noteRuns)
    tagged(surface, 'P', () => flow.paragraph(r, s.note, { spaceAfter: 1 * MM * t.gap }));
  flow.skip(2 * MM * t.gap);
}

/**
 * Items each with an empty tick box to the left of its first line. A tagged PDF reads them as a
 * list (L) of items (LI), each box the item's label (Lbl, read as an empty ballot box) and its
 * text the body (LBody).
 */
function tickList(flow: Flow, items: Run[][], geo: ChecklistGeometry, t: Setting): void {
  if (items.length === 0) return;
  tagged(flow.surface, 'L', () => {
    for (const runs of items) tagged(flow.surface, 'LI', () => tickItem(flow, runs, geo, t));
  });
}

function tickItem(flow: Flow, runs: Run[], geo: ChecklistGeometry, t: Setting): void {
  const { surface } = flow;
  const style = t.s.item;
  const textW = CONTENT_W - BOX - BOX_GAP;
  const lineH = style.size * style.leading;
  const h = Math.max(paragraphHeight(surface, runs, style, textW), BOX);
  // Boxes never touch: at least 1.5 mm between them.
  flow.keepTogether(h + Math.max(3 * MM * t.gap, 1.5 * MM), (x, y) => {
    const by = y + (lineH - BOX) / 2;
    tagged(surface, 'Lbl', () => surface.strokeRect([x, by, BOX, BOX], 1, 'black'), TICK_BOX);
    geo.tickBoxesMm.push({
      page: flow.pageNumber,
      x: toMm(x),
      y: toMm(by),
      size: toMm(BOX),
    });
    tagged(surface, 'LBody', () =>
      drawParagraph(surface, runs, style, x + BOX + BOX_GAP, y, textW),
    );
  });
}

/** Where a checklist's codes are recorded (geo), whose template they are from, how they are set. */
interface CodesAt {
  geo: ChecklistGeometry;
  file: string;
  t: Setting;
}

/**
 * The template's "@@ qr" codes, three to a row, each with its caption and short link under it; a
 * code too large for a third of the width (a long link: a prefilled Google Forms address of 148
 * characters needs 57 mm at a hand's module) shares its row with one other code, or has it alone
 * (qa20: it stopped every group's checklist).
 */
function qrRows(flow: Flow, codes: readonly QrCode[], at: CodesAt): void {
  for (let i = 0; i < codes.length; ) {
    const perRow = rowCount(codes.slice(i, i + QR_PER_ROW));
    const row = codes.slice(i, i + perRow);
    qrRow(flow, row, perRow, at);
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

function qrRow(flow: Flow, cells: readonly QrCode[], perRow: number, at: CodesAt): void {
  const { surface } = flow;
  const { geo, file, t } = at;
  const { s } = t;
  const cellW = CONTENT_W / perRow;
  const sides = evenSides(
    cells.map((c) => c.url),
    file,
    cellW - 2 * MM,
  );
  const QR = Math.max(...sides);
  const textW = cellW - 4 * MM;
  const captionOf = (c: QrCode) => [
    ...c.caption.map((runs) => ({ runs, style: s.qrCaption })),
    { runs: linkRuns(surface.measure, c.url, s.qrUrl, textW), style: s.qrUrl },
  ];
  const captionH = Math.max(
    0,
    ...cells.map((c) =>
      captionOf(c).reduce((s, p) => s + paragraphHeight(surface, p.runs, p.style, textW), 0),
    ),
  );
  flow.keepTogether(QR + 2 * MM * t.gap + captionH, (x, y) => {
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
function startCodes(flow: Flow, codes: readonly QrCode[], at: CodesAt): void {
  const { surface } = flow;
  const { geo, file, t } = at;
  const { s } = t;
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
      ...code.caption.map((runs) => ({ runs, style: s.startCaption })),
      { runs: linkRuns(surface.measure, code.url, s.startUrl, textW), style: s.startUrl },
    ];
    const textH = parts.reduce((h, p) => h + paragraphHeight(surface, p.runs, p.style, textW), 0);
    return { code, side, textX, textW, parts, textH };
  });
  const h = Math.max(...cells.map((c) => Math.max(c.side, c.textH)));
  flow.keepTogether(h + 3 * MM * t.gap, (x0, y) => {
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

/** Lays the checklist out on `surface` as `t` sets it (pages are added as needed). */
function layOut(
  surface: Surface,
  sections: Sections,
  furniture: boolean,
  t: Setting,
): ChecklistGeometry {
  const { s } = t;
  const gap = (mm: number) => mm * MM * t.gap;
  const geo: ChecklistGeometry = { tickBoxesMm: [], qrMm: [] };
  const codesAt: CodesAt = { geo, file: sections.file, t };
  const header = sections.lines('header');
  const flow = new Flow(
    surface,
    { left: MARGIN.left, top: MARGIN.top, width: CONTENT_W, bottom: A4[1] - MARGIN.bottom },
    (page) => {
      if (furniture) drawHeader(surface, header, page);
    },
  );
  // The title's names and two-syllable words whole on even lines, as every kind's title.
  for (const r of sections.lines('title').map(keepTitle))
    tagged(surface, 'H1', () => flow.paragraph(r, s.title));
  flow.skip(gap(1));
  for (const r of sections.lines('subtitle'))
    tagged(surface, 'P', () => flow.paragraph(r, s.subtitle));
  // Optional: an office's own older checklist has no "event" (its subtitle may say them).
  const event = sections.has('event') ? sections.lines('event') : [];
  if (event.length > 0) flow.skip(gap(1.5));
  for (const r of event) tagged(surface, 'P', () => flow.paragraph(r, s.event));
  flow.skip(gap(4));
  drawFields(flow, sections.lines('fields'), t);
  heading(flow, sections.lines('steps-heading'), sections, t, 'steps-note');
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
    tickList(flow, steps.slice(from, at), geo, t);
    for (const codes of under.get(at) ?? [])
      for (const row of sideBySide(codes)) startCodes(flow, row, codesAt);
    from = at;
  }
  tickList(flow, steps.slice(from), geo, t);
  // A list kept for reading, not ticked: its heading and a line each at the steps' size
  // (optional sections, as the flyer's: an office's own older checklist has none; no heading
  // over an empty list).
  const infoList = (name: 'payment' | 'hotlines') => {
    const lines = sections.has(name) ? sections.lines(name) : [];
    if (lines.length === 0 || !sections.has(`${name}-heading`)) return;
    flow.ensure(s.heading.size * s.heading.leading + gap(8) + s.item.size * s.item.leading * 2);
    heading(flow, sections.lines(`${name}-heading`), sections, t);
    for (const r of lines)
      tagged(surface, 'P', () => flow.paragraph(r, s.item, { spaceBefore: gap(1) }));
  };
  // Where to pay by transfer: information kept with the steps, no tick box.
  infoList('payment');
  // What to bring, ticked as it is made ready (optional sections: an office's own older
  // checklist has none); no heading over an empty list.
  const bring = sections.has('bring') ? sections.lines('bring') : [];
  if (bring.length > 0 && sections.has('bring-heading'))
    heading(flow, sections.lines('bring-heading'), sections, t);
  tickList(flow, bring, geo, t);
  // The rules are optional (a contest may have none): no heading over an empty list, whatever
  // the template's test.
  const rules = sections.lines('rules');
  if (rules.length > 0) heading(flow, sections.lines('rules-heading'), sections, t);
  tickList(flow, rules, geo, t);
  const codes = qrCodes(sections);
  if (codes.length > 0) {
    const largest = Math.max(
      ...codes.map((c) => qrSizeOf(c.url, sections.file, CONTENT_W - 2 * MM)),
    );
    // The heading, a row of codes with up to four caption lines, and the phone line under them:
    // kept on one page, so the phone never stands alone at the head of the next.
    const phoneH = s.phone.size * s.phone.leading + gap(3);
    const supportH = s.heading.size * s.heading.leading + gap(6) + largest + 20 * MM + phoneH;
    flow.ensure(supportH);
    heading(flow, sections.lines('support-heading'), sections, t);
    qrRows(flow, codes, codesAt);
  }
  // The numbers to call, kept by the household with its checklist.
  infoList('hotlines');
  for (const r of sections.lines('support-phone'))
    tagged(surface, 'P', () => flow.paragraph(r, s.phone, { spaceBefore: gap(3) }));
  return geo;
}

/**
 * The setting of a checklist by its sections (but its header, which moves nothing): the first
 * of SETTINGS that takes fewer pages than the natural one, else the natural. Kept per fonts'
 * measurer, as the laid-out documents are: every group's checklist is the same but its header.
 */
const settings = new WeakMap<Measurer, CheapLru<string, Setting>>();

function settingFor(surface: Surface, sections: Sections): Setting {
  let byKey = settings.get(surface.measure);
  if (!byKey) {
    byKey = new CheapLru({ max: 16 });
    settings.set(surface.measure, byKey);
  }
  const key = sections.keyExcept(['header']);
  const kept = byKey.get(key);
  if (kept) return kept;
  const pagesAt = (t: Setting) => {
    const counter = countingSurface(surface.fonts, surface.size);
    layOut(counter, sections, false, t);
    return counter.pages;
  };
  const natural = pagesAt(NATURAL);
  const chosen =
    natural > 1 ? (SETTINGS.slice(1).find((t) => pagesAt(t) < natural) ?? NATURAL) : NATURAL;
  byKey.set(key, chosen);
  return chosen;
}

/**
 * Lays the checklist out on `surface` (pages are added as needed), as tight as saves a page
 * (settingFor); returns where boxes and codes went.
 */
export function drawChecklist(
  surface: Surface,
  sections: Sections,
  furniture = true,
): ChecklistGeometry {
  return layOut(surface, sections, furniture, settingFor(surface, sections));
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
