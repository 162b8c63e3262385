/**
 * Template stage: Markdown-like text → blocks of styled runs. Parsing is marked's lexer (GFM);
 * we map its tokens to what an official notice prints: paragraphs, headings, lists (nested, each
 * marker kept as written: "1)", "a)", "-", "+"), quotes, indented paragraphs, pipe tables, hard
 * line breaks, **bold**, *italic* and links (bare URLs become links).
 *
 * Whatever else the text holds (an image, HTML, a code fence, a rule) is a problem with its line,
 * never dropped without a word: `check` reports it before anything is built.
 */

import { Marked, type Token, type TokenizerExtension, type Tokens } from 'marked';
import { CheapLru } from '../cheap-lru.js';
import { urlAtStart } from '../load/bare-urls.js';
import { type Message, msg } from '../messages/message.js';
import { PICTURE_HINT } from '../messages/picture-hint.js';
import { type Block, type CellAlign, isControl, type Run, type TableBlock } from './blocks.js';
import { asTypedLines } from './typed-lines.js';
import { EMPTY, unmarked } from './value-marks.js';

/** Something in the text that cannot be printed; `line` is 1-based in the parsed text. */
export interface MarkdownProblem {
  line: number;
  message: Message;
  hint: Message;
}

export interface ParsedText {
  blocks: Block[];
  problems: MarkdownProblem[];
}

/** A letter or roman numeral item marker as Vietnamese documents number sub-items: "a)", "đ)". */
const LETTER_MARKER = String.raw`(?:[a-zđ]|[ivx]{1,4})\)`;
/**
 * The bullets Word puts before a list's lines, as its text pastes them ("–⇥…", "•⇥…", "o⇥…",
 * "§⇥…"): Markdown knows only "-", "+" and "*", and would run such a line into the one above.
 * (Word's Symbol-font bullet, a private-use character, is "•" by then: load/normalize.ts.)
 */
const WORD_BULLET = '[–—−•◦▪●➢§o]';
/** A marker of an item Markdown itself does not know: "a)", "iv)", "–", "•". */
const ITEM_MARKER = `(?:${LETTER_MARKER}|${WORD_BULLET})`;
/** A line that starts another block: it ends a lettered item's continuation lines. */
const BLOCK_START = String.raw`(?: {0,3}(?:[-+*] |\d{1,9}[.)] |#|>|\|)| {0,3}${ITEM_MARKER}[ \t])`;

const LETTER_START = new RegExp(String.raw`(^|\n) {0,3}${ITEM_MARKER}[ \t]`);
/** A lettered item: its line, and the lines that continue it up to a blank line or a block. */
const LETTER_ITEM = new RegExp(
  String.raw`^ {0,3}(${ITEM_MARKER})[ \t]+([^\n]*(?:\n(?![ \t]*\n)(?!${BLOCK_START})[^\n]*)*)(?:\n|$)`,
);

interface LetterItem extends Tokens.Generic {
  type: 'letterItem';
  marker: string;
  tokens: Token[];
}

/**
 * "a) …" lines are items, as "1) …" lines are: CommonMark knows no lettered lists and would run
 * consecutive "a) …" lines into one paragraph.
 */
const letterItem: TokenizerExtension = {
  name: 'letterItem',
  level: 'block',
  start(src: string) {
    const m = LETTER_START.exec(src);
    return m ? m.index + (m[1] ?? '').length : undefined;
  },
  tokenizer(src: string) {
    const m = LETTER_ITEM.exec(src);
    if (!m) return undefined;
    const token: LetterItem = {
      type: 'letterItem',
      raw: m[0],
      marker: m[1] ?? '',
      text: m[2] ?? '',
      tokens: [],
    };
    this.lexer.inline(token.text as string, token.tokens);
    return token;
  },
};

const md = new Marked({
  gfm: true,
  extensions: [letterItem],
  tokenizer: {
    /**
     * A bare http(s) URL ends where bare-urls.ts says (before "./." and the sentence's final
     * punctuation), as `check` reads it; marked's own rule keeps "./" of "…/danh-sach./." in the
     * link. Other autolinks (www., e-mail) are marked's.
     */
    url(src: string) {
      const url = urlAtStart(src);
      if (url === undefined) return false;
      return {
        type: 'link',
        raw: url,
        text: url,
        href: url,
        tokens: [{ type: 'text', raw: url, text: url }],
      };
    },
  },
});

