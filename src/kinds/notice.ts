/**
 * Kind "notice": the official notice (công văn) per group, laid out as Decree 30/2020/NĐ-CP,
 * Phụ lục I asks: two-column header, number and date, V/v, Kính gửi, justified body, signature
 * beside "Nơi nhận", page numbers from page 2; a named document (Thông báo, Kế hoạch…) has its
 * name and trích yếu centred under the header instead of "V/v". Every link of the body also gets a QR code, and so
 * does every line of the template's "@@ qr" section (the app's store links).
 */

import { createHash } from 'node:crypto';
import { CheapLru } from '../cheap-lru.js';
import { drawParagraph, lineHeight, paragraphHeight, widestLine } from '../layout/draw-text.js';
import { Flow } from '../layout/flow.js';
import { issuerLines } from '../layout/issuer-lines.js';
import {
  keepClauses,
  keepLastWords,
  keepNames,
  keepTitle,
  wholeLine,
} from '../layout/keep-words.js';
import { drawKeptDocument } from '../layout/kept-document.js';
import { breakLines, type Measurer, sharedMeasurer } from '../layout/line-break.js';
import { pictureBox } from '../layout/picture-fit.js';
import { HAND_MODULE } from '../layout/qr.js';
import { type QrCell, qrGrid } from '../layout/qr-grid.js';
import { type Surface, tagged, taggedLists } from '../layout/surface.js';
import type { TableCell, TableStyle } from '../layout/table.js';
import { columnFloors, fitColumns } from '../layout/table-columns.js';
import { columnHeight, drawColumn } from '../layout/text-column.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import { msg } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import { roman } from '../model/format.js';
import { labelMention } from '../model/named-links.js';
import {
  type Block,
  linksOf,
  plainText,
  type Run,
  type TableBlock,
  withRuns,
} from '../template/blocks.js';
import { forPage, hostOf, linkWords, pageKey } from '../template/link-captions.js';
import { type FlyerPicture, flyerPicture } from './campaign-picture.js';
import type { DocumentKind, RenderInput, SectionNote } from './kind.js';
import { described } from './names.js';
import { qrCodes } from './qr-section.js';

export const A4: [number, number] = [210 * MM, 297 * MM];
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
export const CONTENT_W = A4[0] - MARGIN.left - MARGIN.right;

/** The bright red ("đỏ tươi") Decree 30 asks of the urgency stamp's ink. */
const URGENCY_RED = '#e3000f';

/** Type sizes and styles of each part, from the Decree's table (see design notes). */
export const S = {
  issuerParent: { family: 'serif', size: 12, leading: 1.15, align: 'center' },
  issuer: { family: 'serif', size: 12, leading: 1.15, align: 'center', bold: true },
  motto: { family: 'serif', size: 12, leading: 1.15, align: 'center', bold: true },
  mottoSub: { family: 'serif', size: 13, leading: 1.15, align: 'center', bold: true },
  number: { family: 'serif', size: 13, leading: 1.2, align: 'center' },
  placeDate: { family: 'serif', size: 13, leading: 1.2, align: 'center', italic: true },
  subject: { family: 'serif', size: 12, leading: 1.15, align: 'center', balance: true },
  /** A named document's name ("THÔNG BÁO") and its trích yếu under it, across the page. */
  docType: { family: 'serif', size: 14, leading: 1.2, align: 'center', bold: true },
  docSubject: {
    family: 'serif',
    size: 14,
    leading: 1.2,
    align: 'center',
    bold: true,
    balance: true,
  },
  recipients: { family: 'serif', size: 14, leading: 1.25, align: 'left' },
  /** A công điện's "<issuer> điện:" line, centred over its recipients. */
  telegramFrom: { family: 'serif', size: 14, leading: 1.25, align: 'center' },
  /** The urgency mark ("KHẨN"), bold capitals in its frame under the number. */
  urgency: {
    family: 'serif',
    size: 13,
    leading: 1.2,
    align: 'center',
    bold: true,
    color: URGENCY_RED,
  },
  /** The circulation mark ("LƯU HÀNH NỘI BỘ"), bold capitals under the place and date. */
  circulation: { family: 'serif', size: 13, leading: 1.2, align: 'center', bold: true },
  body: { family: 'serif', size: 13, leading: 1.25, align: 'justify', firstIndent: 12.7 * MM },
  heading: {
    family: 'serif',
    size: 13,
    leading: 1.25,
    align: 'justify',
    firstIndent: 12.7 * MM,
    bold: true,
  },
  ccLabel: { family: 'serif', size: 12, leading: 1.2, align: 'left', bold: true, italic: true },
  cc: { family: 'serif', size: 11, leading: 1.2, align: 'left' },
  signer: { family: 'serif', size: 13, leading: 1.25, align: 'center', bold: true },
  pageNumber: { family: 'serif', size: 13, leading: 1, align: 'center' },
  pageTag: { family: 'serif', size: 9, leading: 1, align: 'center', italic: true },
  annexLabel: { family: 'serif', size: 14, leading: 1.3, align: 'center', bold: true },
  annexTitle: { family: 'serif', size: 14, leading: 1.3, align: 'center', bold: true },
  annexRef: { family: 'serif', size: 14, leading: 1.3, align: 'center', italic: true },
  qrCaption: { family: 'serif', size: 9, leading: 1.15, align: 'center' },
} satisfies Record<string, TextStyle>;

export const PARA_GAP = 6; // ≥ 6 pt between paragraphs, as the Decree asks
/**
 * Added between "Số: …" and "V/v …": with the half-leading of the two lines, their letters
 * stand 6 pt apart, as Phụ lục I sets the trích yếu under the number.
 */
const NUMBER_SUBJECT_GAP = 5.2;
const SIGNATURE_SPACE = 24 * MM;
/**
 * The smallest size a long number and symbol is shrunk to: the Decree sets it at 13 pt, and 12 pt
 * is the smallest it allows for the header's other lines beside it (cơ quan, trích yếu).
 */
const NUMBER_MIN_SIZE = 12;

/** A rule centred under text, `fraction` of its width long. */
function rule(surface: Surface, cx: number, y: number, width: number): void {
  surface.strokeLine(cx - width / 2, y, cx + width / 2, y, 0.6, 'black');
}

/**
 * The rule under a document's subject (trích yếu), drawn with its bottom `y`: Phụ lục I's "đường
 * kẻ ngang, nét liền", 1/3 to 1/2 of the line above long (0.4 of the widest), centred on the
 * text, 5 pt below it, clear of the letters' tails. The notice's and the results report's (qa51:
 * the report's sat 2 pt under its last line, through the "g" of "phường").
 */
export function subjectRule(
  surface: Surface,
  lines: readonly Run[][],
  style: TextStyle,
  width: number,
  y: number,
): void {
  const lineW = Math.max(0, ...lines.map((r) => widestLine(surface, r, style, width)));
  rule(surface, MARGIN.left + CONTENT_W / 2, y + 5, lineW * 0.4);
}

