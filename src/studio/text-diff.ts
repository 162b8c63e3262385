/**
 * What a colleague's save changed in one field, as the clerk reads it (qa49 M2): only the lines
 * that differ, each with the words taken out and put in ("0225.3.857.999 → 0225.3.857.888"),
 * the rest of a long line cut to a few words around the change. Before, a refused save quoted
 * the colleague's whole body, 600 characters in one run with the form's Markdown escapes
 * ("1\."), and nothing said that one phone number was the difference.
 */
import { diffArrays } from 'diff';
import { type Html, html } from './html.js';

type Op = { kind: 'same' | 'out' | 'in'; text: string };

/** Words, the spaces between them and line ends, each a token (a line end its own). */
const tokens = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/(\n|[^\S\n]+)/u)
    .filter(Boolean);

/**
 * Past this many tokens a side, the field is said as replaced whole: a diff runs in the request
 * (jsdiff's Myers diff, O(N·D)), and two unrelated long bodies would cost it most.
 */
const MAX_TOKENS = 3000;

/**
 * The tokens of `a` and `b` as kept, taken out and put in (jsdiff `diffArrays`, which gives a
 * change's removal before its addition: "999 → 888" reads in that order).
 */
function ops(a: string[], b: string[]): Op[] {
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return [
      { kind: 'out', text: a.join('') },
      { kind: 'in', text: b.join('') },
    ];
  }
  return diffArrays(a, b).map((c) => ({
    kind: c.removed ? 'out' : c.added ? 'in' : 'same',
    text: c.value.join(''),
  }));
}

/** The form's Markdown escapes ("1\.", "\-") as the printed text has them. */
export const unescaped = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');

/** Words kept each side of a change within a long unchanged run. */
const AROUND = 6;

/** An unchanged run cut to its last (`end`) or first words, "…" for the rest. */
function cut(text: string, keep: 'start' | 'end' | 'both'): string {
  const words = text.split(/(\s+)/u);
  const n = AROUND * 2;
  if (words.length <= n * 2 + 1) return text;
  if (keep === 'end') return `… ${words.slice(-n).join('')}`;
  if (keep === 'start') return `${words.slice(0, n).join('')} …`;
  return `${words.slice(0, n).join('')} … ${words.slice(-n).join('')}`;
}

/** One line of the comparison: its runs, a changed line only. */
export type DiffLine = Op[];

/** The lines of `before` → `after` that changed, each its runs (unchanged ones cut short). */
export function changedLines(before: string, after: string): DiffLine[] {
  const lines: Op[][] = [[]];
  for (const op of ops(tokens(unescaped(before)), tokens(unescaped(after)))) {
    const parts = op.text.split('\n');
    parts.forEach((p, k) => {
      if (k > 0) lines.push([]);
      if (p !== '') lines[lines.length - 1]?.push({ kind: op.kind, text: p });
    });
  }
  return lines
    .filter((l) => l.some((o) => o.kind !== 'same'))
    .map((l) =>
      l.map((o, k) =>
        o.kind === 'same'
          ? { ...o, text: cut(o.text, k === 0 ? 'end' : k === l.length - 1 ? 'start' : 'both') }
          : o,
      ),
    );
}

/** The changed lines as the page shows them: taken out struck through, put in bold. */
export function diffHtml(before: string, after: string): Html {
  const lines = changedLines(before, after);
  if (lines.length === 0) return html`<p class="muted">(chỉ khác dấu cách hoặc xuống dòng)</p>`;
  return html`<ul class="changed-lines">${lines.map(
    (l) =>
      html`<li>${l.map((o, k) =>
        o.kind === 'same'
          ? o.text
          : o.kind === 'out'
            ? html`<del title="bỏ đi">${o.text}</del>`
            : html`${l[k - 1]?.kind === 'out' ? ' → ' : ''}<ins title="thêm vào"><strong>${o.text}</strong></ins>`,
      )}</li>`,
  )}</ul>`;
}
