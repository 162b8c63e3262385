/**
 * Load stage, Word import: styled runs of text → the body's Markdown dialect
 * (src/template/markdown.ts) and Handlebars-safe: **bold**, *italic*, [text](url), bare URLs,
 * everything else escaped so that it prints as Word showed it.
 */

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

const URL = /https?:\/\/[^\s<>()]+/g;

/**
 * Characters that would start Markdown syntax, or a Handlebars expression (`{`), escaped with a
 * backslash; a web address is left whole, so that it still becomes a link and a QR code.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL)) {
    out += escapePlain(text.slice(last, m.index));
    out += m[0];
    last = m.index + m[0].length;
  }
  return out + escapePlain(text.slice(last));
}

function escapePlain(text: string): string {
  return text.replace(/[\\*_`[\]<>{}|]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * A line that Markdown would read as a heading, quote, list item, rule or table: its first mark
 * escaped, so it stays the paragraph Word had.
 */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(#|>|\+ |- )/, '\\$1')
    .replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3')
    .replace(/^([a-zđ]|[ivx]{1,4})\)(\s)/, '$1\\)$2')
    .replace(/^([=-])(\1*\s*)$/, '\\$1$2');
}

const same = (a: TextRun, b: TextRun) =>
  Boolean(a.bold) === Boolean(b.bold) &&
  Boolean(a.italic) === Boolean(b.italic) &&
  a.link === b.link;

/** Runs → one line of inline Markdown ("\n" in a run is a hard line break). */
export function runsToMarkdown(runs: readonly TextRun[]): string {
  const merged: TextRun[] = [];
  for (const r of runs) {
    const prev = merged.at(-1);
    if (prev && same(prev, r)) prev.text += r.text;
    else merged.push({ ...r });
  }
  return merged.map(runMarkdown).join('');
}

function runMarkdown(run: TextRun): string {
  // Markdown's emphasis must hug its text: spaces go outside the marks.
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text);
  const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? ''];
  if (core === '') return run.text;
  let md = escapeMarkdown(core);
  if (run.link && run.link !== core)
    md = `[${md}](${run.link.replace(/[()\s]/g, encodeURIComponent)})`;
  const mark = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
  // A hard break inside a styled run closes and reopens the marks around it.
  md = md
    .split('\n')
    .map((line) => (line.trim() === '' ? line : `${mark}${line}${mark}`))
    .join('\\\n');
  return `${lead}${md}${trail}`;
}