export function drawHeader(surface: Surface, input: RenderInput): number {
  const { sections } = input;
  const top = MARGIN.top;
  const motto = sections.lines('motto');
  const mottoSub = sections.lines('motto-sub');
  // The right column is as wide as the Quốc hiệu needs; the left column takes the rest.
  const mottoW = Math.max(...motto.map((r) => widestLine(surface, r, S.motto, CONTENT_W)));
  const rightW = Math.max(mottoW + 4 * MM, 92 * MM);
  const rightX = MARGIN.left + CONTENT_W - rightW;
  const leftW = rightX - MARGIN.left - 4 * MM;
  const leftX = MARGIN.left;
  const leftCol = leftW;

  let ly = top;
  // A line wider than the column breaks between its administrative words, evenly, as the
  // Decree's samples do ("ỦY BAN NHÂN DÂN" | "THÀNH PHỐ HỒ CHÍ MINH").
  const fitted = (name: string, style: TextStyle) =>
    sections.lines(name).flatMap((runs) => issuerLines(surface, runs, style, leftCol));
  if (sections.has('issuer-parent'))
    ly += drawColumn(
      surface,
      fitted('issuer-parent', S.issuerParent),
      S.issuerParent,
      leftX,
      ly,
      leftCol,
    );
  const issuer = fitted('issuer', S.issuer);
  ly += drawColumn(surface, issuer, S.issuer, leftX, ly, leftCol);
  const issuerW = widestLine(surface, issuer[issuer.length - 1] ?? [], S.issuer, leftCol);
  rule(surface, leftX + leftCol / 2, ly + 4, issuerW * 0.45);
  ly += 4 * MM;

  let ry = top;
  ry += drawColumn(surface, motto, S.motto, rightX, ry, rightW);
  ry += drawColumn(surface, mottoSub, S.mottoSub, rightX, ry, rightW);
  const subW = Math.max(...mottoSub.map((r) => widestLine(surface, r, S.mottoSub, rightW)));
  rule(surface, rightX + rightW / 2, ry + 4, subW);
  ry += 4 * MM;

  let y = Math.max(ly, ry) + 1 * MM;
  // The number and symbol never break inside (a symbol cut at a hyphen reads as two): shrunk to
  // its column, or at worst set on two lines cut before its "/". The place and date break only
  // after the comma between them, never before the year.
  const numbers = sections
    .lines('number')
    .map((runs) => wholeLine(surface, runs, S.number, leftCol, NUMBER_MIN_SIZE, '/'));
  let numberH = 0;
  for (const { lines, style } of numbers)
    numberH += drawColumn(surface, lines, style, leftX, y + numberH, leftCol);
  const placeDate = sections.lines('place-date').map(keepClauses);
  const dateH = drawColumn(surface, placeDate, S.placeDate, rightX, y, rightW);
  y += Math.max(numberH, dateH) + NUMBER_SUBJECT_GAP;
  // The circulation mark (ô 11) under the place and date, in the right column.
  const rightY = y + drawCirculation(surface, input, rightX, y, rightW);
  if (sections.has('doc-type'))
    return drawDocTitle(
      surface,
      input,
      Math.max(rightY, y + drawMarks(surface, input, leftX, y, leftCol)),
    );
  // The trích yếu ("V/v …") says what the notice is about: its title for a screen reader.
  y += drawColumn(
    surface,
    sections.lines('subject').map((runs) => keepLastWords(keepTitle(runs))),
    S.subject,
    leftX + 4 * MM,
    y,
    leftCol - 8 * MM,
    'H1',
  );
  y += drawMarks(surface, input, leftX, y, leftCol);
  return Math.max(y, rightY) + 8 * MM;
}

/**
 * The frame of each urgency mark, as Phụ lục I sets the stamp (30 × 8 mm HỎA TỐC, 40 × 8 mm
 * THƯỢNG KHẨN, 20 × 8 mm KHẨN); a mark a template words otherwise gets its text's width.
 */
const URGENCY_FRAME: Record<string, number> = {
  'HỎA TỐC': 30 * MM,
  'THƯỢNG KHẨN': 40 * MM,
  KHẨN: 20 * MM,
};
const URGENCY_H = 8 * MM;
/** Between the line above (the number, a công văn's trích yếu) and the frame. */
const URGENCY_GAP = 3 * MM;

/**
 * The frame of each secrecy mark (ô 10a of Phụ lục I). Decree 30 leaves the mark's form and
 * place to the state-secrets rules (Phụ lục I, Phần I, III.2.a): Thông tư 24/2020/TT-BCA, Mẫu số
 * 01–03, stamps it in red ink (its Art. 3(2)) as bold capitals in a rectangular frame, 8 mm high
 * and as wide as the degree is long (20, 30, 40 mm, the sizes Thông tư 33/2015/TT-BCA gave before
 * it), on the first page under the number and symbol: the Decree's ô 10a, over the urgency mark.
 */
const SECRECY_FRAME: Record<string, number> = {
  MẬT: 20 * MM,
  'TỐI MẬT': 30 * MM,
  'TUYỆT MẬT': 40 * MM,
};

/**
 * The secrecy mark (ô 10a) and under it the urgency mark (ô 10b), in the left column under the
 * number and symbol (under a công văn's trích yếu). Returns the height they took, 0 for none.
 */
function drawMarks(surface: Surface, input: RenderInput, x: number, y: number, w: number) {
  const secrecyH = drawStamp(surface, input, 'secrecy', SECRECY_FRAME, x, y, w);
  return secrecyH + drawStamp(surface, input, 'urgency', URGENCY_FRAME, x, y + secrecyH, w);
}

/**
 * A stamp of section `name` (a secrecy or an urgency mark), its capitals bold in a single-line
 * frame `frames` sizes for its word, in the bright red the Decree asks of the stamp's ink, centred
 * in the column from `x`. Returns the height it took, 0 when there is none.
 */
function drawStamp(
  surface: Surface,
  input: RenderInput,
  name: 'secrecy' | 'urgency',
  frames: Record<string, number>,
  x: number,
  y: number,
  w: number,
) {
  if (!input.sections.has(name)) return 0;
  const lines = input.sections.lines(name);
  const style = S.urgency;
  const textW = Math.max(...lines.map((r) => widestLine(surface, r, style, w)));
  const mark = lines.map((r) => plainText(r)).join(' ');
  const frameW = Math.min(w, Math.max(frames[mark] ?? 0, textW + 4 * MM));
  const textH = lines.length * lineHeight(style);
  const frameH = Math.max(URGENCY_H, textH + 2 * MM);
  const top = y + URGENCY_GAP;
  const left = x + (w - frameW) / 2;
  tagged(surface, 'Artifact', () =>
    surface.strokeRect([left, top, frameW, frameH], 0.8, URGENCY_RED),
  );
  drawColumn(surface, lines, style, left, top + (frameH - textH) / 2, frameW);
  return URGENCY_GAP + frameH;
}

/**
 * The circulation mark (ô 11 of Phụ lục I: "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"): bold capitals,
 * 13 pt, as Phụ lục I (Phần I, III.2.c) sets it, in the right column under the place and date,
 * where the Decree's layout (Phần I, IV) puts ô 11. Returns the height it took, 0 for none.
 */
function drawCirculation(surface: Surface, input: RenderInput, x: number, y: number, w: number) {
  if (!input.sections.has('circulation')) return 0;
  const top = y + URGENCY_GAP;
  return (
    URGENCY_GAP + drawColumn(surface, input.sections.lines('circulation'), S.circulation, x, top, w)
  );
}

