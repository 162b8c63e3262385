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

/**
 * A pattern matching any of a list of names, and the longest word of each: a text holding none of
 * those words as typed holds none of the names.
 */
interface NamePattern {
  pattern: RegExp;
  words: readonly string[];
}

/** A name's longest word (the first of those as long). */
function longestWord(name: string): string {
  let longest = '';
  for (const word of name.split(' ')) if (word.length > longest.length) longest = word;
  return longest;
}

/** Matches any of `names` (longest first, so "phường Lê Chân" wins over "Lê Chân"). */
function namePattern(names: readonly string[]): NamePattern | undefined {
  const multiWord = [...new Set(names.map((n) => keptWhole(n.trim().replace(/\s+/g, ' '))))]
    .filter((n) => n.includes(' '))
    .sort((a, b) => b.length - a.length);
  if (multiWord.length === 0) return undefined;
  const escaped = multiWord.map((n) =>
    n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'),
  );
  // Each name's words are matched as typed (no `i` flag), apart by `\s+`: each of its words is
  // in any text it matches, and its longest is the one fewest texts hold ("phố", not "Tổ").
  const words = [...new Set(multiWord.map(longestWord))];
  return { pattern: new RegExp(escaped.join('|'), 'gu'), words };
}

/**
 * `namePattern`, made once per list of names. A group's names are asked for by each of its
 * documents (renderSections: every kind's sections, its labels); a new RegExp for each ran in
 * V8's regexp interpreter and was compiled again, ~2 % of a drawing thread's CPU at 3,000 groups
 * (`node --cpu-prof`, h-perf14). String.replace starts a global pattern at 0 whatever its
 * lastIndex, so one pattern serves every caller. The last few lists are kept: a thread draws one
 * group at a time.
 */
function patternOf(names: readonly string[]): NamePattern | undefined {
  const key = JSON.stringify(names);
  if (patterns.has(key)) return patterns.get(key);
  const pattern = namePattern(names);
  if (patterns.size >= 16) patterns.delete(patterns.keys().next().value as string);
  patterns.set(key, pattern);
  return pattern;
}
const patterns = new Map<string, NamePattern | undefined>();

/** A function that joins the words of every one of `names` found in a paragraph's runs. */
export function nameJoiner(names: readonly string[]): (runs: readonly Run[]) => Run[] {
  const joined = patternOf(names);
  return (runs) => {
    if (!joined) return [...runs];
    const { pattern, words } = joined;
    return runs.map((r) => {
      // Most of a document's lines name no one: the alternation of every name, tried at each of
      // their indexes, was ~1.5 % of each drawing thread's CPU in a 1,000-group build of every
      // PDF kind (h-perf15; docs/architecture.md, the tricks table). A line without any name's
      // longest word (as typed) cannot match it, and is its own run, as the replace found nothing.
      if (!hasAny(r.text, words)) return r;
      const text = r.text.replace(pattern, (m) => m.replace(/ /g, NBSP));
      return text === r.text ? r : { ...r, text };
    });
  };
}

/** Whether `text` holds any of `parts` (a loop: no closure made per line). */
function hasAny(text: string, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) if (text.includes(parts[i] as string)) return true;
  return false;
}
