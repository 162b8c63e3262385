/**
 * Load stage, Word import: the numbers Word shows before its automatically numbered paragraphs
 * (qa33 M3). mammoth says only "ordered" or "bullet"; Word's own rules are in numbering.xml: each
 * paragraph's list (w:numId) points at a definition (w:abstractNum) whose levels give the first
 * number (w:start), the style (w:numFmt: decimal, lowerLetter, upperRoman…) and the text around
 * it (w:lvlText "%1.", "%2)"); a list that restarts has a w:startOverride; a level's count starts
 * again after a paragraph of a higher level. A paragraph style can carry the numbering (Word's
 * "multilevel list linked to Heading 1": the headings' own XML has no w:numPr), found through the
 * style and the styles it is based on; a level with w:isLgl shows every level's count in decimal
 * ("1.2."); a level with w:lvlRestart is counted again only after the level it names, or never
 * (0: Decree 30's "Điều" running on across "Chương"). Tracked changes are read as accepted: a
 * paragraph deleted with its mark is not counted, the old numbering a w:pPrChange keeps is not
 * read. In: document.xml, numbering.xml and styles.xml. Out: each numbered paragraph's text and
 * its label ("3.", "a)", "II."), in document order; `exact` false when a number style the label
 * is written in is not one this module knows (the count is then written as "1", "2"); `unsure`
 * when the count may differ from Word's: a tracked change in a numbered paragraph of the same
 * definition at or before it, or numbering this module does not read (a level redefined in
 * w:lvlOverride, w:numStyleLink).
 */
import { roman } from '../../model/format.js';
import { paragraphsOf } from './xml-text.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:isLgl: every level's count printed in decimal. */
  legal: boolean;
  /** The paragraph style this level is linked to (w:pStyle), if any. */
  style?: string;
  /**
   * w:lvlRestart: counted again after a paragraph of a level above this one and at most this
   * (one-based); 0: never. Without it, after any level above.
   */
  restart?: number;
}

export interface WordNumber {
  /** The paragraph's text, as Word has it (w:t runs joined). */
  text: string;
  /** What Word prints before it; "" for a bullet (mammoth's own "-" list). */
  label: string;
  ordered: boolean;
  /** Whether every part of the label is written as Word writes it. */
  exact: boolean;
  /** The count may not be Word's: tracked changes or numbering this module does not read. */
  unsure: boolean;
}

const attr = (xml: string, tag: string) =>
  new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

function levelsOf(abstractXml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const m of abstractXml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const body = m[2] ?? '';
    const restart = attr(body, 'lvlRestart');
    levels.set(Number(m[1]), {
      start: Number(attr(body, 'start') ?? 1),
      format: attr(body, 'numFmt') ?? 'decimal',
      text: attr(body, 'lvlText') ?? '',
      legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(body),
      ...(attr(body, 'pStyle') ? { style: attr(body, 'pStyle') } : {}),
      ...(restart !== undefined ? { restart: Number(restart) } : {}),
    });
  }
  return levels;
}

/** Word's letters: a…z, then aa…zz, aaa… */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The number styles official notices use, and a few more; others are not written. */
function formatted(n: number, format: string): string | undefined {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    case 'decimal':
      return String(n);
    default:
      return undefined;
  }
}

/** Each paragraph style's numbering (its own or that of the style it is based on). */
function styleNumbering(stylesXml: string | undefined) {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of (stylesXml ?? '').matchAll(
    /<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g,
  )) {
    const body = m[2] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    const ilvl = numPr && attr(numPr, 'ilvl');
    own.set(m[1] ?? '', {
      ...(numPr && attr(numPr, 'numId') ? { numId: attr(numPr, 'numId') } : {}),
      ...(ilvl ? { ilvl: Number(ilvl) } : {}),
      ...(attr(body, 'basedOn') ? { basedOn: attr(body, 'basedOn') } : {}),
    });
  }
  return (styleId: string | undefined) => {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = own.get(id)?.basedOn) {
      seen.add(id);
      const style = own.get(id);
      if (style?.numId) return { numId: style.numId, ilvl: style.ilvl };
    }
    return undefined;
  };
}

