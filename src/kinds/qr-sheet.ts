/**
 * The office's sheet of the leaders' links, to print on A4 and cut into cards — per group its
 * name, its leader, a QR code of its link and the link written out. A document of the ward, not
 * of a group (like the report), so not in the registry. In: the cards (plain data, as it goes to
 * a worker thread). Out: the cards drawn on a Surface (output/qr-sheet.ts makes it a PDF). Only
 * for public links: `serve/qr-sheet.ts` withholds it without --base-url (a code of 127.0.0.1
 * opens nothing on a leader's phone).
 */
import { UserError } from '../errors.js';
import { drawParagraph } from '../layout/draw-text.js';
import { sizeForOneLine } from '../layout/fit-size.js';
import { nameJoiner } from '../layout/names.js';
import { drawQr, HAND_MODULE, qrSide, readableUrl } from '../layout/qr.js';
import type { Surface } from '../layout/surface.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import { msg } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';

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

/** The layout with the most cards a page that has room for every card's code. */
function layoutFor(cards: readonly QrCard[]): CardLayout {
  const largest = Math.max(0, ...cards.map((c) => codeSide(c.url)));
  const layout = LAYOUTS.find((l) => largest <= l.maxCode);
  if (layout) return layout;
  const longest = cards.find((c) => codeSide(c.url) === largest) as QrCard;
  const room = LAYOUTS[LAYOUTS.length - 1]?.maxCode ?? 0;
  throw new UserError(
    msg`the link ${longest.url} is too long for a QR code on the sheet of codes: it needs ${Math.ceil(largest / MM)} mm, a card has room for ${Math.floor(room / MM)} mm`,
    { field: '--base-url' },
    msg`Publish the pages at a shorter address (whoever installed the tool sets it: the --base-url option).`,
  );
}

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

/**
 * A name (the group's, its leader's, the ward's) drawn whole, as notices keep theirs
 * (layout/names.ts): read across a line break, "Nguyễn Văn / Hùng" is two people. After its
 * `label` ("Tổ trưởng:") when both fit on the line, else on a line of its own; shrunk down to
 * MIN_SIZE to stay on that line; only a name wider than the line even then is broken, between its
 * words and at its own size. Returns the height used.
 */
function drawName(
  surface: Surface,
  name: string,
  style: TextStyle,
  x: number,
  y: number,
  w: number,
  label?: string,
): number {
  const whole = nameJoiner([name]);
  const fit = sizeForOneLine(surface.measure, name, style, w, MIN_SIZE, 0.01);
  const tooWide =
    surface.measure.width(name, { ...style, size: fit }, Boolean(style.bold), false) > w;
  if (fit >= style.size) {
    // The line breaker moves the joined name whole to the next line when it does not fit after
    // the label.
    const text = label ? `${label} ${name}` : name;
    return drawParagraph(surface, whole([{ text }]), style, x, y, w);
  }
  // Under the label, shrunk; a name wider than the line even then is set at its own size and
  // broken between its words (the line breaker leaves such a name where it starts).
  const labelH = label ? drawParagraph(surface, [{ text: label }], style, x, y, w) : 0;
  const nameStyle = tooWide ? style : { ...style, size: fit };
  return labelH + drawParagraph(surface, whole([{ text: name }]), nameStyle, x, y + labelH, w);
}

function drawCard(
  surface: Surface,
  card: QrCard,
  opts: { ward: string; term: GroupTerm },
  layout: CardLayout,
  x: number,
  y: number,
  h: number,
) {
  // layoutFor found room for every card's code.
  const size = codeSide(card.url);
  // The code's quiet zone (4 modules, over 4 mm) is white already: half a pad between it and
  // the text is enough, and leaves the text the width of a long name.
  drawQr(surface, card.url, x + PAD, y + (h - size) / 2, size);
  const tx = x + PAD + size + PAD / 2;
  const tw = (A4[0] - 2 * EDGE) / layout.columns - (tx - x) - PAD;
  let ty = y + PAD;
  ty += drawName(surface, card.name, NAME, tx, ty, tw) + 1.5 * MM;
  if (card.leader) {
    const title = card.Leader ?? opts.term.Leader;
    ty += drawName(surface, card.leader, LINE, tx, ty, tw, `${title}:`);
  }
  ty += drawName(surface, opts.ward, LINE, tx, ty, tw) + 2 * MM;
  ty += drawParagraph(surface, [{ text: 'Quét mã QR hoặc mở:' }], LINE, tx, ty, tw);
  // The token on a line of its own: a line broken at one of its "-" would look like a hyphen
  // to someone typing the link.
  const readable = readableUrl(card.url);
  const cut = readable.replace(/\/$/, '').lastIndexOf('/') + 1;
  const text = `${readable.slice(0, cut)}\n${readable.slice(cut)}`;
  drawParagraph(surface, [{ text }], URL_TEXT, tx, ty, tw);
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
  const layout = layoutFor(cards);
  const cardW = (A4[0] - 2 * EDGE) / layout.columns;
  const cardH = (A4[1] - 2 * EDGE) / layout.rows;
  const perPage = layout.columns * layout.rows;
  for (let i = 0; i < Math.max(1, cards.length); i += perPage) {
    surface.addPage();
    const onPage = cards.slice(i, i + perPage);
    onPage.forEach((card, k) => {
      const x = EDGE + (k % layout.columns) * cardW;
      const y = EDGE + Math.floor(k / layout.columns) * cardH;
      drawCard(surface, card, opts, layout, x, y, cardH);
    });
    drawCutLines(surface, layout, cardW, cardH);
  }
}
