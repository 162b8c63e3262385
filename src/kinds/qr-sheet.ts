/**
 * The office's sheet of the leaders' links, to print on A4 and cut into cards — per group its
 * name, its leader, a QR code of its link and the link written out. A document of the ward, not
 * of a group (like the report), so not in the registry. In: the cards (plain data, as it goes to
 * a worker thread). Out: the cards drawn on a Surface (output/qr-sheet.ts makes it a PDF). Only
 * for public links: `serve/qr-sheet.ts` withholds it without --base-url (a code of 127.0.0.1
 * opens nothing on a leader's phone).
 */
import { UserError } from '../errors.js';
import { drawParagraph, paragraphHeight } from '../layout/draw-text.js';
import { sizeForOneLine } from '../layout/fit-size.js';
import type { Measurer } from '../layout/line-break.js';
import { linkLines } from '../layout/link-lines.js';
import { keptWhole, nameJoiner } from '../layout/names.js';
import { drawQr, HAND_MODULE, qrSide, readableUrl } from '../layout/qr.js';
import type { Surface } from '../layout/surface.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import { finalRemark } from '../load/remark.js';
import { msg, withTerm } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import type { Run } from '../template/blocks.js';

/** A group's card: who it is for and the link its code holds. */
export interface QrCard {
  name: string;
  leader: string;
  /**
   * What the group calls its head ("Trưởng plei" in a commune of buôn, model/group-term.ts
   * `groupOwnTerm`); the ward's word when not given.
   */
  Leader?: string;
  url: string;
}

const A4: [number, number] = [210 * MM, 297 * MM];
/** The sheet's page, A4 portrait. */
export const QR_SHEET_PAGE = A4;
/** Nothing printed nearer the sheet's edge than this (what a photocopier leaves white). */
const EDGE = 10 * MM;
const PAD = 3 * MM;
/** The code's side on a card: large enough for a phone held at arm's length… */
const CODE = 42 * MM;

/**
 * How the cards sit on a page. Eight cards a page, each code at most 57 mm (which leaves the text
 * beside it room for a name), hold a link of up to 122 characters. The studio's links,
 * `<address>/p/<campaign folder, up to 60>/g/<token>/`, are longer under a real address (qa6
 * H8: 125 characters with https://studio.hoankiem.hanoi.gov.vn): their sheet gets three wide
 * cards a page, whose code may be 86 mm (about 350 characters). A larger card, never finer
 * modules nor a weaker error correction (a code of level L failed to scan at 150 dpi where the
 * same link at level M did not).
 */
interface CardLayout {
  columns: number;
  rows: number;
  maxCode: number;
}
const LAYOUTS: readonly CardLayout[] = [
  { columns: 2, rows: 4, maxCode: 57 * MM },
  { columns: 1, rows: 3, maxCode: (A4[1] - 2 * EDGE) / 3 - 2 * PAD },
];

/** The side of `url`'s code on a card: at least CODE, modules never under HAND_MODULE. */
const codeSide = (url: string) => Math.max(qrSide(url, HAND_MODULE), CODE);

const style = (size: number, bold = false): TextStyle => ({
  family: 'sans',
  size,
  leading: 1.25,
  align: 'left',
  bold,
});
/** Smallest type on a card: every kind's floor (test/kinds/min-text-size.test.ts). */
const MIN_SIZE = 9;
const NAME = style(12, true);
const LINE = style(9.5);
const URL_TEXT = style(9);

/** A paragraph of a card's text, and the gap after it. */
interface Block {
  runs: Run[];
  style: TextStyle;
  after?: number;
}

/**
 * A name (the group's, its leader's, the ward's) drawn whole, as notices keep theirs
 * (layout/names.ts): read across a line break, "Nguyễn Văn / Hùng" is two people. After its
 * `label` ("Tổ trưởng:") when both fit on the line, else on a line of its own; shrunk down to
 * MIN_SIZE to stay on that line; only a name wider than the line even then is broken, between its
 * words and at its own size.
 */
