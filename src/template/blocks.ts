/**
 * Template stage: the text a template produces, as styled runs and blocks. The layout stage sets
 * them in type; kinds choose the styles.
 */

/** A piece of text in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Target URL: the run is drawn as a clickable link. */
  link?: string;
}

export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'heading'; depth: number; runs: Run[] }
  | { type: 'item'; marker: string; depth: number; runs: Run[] };

/** The plain text of runs, as a reader would copy it. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Every URL linked from the blocks, in order of first appearance. */
export function linksOf(blocks: readonly Block[]): string[] {
  const seen = new Set<string>();
  for (const b of blocks) for (const r of b.runs) if (r.link) seen.add(r.link);
  return [...seen];
}