/** Room kept each side of a named document's trích yếu, so a long one wraps into a block. */
const DOC_SUBJECT_INSET = 15 * MM;

/**
 * A named document's title, as Phụ lục I sets it (ô 5a, 5b): its name in bold capitals centred
 * across the page, the trích yếu in bold under it (the screen reader's title), and a rule under
 * that, 1/3 to 1/2 of its line.
 */
function drawDocTitle(surface: Surface, input: RenderInput, top: number): number {
  const { sections } = input;
  let y = top + 4 * MM;
  y += drawColumn(surface, sections.lines('doc-type'), S.docType, MARGIN.left, y, CONTENT_W);
  const subject = sections.lines('subject').map((runs) => keepLastWords(keepTitle(runs)));
  const width = CONTENT_W - 2 * DOC_SUBJECT_INSET;
  const x = MARGIN.left + DOC_SUBJECT_INSET;
  y += drawColumn(surface, subject, S.docSubject, x, y, width, 'H1');
  subjectRule(surface, subject, S.docSubject, width, y);
  return y + 10 * MM;
}

/**
 * "Kính gửi:" with one recipient on the same line; several, as Phụ lục I sets them: "Kính gửi:" on
 * a line of its own, then one recipient a line, "- …;", the dashes aligned under its colon (qa42
 * F7). The list flows down the page and onto the next ones as the body does, inside the margins
 * (a ward writing to each of its 32 tổ trưởng, qa42 F2).
 */
export function drawRecipients(flow: Flow, input: RenderInput): void {
  tagged(flow.surface, 'P', () => drawRecipientLines(flow, input));
}

/** The recipients' list lines ("- …;", the last "- …."), flowed from `insetLeft` on. */
function flowRecipientItems(flow: Flow, recipients: Run[][], insetLeft: number): void {
  const items =
    recipients.length === 1 ? recipients : listEnds(recipients).map((r) => [{ text: '- ' }, ...r]);
  for (const runs of items) flow.paragraph(runs, S.recipients, { insetLeft });
}

/**
 * A công điện's address (Phụ lục III, Mẫu 1.6): "<issuer> điện:" centred under its title, then
 * its recipients one a line, "- …;", the last ending ".", as a "Kính gửi" list is.
 */
function drawTelegramRecipients(flow: Flow, input: RenderInput): void {
  const from = input.sections.lines('recipients-label').map((runs) => keepNames(runs));
  const recipients = input.sections.lines('recipients');
  const first = lineHeight(S.recipients) * Math.min(2, recipients.length);
  for (const runs of from)
    flow.paragraph(runs, S.telegramFrom, { spaceAfter: PARA_GAP, keepWithNext: first });
  flowRecipientItems(flow, recipients, S.body.firstIndent);
}

/** Where "Kính gửi:" stands when it heads a list (its own line). */
const RECIPIENTS_INSET = 15 * MM;

function drawRecipientLines(flow: Flow, input: RenderInput): void {
  const { surface } = flow;
  if (input.ctx.noticeType.telegram && input.sections.has('recipients-label')) {
    drawTelegramRecipients(flow, input);
    return;
  }
  const label = input.sections.lines('recipients-label')[0] ?? [];
  // The group's and the issuer's names are kept whole by the sections (kinds/render.ts).
  const recipients = input.sections.lines('recipients');
  const style = S.recipients;
  const labelW = widestLine(surface, label, style, CONTENT_W);
  const spaceW = surface.measure.width(' ', style, false, false);
  if (recipients.length === 1) {
    const only = recipients[0] ?? [];
    const textW = widestLine(surface, only, style, 10_000);
    if (labelW + spaceW + textW <= CONTENT_W - 10 * MM) {
      const x = (CONTENT_W - labelW - spaceW - textW) / 2;
      flow.paragraph([...label, { text: ' ' }, ...only], style, {
        insetLeft: x,
        insetRight: Math.max(0, CONTENT_W - x - labelW - spaceW - textW - 1),
      });
      return;
    }
    // One recipient too long for the line: beside "Kính gửi:", wrapping under its own start.
    flow.ensure(lineHeight(style) * 2);
    drawParagraph(surface, label, style, flow.frame.left + RECIPIENTS_INSET, flow.y, labelW + 1);
    flowRecipientItems(flow, recipients, RECIPIENTS_INSET + labelW + spaceW);
    return;
  }
  // "Kính gửi:" alone, kept with the first two recipients; the dashes under its colon.
  const text = plainText(label);
  const colonW = text.endsWith(':') ? surface.measure.width(':', style, false, false) : 0;
  const dashAt = RECIPIENTS_INSET + Math.max(0, labelW - colonW);
  flow.paragraph(label, style, {
    insetLeft: RECIPIENTS_INSET,
    keepWithNext: lineHeight(style) * Math.min(2, recipients.length),
  });
  flowRecipientItems(flow, recipients, dashAt);
}

/** How a list line typed with the other end mark, or a ",", ends ("..." is no end mark). */
const WRONG_END = { '.': /[;,]$/, ';': /(?<!\.)[.,]$/ } as const;

/**
 * Ends a line of a "Kính gửi" or "Nơi nhận" list as Decree 30 does: ";", the last one "."
 * (`end`). A line typed with the other mark or a "," (copied from another place in the list: the
 * last "…;", a middle one "….") ends with the right one (qa11 Q5); one that ends with ":" is
 * left as it is; any other gets the mark.
 */
function withEnd(runs: Run[], end: '.' | ';'): Run[] {
  const text = plainText(runs);
  const last = runs.at(-1);
  if (WRONG_END[end].test(text) && last && WRONG_END[end].test(last.text))
    return [...runs.slice(0, -1), { ...last, text: `${last.text.slice(0, -1)}${end}` }];
  return /[.;,:]$/.test(text) ? runs : [...runs, { text: end }];
}

/** Each line of a list with its end mark (withEnd): ";", the last ".". */
const listEnds = (lines: Run[][]): Run[][] =>
  lines.map((runs, i) => withEnd(runs, i === lines.length - 1 ? '.' : ';'));

/** How far each level of a nested list (or an indented paragraph) is set in. */
const LEVEL_STEP = 10 * MM;
/** A quoted passage is set in on both sides, in italics, as official documents quote. */
const QUOTE_INSET = 10 * MM;

const levelStyles = new Map<string, TextStyle>();

/**
 * The body's style set in by `level` steps: the paragraph's shape (first-line indent, justified)
 * moved right. One object per level: layout caches key on the style.
 */
function bodyStyle(base: TextStyle, level: number, italic = false): TextStyle {
  if (level === 0 && !italic) return base;
  const key = `${base.size}|${base.bold}|${level}|${italic}`;
  let style = levelStyles.get(key);
  if (!style) {
    const shift = level * LEVEL_STEP;
    style = {
      ...base,
      firstIndent: (base.firstIndent ?? 0) + shift,
      indent: (base.indent ?? 0) + shift,
      italic: base.italic || italic,
    };
    levelStyles.set(key, style);
  }
  return style;
}

function blockRuns(b: Block & { runs: Run[] }): Run[] {
  return b.type === 'item' ? [{ text: `${b.marker} ` }, ...b.runs] : b.runs;
}