interface InlineStyle {
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

const newlines = (s: string): number => s.split('\n').length - 1;

/** The first control character of a line other than a tab: invisible, and no font draws it. */
function controlCharacter(text: string): string | undefined {
  for (const ch of text) if (ch !== '\t' && isControl(ch.codePointAt(0) ?? 0)) return ch;
  return undefined;
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
  for (const r of out) r.text = detached(unmarked(r.text));
  return out.filter((r) => r.text !== '');
}

/**
 * Bold or italic round nothing but {{…}} that printed nothing ("tại **{{group.venue}}**" for a
 * group whose cell is empty): emphasis of nothing means nothing, so its marks print nothing; the
 * office is warned of the empty cell itself (output/empty-cells.ts). Marks the office typed
 * ("dấu ** là bắt buộc") are no emphasis and print as typed.
 */
const roundsNothing = (runs: readonly Run[]): boolean => {
  const text = runs.map((r) => r.text).join('');
  return text.includes(EMPTY) && unmarked(text).trim() === '';
};

/** What an author may mean by each construct we cannot print, and what to write instead. */
const UNPRINTABLE: Record<string, { what: Message; hint: Message }> = {
  image: {
    what: msg`an image`,
    hint: PICTURE_HINT,
  },
  html: {
    what: msg`HTML`,
    hint: msg`Use **bold**, *italic* and line breaks instead; write comments as {{!-- … --}}.`,
  },
  code: {
    what: msg`a code block (\`\`\`)`,
    hint: msg`Remove the \`\`\` lines; indent a paragraph by four spaces to set it in.`,
  },
  hr: {
    what: msg`a horizontal rule (---, ***)`,
    hint: msg`Remove the line, or escape it (\\---) to print it as written.`,
  },
  def: {
    what: msg`a link definition ([name]: URL)`,
    hint: msg`Write the URL in the text itself: it becomes a link and a QR code.`,
  },
  checkbox: {
    what: msg`a task list item ([ ] / [x])`,
    hint: msg`Write the item without the box, or escape it: \\[ ].`,
  },
};

class Walker {
  readonly problems: MarkdownProblem[] = [];

  /** `asWritten`: a line of a template prints what it cannot format as its author wrote it. */
  constructor(private readonly asWritten = false) {}

  problem(type: string, line: number, raw: string, out?: Run[]): void {
    if (this.asWritten && out) {
      out.push({ text: raw.replace(/[\t\n]/g, ' ') });
      return;
    }
    const known = UNPRINTABLE[type];
    const shown = unmarked(raw).trim().split('\n')[0]?.slice(0, 60) ?? '';
    this.problems.push({
      line,
      message: msg`the text holds ${known?.what ?? msg`"${type}"`} ("${shown}"), which cannot be printed`,
      hint: known?.hint ?? msg`Write it as plain text.`,
    });
  }

  inline(tokens: readonly Token[] | undefined, line: number, style: InlineStyle, out: Run[]) {
    for (const t of tokens ?? []) {
      this.inlineToken(t, line, style, out);
      line += newlines(t.raw);
    }
    return out;
  }

  private inlineToken(t: Token, line: number, style: InlineStyle, out: Run[]): void {
    switch (t.type) {
      case 'strong':
      case 'em': {
        const key = t.type === 'strong' ? 'bold' : 'italic';
        const inner = this.inline((t as Tokens.Strong).tokens, line, { ...style, [key]: true }, []);
        if (!roundsNothing(inner)) out.push(...inner);
        return;
      }
      case 'link': {
        const link = t as Tokens.Link;
        this.inline(link.tokens, line, { ...style, link: unmarked(link.href) }, out);
        return;
      }
      case 'br':
        out.push({ text: '\n', ...style });
        return;
      case 'text': {
        const text = t as Tokens.Text;
        if (text.tokens) this.inline(text.tokens, line, style, out);
        else out.push({ text: text.text.replace(/[\t\n]/g, ' '), ...style });
        return;
      }
      case 'escape':
        out.push({ text: (t as Tokens.Escape).text, ...style });
        return;
      case 'del':
      case 'codespan':
        // "7h~9h" is not a strikethrough in a notice: print what the author wrote.
        out.push({ text: t.raw.replace(/[\t\n]/g, ' '), ...style });
        return;
      case 'html':
        // A table cell has no other way to break a line.
        if (/^<br\s*\/?>$/i.test(t.raw.trim())) out.push({ text: '\n', ...style });
        else this.problem('html', line, t.raw, out);
        return;
      default:
        this.problem(t.type, line, t.raw, out);
    }
  }

