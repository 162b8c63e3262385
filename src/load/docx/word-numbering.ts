/**
 * Load stage, Word import: the numbers Word shows before its automatically numbered paragraphs
 * (qa33 M3). mammoth says only "ordered" or "bullet"; Word's own rules are in numbering.xml: each
 * paragraph's list (w:numId) points at a definition (w:abstractNum) whose levels give the first
 * number (w:start), the style (w:numFmt: decimal, lowerLetter, upperRoman…) and the text around
 * it (w:lvlText "%1.", "%2)"); a list that restarts has a w:startOverride; a level's count starts
 * again after a paragraph of a higher level. In: document.xml and numbering.xml. Out: each
 * numbered paragraph's text and its label ("3.", "a)", "II."), in document order.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface WordNumber {
  /** The paragraph's text, as Word has it (w:t runs joined). */
  text: string;
  /** What Word prints before it; "" for a bullet (mammoth's own "-" list). */
  label: string;
  ordered: boolean;
}

const attr = (xml: string, tag: string) =>
  new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

function levelsOf(abstractXml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const m of abstractXml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const body = m[2] ?? '';
    levels.set(Number(m[1]), {
      start: Number(attr(body, 'start') ?? 1),
      format: attr(body, 'numFmt') ?? 'decimal',
      text: attr(body, 'lvlText') ?? '',
    });
  }
  return levels;
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of parts) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa… */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatted(n: number, format: string): string {
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
    default:
      return String(n);
  }
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function wordNumbers(documentXml: string, numberingXml: string | undefined): WordNumber[] {
  if (!numberingXml) return [];
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  ))
    abstracts.set(m[1] ?? '', levelsOf(m[2] ?? ''));
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = m[2] ?? '';
    const overrides = new Map<number, number>();
    for (const o of body.matchAll(
      /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const start = attr(o[2] ?? '', 'startOverride');
      if (start !== undefined) overrides.set(Number(o[1]), Number(start));
    }
    nums.set(m[1] ?? '', { abstract: attr(body, 'abstractNumId') ?? '', overrides });
  }
  // Word counts per definition: a list that does not restart goes on from the one before.
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const out: WordNumber[] = [];
  // Not an empty <w:p/>: its match would run on to the next paragraph's end.
  for (const p of documentXml.matchAll(/<w:p\b(?:[^>]*[^/])?>([\s\S]*?)<\/w:p>/g)) {
    const body = p[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    if (!numPr) continue;
    const numId = attr(numPr, 'numId');
    const ilvl = Number(attr(numPr, 'ilvl') ?? 0);
    const num = numId === undefined ? undefined : nums.get(numId);
    const levels = num && abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || numId === '0') continue;
    const count = counters.get(num.abstract) ?? [];
    if (!started.has(numId as string)) {
      started.add(numId as string);
      for (const [l, start] of num.overrides) {
        count[l] = start - 1;
        count.length = Math.min(count.length, l + 1);
      }
    }
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    counters.set(num.abstract, count);
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => decodeXml(t[1] ?? ''))
      .join('');
    const ordered = level.format !== 'bullet';
    const label = ordered
      ? level.text.replace(/%(\d)/g, (_, k: string) => {
          const i = Number(k) - 1;
          const at = levels.get(i);
          return formatted(count[i] ?? at?.start ?? 1, at?.format ?? 'decimal');
        })
      : '';
    out.push({ text, label: label.trim(), ordered });
  }
  return out;
}
