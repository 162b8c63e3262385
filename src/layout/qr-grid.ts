/**
 * Layout stage: a grid of QR codes, each with a caption under it and its link in short form, so
 * a reader of the paper copy can follow every link. Rows never split across pages, and the
 * heading stays with the first row.
 */
import type { Message } from '../messages/message.js';
import type { Run } from '../template/blocks.js';
import { drawParagraph, paragraphHeight } from './draw-text.js';
import type { Flow } from './flow.js';
import { drawQrFigure, qrSide, qrSideWithin, readableUrl } from './qr.js';
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
  /** Size of one module: each code is as large as its link needs at that module. */
  module: number;
  /** The document, named in the error for a link too long to fit a cell. */
  document: Message;
  file?: string;
  caption: TextStyle;
  heading?: Run[][];
  headingStyle?: TextStyle;
  headingH?: number;
}

export function qrGrid(flow: Flow, cells: QrCell[], opts: QrGridOptions): void {
  const { surface } = flow;
  const where = { document: opts.document, file: opts.file };
  // As many columns as asked for, fewer when a long link's code needs a wider cell.
  const largest = Math.max(...cells.map((c) => qrSide(c.url, opts.module)));
  let columns = opts.columns;
  while (columns > 1 && largest > flow.frame.width / columns - 2 * MM) columns--;
  const cellW = flow.frame.width / columns;
  const textW = cellW - 4 * MM;
  const captionOf = (c: QrCell): Run[][] => [
    ...c.caption,
    [{ text: readableUrl(c.url), link: c.url }],
  ];
  const rows: QrCell[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  const sideOf = (c: QrCell) => qrSideWithin(c.url, opts.module, cellW - 2 * MM, where);
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
        // A screen reader reads the code as its label and link (a tagged PDF). Codes of one
        // row share a baseline: their captions start level under the largest.
        drawQrFigure(surface, cell, cx + (cellW - side) / 2, top + qrH - side, side);
        let cy = top + qrH + 1 * MM;
        for (const runs of captionOf(cell))
          cy += tagged(surface, 'P', () =>
            drawParagraph(surface, runs, opts.caption, cx + 2 * MM, cy, textW),
          );
      });
    });
  });
}