  runs(tokens: readonly Token[] | undefined, line: number): Run[] {
    return mergeRuns(this.inline(tokens, line, {}, []));
  }

  blocks(tokens: readonly Token[], line: number, level: number, out: Block[]): Block[] {
    for (const t of tokens) {
      this.block(t, line, level, out);
      line += newlines(t.raw);
    }
    return out;
  }

  private block(t: Token, line: number, level: number, out: Block[]): void {
    switch (t.type) {
      case 'space':
        return;
      case 'paragraph':
      case 'text': {
        const runs = this.runs((t as Tokens.Paragraph).tokens, line);
        // A line that was only emphasis round nothing ("__{{group.venue}}__") prints nothing.
        if (runs.length === 0) return;
        out.push(level > 0 ? { type: 'paragraph', runs, level } : { type: 'paragraph', runs });
        return;
      }
      case 'heading': {
        const h = t as Tokens.Heading;
        out.push({ type: 'heading', depth: h.depth, runs: this.runs(h.tokens, line) });
        return;
      }
      case 'list':
        this.list(t as Tokens.List, line, level, out);
        return;
      case 'letterItem': {
        const item = t as LetterItem;
        out.push({
          type: 'item',
          marker: item.marker,
          depth: level,
          runs: this.runs(item.tokens, line),
        });
        return;
      }
      case 'blockquote':
        out.push({
          type: 'quote',
          blocks: this.blocks((t as Tokens.Blockquote).tokens, line, 0, []),
        });
        return;
      case 'code': {
        const code = t as Tokens.Code;
        // Four spaces in front set a paragraph in; nobody prints program code in a notice.
        if (code.codeBlockStyle !== 'indented') {
          this.problem('code', line, t.raw);
          return;
        }
        const runs = this.runs(md.Lexer.lexInline(code.text, md.defaults), line);
        out.push({ type: 'paragraph', runs, level: level + 1 });
        return;
      }
      case 'table':
        out.push(this.table(t as Tokens.Table, line));
        return;
      default:
        this.problem(t.type, line, t.raw);
    }
  }

  private list(list: Tokens.List, line: number, level: number, out: Block[]): void {
    for (const item of list.items) {
      const marker = /^\s*(\S+)/.exec(item.raw)?.[1] ?? '-';
      const [first, ...rest] = item.tokens;
      let childLine = line;
      if (first && (first.type === 'text' || first.type === 'paragraph')) {
        const runs = this.runs((first as Tokens.Text).tokens, line);
        out.push({ type: 'item', marker, depth: level, runs });
        childLine += newlines(first.raw);
      } else {
        out.push({ type: 'item', marker, depth: level, runs: [] });
        if (first) rest.unshift(first);
      }
      for (const child of rest) {
        // A paragraph that continues the item stays at its level; what nests goes one deeper.
        const nested = child.type !== 'text' && child.type !== 'paragraph';
        this.block(child, childLine, nested ? level + 1 : level, out);
        childLine += newlines(child.raw);
      }
      line += newlines(item.raw);
    }
  }