/**
 * A body table as official documents rule theirs: thin solid lines round every cell, the header
 * row bold and centred. 12 pt, a size smaller than the body, as tables in công văn usually are.
 */
export const TABLE_STYLE: TableStyle = {
  head: { family: 'serif', size: 12, leading: 1.15, align: 'center', bold: true },
  body: { family: 'serif', size: 12, leading: 1.15, align: 'left' },
  padX: 1.5 * MM,
  padY: 1 * MM,
  minRowHeight: 0,
  rule: 0.5,
  frame: 0.5,
  ruleColor: 'black',
};

// Column widths by the table's text: the body, and its tables, are the same in every group's
// notice unless a cell holds a group's value.
const columnCache = new CheapLru<string, number[]>({ max: 64 });

/** A body table's rows as the table layout takes them, its header first. */
const tableRows = (table: TableBlock): TableCell[][] =>
  [table.head, ...table.rows].map((row) => row.map((runs) => ({ runs })));

function drawTable(flow: Flow, table: TableBlock, keepWithNext = 0): void {
  const rows = tableRows(table);
  const key = JSON.stringify(rows);
  let widths = columnCache.get(key);
  if (!widths) {
    widths = fitColumns(flow.surface.measure, rows, TABLE_STYLE, flow.frame.width);
    columnCache.set(key, widths);
  }
  // A column of numbers only (STT) is centred, as official tables set it, unless the delimiter
  // row says otherwise.
  const numbers = (c: number) =>
    table.rows.every((row) => /^\s*\d{1,4}[.)]?\s*$/.test(plainText(row[c] ?? [])));
  const columns = widths.map((width, c) => ({
    width,
    align: table.align[c] ?? (numbers(c) ? 'center' : 'left'),
  }));
  const [head = [], ...body] = rows;
  flow.table({ columns, style: TABLE_STYLE }, head, body, {
    spaceAfter: PARA_GAP + belowBaseline(flow.surface, S.body),
    keepWithNext,
  });
}

/**
 * How far a line's box reaches below its baseline. A paragraph's space after it is read from
 * its last baseline (the descenders' room looks empty), a table's from its bottom rule: so the
 * space after a table is this much more, to look the same as the space after a paragraph.
 */
function belowBaseline(surface: Surface, style: TextStyle): number {
  const font = surface.measure.fonts.families[style.family].regular;
  const halfLeading = (lineHeight(style) - style.size) / 2;
  return lineHeight(style) - halfLeading - (font.ascent / font.unitsPerEm) * style.size;
}

/** The blocks with each paragraph's runs passed through `f` (tables as they are). */
/** A body block as the flow sets it: quotes opened up, each paragraph knowing if it is quoted. */
type FlatBlock = { block: Exclude<Block, { type: 'quote' }>; quoted: boolean };

function flatten(blocks: readonly Block[], quoted = false, out: FlatBlock[] = []): FlatBlock[] {
  for (const b of blocks) {
    if (b.type === 'quote') flatten(b.blocks, true, out);
    else out.push({ block: b, quoted });
  }
  return out;
}

/**
 * A paragraph that introduces what follows and must not end a page: a heading, a paragraph wholly
 * bold ("**a) …**", "* Lưu ý:" set bold), or one ending with ":".
 */
function isLeadIn(b: FlatBlock['block']): boolean {
  if (b.type === 'heading') return true;
  if (b.type === 'table') return false;
  const text = plainText(b.runs).trim();
  if (text.endsWith(':')) return true;
  const inked = b.runs.filter((r) => r.text.trim() !== '');
  return inked.length > 0 && inked.every((r) => r.bold);
}

/** The body's styles at `size` (notice.bodySize: 13 or 14 pt, Decree 30's two), made once. */
const sizedBodies = new Map<number, { body: TextStyle; heading: TextStyle }>();
function bodyStyles(size: number): { body: TextStyle; heading: TextStyle } {
  let styles = sizedBodies.get(size);
  if (!styles) {
    styles =
      size === S.body.size
        ? { body: S.body, heading: S.heading }
        : { body: { ...S.body, size }, heading: { ...S.heading, size } };
    sizedBodies.set(size, styles);
  }
  return styles;
}

function paragraphOptions(b: FlatBlock, size: number) {
  const inset = b.quoted ? QUOTE_INSET : 0;
  const { block } = b;
  const level =
    block.type === 'item' ? block.depth : block.type === 'paragraph' ? (block.level ?? 0) : 0;
  const base = bodyStyles(size);
  const style = bodyStyle(block.type === 'heading' ? base.heading : base.body, level, b.quoted);
  return {
    style,
    opts: { spaceBefore: 0, spaceAfter: PARA_GAP, insetLeft: inset, insetRight: inset },
  };
}

/**
 * Sets the body, then the signature block with at least the body's last two lines. Each
 * paragraph is told how much of what follows must share its page: a lead-in keeps two lines of
 * the next block (and that block's own keep, if it is a lead-in too); the last lines of the body
 * keep the whole signature block.
 */
export function drawBody(
  flow: Flow,
  blocks: readonly Block[],
  signatureH: number,
  size: number = S.body.size,
): void {
  const flat = flatten(blocks);
  const lineCount = flat.map((b) => {
    if (b.block.type === 'table') return 2;
    const { style, opts } = paragraphOptions(b, size);
    return flow.lines(blockRuns(b.block), style, opts);
  });
  // Blocks that keep with the signature: from the end, until two lines are kept.
  const keepsSignature = new Set<number>();
  for (let i = flat.length - 1, kept = 0; i >= 0 && kept < 2; i--) {
    if (flat[i]?.block.type === 'table') break;
    keepsSignature.add(i);
    kept += lineCount[i] ?? 0;
  }
  // How much must fit on the page before block i can start there, its keeps included.
  const need: number[] = [];
  const keepOf: number[] = [];
  const bodyH = lineHeight(bodyStyles(size).body);
  for (let i = flat.length - 1; i >= 0; i--) {
    const b = flat[i] as FlatBlock;
    const n = lineCount[i] ?? 0;
    const leadIn = isLeadIn(b.block) || flat[i + 1]?.block.type === 'table';
    let keep = 0;
    if (i === flat.length - 1) keep = signatureH;
    else if (leadIn || keepsSignature.has(i)) keep = need[i + 1] ?? 0;
    keepOf[i] = keep;
    const first = b.block.type === 'table' ? 2 * bodyH : (n <= 3 ? n : 2) * bodyH;
    need[i] = first + (n <= 3 || b.block.type === 'table' ? PARA_GAP + keep : 0);
  }
  const { surface } = flow;
  // A tagged PDF: a run of list items is a list (L), each item a list item (LI).
  taggedLists(surface, flat, itemsList, (b, i) => {
    const { block } = b;
    if (block.type === 'table') return drawTable(flow, block, keepOf[i] ?? 0);
    const { style, opts } = paragraphOptions(b, size);
    tagged(surface, block.type === 'item' ? 'LI' : block.type === 'heading' ? 'H2' : 'P', () =>
      flow.paragraph(blockRuns(block), style, { ...opts, keepWithNext: keepOf[i] ?? 0 }),
    );
  });
}