function nameBlocks(
  measure: Measurer,
  name: string,
  style: TextStyle,
  w: number,
  label?: string,
): Block[] {
  const whole = nameJoiner([name]);
  const fit = sizeForOneLine(measure, name, style, w, MIN_SIZE, 0.01);
  const tooWide = measure.width(name, { ...style, size: fit }, Boolean(style.bold), false) > w;
  if (fit >= style.size) {
    // The line breaker moves the joined name whole to the next line when it does not fit after
    // the label.
    const text = label ? `${label} ${name}` : name;
    return [{ runs: whole([{ text }]), style }];
  }
  // Under the label, shrunk; a name wider than the line even then is set at its own size and
  // broken between its words (the line breaker leaves such a name where it starts).
  const nameStyle = tooWide ? style : { ...style, size: fit };
  return [
    ...(label ? [{ runs: [{ text: label }], style }] : []),
    { runs: whole([{ text: name }]), style: nameStyle },
  ];
}

/**
 * The written address's lines (qa22 #6): the token (after the last "/") starts a line of its own,
 * so it is read whole where it fits; each part broken as every printed link is (layout/link-lines.ts:
 * after a "/", else between two characters, never beside one of the link's own "-").
 */
function addressLines(measure: Measurer, url: string, w: number): string[] {
  const readable = readableUrl(url);
  const cut = readable.lastIndexOf('/') + 1;
  return [readable.slice(0, cut), readable.slice(cut)]
    .filter((part) => part !== '')
    .flatMap((part) => linkLines(measure, part, URL_TEXT, w));
}

/** How a card's text is set: the group's name (maybe shortened at its "(") at `size`. */
interface CardFit {
  size: number;
  name: string;
}

/**
 * "Thôn Phương Chử Tây (…)": a name's final bracketed remark left out, its bracket kept — the
 * remark the line breaker lets break (layout/names.ts `keptWhole`), read by load/remark.ts.
 */
function shortenedName(name: string): string | undefined {
  const remark = finalRemark(name);
  return remark && remark.before !== '' ? `${remark.before} (…)` : undefined;
}

/** The text beside a card's code, top to bottom. */
function cardBlocks(
  measure: Measurer,
  card: QrCard,
  opts: { ward: string; term: GroupTerm },
  tw: number,
  fit: CardFit,
): Block[] {
  const title = card.Leader ?? opts.term.Leader;
  const name = nameBlocks(measure, fit.name, { ...NAME, size: fit.size }, tw);
  const lastOf = (blocks: Block[], after: number) =>
    blocks.map((b, i) => (i === blocks.length - 1 ? { ...b, after } : b));
  return [
    ...lastOf(name, 1.5 * MM),
    ...(card.leader ? nameBlocks(measure, card.leader, LINE, tw, `${title}:`) : []),
    ...lastOf(nameBlocks(measure, opts.ward, LINE, tw), 2 * MM),
    { runs: [{ text: 'Quét mã QR hoặc mở:' }], style: LINE },
    ...addressLines(measure, card.url, tw).map((text) => ({ runs: [{ text }], style: URL_TEXT })),
  ];
}

const blocksHeight = (surface: Surface, blocks: readonly Block[], w: number) =>
  blocks.reduce((h, b) => h + paragraphHeight(surface, b.runs, b.style, w) + (b.after ?? 0), 0);

/** Where a card's text starts and how wide it is, beside its code. */
function textBox(card: QrCard, layout: CardLayout) {
  const dx = PAD + codeSide(card.url) + PAD / 2;
  return { dx, w: (A4[0] - 2 * EDGE) / layout.columns - dx - PAD };
}

const cardHeight = (layout: CardLayout) => (A4[1] - 2 * EDGE) / layout.rows;

/**
 * How the card's text fits its card, top pad to bottom pad: the group's name at its own size, or
 * smaller down to MIN_SIZE, or then shortened at its "(" (qa22 #6: a thôn's name of 5 lines
 * pushed the address over the cut line). Undefined when it does not fit even so.
 */
function fitCard(
  surface: Surface,
  card: QrCard,
  opts: { ward: string; term: GroupTerm },
  layout: CardLayout,
): CardFit | undefined {
  const { w } = textBox(card, layout);
  const room = cardHeight(layout) - 2 * PAD;
  // A name with a bracketed remark starts no smaller than it takes to keep the name before the
  // bracket on one line ("Thôn Phương Chử Tây", not "Thôn Phương Chử" over "Tây (gồm…").
  const head = keptWhole(card.name);
  const largest =
    head === card.name ? NAME.size : sizeForOneLine(surface.measure, head, NAME, w, MIN_SIZE, 0.01);
  const sizes: number[] = [];
  for (let s = Math.floor(largest * 2) / 2; s >= MIN_SIZE; s -= 0.5) sizes.push(s);
  const short = shortenedName(card.name);
  for (const name of short ? [card.name, short] : [card.name])
    for (const size of sizes) {
      const blocks = cardBlocks(surface.measure, card, opts, w, { size, name });
      if (blocksHeight(surface, blocks, w) <= room) return { size, name };
    }
  return undefined;
}