  private table(t: Tokens.Table, line: number): TableBlock {
    const align = t.align.map((a) => a ?? undefined) as (CellAlign | undefined)[];
    // The header is the table's first line, the delimiter row its second.
    const head = t.header.map((c) => this.runs(c.tokens, line));
    const rows = t.rows.map((row, i) => row.map((c) => this.runs(c.tokens, line + 2 + i)));
    // GFM drops the cells of a row beyond the header's count: here that is the author's to fix.
    t.raw
      .split('\n')
      .slice(2)
      .forEach((text, i) => {
        const cells = text
          .trim()
          .replace(/^\|/, '')
          .replace(/(?<!\\)\|$/, '')
          .split(/(?<!\\)\|/);
        if (text.trim() !== '' && cells.length > head.length) {
          this.problems.push({
            line: line + 2 + i,
            message: msg`this table row has ${cells.length} cells, its header ${head.length}: the last ${cells.length - head.length} would not be printed`,
            hint: msg`Add the missing header cells, or write a "|" inside a cell as "\\|".`,
          });
        }
      });
    return { type: 'table', align, head, rows };
  }
}

/** Lines holding control characters: invisible in an editor, unprintable on paper. */
function controlProblems(source: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  source.split('\n').forEach((text, i) => {
    const ch = controlCharacter(text);
    if (ch) {
      const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({
        line: i + 1,
        message: msg`the text holds an invisible control character (${code}), which cannot be printed`,
        hint: msg`Delete it: retype the line, or paste it as plain text.`,
      });
    }
  });
  return problems;
}

/**
 * Texts parsed so far without a problem, by their text. A notice's body is the same for most
 * groups of a ward (a group's values, where it prints them, make it new): lexing it again with
 * marked was ~2.4 % of a worker's CPU in a 300-group build of every kind (bench/results.md
 * "## scale: the cold build's CPU"). Bounded; copies handed out, as parseInline's.
 */
const parsedTexts = new CheapLru<string, readonly Block[]>({ max: 64 });

/** Parses a Markdown-like text into blocks, with what it holds that cannot be printed. */
export function parseMarkdown(source: string): ParsedText {
  const known = parsedTexts.get(source);
  if (known) return { blocks: copyBlocks(known), problems: [] };
  const parsed = parseMarkdownAnew(source);
  if (parsed.problems.length === 0) parsedTexts.set(source, copyBlocks(parsed.blocks));
  return parsed;
}

function copyRuns(runs: readonly Run[]): Run[] {
  const copy: Run[] = [];
  for (const r of runs) copy.push({ ...r });
  return copy;
}

/**
 * A deep copy: the caller owns the blocks it gets, as when each call parsed anew. Loops, not
 * arrows made per call (bench/results.md "## scale: code compiled once").
 */
function copyBlocks(blocks: readonly Block[]): Block[] {
  const copy: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'quote') copy.push({ ...b, blocks: copyBlocks(b.blocks) });
    else if (b.type === 'table') {
      const rows: Run[][][] = [];
      for (const row of b.rows) {
        const cells: Run[][] = [];
        for (const cell of row) cells.push(copyRuns(cell));
        rows.push(cells);
      }
      const head: Run[][] = [];
      for (const cell of b.head) head.push(copyRuns(cell));
      copy.push({ ...b, align: [...b.align], head, rows });
    } else copy.push({ ...b, runs: copyRuns(b.runs) });
  }
  return copy;
}

/**
 * A pasted table's cell with a lone quote at its start or end: a cell Excel quoted that never
 * closes (or was cut), which would print half in one row and half in the next (qa11 Q18).
 */
function strayQuoteProblem({ line, cell }: { line: number; cell: string }): MarkdownProblem {
  return {
    line,
    message: msg`a cell of this pasted table ("${cell}") has a quote that is never closed: its row would not print as in Excel`,
    hint: msg`Copy the table from Excel again, or remove the stray quote ("); a line break inside a cell can be written <br>.`,
  };
}

function parseMarkdownAnew(source: string): ParsedText {
  const text = source.replace(/\r\n?/g, '\n');
  // One typed line, one paragraph; lines of Tab-separated cells, a table (typed-lines.ts).
  const typed = asTypedLines(text);
  const walker = new Walker();
  const blocks = walker.blocks(md.lexer(typed.text), 1, 0, []);
  const typedLine = (p: MarkdownProblem) => ({ ...p, line: typed.origin[p.line - 1] ?? p.line });
  const problems = [
    ...controlProblems(text),
    ...typed.strayQuotes.map(strayQuoteProblem),
    ...walker.problems.map(typedLine),
  ].sort((a, b) => a.line - b.line);
  return { blocks, problems };
}

/**
 * Lines parsed so far, by their text. A ward's documents repeat most lines of their template for
 * every group (title, steps, captions, the codes' lines): lexing each again was 4 % of a
 * 300-poster build's CPU (bench/results.md › whole process: a short build). Bounded: the lines
 * that carry a group's values are new with every group.
 */
const inlineRuns = new CheapLru<string, readonly Readonly<Run>[]>({ max: 1_024 });

/** Parses one line of inline Markdown (bold, italic, links) into runs. */
export function parseInline(source: string): Run[] {
  let runs = inlineRuns.get(source);
  if (!runs) {
    runs = new Walker(true).runs(md.Lexer.lexInline(source, md.defaults), 1);
    inlineRuns.set(source, runs);
  }
  // Copies: the caller owns what it gets, as when each call parsed anew.
  return runs.map((r) => ({ ...r }));
}
