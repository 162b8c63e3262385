/**
 * Load stage, Word import: the notice's body (the items between "Kính gửi" and the signature)
 * → the campaign body's Markdown dialect (src/template/markdown.ts): headings, "- " and "1."
 * items, **bold** and *italic*, pipe tables. What it cannot carry (pictures, footnotes, text
 * boxes out of place, underline) is a warning on its paragraph.
 */

import { joined, type Message, msg } from '../../messages/message.js';
import type { Cell, Item, LostMark, Para, TableItem } from './html-items.js';
import { escapeLineStart, runsToMarkdown, type TextRun } from './inline-markdown.js';
import { type ImportWarning, warningAt } from './provenance.js';

export interface BodyContext {
  textBoxParagraphs: ReadonlySet<string>;
  notes: ReadonlyMap<string, string>;
  pictureNames: ReadonlyMap<number, string>;
  /** Headings numbered by Word, by text. */
  numberedHeadings: ReadonlySet<string>;
}

/** The formatting a printed notice cannot show, as a warning names it. */
const LOST_MARKS: Record<LostMark, Message> = {
  underline: msg`underline`,
  strikethrough: msg`strikethrough`,
  superscript: msg`superscript`,
  subscript: msg`subscript`,
};

/** A bold paragraph numbered "I." or "1." (as notices title their parts) is a heading. */
const ROMAN_TITLE = /^[IVXLC]+\.\s/;
const NUMBER_TITLE = /^\d+(?:\.\d+)*\.\s/;
const TITLE_MAX = 250;

/** Dashes typed before a point, each followed by a space (so "-5" and "+84" stay as they are). */
const TYPED_DASH = /^(?:[-–—•+]\s+)+/u;

/** The paragraph's runs without the hand-typed dash that starts it. */
function withoutDash(runs: readonly TextRun[]): TextRun[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  return [{ ...first, text: first.text.replace(TYPED_DASH, '') }, ...rest].filter(
    (r) => r.text !== '',
  );
}

/** Inline Markdown of a paragraph: its line breaks kept, each line safe from block syntax. */
export function paragraphMarkdown(runs: readonly TextRun[]): string {
  return runsToMarkdown(runs)
    .split(/\\?\n/)
    .map((line, i) => (i === 0 ? line : escapeLineStart(line.trim())))
    .join('\\\n');
}

export function paraWarnings(para: Para, ctx: BodyContext): ImportWarning[] {
  const out: ImportWarning[] = [];
  for (const n of para.pictures) {
    out.push(
      warningAt(
        para,
        msg`a picture (${ctx.pictureNames.get(n) ?? `picture ${n}`}) is not imported: a notice prints no pictures; a QR code's web address can be written in the text instead`,
      ),
    );
  }
  for (const id of para.notes) {
    out.push(
      warningAt(
        para,
        msg`its footnote is not imported: "${ctx.notes.get(id) ?? ''}" (write it into the text if it must print)`,
      ),
    );
  }
  if (para.text && ctx.textBoxParagraphs.has(para.text)) {
    out.push(
      warningAt(
        para,
        msg`this text is in a text box: imported where the box is anchored; check its place`,
      ),
    );
  }
  if (para.kind === 'h' && ctx.numberedHeadings.has(para.text)) {
    out.push(
      warningAt(
        para,
        msg`Word numbers this heading itself: its number is not in the text; type it in`,
      ),
    );
  }
  if (para.lost.length > 0) {
    out.push(
      warningAt(
        para,
        msg`${joined(
          para.lost.map((m) => LOST_MARKS[m]),
          ', ',
        )} cannot be printed: the text is kept without it`,
      ),
    );
  }
  return out;
}

