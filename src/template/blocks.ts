/**
 * Template stage: the text a template produces, as styled runs and blocks. The layout stage sets
 * them in type; kinds choose the styles.
 */

/** A piece of text in one style. A "\n" in the text is a hard line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Target URL: the run is drawn as a clickable link. */
  link?: string;
}

export type CellAlign = 'left' | 'center' | 'right';

/** A table of the body: a header row and body rows of cells, each cell runs of text. */
export interface TableBlock {
  type: 'table';
  /** Per column, as the delimiter row asks (`:---:`); undefined when it asks nothing. */
  align: (CellAlign | undefined)[];
  head: Run[][];
  rows: Run[][][];
}

/**
 * `level` is how many steps the block is indented: an item of a nested list, a paragraph that
 * continues an item, an indented paragraph.
 */
export type Block =
  | { type: 'paragraph'; runs: Run[]; level?: number }
  | { type: 'heading'; depth: number; runs: Run[] }
  | { type: 'item'; marker: string; depth: number; runs: Run[] }
  | { type: 'quote'; blocks: Block[] }
  | TableBlock;

/** The blocks with `f` applied to every paragraph's, heading's and item's runs (tables as they are). */
export function withRuns(blocks: readonly Block[], f: (runs: readonly Run[]) => Run[]): Block[] {
  return blocks.map((b) =>
    b.type === 'quote'
      ? { ...b, blocks: withRuns(b.blocks, f) }
      : b.type === 'table'
        ? b
        : { ...b, runs: f(b.runs) },
  );
}

/** A C0 or C1 control character (tab and newline included): no font draws one. */
export function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** The plain text of runs, as a reader would copy it. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Every run of the blocks, quotes and table cells included, in reading order. */
export function runsOf(blocks: readonly Block[], out: Run[] = []): Run[] {
  for (const b of blocks) {
    if (b.type === 'quote') runsOf(b.blocks, out);
    else if (b.type === 'table') {
      for (const row of [b.head, ...b.rows]) for (const cell of row) out.push(...cell);
    } else out.push(...b.runs);
  }
  return out;
}

/** Every URL linked from the blocks, in order of first appearance. */
export function linksOf(blocks: readonly Block[]): string[] {
  const seen = new Set<string>();
  for (const r of runsOf(blocks)) if (r.link) seen.add(r.link);
  return [...seen];
}
