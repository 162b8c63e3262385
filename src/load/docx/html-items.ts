/**
 * Load stage, Word import: mammoth's HTML → the document's items in order: paragraphs (plain
 * text, styled runs, heading level or list depth) and tables of cells of paragraphs. Each
 * paragraph carries its number in the document (1-based, counting empty paragraphs and those in
 * tables, as Word has them), so that every guess and warning can say where it came from.
 */
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { normalizeText } from '../normalize.js';
import type { TextRun } from './inline-markdown.js';

/** Formatting Word had that the campaign's text cannot print. */
export type LostMark = 'underline' | 'strikethrough' | 'superscript' | 'subscript';

export interface Para {
  kind: 'p' | 'h' | 'li';
  /** 1-based paragraph number in the document. */
  index: number;
  /** Plain text, NFC, spaces folded, trimmed; a line break is "\n". */
  text: string;
  runs: TextRun[];
  /** Each line's parts between tabs (a header laid out with tabs has its two columns so). */
  tabbed: string[][];
  /** Whether each line starts with a tab: typed to the right, as a signer's name under its titles. */
  indented: boolean[];
  /** 1–6 for a heading style. */
  heading?: number;
  /** List nesting (0 outside lists and at a list's first level). */
  depth: number;
  ordered: boolean;
  /** Every letter of it is bold. */
  allBold: boolean;
  /** Centred in Word (a plain paragraph: one of Normal style, outside lists). */
  centred?: boolean;
  pictures: number[];
  /** Footnote and endnote ids referenced from it. */
  notes: string[];
  lost: LostMark[];
}

export interface Cell {
  paras: Para[];
  colspan: number;
  rowspan: number;
}

export interface TableItem {
  kind: 'table';
  /** 1-based table number in the document. */
  number: number;
  rows: Cell[][];
}

export type Item = Para | TableItem;

export interface HtmlContent {
  items: Item[];
  /** Footnotes and endnotes: mammoth lists them after the body. */
  notes: { id: string; text: string }[];
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

/** The class read-docx gives a centred plain paragraph. */
export const CENTRED = 'centred';

const NOTE_ID = /^#?((?:foot|end)note-\d+)$/;

class Reader {
  private paragraphs = 0;
  private tables = 0;
  readonly notes: HtmlContent['notes'] = [];

  blocks(nodes: readonly ChildNode[], depth = 0): Item[] {
    const out: Item[] = [];
    for (const node of nodes) {
      if (isText(node)) {
        if (node.data.trim() !== '') out.push(this.para('p', [node], depth));
        continue;
      }
      if (!isTag(node)) continue;
      const name = node.name;
      if (name === 'table') out.push(this.table(node));
      else if (name === 'ul' || name === 'ol') {
        if (this.noteList(node)) continue;
        out.push(...this.list(node, depth, name === 'ol'));
      } else if (/^h[1-6]$/.test(name)) {
        out.push({ ...this.para('h', node.children, 0), heading: Number(name[1]) });
      } else {
        const para = this.para('p', node.children, depth);
        if (node.attribs.class === CENTRED) para.centred = true;
        out.push(para);
      }
    }
    return out;
  }

  /** mammoth's footnote list: `<ol><li id="footnote-1">`. */
  private noteList(list: Element): boolean {
    const items = list.children.filter(isTag);
    if (items.length === 0 || !items.every((li) => NOTE_ID.test(li.attribs.id ?? ''))) return false;
    for (const li of items) {
      const runs: TextRun[] = [];
      this.inline(li.children, {}, runs, emptyPara());
      this.notes.push({ id: li.attribs.id ?? '', text: plainText(runs).replace(/\s*↑$/, '') });
    }
    return true;
  }

  private list(list: Element, depth: number, ordered: boolean): Item[] {
    const out: Item[] = [];
    for (const li of list.children.filter(isTag)) {
      const own = li.children.filter((c) => !(isTag(c) && (c.name === 'ul' || c.name === 'ol')));
      out.push({ ...this.para('li', own, depth), ordered });
      for (const sub of li.children.filter(isTag)) {
        if (sub.name === 'ul' || sub.name === 'ol')
          out.push(...this.list(sub, depth + 1, sub.name === 'ol'));
      }
    }
    return out;
  }

  private table(table: Element): TableItem {
    const number = ++this.tables;
    const rows: Cell[][] = [];
    const trs = (el: Element): Element[] =>
      el.children
        .filter(isTag)
        .flatMap((c) =>
          c.name === 'tr' ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.name) ? trs(c) : [],
        );
    for (const tr of trs(table)) {
      rows.push(
        tr.children
          .filter(isTag)
          .filter((td) => td.name === 'td' || td.name === 'th')
          .map((td) => ({
            paras: flattenParas(this.blocks(td.children)),
            colspan: Math.max(1, Number(td.attribs.colspan ?? 1) || 1),
            rowspan: Math.max(1, Number(td.attribs.rowspan ?? 1) || 1),
          })),
      );
    }
    return { kind: 'table', number, rows };
  }