function drawCard(
  surface: Surface,
  card: QrCard,
  opts: { ward: string; term: GroupTerm },
  layout: CardLayout,
  fit: CardFit,
  x: number,
  y: number,
) {
  const h = cardHeight(layout);
  // layoutFor found room for every card's code.
  const size = codeSide(card.url);
  // The code's quiet zone (4 modules, over 4 mm) is white already: half a pad between it and
  // the text is enough, and leaves the text the width of a long name.
  drawQr(surface, card.url, x + PAD, y + (h - size) / 2, size);
  const { dx, w } = textBox(card, layout);
  let ty = y + PAD;
  for (const b of cardBlocks(surface.measure, card, opts, w, fit))
    ty += drawParagraph(surface, b.runs, b.style, x + dx, ty, w) + (b.after ?? 0);
}

/**
 * The layout with the most cards a page that has room for every card's code and text (each card's
 * fit: fitCard), else a UserError naming the link or the name at fault.
 */
function layoutFor(
  surface: Surface,
  cards: readonly QrCard[],
  opts: { ward: string; term: GroupTerm },
): { layout: CardLayout; fits: CardFit[] } {
  const largest = Math.max(0, ...cards.map((c) => codeSide(c.url)));
  const coded = LAYOUTS.filter((l) => largest <= l.maxCode);
  if (coded.length === 0) {
    const longest = cards.find((c) => codeSide(c.url) === largest) as QrCard;
    const room = LAYOUTS[LAYOUTS.length - 1]?.maxCode ?? 0;
    throw new UserError(
      msg`the link ${longest.url} is too long for a QR code on the sheet of codes: it needs ${Math.ceil(largest / MM)} mm, a card has room for ${Math.floor(room / MM)} mm`,
      { field: '--base-url' },
      msg`Publish the pages at a shorter address (whoever installed the tool sets it: the --base-url option).`,
    );
  }
  let misfit: QrCard | undefined;
  for (const layout of coded) {
    misfit = undefined;
    const fits: CardFit[] = [];
    for (const card of cards) {
      const fit = fitCard(surface, card, opts, layout);
      if (!fit) {
        misfit = card;
        break;
      }
      fits.push(fit);
    }
    if (!misfit) return { layout, fits };
  }
  throw new UserError(
    withTerm(
      msg`the name "${(misfit as QrCard).name}" does not fit its card on the sheet of QR codes, even in ${MIN_SIZE}-point type and without its part in brackets`,
      opts.term,
    ),
    {},
    withTerm(msg`Shorten the group's name in the groups file.`, opts.term),
  );
}

/** Dashed lines between the cards, where the office cuts. */
function drawCutLines(surface: Surface, layout: CardLayout, cardW: number, cardH: number) {
  const dash = 3;
  for (let c = 1; c < layout.columns; c++) {
    const x = EDGE + c * cardW;
    surface.strokeLine(x, EDGE, x, A4[1] - EDGE, 0.5, '#777777', dash);
  }
  for (let r = 1; r < layout.rows; r++) {
    const y = EDGE + r * cardH;
    surface.strokeLine(EDGE, y, A4[0] - EDGE, y, 0.5, '#777777', dash);
  }
}

/** The cards on as many A4 pages as they take (one empty page for none), with cut lines. */
export function drawQrSheet(
  surface: Surface,
  cards: readonly QrCard[],
  opts: { ward: string; term: GroupTerm },
): void {
  const { layout, fits } = layoutFor(surface, cards, opts);
  const cardW = (A4[0] - 2 * EDGE) / layout.columns;
  const cardH = (A4[1] - 2 * EDGE) / layout.rows;
  const perPage = layout.columns * layout.rows;
  for (let i = 0; i < Math.max(1, cards.length); i += perPage) {
    surface.addPage();
    const onPage = cards.slice(i, i + perPage);
    onPage.forEach((card, k) => {
      const x = EDGE + (k % layout.columns) * cardW;
      const y = EDGE + Math.floor(k / layout.columns) * cardH;
      drawCard(surface, card, opts, layout, fits[i + k] as CardFit, x, y);
    });
    drawCutLines(surface, layout, cardW, cardH);
  }
}