export function wordNumbers(
  documentXml: string,
  numberingXml: string | undefined,
  stylesXml?: string,
): WordNumber[] {
  if (!numberingXml) return [];
  const abstracts = new Map<string, Map<number, Level>>();
  // Definitions whose levels live elsewhere (a numbering style): not read.
  const unread = new Set<string>();
  for (const m of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    abstracts.set(m[1] ?? '', levelsOf(m[2] ?? ''));
    if (/<w:numStyleLink\b/.test(m[2] ?? '')) unread.add(m[1] ?? '');
  }
  const nums = new Map<
    string,
    { abstract: string; overrides: Map<number, number>; unread: boolean }
  >();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = m[2] ?? '';
    const overrides = new Map<number, number>();
    for (const o of body.matchAll(
      /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const start = attr(o[2] ?? '', 'startOverride');
      if (start !== undefined) overrides.set(Number(o[1]), Number(start));
    }
    const abstract = attr(body, 'abstractNumId') ?? '';
    // A level redefined for this list alone (w:lvl inside w:lvlOverride) is not read.
    nums.set(m[1] ?? '', {
      abstract,
      overrides,
      unread: unread.has(abstract) || /<w:lvlOverride\b[\s\S]*?<w:lvl\b/.test(body),
    });
  }
  const fromStyle = styleNumbering(stylesXml);
  // Word counts per definition: a list that does not restart goes on from the one before.
  const counters = new Map<string, (number | undefined)[]>();
  const started = new Set<string>();
  const out: WordNumber[] = [];
  // The definitions (Word counts per definition) a tracked change has touched so far: from there
  // on their counts depend on the changes' fate. Other lists count as Word shows them.
  const tracked = new Set<string>();
  const track = (id: string | undefined) => {
    const abstract = id === undefined ? undefined : nums.get(id)?.abstract;
    if (abstract !== undefined) tracked.add(abstract);
  };
  for (const p of paragraphsOf(documentXml)) {
    // Numbering changed under tracked changes: the list it was in before moves too.
    const before =
      /<w:pPrChange\b((?:(?!<\/w:pPrChange>)[\s\S])*<w:numPr>[\s\S]*?)<\/w:pPrChange>/.exec(
        p.xml,
      )?.[1];
    if (before !== undefined) track(attr(before, 'numId'));
    // Tracked changes read as accepted: the paragraph's properties before a change are not its own.
    const xml = p.xml.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const styleId = attr(pPr, 'pStyle');
    const styled = fromStyle(styleId);
    // The paragraph's own w:numPr wins; its level alone (no w:numId) keeps the style's list.
    const numId = (numPr && attr(numPr, 'numId')) ?? styled?.numId;
    const num = numId === undefined ? undefined : nums.get(numId);
    const levels = num && abstracts.get(num.abstract);
    if (!num || !levels || numId === undefined || numId === '0') continue;
    if (/<w:(?:ins|del|pPrChange|numberingChange|moveFrom|moveTo)\b/.test(p.xml)) track(numId);
    // Deleted with its paragraph mark, nothing left: gone once the changes are accepted.
    const markDeleted = /<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<w:del\b/.test(pPr);
    if (markDeleted && p.text.trim() === '') continue;
    const ownLevel = numPr && attr(numPr, 'ilvl');
    // A style linked from a level (w:pStyle in w:lvl) is at that level.
    const linked = [...levels].find(([, l]) => styleId !== undefined && l.style === styleId)?.[0];
    const ilvl = Number(ownLevel ?? styled?.ilvl ?? linked ?? 0);
    const level = levels.get(ilvl);
    if (!level) continue;
    const count = counters.get(num.abstract) ?? [];
    if (!started.has(numId)) {
      started.add(numId);
      for (const [l, start] of num.overrides) {
        count[l] = start - 1;
        count.length = Math.min(count.length, l + 1);
      }
    }
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    // The levels below start again, unless their w:lvlRestart names a level above this one.
    for (let d = ilvl + 1; d < count.length; d++) {
      const restart = levels.get(d)?.restart;
      if (restart === undefined || (restart > 0 && ilvl < restart)) count[d] = undefined;
    }
    counters.set(num.abstract, count);
    const ordered = level.format !== 'bullet';
    let exact = true;
    const label = ordered
      ? level.text.replace(/%(\d)/g, (_, k: string) => {
          const i = Number(k) - 1;
          const at = levels.get(i);
          const n = count[i] ?? at?.start ?? 1;
          const written = formatted(n, level.legal ? 'decimal' : (at?.format ?? 'decimal'));
          if (written === undefined) exact = false;
          return written ?? String(n);
        })
      : '';
    const unsure = num.unread || tracked.has(num.abstract);
    out.push({ text: p.text, label: label.trim(), ordered, exact, unsure });
  }
  return out;
}
