/**
 * CLI: "did you mean" — the known word nearest to a mistyped one (command, option or value), by
 * edit distance counting two letters swapped as one edit ("buidl" for "build"), or nothing when
 * none is close enough to be a likely typo.
 */
import damerau from 'damerau-levenshtein';

/** The candidate nearest to `word`, when at most a third of its letters (and ≤ 3) differ. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = damerau(typed, candidate.toLowerCase()).steps;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
