/**
 * Layout stage: a grid of QR codes, each with a caption under it and its link in short form, so
 * a reader of the paper copy can follow every link. Rows never split across pages, and the
 * heading stays with the first row.
 */
import type { Message } from '../messages/message.js';
import type { Run } from '../template/blocks.js';
import { drawParagraph, paragraphHeight } from './draw-text.js';
import type { Flow } from './flow.js';
import { linkRuns } from './link-lines.js';
import {
  drawQrFigure,
  evenOuterSides,
  evenSymbol,
  QUIET_ZONE,
  qrMatrix,
  qrSide,
  qrSideWithin,
} from './qr.js';
import { tagged } from './surface.js';
import { MM, type TextStyle } from './text-model.js';

export interface QrCell {
  url: string;
  /** Caption lines (inline runs); the short URL is added under them. */
  caption: Run[][];
}

export interface QrGridOptions {
  /** Codes a row at most; fewer when a code is wider than a cell. */
  columns: number;
  /**
   * Smallest module: the densest code is drawn at it, and every other at the same symbol size
   * (larger modules).
   */
  module: number;
  /** The document, named in the error for a link too long to fit a cell. */
  document: Message;
  file?: string;
  caption: TextStyle;
  heading?: Run[][];
  headingStyle?: TextStyle;
  headingH?: number;
}

/**
 * How many codes a row holds: as many as asked for, fewer when the densest code (at its smallest
 * module) does not fit a cell, or when two symbols side by side would not keep the quiet zone of
 * the code with the largest modules between them (a code's white square may reach into its
 * neighbour's cell, never onto its symbol).
 */
function columnsFor(width: number, urls: readonly string[], opts: QrGridOptions): number {
  const densest = Math.max(...urls.map((u) => qrSide(u, opts.module)));
  const symbol = evenSymbol(urls, (u) => qrSide(u, opts.module));
  const sparsest = Math.min(...urls.map((u) => qrMatrix(u).size));
  const spaced = symbol * (1 + QUIET_ZONE / sparsest);
  let columns = opts.columns;
  while (columns > 1 && (densest > width / columns - 2 * MM || spaced > width / columns)) columns--;
  return columns;
}

export function qrGrid(flow: Flow, cells: QrCell[], opts: QrGridOptions): void {
  const { surface } = flow;
  const where = { document: opts.document, file: opts.file };
  const urls = cells.map((c) => c.url);
  const columns = columnsFor(flow.frame.width, urls, opts);
  const cellW = flow.frame.width / columns;
  const textW = cellW - 4 * MM;
  // Every symbol of the grid one size, the densest code's at the smallest module (qa12 Q12: a
  // longer link's code stood larger beside a short one's); that code must fit its cell.
  for (const url of urls) qrSideWithin(url, opts.module, cellW - 2 * MM, where);
  const even = evenOuterSides(urls, (u) => qrSide(u, opts.module));
  const outers = new Map(urls.map((u, i) => [u, even[i] ?? 0]));
  const captionOf = (c: QrCell): Run[][] => [
    ...c.caption,
    linkRuns(surface.measure, c.url, opts.caption, textW),
  ];
  const rows: QrCell[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  const sideOf = (c: QrCell) => outers.get(c.url) ?? 0;
  rows.forEach((row, r) => {
    const qrH = Math.max(...row.map(sideOf));
    const captionH = Math.max(
      ...row.map((c) =>
        captionOf(c).reduce(
          (s, runs) => s + paragraphHeight(surface, runs, opts.caption, textW),
          0,
        ),
      ),
    );
    const rowH = qrH + 1 * MM + captionH + 4 * MM;
    const headH = r === 0 && opts.heading && opts.headingStyle ? (opts.headingH ?? 0) + 2 * MM : 0;
    flow.keepTogether(headH + rowH, (x, y) => {
      if (headH && opts.heading && opts.headingStyle) {
        let hy = y;
        for (const runs of opts.heading)
          hy += drawParagraph(surface, runs, opts.headingStyle, x, hy, flow.frame.width);
      }
      const top = y + headH;
      // Centre a short last row under the full ones.
      const offset = ((columns - row.length) * cellW) / 2;
      row.forEach((cell, i) => {
        const cx = x + offset + i * cellW;
        const side = sideOf(cell);
        // A screen reader reads the code as its label and link (a tagged PDF). The symbols of a
        // row are centred on one line, so they stand level; captions start under the widest
        // quiet zone.
        drawQrFigure(surface, cell, cx + (cellW - side) / 2, top + (qrH - side) / 2, side);
        let cy = top + qrH + 1 * MM;
        for (const runs of captionOf(cell))
          cy += tagged(surface, 'P', () =>
            drawParagraph(surface, runs, opts.caption, cx + 2 * MM, cy, textW),
          );
      });
    });
  });
}
