/**
 * Layout stage: names kept on one line. A person's or a place's name ("phường Lê Chân",
 * "Trần Thị Thu Hằng") split across two lines reads as two names; joining its words with
 * no-break spaces lets the line breaker move it whole (and still break it when it is wider than a
 * line). The text itself is unchanged: a no-break space is drawn as an ordinary space.
 */
import type { Run } from '../template/blocks.js';

const NBSP = '\u00a0';

/** Matches any of `names` (longest first, so "phường Lê Chân" wins over "Lê Chân"). */
function namePattern(names: readonly string[]): RegExp | undefined {
  const multiWord = [...new Set(names.map((n) => n.trim().replace(/\s+/g, ' ')))]
    .filter((n) => n.includes(' '))
    .sort((a, b) => b.length - a.length);
  if (multiWord.length === 0) return undefined;
  const escaped = multiWord.map((n) =>
    n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'),
  );
  return new RegExp(escaped.join('|'), 'gu');
}

/** A function that joins the words of every one of `names` found in a paragraph's runs. */
export function nameJoiner(names: readonly string[]): (runs: readonly Run[]) => Run[] {
  const pattern = namePattern(names);
  return (runs) => {
    if (!pattern) return [...runs];
    return runs.map((r) => {
      const text = r.text.replace(pattern, (m) => m.replace(/ /g, NBSP));
      return text === r.text ? r : { ...r, text };
    });
  };
}
