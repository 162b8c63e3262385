/**
 * Layout stage: names kept on one line. A person's or a place's name ("phường Lê Chân",
 * "Trần Thị Thu Hằng") split across two lines reads as two names; joining its words with
 * no-break spaces lets the line breaker move it whole (and still break it when it is wider than a
 * line). The text itself is unchanged: a no-break space is drawn as an ordinary space.
 */
import { finalRemark } from '../load/remark.js';
import type { Run } from '../template/blocks.js';

const NBSP = '\u00a0';

/**
 * What of a name is kept whole: a bracketed remark at its end ("Thôn Phương Chử Tây (gồm cụm dân
 * cư Đồng Khốn và xóm Trại mới tách)") describes the place and is not its name; kept with it, the
 * whole moved to the next line as one and left "Địa điểm: Nhà văn hóa" alone on a line (qa22
 * #10). The name before it is kept; the remark breaks as any text does.
 */
export function keptWhole(name: string): string {
  // The one reading of a remark: "Tây(gồm …)" typed without a space has one too.
  return finalRemark(name)?.before || name;
}

/** Matches any of `names` (longest first, so "phường Lê Chân" wins over "Lê Chân"). */
function namePattern(names: readonly string[]): RegExp | undefined {
  const multiWord = [...new Set(names.map((n) => keptWhole(n.trim().replace(/\s+/g, ' '))))]
    .filter((n) => n.includes(' '))
    .sort((a, b) => b.length - a.length);
  if (multiWord.length === 0) return undefined;
  const escaped = multiWord.map((n) =>
    n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'),
  );
  return new RegExp(escaped.join('|'), 'gu');
}

/**
 * `namePattern`, made once per list of names. A group's names are asked for by each of its
 * documents (renderSections: every kind's sections, its labels); a new RegExp for each ran in
 * V8's regexp interpreter and was compiled again, ~2 % of a drawing thread's CPU at 3,000 groups
 * (`node --cpu-prof`, h-perf14). String.replace starts a global pattern at 0 whatever its
 * lastIndex, so one pattern serves every caller. The last few lists are kept: a thread draws one
 * group at a time.
 */
function patternOf(names: readonly string[]): RegExp | undefined {
  const key = JSON.stringify(names);
  if (patterns.has(key)) return patterns.get(key);
  const pattern = namePattern(names);
  if (patterns.size >= 16) patterns.delete(patterns.keys().next().value as string);
  patterns.set(key, pattern);
  return pattern;
}
const patterns = new Map<string, RegExp | undefined>();

/** A function that joins the words of every one of `names` found in a paragraph's runs. */
export function nameJoiner(names: readonly string[]): (runs: readonly Run[]) => Run[] {
  const pattern = patternOf(names);
  return (runs) => {
    if (!pattern) return [...runs];
    return runs.map((r) => {
      const text = r.text.replace(pattern, (m) => m.replace(/ /g, NBSP));
      return text === r.text ? r : { ...r, text };
    });
  };
}
