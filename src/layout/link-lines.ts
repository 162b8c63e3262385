/**
 * Layout stage: a web address written out under (or beside) its QR code, in lines of a width. A
 * line ends after a "/" where it can, else between two characters, never beside one of the
 * link's own "-": the general line breaker (line-break.ts) breaks after a "-", and "…/cong-" over
 * "dan-so…" reads as a hyphenated word, so someone typing the link drops the "-" (qa22 #6, the
 * QR sheet; the same on the flyer, the checklist, the notice's annex and the posters).
 */
import type { Run } from '../template/blocks.js';
import type { Measurer } from './line-break.js';
import { readableUrl } from './qr.js';
import type { TextStyle } from './text-model.js';

/**
 * `text` (an address as printed) in lines of `w` at `style`: the fewest lines, then the fewest
 * cut between characters (each at the line's fullest, stepped back off a "-"), then the evenest
 * ("in.phuong-le-chan.vn/p/" over "ma-qr/g/", not "…/p/ma-qr/" over "g/").
 */
export function linkLines(measure: Measurer, text: string, style: TextStyle, w: number): string[] {
  const bold = Boolean(style.bold);
  const italic = Boolean(style.italic);
  const units = measure.prefixes(text, style.family, bold, italic);
  const room = w / style.size;
  // Measured within the whole text; a line is then measured on its own, as the line breaker
  // will (kerning at a cut), and ends a character earlier if that is wider.
  const width = (from: number, to: number) => (units[to] ?? 0) - (units[from] ?? 0);
  const fits = (from: number, to: number) =>
    measure.width(text.slice(from, to), style, bold, italic) <= w;
  // Never inside a character: a surrogate pair or a letter and its mark.
  const between = (i: number) => !/^[\udc00-\udfff\p{M}]/u.test(text.slice(i, i + 1));
  const dash = (i: number) => text[i - 1] === '-' || text[i] === '-';
  type Plan = { lines: number; cuts: number; slack: number; next: number };
  const plans = new Map<number, Plan>();
  const better = (a: Plan, b: Plan | undefined) =>
    !b ||
    (a.lines !== b.lines
      ? a.lines < b.lines
      : a.cuts !== b.cuts
        ? a.cuts < b.cuts
        : a.slack < b.slack);
  const plan = (from: number): Plan => {
    const known = plans.get(from);
    if (known) return known;
    let best: Plan | undefined;
    if (fits(from, text.length))
      best = {
        lines: 1,
        cuts: 0,
        slack: (room - width(from, text.length)) ** 2,
        next: text.length,
      };
    else {
      let most = from + 1;
      while (most < text.length && width(from, most + 1) <= room) most++;
      while (most > from + 1 && !fits(from, most)) most--;
      let at = most;
      while (at > from + 1 && (dash(at) || !between(at))) at--;
      const ends = new Set([dash(at) || !between(at) ? most : at]);
      for (let i = from + 1; i <= most; i++) if (text[i - 1] === '/') ends.add(i);
      for (const end of ends) {
        const rest = plan(end);
        const tried = {
          lines: rest.lines + 1,
          cuts: rest.cuts + (text[end - 1] === '/' ? 0 : 1),
          slack: rest.slack + (room - width(from, end)) ** 2,
          next: end,
        };
        if (better(tried, best)) best = tried;
      }
    }
    plans.set(from, best as Plan);
    return best as Plan;
  };
  const lines: string[] = [];
  for (let from = 0; from < text.length; from = plan(from).next)
    lines.push(text.slice(from, plan(from).next));
  return lines;
}

/**
 * The address of `url` as a paragraph's runs, `w` wide at `style`: its lines (linkLines) joined by
 * hard line breaks, each a link to `url`, so the line breaker sets them as they are. `text` is
 * the address as printed (readableUrl unless the kind prints it otherwise).
 */
export function linkRuns(
  measure: Measurer,
  url: string,
  style: TextStyle,
  w: number,
  text = readableUrl(url),
): Run[] {
  return linkLines(measure, text, style, w).map((line, i, all) => ({
    text: i < all.length - 1 ? `${line}\n` : line,
    link: url,
  }));
}