/**
 * The list a block belongs to. Of the module, not made per notice: V8 keeps a closure's
 * optimised code only while a closure of it lives (bench/results.md "## scale: code compiled
 * once").
 */
const itemsList = (b: FlatBlock) => (b.block.type === 'item' ? 'items' : undefined);

/** "Nơi nhận" styles by the width of its entries' "- ": one object each (layout caches key on the style). */
const hungStyles = new Map<number, TextStyle>();

/**
 * The "Nơi nhận" style, a wrapped entry's next lines set in under its text after "- ", as Word
 * sets a hanging list (Decree 30; qa53 M2: they began at the margin, under the dash). Entries that
 * do not all open with "- " (an office's own template) keep the plain style.
 */
function hungUnderDash(surface: Surface, cc: readonly Run[][]): TextStyle {
  if (!cc.every((runs) => runs[0]?.text.startsWith('- '))) return S.cc;
  const w = Math.round(surface.measure.width('- ', S.cc, false, false) * 100) / 100;
  let style = hungStyles.get(w);
  if (!style) {
    style = { ...S.cc, firstIndent: 0, indent: w };
    hungStyles.set(w, style);
  }
  return style;
}

/** The signature block's height, and a function drawing it in the flow. */
export function signature(flow: Flow, input: RenderInput): { height: number; draw: () => void } {
  const { surface } = flow;
  const { sections } = input;
  const leftW = 75 * MM;
  const rightX = MARGIN.left + 70 * MM;
  const rightW = CONTENT_W - 70 * MM;
  const ccLabel = sections.lines('cc-label');
  // Each "Nơi nhận" line ends with ";", the last ("- Lưu: VT, VHXH.") with ".", as typed or not.
  const cc = listEnds(sections.lines('cc'));
  const ccStyle = hungUnderDash(surface, cc);
  const signer = sections.lines('signer');
  const name = sections.lines('signer-name');
  const leftH =
    ccLabel.reduce((s, r) => s + paragraphHeight(surface, r, S.ccLabel, leftW), 0) +
    cc.reduce((s, r) => s + paragraphHeight(surface, r, ccStyle, leftW), 0);
  const rightH =
    signer.reduce((s, r) => s + paragraphHeight(surface, r, S.signer, rightW), 0) +
    SIGNATURE_SPACE +
    name.reduce((s, r) => s + paragraphHeight(surface, r, S.signer, rightW), 0);
  const height = Math.max(leftH, rightH);
  const drawRight = (y: number) => {
    let ry = y + drawColumn(surface, signer, S.signer, rightX, y, rightW);
    surface.signatureField?.([rightX, ry, rightW, SIGNATURE_SPACE]);
    ry += SIGNATURE_SPACE;
    drawColumn(surface, name, S.signer, rightX, ry, rightW);
  };
  // The whole block on one page when it fits there with the body's last two lines; else (a
  // "Nơi nhận" of a ward's 32 tổ and its bodies, qa42 F1) the signature with the body's last
  // lines and the first entries beside it, the other entries continuing on the next pages,
  // never under the bottom margin.
  const room = flow.frame.bottom - flow.frame.top - 2 * lineHeight(S.body) - 2 * PARA_GAP;
  if (height <= room) {
    const draw = () => {
      flow.skip(PARA_GAP);
      flow.keepTogether(height, (x, y) => {
        let ly = y;
        ly += drawColumn(surface, ccLabel, S.ccLabel, x, ly, leftW);
        ly += drawColumn(surface, cc, ccStyle, x, ly, leftW, 'L');
        drawRight(y);
      });
    };
    return { height: height + PARA_GAP, draw };
  }
  const entryH = cc.map((r) => paragraphHeight(surface, r, ccStyle, leftW));
  const labelH = columnHeight(surface, ccLabel, S.ccLabel, leftW);
  const first = Math.max(rightH, labelH + (entryH[0] ?? 0) + (entryH[1] ?? 0));
  const draw = () => {
    flow.skip(PARA_GAP);
    flow.ensure(first);
    const top = flow.y;
    const x = flow.frame.left;
    let ly = top + drawColumn(surface, ccLabel, S.ccLabel, x, top, leftW);
    let i = 0;
    // A page's entries: those that fit above the bottom margin; at the top of a page at least
    // one (an entry taller than a page, never typed so, is set rather than lost).
    const entries = (atTop: boolean) =>
      tagged(surface, 'L', () => {
        const from = i;
        for (; i < cc.length; i++) {
          const fits = ly + (entryH[i] ?? 0) <= flow.frame.bottom + 0.01;
          if (!fits && !(atTop && i === from)) break;
          const runs = cc[i] as Run[];
          ly += tagged(surface, 'LI', () => drawParagraph(surface, runs, ccStyle, x, ly, leftW));
        }
      });
    entries(false);
    drawRight(top);
    let end = Math.max(ly, top + rightH);
    while (i < cc.length) {
      flow.addPage();
      ly = flow.y;
      entries(true);
      end = ly;
    }
    flow.y = end;
  };
  return { height: first + PARA_GAP, draw };
}

/**
 * The body with a pointer to the annex after its first link ("… https://… (mã QR của các đường
 * dẫn tại Phụ lục kèm theo)"), as Decree 30 asks a document to refer to its annex: once, not
 * after every link. The words are the template's "annex-pointer" section. A body with no link,
 * whose annex holds the template's own codes (the app's), ends with the template's
 * "annex-pointer-added" line. A body that names the annex itself (its "annex-label" words) is
 * left as written.
 */
function withAnnexPointers(
  blocks: readonly Block[],
  input: RenderInput,
  numbers: { office: readonly string[]; picture: string; qr: string },
  linkCount: number,
): Block[] {
  const { sections } = input;
  const label = sections.has('annex-label')
    ? plainText(sections.lines('annex-label')[0] ?? [])
    : '';
  // With another annex too (the office's own, the map), the pointer names the QR annex by its
  // number ("Phụ lục II"), and a body naming "Phụ lục" (the other's) does not stand for it (qa42
  // F4, review43 #2).
  const numbered = (runs: readonly Run[]) =>
    numberedAfter(oneLinkSaid(runs, linkCount), label, numbers.qr);
  const pointer = numbered(
    sections.has('annex-pointer') ? (sections.lines('annex-pointer')[0] ?? []) : [],
  );
  const names = (b: Block): boolean =>
    b.type === 'quote'
      ? b.blocks.some(names)
      : b.type === 'table'
        ? [b.head, ...b.rows].some((row) => row.some((cell) => mentions(plainText(cell), label)))
        : mentions(plainText(b.runs), label);
  if (numbers.office.length === 0 && !numbers.picture && blocks.some(names)) return [...blocks];
  // No link in the body, and an annex of the codes the template adds (the app's stores): the
  // body's last line says what the annex holds (qa23 #8: a second page the body never named).
  if (linksOf(blocks).length === 0) {
    const added = numbered(
      sections.has('annex-pointer-added') ? (sections.lines('annex-pointer-added')[0] ?? []) : [],
    );
    return added.length > 0 && qrCodes(sections).length > 0
      ? [...blocks, { type: 'paragraph', runs: [...added] }]
      : [...blocks];
  }
  if (pointer.length === 0) return [...blocks];
  let pointed = false;
  return withRuns(blocks, (runs) => {
    if (pointed) return [...runs];
    const at = runs.findIndex((r, i) => r.link && runs[i + 1]?.link !== r.link);
    if (at < 0) return [...runs];
    pointed = true;
    return withPointerAt(runs, at, pointer);
  });
}

