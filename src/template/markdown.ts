/**
 * Template stage: Markdown-like text → blocks of styled runs.
 * Supports what official notices use: paragraphs, headings (`##`), bulleted and numbered lists
 * (printed as "- " / "1. " paragraphs, as Vietnamese administrative style does), **bold**,
 * *italic*, and links (bare URLs become links). Parsing is marked's lexer; we only map tokens.
 */
import { marked, type Token, type Tokens } from 'marked';
import type { Block, Run } from './blocks.js';

interface InlineStyle {
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

function inlineRuns(tokens: readonly Token[] | undefined, style: InlineStyle, out: Run[]): Run[] {
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        inlineRuns((t as Tokens.Strong).tokens, { ...style, bold: true }, out);
        break;
      case 'em':
        inlineRuns((t as Tokens.Em).tokens, { ...style, italic: true }, out);
        break;
      case 'link': {
        const link = t as Tokens.Link;
        inlineRuns(link.tokens, { ...style, link: link.href }, out);
        break;
      }
      case 'br':
        out.push({ text: '\n', ...style });
        break;
      case 'codespan':
        out.push({ text: (t as Tokens.Codespan).text, ...style });
        break;
      case 'text': {
        const text = t as Tokens.Text;
        if (text.tokens) inlineRuns(text.tokens, style, out);
        else out.push({ text: text.text.replace(/\n/g, ' '), ...style });
        break;
      }
      default:
        // escape, del, html: print what the author wrote, minus Markdown's own syntax.
        out.push({ text: 'text' in t ? String(t.text) : t.raw, ...style });
    }
  }
  return mergeRuns(out);
}

/**
 * A copy of the text that shares no memory with the string it was cut from. Runs outlive their
 * document (layout caches keep the lines of paragraphs that recur), and a substring would keep
 * the group's whole rendered template alive with it.
 */
const detached = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** Joins neighbouring runs of the same style so words are not cut at style seams needlessly. */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    if (prev && prev.bold === r.bold && prev.italic === r.italic && prev.link === r.link)
      prev.text += r.text;
    else out.push({ ...r });
  }
  for (const r of out) r.text = detached(r.text);
  return out;
}

function listBlocks(list: Tokens.List, depth: number, out: Block[]): void {
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${start + i}.` : '-';
    for (const child of item.tokens) {
      if (child.type === 'list') listBlocks(child as Tokens.List, depth + 1, out);
      else if ('tokens' in child && child.tokens)
        out.push({ type: 'item', marker, depth, runs: inlineRuns(child.tokens, {}, []) });
    }
  });
}

/** Parses a Markdown-like text into blocks. */
export function parseBlocks(source: string): Block[] {
  const out: Block[] = [];
  for (const t of marked.lexer(source, { gfm: true })) {
    if (t.type === 'paragraph')
      out.push({ type: 'paragraph', runs: inlineRuns((t as Tokens.Paragraph).tokens, {}, []) });
    else if (t.type === 'heading') {
      const h = t as Tokens.Heading;
      out.push({ type: 'heading', depth: h.depth, runs: inlineRuns(h.tokens, {}, []) });
    } else if (t.type === 'list') listBlocks(t as Tokens.List, 0, out);
  }
  return out;
}

/** Parses one line of inline Markdown (bold, italic, links) into runs. */
export function parseInline(source: string): Run[] {
  return inlineRuns(marked.Lexer.lexInline(source, { gfm: true }), {}, []);
}
