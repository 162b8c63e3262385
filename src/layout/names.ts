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