/** The runs with ` ${number}` after the first place they say `label` ("Phụ lục" → "Phụ lục II"). */
function numberedAfter(runs: readonly Run[], label: string, number: string): Run[] {
  if (!number || !label) return [...runs];
  const words = label.toLocaleLowerCase('vi');
  const at = runs.findIndex((r) => r.text.toLocaleLowerCase('vi').includes(words));
  const run = runs[at];
  if (!run) return [...runs];
  const end = run.text.toLocaleLowerCase('vi').indexOf(words) + words.length;
  return [
    ...runs.slice(0, at),
    { ...run, text: `${run.text.slice(0, end)} ${number}${run.text.slice(end)}` },
    ...runs.slice(at + 1),
  ];
}

/**
 * The body with each campaign link it names by its label (model/named-links.ts: "qua đường link
 * “Đăng ký tiêm”", qa24 F5) made a link to its address, at the first place it is named: the annex
 * prints its code, captioned with the label, as for an address typed in the body, and the pointer
 * to the annex follows it. A link whose page the body already links (its address typed) is left
 * as it is. Longer labels first, so "Đăng ký tiêm mũi 2" is not taken for "Đăng ký tiêm".
 */
function withNamedLinks(blocks: readonly Block[], links: DocContext['links']): Block[] {
  const linked = new Set(linksOf(blocks).map((url) => pageKey(url) ?? url));
  const named = Object.values(links ?? {})
    .filter((l) => l.label.trim() !== '' && !linked.has(pageKey(l.url) ?? l.url))
    .sort((a, b) => b.label.length - a.label.length);
  let out = [...blocks];
  for (const { url, label } of named) {
    let done = false;
    out = withRuns(out, (runs) => {
      if (done) return [...runs];
      const at = labelMentionInRuns(runs, label);
      if (!at) return [...runs];
      done = true;
      return linkedBetween(runs, at, url);
    });
  }
  return out;
}

/**
 * Where a paragraph's runs name `label`, read as the one text they print: a Word body gives
 * "đường link" bold and the label after it plain, or the quotes apart from the label. Never in a
 * run that already is a link.
 */
function labelMentionInRuns(runs: readonly Run[], label: string) {
  const starts: number[] = [];
  let text = '';
  for (const r of runs) {
    starts.push(text.length);
    text += r.text;
  }
  const linked = runs.flatMap((r, i) => {
    const from = starts[i] as number;
    return r.link ? [[from, from + r.text.length] as const] : [];
  });
  return labelMention(text, label, (at, end) => linked.every(([a, b]) => end <= a || at >= b));
}

/** The runs with the text from `at` to `end` (of their joined text) a link to `url`, each keeping its style. */
function linkedBetween(
  runs: readonly Run[],
  { at, end }: { at: number; end: number },
  url: string,
): Run[] {
  let from = 0;
  return runs.flatMap((r) => {
    const start = from;
    from += r.text.length;
    const a = Math.max(at - start, 0);
    const b = Math.min(end - start, r.text.length);
    if (a >= b) return [r];
    return [
      ...(a > 0 ? [{ ...r, text: r.text.slice(0, a) }] : []),
      { ...r, text: r.text.slice(a, b), link: url },
      ...(b < r.text.length ? [{ ...r, text: r.text.slice(b) }] : []),
    ];
  });
}

/** "(" less ")" in the text of runs that are no link (an address may hold brackets). */
const openBrackets = (runs: readonly Run[]) =>
  runs.reduce(
    (n, r) =>
      r.link ? n : n + (r.text.match(/\(/g)?.length ?? 0) - (r.text.match(/\)/g)?.length ?? 0),
    0,
  );

/**
 * The pointer after the link that ends at `at`, or, when the link is inside brackets ("(tải tại
 * https://… hoặc https://…)"), after the bracket that closes them: a bracket inside a bracket
 * reads as a slip (qa18).
 */