  private para(kind: Para['kind'], nodes: readonly ChildNode[], depth: number): Para {
    const para = emptyPara();
    para.kind = kind;
    para.index = ++this.paragraphs;
    para.depth = depth;
    const runs: TextRun[] = [];
    this.inline(nodes, {}, runs, para);
    const rawLines = runs
      .map((r) => r.text)
      .join('')
      .split('\n');
    para.indented = rawLines.map((line) => /^[^\S\t]*\t/.test(line));
    para.tabbed = rawLines.map((line) =>
      line
        .split(/\t+/)
        .map((t) => normalizeText(t).replace(/\s+/g, ' ').trim())
        .filter((t) => t !== ''),
    );
    para.runs = tidyRuns(runs);
    para.text = plainText(para.runs);
    para.allBold =
      para.runs.some((r) => r.text.trim() !== '') &&
      para.runs.every((r) => r.bold || r.text.trim() === '');
    return para;
  }

  private inline(nodes: readonly ChildNode[], style: Style, out: TextRun[], para: Para): void {
    for (const node of nodes) {
      if (isText(node)) {
        out.push({ text: node.data, ...style });
        continue;
      }
      if (!isTag(node)) continue;
      switch (node.name) {
        case 'strong':
        case 'b':
          this.inline(node.children, { ...style, bold: true }, out, para);
          break;
        case 'em':
        case 'i':
          this.inline(node.children, { ...style, italic: true }, out, para);
          break;
        case 'br':
          out.push({ text: '\n', ...style });
          break;
        case 'img': {
          const n = /^picture:(\d+)$/.exec(node.attribs.src ?? '');
          if (n) para.pictures.push(Number(n[1]));
          break;
        }
        case 'a': {
          const href = node.attribs.href ?? '';
          const note = NOTE_ID.exec(href);
          if (note?.[1]) para.notes.push(note[1]);
          else if (/^https?:\/\//i.test(href))
            this.inline(node.children, { ...style, link: href }, out, para);
          else this.inline(node.children, style, out, para);
          break;
        }
        case 'sup':
        case 'sub': {
          // A footnote reference is a link inside <sup>: that is not lost formatting.
          const isNote = node.children.some(
            (c) => isTag(c) && c.name === 'a' && NOTE_ID.test(c.attribs.href ?? ''),
          );
          if (!isNote) addLost(para, node.name === 'sup' ? 'superscript' : 'subscript');
          this.inline(node.children, style, out, para);
          break;
        }
        case 'u':
          addLost(para, 'underline');
          this.inline(node.children, style, out, para);
          break;
        case 's':
          addLost(para, 'strikethrough');
          this.inline(node.children, style, out, para);
          break;
        default:
          this.inline(node.children, style, out, para);
      }
    }
  }
}

function addLost(para: Para, mark: LostMark): void {
  if (!para.lost.includes(mark)) para.lost.push(mark);
}

function emptyPara(): Para {
  return {
    kind: 'p',
    index: 0,
    text: '',
    runs: [],
    tabbed: [],
    indented: [],
    depth: 0,
    ordered: false,
    allBold: false,
    pictures: [],
    notes: [],
    lost: [],
  };
}

/** NFC, folded spaces; the paragraph's outer spaces and those around line breaks trimmed. */
function tidyRuns(runs: TextRun[]): TextRun[] {
  const out = runs
    .map((r) => ({ ...r, text: normalizeText(r.text).replace(/ {2,}/g, ' ') }))
    .filter((r) => r.text !== '');
  // Spaces folded across run seams too: "a " + " b".
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as TextRun;
    const cur = out[i] as TextRun;
    if (/[ \n]$/.test(prev.text)) cur.text = cur.text.replace(/^ +/, '');
  }
  for (const r of out) r.text = r.text.replace(/ *\n */g, '\n');
  const first = out[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = out.at(-1);
  if (last) last.text = last.text.replace(/\s+$/, '');
  return out.filter((r) => r.text !== '');
}

export function plainText(runs: readonly TextRun[]): string {
  return runs
    .map((r) => r.text)
    .join('')
    .trim();
}

/** Every paragraph of items, those in tables included, in document order. */
export function flattenParas(items: readonly Item[]): Para[] {
  return items.flatMap((item) =>
    item.kind === 'table' ? item.rows.flatMap((row) => row.flatMap((c) => c.paras)) : [item],
  );
}

export function readHtml(html: string): HtmlContent {
  const reader = new Reader();
  const items = reader.blocks(parseDocument(html).children);
  return { items, notes: reader.notes };
}
