/**
 * Layout stage: a grid of QR codes, each with a caption under it and its link in short form, so
 * a reader of the paper copy can follow every link. Rows never split across pages, and the
 * heading stays with the first row.
 */
import type { Run } from '../template/blocks.js';
import { drawParagraph, paragraphHeight } from './draw-text.js';
import type { Flow } from './flow.js';
import { drawQr, shortUrl } from './qr.js';
import { MM, type TextStyle } from './text-model.js';

export interface QrCell {
  url: string;
  /** Caption lines (inline runs); the short URL is added under them. */
  caption: Run[][];
}

export interface QrGridOptions {
  columns: number;
  /** Printed size of each code, quiet zone included. */
  qrSize: number;
  caption: TextStyle;
  heading?: Run[][];
  headingStyle?: TextStyle;
  headingH?: number;
}

export function qrGrid(flow: Flow, cells: QrCell[], opts: QrGridOptions): void {
  const { canvas } = flow;
  const cellW = flow.frame.width / opts.columns;
  const textW = cellW - 4 * MM;
  const captionOf = (c: QrCell): Run[][] => [
    ...c.caption,
    [{ text: shortUrl(c.url), link: c.url }],
  ];
  const rows: QrCell[][] = [];
  for (let i = 0; i < cells.length; i += opts.columns) rows.push(cells.slice(i, i + opts.columns));
  rows.forEach((row, r) => {
    const captionH = Math.max(
      ...row.map((c) =>
        captionOf(c).reduce((s, runs) => s + paragraphHeight(canvas, runs, opts.caption, textW), 0),
      ),
    );
    const rowH = opts.qrSize + 1 * MM + captionH + 4 * MM;
    const headH = r === 0 && opts.heading && opts.headingStyle ? (opts.headingH ?? 0) + 2 * MM : 0;
    flow.keepTogether(headH + rowH, (x, y) => {
      if (headH && opts.heading && opts.headingStyle) {
        let hy = y;
        for (const runs of opts.heading)
          hy += drawParagraph(canvas, runs, opts.headingStyle, x, hy, flow.frame.width);
      }
      const top = y + headH;
      // Centre a short last row under the full ones.
      const offset = ((opts.columns - row.length) * cellW) / 2;
      row.forEach((cell, i) => {
        const cx = x + offset + i * cellW;
        drawQr(canvas, cell.url, cx + (cellW - opts.qrSize) / 2, top, opts.qrSize);
        let cy = top + opts.qrSize + 1 * MM;
        for (const runs of captionOf(cell))
          cy += drawParagraph(canvas, runs, opts.caption, cx + 2 * MM, cy, textW);
      });
    });
  });
}
