/**
 * The kinds' names and variants, without their layouts. The CLI checks `--kind` and `--size`
 * against these before anything draws: importing the registry loads every kind's layout with
 * pdfkit and fontkit, ~0.5 s of CPU that a refused option or a typo then paid before its one-line
 * error (bench/results.md "## start-up: a refused option"). registry.ts builds its list in this
 * order, and test/kinds/kind-names.test.ts holds the two to the same names and variants.
 */
export const KIND_NAMES = ['notice', 'poster', 'share', 'flyer', 'checklist', 'tracker'] as const;

/** Every variant some kind has (the poster's sizes), in the kinds' order. */
export const VARIANT_NAMES = ['a4', 'a3'] as const;

export function kindNames(): string[] {
  return [...KIND_NAMES];
}
