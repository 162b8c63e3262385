/**
 * Layout stage: flows paragraphs down a page frame and onto new pages.
 * Keeps a heading with the lines after it, avoids a lone first or last line of a paragraph at a
 * page edge, and lets a kind keep a whole block (a signature) on one page.
 */

import type { Run } from '../template/blocks.js';
import { drawLine, layoutParagraph, lineHeight } from './draw-text.js';
import type { Surface } from './surface.js';
import { drawTable, measureRow, planTable, type TableCell, type TableSpec } from './table.js';
import type { TextStyle } from './text-model.js';

export interface Frame {
  left: number;
  top: number;
  width: number;
  /** y below which nothing may be drawn. */
  bottom: number;
}

export interface FlowOptions {
  spaceBefore?: number;
  spaceAfter?: number;
  /** Extra height that must fit on the same page after this paragraph (heading + next lines). */
  keepWithNext?: number;
  /** Points taken off the frame on the left and on the right (a quoted passage). */
  insetLeft?: number;
  insetRight?: number;
}

export class Flow {
  y: number;
  pageNumber = 0;

  constructor(
    readonly surface: Surface,
    readonly frame: Frame,
    /** Called after each new page is added: page furniture (numbers, group header). */
    private readonly onPage: (pageNumber: number) => void,
    /** Frame top of pages after the first (page 1 often starts lower, under a header). */
    private readonly firstTop = frame.top,
  ) {
    this.y = firstTop;
    this.addPage();
  }

  addPage(): void {
    this.surface.addPage();
    this.pageNumber++;
    this.y = this.pageNumber === 1 ? this.firstTop : this.frame.top;
    this.onPage(this.pageNumber);
  }

  remaining(): number {
    return this.frame.bottom - this.y;
  }

  /** Nothing drawn yet in the frame of this page. */
  atTop(): boolean {
    return this.y <= (this.pageNumber === 1 ? this.firstTop : this.frame.top) + 0.5;
  }

  /** Starts a new page unless `height` fits below the cursor. */
  ensure(height: number): void {
    if (height > this.remaining() && this.y > this.frame.top + 0.5) this.addPage();
  }

  skip(height: number): void {
    this.y = Math.min(this.y + height, this.frame.bottom);
  }

  /** The lines `runs` break into in this frame (the same lines `paragraph` draws). */
  lines(runs: readonly Run[], style: TextStyle, opts: FlowOptions = {}): number {
    const width = this.frame.width - (opts.insetLeft ?? 0) - (opts.insetRight ?? 0);
    return layoutParagraph(this.surface, runs, style, width).length;
  }

  /**
   * Sets a paragraph down the page and onto the next ones. A page break inside it leaves at least
   * two lines on each side (so a paragraph of three lines or fewer moves whole); with
   * `keepWithNext`, its last lines share a page with that much of what follows.
   */
  paragraph(runs: readonly Run[], style: TextStyle, opts: FlowOptions = {}): void {
    const { frame } = this;
    const x = frame.left + (opts.insetLeft ?? 0);
    const width = frame.width - (opts.insetLeft ?? 0) - (opts.insetRight ?? 0);
    const lines = layoutParagraph(this.surface, runs, style, width);
    const h = lineHeight(style);
    const keep = opts.keepWithNext ?? 0;
    const after = opts.spaceAfter ?? 0;
    if (!this.atTop()) this.y += opts.spaceBefore ?? 0;
    let i = 0;
    while (i < lines.length) {
      const fit = Math.max(0, Math.floor((this.frame.bottom - this.y + 0.01) / h));
      const rest = lines.length - i;
      let take = Math.min(fit, rest);
      // All the rest fits: it still moves on if what must follow it does not fit after it.
      if (take === rest && keep > 0 && this.remaining() - rest * h - after < keep - 0.01)
        take = rest - 2;
      // Never one line alone at the head of the next page…
      if (take < rest && rest - take < 2) take = rest - 2;
      // …nor at the foot of this one.
      if (take < rest && take < 2) take = 0;
      if (take <= 0) {
        if (this.atTop()) {
          // Nothing better is possible on an empty page: set what fits.
          take = Math.max(1, Math.min(fit, rest));
        } else {
          this.addPage();
          continue;
        }
      }
      for (let k = 0; k < take; k++) {
        const line = lines[i + k];
        if (line) drawLine(this.surface, line, style, x, this.y, width);
        this.y += h;
      }
      i += take;
      if (i < lines.length) this.addPage();
    }
    this.y += after;
  }

  /**
   * A ruled table across the frame's width and down its pages: a row is never split, and the
   * header row is drawn again at the top of each page. The header starts with the first row
   * (a header alone at the foot of a page helps no one). One table of a tagged PDF (drawTable).
   */
  table(
    spec: Omit<TableSpec, 'left'>,
    head: readonly TableCell[],
    rows: readonly (readonly TableCell[])[],
    opts: FlowOptions = {},
  ): void {
    // A table narrower than the frame may stand in from its left (insetLeft: centred by its caller).
    const full: TableSpec = { ...spec, left: this.frame.left + (opts.insetLeft ?? 0) };
    const headRow = measureRow(this.surface, full, head, 'head');
    const measured = rows.map((r) => measureRow(this.surface, full, r));
    if (!this.atTop()) this.y += opts.spaceBefore ?? 0;
    this.ensure(headRow.height + (measured[0]?.height ?? 0));
    const { frame } = this;
    // With `keepWithNext`, the last row(s) share a page with that much of what follows (the
    // signature under a table ending the body), the header drawn again above them.
    const keep = opts.keepWithNext ?? 0;
    const plan = planTable(
      headRow,
      measured,
      { firstTop: this.y, top: frame.top, bottom: frame.bottom },
      keep > 0 ? keep + (opts.spaceAfter ?? 0) : 0,
    );
    drawTable(
      this.surface,
      full,
      headRow,
      plan.pages,
      (i) => {
        if (i > 0) this.addPage();
        return this.y;
      },
      (_, end) => {
        this.y = end;
      },
    );
    this.y += opts.spaceAfter ?? 0;
  }

  /** Draws a block of known height without splitting it across pages. */
  keepTogether(height: number, draw: (x: number, y: number) => void): void {
    this.ensure(height);
    draw(this.frame.left, this.y);
    this.y += height;
  }
}
