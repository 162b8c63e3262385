/**
 * Results: which boxes of a figures form were edited, the one rule for the leader's form (serve,
 * serve/routes-results.ts) and the office's group page (studio, studio/routes-results-entry.ts),
 * so that the two cannot drift apart again (review35 #1).
 *
 * Both forms show the group's saved figures in their boxes, and carry `base`: the group's latest
 * submission (store order) when the page was made. A box counts as typed only when it differs
 * from the figure the page showed in it, the group's figure as of `base`; a box sent back as the
 * page showed it adds nothing, even when a newer figure was saved since (the old figure in an
 * untouched box was stored over a newer one: review34 #1, review35 #1). A save made since the page
 * that changed other measures than the edited ones is no conflict (the store checks that, in the
 * write's own transaction: results-store.ts `seen`); one that changed an edited measure, or the
 * office's withdrawal, is (409). The page shown again then keeps the edited boxes only; the others
 * show the figures saved now.
 */
import type { HistoryEntry } from './results-store.js';

/**
 * The entries that speak for the group's current figures: those after its last withdrawal not
 * undone since (a withdrawal's undo brings back the entries before it: qa58b p7).
 */
export function sinceWithdrawal<H extends Pick<HistoryEntry, 'withdrawn' | 'restored'>>(
  history: readonly H[],
): H[] {
  const live: H[] = [];
  let undone = 0;
  for (const h of history) {
    if (h.restored) undone++;
    else if (h.withdrawn && undone > 0) undone--;
    else if (h.withdrawn) break;
    else live.push(h);
  }
  return live;
}

/**
 * The entries that spoke for the group's figures when its latest submission was `seq` (a page's
 * `base`), newest first (readHistory's order): what that page showed.
 */
const figuresAt = (history: readonly HistoryEntry[], seq: number) =>
  sinceWithdrawal(history.filter((h) => h.seq <= seq));

/** A form's boxes: measure id → the text typed, and → the figure read from it (when one). */
export interface TypedBoxes {
  typed: Readonly<Record<string, string>>;
  values: Readonly<Record<string, number>>;
}

export interface Edits {
  /** The figure the page showed in the measure's box (undefined: an empty box). */
  shown(id: string): number | undefined;
  /** The box was edited: a figure other than the page's, or text that is no figure. */
  edited(id: string): boolean;
  /** What was typed in the edited boxes only: what a page shown again keeps. */
  kept: Record<string, string>;
  /**
   * The edited figures that are not the group's figure now (`current`): what to store. A box
   * edited to the figure someone else saved since is no change either.
   */
  changed(current: ReadonlyMap<string, { value: number }> | undefined): Record<string, number>;
}

/**
 * The edits of a form made on `base` (the group's submissions in `history`, readHistory's);
 * `base` undefined (a form without it): the page is taken to have shown `current`.
 */
export function editsOf(
  read: TypedBoxes,
  history: readonly HistoryEntry[],
  base: number | undefined,
  current: ReadonlyMap<string, { value: number }> | undefined,
): Edits {
  const at = base === undefined ? undefined : figuresAt(history, base);
  const shown = (id: string): number | undefined =>
    at ? at.find((h) => h.values[id] !== undefined)?.values[id] : current?.get(id)?.value;
  const edited = (id: string) =>
    (read.typed[id] ?? '') !== '' &&
    (read.values[id] === undefined || read.values[id] !== shown(id));
  return {
    shown,
    edited,
    kept: Object.fromEntries(Object.entries(read.typed).filter(([id]) => edited(id))),
    changed: (now) =>
      Object.fromEntries(
        Object.entries(read.values).filter(([id, v]) => edited(id) && now?.get(id)?.value !== v),
      ),
  };
}