function withPointerAt(runs: readonly Run[], at: number, pointer: readonly Run[]): Run[] {
  const after = (i: number) => [
    ...runs.slice(0, i + 1),
    { text: ' ' },
    ...pointer,
    ...runs.slice(i + 1),
  ];
  let open = openBrackets(runs.slice(0, at + 1));
  // A link in quotes ("đường link “Đăng ký tiêm”"): the pointer after the closing quote.
  const next = runs[at + 1];
  const quote = next && !next.link ? /^[”’"»]+/u.exec(next.text)?.[0] : undefined;
  if (open <= 0 && next && quote) {
    const rest = next.text.slice(quote.length);
    return [
      ...runs.slice(0, at + 1),
      { ...next, text: quote },
      { text: ' ' },
      ...pointer,
      ...(rest ? [{ ...next, text: rest }] : []),
      ...runs.slice(at + 2),
    ];
  }
  if (open <= 0) return after(at);
  for (let j = at + 1; j < runs.length; j++) {
    const r = runs[j] as Run;
    if (r.link) continue;
    for (let k = 0; k < r.text.length; k++) {
      if (r.text[k] === '(') open++;
      else if (r.text[k] === ')' && --open === 0) {
        const head = { ...r, text: r.text.slice(0, k + 1) };
        const tail = { ...r, text: r.text.slice(k + 1) };
        return [
          ...runs.slice(0, j),
          head,
          { text: ' ' },
          ...pointer,
          ...(tail.text ? [tail] : []),
          ...runs.slice(j + 1),
        ];
      }
    }
  }
  return after(at);
}

const mentions = (text: string, words: string) =>
  words !== '' && text.toLocaleLowerCase('vi').includes(words.toLocaleLowerCase('vi'));

/**
 * The template's words for the body's links, "của các đường dẫn", said of one when the body has
 * one link (qa53 p1: "mã QR của các đường dẫn" over a single code).
 */
function oneLinkSaid(runs: readonly Run[], linkCount: number): Run[] {
  if (linkCount !== 1) return [...runs];
  return runs.map((r) => ({ ...r, text: r.text.replace(/(của\s+)các\s+(đường\s+dẫn)/gu, '$1$2') }));
}

/** The codes of the notice's QR annex: the body's links, then the template's own. */
function qrAnnexCells(input: RenderInput, body: readonly Block[]) {
  const { ctx, sections } = input;
  // One code a page: an address typed twice apart ("…/", http) is one code, the first typed.
  const pages = new Set<string>();
  const bodyLinks = linksOf(body).filter((url) => {
    const page = pageKey(url) ?? url;
    if (pages.has(page)) return false;
    pages.add(page);
    return true;
  });
  const labelOf = new Map(Object.values(ctx.links).map((l) => [l.url, l.label]));
  // Codes the template adds after the body's links (the app's store links). A body that names
  // one of them ("tải tại {{app.ios.url}}") gets one code for it, with the template's caption
  // when the links give none (qa18: four codes for two addresses, two without a caption).
  const added = qrCodes(sections);
  const addedCaption = new Map(
    added.filter((c) => c.caption.length > 0).map((c) => [c.url, c.caption]),
  );
  // Every code says what it is: the label of the link of its page (its address as typed in the
  // body may differ: a final "/", http, a share query), else the template's caption, else what
  // the body says of it ("Đăng ký theo tổ dân phố tại {{group.[Link đăng ký]}}": a group's own
  // link), else at least its site (qa: a group's link printed with no caption).
  const words = linkWords(body);
  const captionOf = (url: string): Run[][] => {
    const label = labelOf.get(url);
    if (label !== undefined) return [[{ text: label, bold: true }]];
    const caption = addedCaption.get(url);
    if (caption) return caption;
    const pageLabel = forPage(labelOf, url);
    if (pageLabel !== undefined) return [[{ text: pageLabel, bold: true }]];
    return forPage(addedCaption, url) ?? [[{ text: words.get(url) || hostOf(url), bold: true }]];
  };
  const cells: QrCell[] = [
    ...bodyLinks.map((url) => ({ url, caption: captionOf(url) })),
    // A code the template adds for a page the body links has its code already.
    ...added.filter((c) => !pages.has(pageKey(c.url) ?? c.url)),
  ];
  return { cells, bodyLinks };
}

/**
 * An annex's heading as Phụ lục I of the Decree sets it: "PHỤ LỤC" (numbered when the notice has
 * two: "PHỤ LỤC I", "PHỤ LỤC II"), its title, and which document it goes with.
 */
function drawAnnexHeading(flow: Flow, input: RenderInput, title: Run[][], numeral: string): void {
  const { sections } = input;
  const label = sections.has('annex-label') ? sections.lines('annex-label') : [];
  const numbered = label.map((runs, i) =>
    numeral && i === label.length - 1 ? [...runs, { text: ` ${numeral}` }] : runs,
  );
  const heading = [
    ...numbered.map((runs) => ({ runs, style: S.annexLabel })),
    ...title.map((runs) => ({ runs, style: S.annexTitle })),
    ...(sections.has('annex-ref')
      ? sections.lines('annex-ref').map((runs) => ({ runs, style: S.annexRef }))
      : []),
  ];
  for (const { runs, style } of heading)
    tagged(flow.surface, style === S.annexTitle ? 'H2' : 'P', () => flow.paragraph(runs, style));
  flow.skip(6 * MM);
}

/**
 * The campaign's map (`assets.map`) as an annex of its own page, before the QR codes' (Decree 30:
 * a picture of a document goes in its annex; on a page of its own it prints as large as the page
 * allows — a muster map squeezed between the body and the signature is too small to read, and
 * would push the signature to another page). Its caption is the annex's title.
 */
function drawPictureAnnex(
  flow: Flow,
  input: RenderInput,
  picture: FlyerPicture,
  numeral: string,
): void {
  flow.addPage();
  drawAnnexHeading(flow, input, [[{ text: picture.caption ?? 'Sơ đồ' }]], numeral);
  const [w, h] = pictureBox(picture.size, CONTENT_W, flow.remaining());
  const surface = flow.surface;
  const top = flow.y;
  tagged(
    surface,
    'Figure',
    () => surface.image(picture.png, [MARGIN.left + (CONTENT_W - w) / 2, top, w, h]),
    picture.alt,
  );
  flow.y = top + h;
}

function drawQrAnnex(
  flow: Flow,
  input: RenderInput,
  { cells, bodyLinks }: ReturnType<typeof qrAnnexCells>,
  numeral: string,
): void {
  const { sections } = input;
  if (cells.length === 0) return;
  // An annex as Phụ lục I sets one: on a page of its own (never under the signature), "PHỤ LỤC",
  // its title, and which document it goes with. A template from before the annex has only the
  // title; it is set the same way. Its pages are numbered on their own, as the Decree allows.
  flow.addPage();
  // Its title says what it holds: the template's own codes alone (the app's) when the body
  // links nothing, never "các đường dẫn trong văn bản" that are not there (qa23 #8).
  const title = sections.lines(
    bodyLinks.length === 0 && sections.has('qr-heading-added') ? 'qr-heading-added' : 'qr-heading',
  );
  drawAnnexHeading(
    flow,
    input,
    title.map((runs) => oneLinkSaid(runs, bodyLinks.length)),
    numeral,
  );
  qrGrid(flow, cells, {
    columns: 3,
    module: HAND_MODULE,
    document: msg`notice`,
    file: sections.file,
    caption: S.qrCaption,
  });
}

/**
 * The notice is the same for every group but for its "Bản gửi" tag at each page's foot: laid out
 * once, its pages placed again with each group's tag (layout/kept-document.ts). The key is all
 * that the layout reads: the sections but the tag, the recipients and body as their group's and
 * issuer's names are kept together in them, and the links' captions.
 */
async function draw(surface: Surface, input: RenderInput): Promise<void> {
  // The ward's own copy (its bản gốc, to register, sign and keep) is no group's: no tag.
  const pageTag = input.unmarked ? [] : input.sections.lines('page-tag');
  const picture = await flyerPicture(input.ctx);
  const key = [
    picture ? `${picture.caption ?? ''}|${pictureDigest(picture.png)}` : '',
    input.sections.keyExcept(['page-tag', 'recipients', 'body']),
    String(bodySize(input)),
    JSON.stringify(input.sections.lines('recipients')),
    JSON.stringify(input.sections.blocks('body')),
    JSON.stringify(Object.values(input.ctx.links).map((l) => [l.url, l.label])),
  ].join('\u0001');
  drawKeptDocument(
    surface,
    `notice|${key}`,
    (s, furniture) => drawNotice(s, input, furniture ? pageTag : [], picture),
    (s) => drawPageTag(s, pageTag),
  );
}

/** The group tag at the foot of every page: drawn, not read (a tagged PDF's artifact). */
function drawPageTag(surface: Surface, pageTag: readonly Run[][]): void {
  tagged(surface, 'Artifact', () => drawPageTagLines(surface, pageTag));
}

/** The sizes the "Bản gửi" tag is tried at, largest first, for it to stand on one line. */
const TAG_SIZES = [9, 8.5, 8, 7.5, 7];
const tagStyles = TAG_SIZES.map((size) => ({ ...S.pageTag, size }));
/** The smallest, at which a tag still too long wraps. */
const TAG_WRAP_STYLE = tagStyles[tagStyles.length - 1] as TextStyle;
/** Top of the tag's one line: its baseline ≈10 mm over the sheet's edge, inside the margin. */
const TAG_TOP = A4[1] - 13 * MM;

/**
 * Each line of the tag at the largest size that keeps it on one line; one still too long (a
 * 115-letter tổ name, qa42 F11) wraps at the smallest, its name free to break so that "Bản gửi:"
 * keeps the name's first word.
 */
function fittedTag(measure: Measurer, pageTag: readonly Run[][]) {
  return pageTag.map((runs) => {
    for (const style of tagStyles)
      if (breakLines(runs, style, CONTENT_W, measure).length <= 1) return { runs, style, lines: 1 };
    const free = runs.map((r) => ({ ...r, text: r.text.replaceAll('\u00a0', ' ') }));
    const lines = breakLines(free, TAG_WRAP_STYLE, CONTENT_W, measure).length;
    return { runs: free, style: TAG_WRAP_STYLE, lines };
  });
}

/** The tag, its last line where a one-line tag stands: lines added go up, never to the edge. */
function drawPageTagLines(surface: Surface, pageTag: readonly Run[][]): void {
  const fitted = fittedTag(surface.measure, pageTag);
  const height = fitted.reduce((h, t) => h + t.lines * lineHeight(t.style), 0);
  let y = TAG_TOP + lineHeight(S.pageTag) - height;
  for (const { runs, style } of fitted)
    y += drawParagraph(surface, runs, style, MARGIN.left, y, CONTENT_W);
}

function drawNotice(
  surface: Surface,
  input: RenderInput,
  pageTag: readonly Run[][],
  picture?: FlyerPicture,
): void {
  const { sections } = input;
  // The first page of the annex: its pages are numbered from 1 again.
  let annexFrom = 0;
  const flow = new Flow(
    surface,
    { left: MARGIN.left, top: MARGIN.top, width: CONTENT_W, bottom: A4[1] - MARGIN.bottom },
    (page) => {
      // Page numbers centred in the top margin, from page 2 on (of the notice, of its annex).
      const number = annexFrom > 0 ? page - annexFrom + 1 : page;
      tagged(surface, 'Artifact', () => {
        if (number > 1)
          drawParagraph(
            surface,
            [{ text: String(number) }],
            S.pageNumber,
            MARGIN.left,
            9 * MM,
            CONTENT_W,
          );
        drawPageTagLines(surface, pageTag);
      });
    },
  );
  flow.y = drawHeader(surface, input);
  // A named document without a "Kính gửi" list (Decree 30: it is sent by its "Nơi nhận").
  if (sections.has('recipients')) drawRecipients(flow, input);
  flow.skip(5 * MM);
  const body = withNamedLinks(sections.blocks('body'), input.ctx.links);
  const sig = signature(flow, input);
  const qr = qrAnnexCells(input, body);
  const numbers = annexNumbers(appendixCount(sections), picture !== undefined, qr.cells.length > 0);
  const pointed = withAnnexPointers(body, input, numbers, qr.bodyLinks.length);
  drawBody(flow, pointed, sig.height, bodySize(input));
  sig.draw();
  const annexStarts = () => {
    annexFrom = flow.pageNumber + 1;
  };
  // The office's appendices, the map, the QR codes: each from a page of its own, its pages
  // numbered on their own, as the Decree allows; numbered I, II… when there are two or more.
  drawAppendices(flow, input, numbers.office, annexStarts);
  if (picture) {
    annexStarts();
    drawPictureAnnex(flow, input, picture, numbers.picture);
  }
  if (qr.cells.length > 0) annexStarts();
  drawQrAnnex(flow, input, qr, numbers.qr);
}

/** The body's type size the office chose (notice.bodySize), else the Decree's 13 pt. */
const bodySize = (input: RenderInput): number => input.ctx.notice.bodySize ?? S.body.size;

/** How many appendices the office wrote (notice.appendix: "appendix-<n>-title" sections). */
function appendixCount(sections: RenderInput['sections']): number {
  let n = 0;
  while (sections.has(`appendix-${n}-title`) || sections.has(`appendix-${n}`)) n++;
  return n;
}

/**
 * The number each annex prints after "PHỤ LỤC": the office's appendices first, in the order
 * written, then the map, then the QR codes; none when there is only one (Decree 30: numbered
 * when two or more).
 */
export function annexNumbers(
  office: number,
  picture: boolean,
  qr: boolean,
): { office: string[]; picture: string; qr: string } {
  const total = office + (picture ? 1 : 0) + (qr ? 1 : 0);
  const numberOf = (i: number) => (total >= 2 ? roman(i + 1) : '');
  return {
    office: Array.from({ length: office }, (_, i) => numberOf(i)),
    picture: picture ? numberOf(office) : '',
    qr: qr ? numberOf(office + (picture ? 1 : 0)) : '',
  };
}

/**
 * The office's own appendices (notice.appendix), as Phụ lục I sets an appendix: after the
 * signature, each from a page of its own, "PHỤ LỤC" (numbered), its title, the "(Kèm theo …)"
 * line, then its text set as the body is; its pages numbered on their own.
 */
function drawAppendices(
  flow: Flow,
  input: RenderInput,
  numbers: readonly string[],
  onStart: () => void,
): void {
  const { sections } = input;
  numbers.forEach((number, i) => {
    onStart();
    flow.addPage();
    drawAnnexHeading(flow, input, sections.lines(`appendix-${i}-title`), number);
    drawBody(flow, sections.blocks(`appendix-${i}`), 0, bodySize(input));
  });
}

/** A prepared map's bytes as a layout's key names them (hashed once per prepared picture). */
const digests = new WeakMap<Uint8Array, string>();
function pictureDigest(png: Uint8Array): string {
  let digest = digests.get(png);
  if (!digest) {
    digest = createHash('sha256').update(png).digest('base64');
    digests.set(png, digest);
  }
  return digest;
}

/** The body's tables, those in quotes too, in the order they are printed. */
const tablesOf = (blocks: readonly Block[]): TableBlock[] =>
  blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'quote' ? tablesOf(b.blocks) : []));