export function bodyMarkdown(items: readonly Item[], ctx: BodyContext) {
  const blocks: string[] = [];
  const warnings: ImportWarning[] = [];
  const counters: number[] = [];
  let ordered: Para[] = [];
  const endOrdered = () => {
    const [first] = ordered;
    const last = ordered.at(-1);
    if (first && last) {
      warnings.push(
        warningAt(
          first,
          msg`paragraphs ${first.index}–${last.index} are a list Word numbers itself: numbered 1., 2., … here; check the numbers and their style (a), b), …)`,
        ),
      );
    }
    ordered = [];
  };
  for (const item of items) {
    if (item.kind === 'table') {
      endOrdered();
      counters.length = 0;
      const t = tableMarkdown(item, ctx);
      blocks.push(t.markdown);
      warnings.push(...t.warnings);
      continue;
    }
    warnings.push(...paraWarnings(item, ctx));
    if (item.text === '') continue;
    if (item.kind === 'li') {
      counters.length = item.depth + 1;
      const n = (counters[item.depth] ?? 0) + 1;
      counters[item.depth] = n;
      if (item.ordered) ordered.push(item);
      const marker = item.ordered ? `${n}.` : '-';
      // A dash typed after Word's own bullet ("- - text" in Word's plain text) is not doubled.
      const runs = item.ordered ? item.runs : withoutDash(item.runs);
      const text = escapeLineStart(paragraphMarkdown(runs));
      blocks.push(`${'    '.repeat(item.depth)}${marker} ${text}`);
      continue;
    }
    endOrdered();
    counters.length = 0;
    blocks.push(paraMarkdown(item));
  }
  endOrdered();
  return { markdown: blocks.join('\n\n'), warnings };
}

function paraMarkdown(para: Para): string {
  const unbold = para.runs.map((r) => ({ ...r, bold: false }));
  if (para.kind === 'h') {
    return `${'#'.repeat(Math.min(6, (para.heading ?? 1) + 1))} ${paragraphMarkdown(unbold)}`;
  }
  if (para.allBold && para.text.length <= TITLE_MAX && !para.text.includes('\n')) {
    if (ROMAN_TITLE.test(para.text)) return `## ${paragraphMarkdown(unbold)}`;
    if (NUMBER_TITLE.test(para.text)) return `### ${paragraphMarkdown(unbold)}`;
  }
  if (TYPED_DASH.test(para.text)) {
    // "+" is kept as written (a sub-point in many notices); the other dashes print as "-".
    const text = escapeLineStart(paragraphMarkdown(withoutDash(para.runs)));
    return `${para.text.startsWith('+') ? '+' : '-'} ${text}`;
  }
  return escapeLineStart(paragraphMarkdown(para.runs));
}

/** A cell's paragraphs on one line, parted by <br> (a pipe table's only line break). */
function cellMarkdown(cell: Cell): string {
  return cell.paras
    .filter((p) => p.text !== '')
    .map((p) => (p.kind === 'li' ? `- ${paragraphMarkdown(p.runs)}` : paragraphMarkdown(p.runs)))
    .join('<br>')
    .replace(/\\\n/g, '<br>');
}

/** A pipe table: its first row the header; merged cells split, with a warning. */
function tableMarkdown(table: TableItem, ctx: BodyContext) {
  const warnings: ImportWarning[] = [];
  const grid: string[][] = [];
  // Cells a row span from above covers: row → columns taken.
  const taken = new Map<number, Set<number>>();
  let merged: Para | undefined;
  table.rows.forEach((row, r) => {
    const out: string[] = [];
    let c = 0;
    const skipTaken = () => {
      while (taken.get(r)?.has(c)) {
        out.push('');
        c++;
      }
    };
    for (const cell of row) {
      skipTaken();
      for (const para of cell.paras) warnings.push(...paraWarnings(para, ctx));
      out.push(cellMarkdown(cell));
      if (cell.colspan > 1 || cell.rowspan > 1) merged ??= cell.paras[0];
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (dr === 0 && dc === 0) continue;
          if (dr === 0) {
            out.push('');
            continue;
          }
          const set = taken.get(r + dr) ?? new Set<number>();
          set.add(c + dc);
          taken.set(r + dr, set);
        }
      }
      c += cell.colspan;
    }
    skipTaken();
    grid.push(out);
  });
  if (merged) {
    warnings.push(
      warningAt(
        merged,
        msg`table ${table.number} has merged cells: each is split, its text in the first of them; check the table`,
      ),
    );
  }
  const width = Math.max(1, ...grid.map((row) => row.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...rows] = grid;
  const markdown = [
    line(head),
    line(Array.from({ length: width }, () => '---')),
    ...rows.map(line),
  ].join('\n');
  return { markdown, warnings };
}