/**
 * A body table too wide for the page even with every column at its longest word prints with
 * words split (table-columns.ts fitColumns): the build says so, naming the table and the column
 * of the longest word (qa11 Q9), rather than the office finding a link cut in two on paper.
 */
async function roomNotes(input: RenderInput): Promise<SectionNote[]> {
  const measure = sharedMeasurer(input.fonts);
  const tag = input.sections.has('page-tag') ? input.sections.lines('page-tag') : [];
  const tagNotes: SectionNote[] = fittedTag(measure, tag).some((t) => t.lines > 1)
    ? [
        {
          text: msg`the copy mark at the foot of each page ("${plainText(tag[0] ?? [])}") is too long for one line even in small type: it is printed on several lines`,
          section: 'page-tag',
          hint: msg`Give the group a shorter name in the groups file, or shorten the "page-tag" section of the template.`,
        },
      ]
    : [];
  const tableNotes = tablesOf(input.sections.blocks('body')).flatMap((table, n) => {
    const floors = columnFloors(measure, tableRows(table), TABLE_STYLE);
    if (floors.reduce((a, b) => a + b, 0) <= CONTENT_W + 0.01) return [];
    const cut = floors.indexOf(Math.max(...floors));
    const column = plainText(table.head[cut] ?? []) || String(cut + 1);
    return [
      {
        text: msg`table ${n + 1} of the notice's body is too wide for the page even with each column as narrow as its longest word: words are split, the longest in the column "${column}"`,
        campaignField: 'notice.body',
        hint: msg`Give the table fewer columns, or move a long link out of it into the text (it still gets its QR code in the annex), or use a shorter link.`,
      },
    ];
  });
  return [...tagNotes, ...tableNotes];
}

export const notice: DocumentKind = {
  ...described('notice'),
  template: 'notice.hbs',
  family: 'serif',
  pageSize: () => A4,
  signs: true,
  printsMap: true,
  tagged: true,
  roomNotes,
  draw,
};
