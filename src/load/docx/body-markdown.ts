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
import type { WordNumber } from './word-numbering.js';
import { textKey } from './xml-text.js';

export interface BodyContext {
  /** The text boxes' paragraphs, by textKey. */
  textBoxParagraphs: ReadonlySet<string>;
  notes: ReadonlyMap<string, string>;
  pictureNames: ReadonlyMap<number, string>;
  /** The text of the QR code a picture holds, by picture number (picture-qr.ts). */
  pictureCodes?: ReadonlyMap<number, string>;
  /** The web hosts the document's text and links name ("dichvucong.gov.vn"), "www." left out. */
  documentHosts?: ReadonlySet<string>;
  /** Headings numbered by Word, by textKey. */
  numberedHeadings: ReadonlySet<string>;
  /** Word's numbers before its numbered paragraphs, in document order (word-numbering.ts). */
  wordNumbers?: readonly WordNumber[];
}

/** A list marker the body's Markdown prints as written: "1.", "2)", "a)", "iv)". */
const MARKDOWN_MARKER = /^(?:\d{1,9}[.)]|(?:[a-zđ]|[ivx]{1,4})\))$/u;

/** Each ordered paragraph's Word number, found by its text in document order. */
function wordLabels(numbers: readonly WordNumber[]): (para: Para) => WordNumber | undefined {
  let next = 0;
  return (para) => {
    const want = textKey(para.text);
    for (let i = next; i < numbers.length; i++) {
      const n = numbers[i] as WordNumber;
      if (n.ordered && textKey(n.text) === want) {
        next = i + 1;
        return n;
      }
    }
    return undefined;
  };
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

/** A web address, as a QR code holds it: printed in the body, whose links the annex codes. */
const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;

/** Words pointing at a QR code ("quét mã QR dưới đây", "mã QR sau"). */
const POINTS_AT_QR = /\bm[ãa] QR\b|\bQR code\b/iu;

/** The addresses of the QR codes the paragraph's pictures hold, in order. */
export function pictureAddresses(para: Para, ctx: BodyContext): string[] {
  return para.pictures
    .map((n) => ctx.pictureCodes?.get(n))
    .filter((code): code is string => code !== undefined && WEB_ADDRESS.test(code));
}

/** Services whose short address hides where it leads (a form of last year, another ward's). */
const SHORTENERS = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.gl',
  'forms.gle',
  'maps.app.goo.gl',
  't.ly',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
  'is.gd',
  'ow.ly',
  's.id',
  'tiny.cc',
  'rb.gy',
  'v.gd',
  't.co',
]);

/** A web address's host, lower case, "www." left out. */
export function hostOf(address: string): string {
  const host = /^https?:\/\/([^/?#:]+)/i.exec(address)?.[1] ?? '';
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * Why an address read from a picture may not be the ward's own (a template copied from another
 * ward, a link that hides where it leads, an address sent in the clear); undefined when none:
 * a government site (.gov.vn), or a host the document's own text or links name too.
 */
function doubtOf(address: string, ctx: BodyContext): Message | undefined {
  const host = hostOf(address);
  if (/^http:/i.test(address)) return msg`it is not secure (http://)`;
  if (SHORTENERS.has(host)) return msg`it is a short link: where it leads cannot be seen`;
  if (host.endsWith('.gov.vn') || host === 'gov.vn') return undefined;
  if (ctx.documentHosts?.has(host)) return undefined;
  return msg`the document's text names this site nowhere else`;
}

/** A bank-transfer code (EMVCo, as VietQR writes it): its text is no use in a notice. */
const PAYMENT_CODE = /^000201/;

/** A code's text, cut to what a warning can quote. */
const QUOTED_MAX = 60;
const quoted = (text: string) =>
  text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 1)}…` : text;

function pictureWarnings(para: Para, ctx: BodyContext, previous?: Para): ImportWarning[] {
  return para.pictures.map((n) => {
    const name = ctx.pictureNames.get(n) ?? `picture ${n}`;
    const code = ctx.pictureCodes?.get(n);
    const doubt = code !== undefined && WEB_ADDRESS.test(code) ? doubtOf(code, ctx) : undefined;
    if (code !== undefined && doubt)
      return warningAt(
        para,
        msg`the QR code in a picture (${name}) holds ${code}, a page of ${hostOf(code)}; ${doubt}. It is printed in the picture's place and the annex prints its QR code: check it is the ward's own address`,
      );
    if (code !== undefined && WEB_ADDRESS.test(code))
      return warningAt(
        para,
        msg`the QR code in a picture (${name}) holds ${code}: the address is printed in the picture's place, and the annex prints its QR code`,
      );
    if (code !== undefined && PAYMENT_CODE.test(code))
      return warningAt(
        para,
        msg`a picture (${name}) is not imported: its QR code is a bank-transfer code (VietQR); write the account's number, bank and holder into the text if they must print`,
      );
    if (code !== undefined)
      return warningAt(
        para,
        msg`a picture (${name}) is not imported: its QR code holds "${quoted(code)}", not a web address; write it into the text if it must print`,
      );
    // The sentence that points at the code: the picture's own paragraph, or the one above it.
    const pointer = [para, previous].find((p) => p && POINTS_AT_QR.test(p.text));
    if (pointer)
      return warningAt(
        para,
        msg`a picture (${name}) is not imported and no QR code could be read in it, while paragraph ${pointer.index} ("${pointer.text}") points at a QR code: write its web address into the text, or reword that sentence`,
      );
    return warningAt(
      para,
      msg`a picture (${name}) is not imported: a notice prints no pictures; a QR code's web address can be written in the text instead`,
    );
  });
}

export function paraWarnings(para: Para, ctx: BodyContext, previous?: Para): ImportWarning[] {
  const out: ImportWarning[] = pictureWarnings(para, ctx, previous);
  for (const id of para.notes) {
    out.push(
      warningAt(
        para,
        msg`its footnote is not imported: "${ctx.notes.get(id) ?? ''}" (write it into the text if it must print)`,
      ),
    );
  }
  if (para.text && ctx.textBoxParagraphs.has(textKey(para.text))) {
    out.push(
      warningAt(
        para,
        msg`this text is in a text box: imported where the box is anchored; check its place`,
      ),
    );
  }
  if (para.tabbed.some((parts) => parts.length > 1)) {
    out.push(
      warningAt(
        para,
        msg`tabs that line its parts up are printed as one space each; check how it reads, or make it a table`,
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

/** A paragraph of only underscores or dashes (three or more). */
const BODY_RULE = /^\s*(?:[-–—_]\s*){3,}$/u;

export function bodyMarkdown(items: readonly Item[], ctx: BodyContext) {
  const blocks: string[] = [];
  const warnings: ImportWarning[] = [];
  const labelOf = wordLabels(ctx.wordNumbers ?? []);
  // Our own count, for a numbered paragraph whose Word number is not found: per level, and
  // per kind (a bullet list's items are not counted in the numbered list after it).
  const counters: number[] = [];
  // Numbered paragraphs whose number is not Word's own (not found, or in a style not written).
  let ordered: { para: Para; label: string; word: boolean; unsure: boolean }[] = [];
  // The depth a run of list items starts at: items are nested in Markdown only under items.
  let base: number | undefined;
  // The content column of the list item last written: what follows it inside the item starts there.
  let column: string | undefined;
  const endOrdered = () => {
    const first = ordered[0];
    const last = ordered.at(-1);
    // Printed as Word shows them: nothing to say (qa33 m1).
    const labels = ordered.map((o) => o.label).join(', ');
    if (first && last && ordered.some((o) => o.unsure))
      warnings.push(
        warningAt(
          first.para,
          msg`paragraphs ${first.para.index}–${last.para.index} are a list Word numbers itself whose numbers may differ from Word's: tracked changes in its numbered paragraphs (or in those of the same list before it), or numbering the import does not read; numbered ${labels} here; check this list's numbers against Word`,
        ),
      );
    else if (first && last && !ordered.every((o) => o.word)) {
      warnings.push(
        warningAt(
          first.para,
          msg`paragraphs ${first.para.index}–${last.para.index} are a list Word numbers itself: numbered ${labels} here; check the numbers and their style (a), b), …)`,
        ),
      );
    }
    ordered = [];
  };
  const endList = () => {
    endOrdered();
    counters.length = 0;
    base = undefined;
    column = undefined;
  };
  let previous: Para | undefined;
  let pending: string[] = [];
  const flush = () => {
    blocks.push(...pending);
    pending = [];
  };
  for (const item of items) {
    flush();
    if (item.kind === 'table') {
      previous = undefined;
      endList();
      const t = tableMarkdown(item, ctx);
      blocks.push(t.markdown);
      warnings.push(...t.warnings);
      continue;
    }
    warnings.push(...paraWarnings(item, ctx, previous));
    // A line of underscores or dashes among the body's paragraphs: a rule typed by hand, or a
    // blank to write on; kept as the document has it, and said (qa50 m1).
    if (BODY_RULE.test(item.text))
      warnings.push(
        warningAt(
          item,
          msg`a line of only underscores or dashes in the body prints as such: delete it from the body if it is a rule`,
          item.text,
        ),
      );
    if (item.text !== '') previous = item;
    // A QR code's address where its picture was, after the paragraph's own text (qa33 m3).
    const addresses = pictureAddresses(item, ctx).map(escapeLineStart);
    // A numbered paragraph that holds only a code's picture is an item of its own, as Word
    // numbers it: its address is the item's text (the list's numbers stay Word's).
    const ownItem = item.kind === 'li' && item.text === '' && addresses.length > 0;
    if (item.text === '' && !ownItem) {
      // A picture on its own line under a list item (a QR code centred below the step that
      // names it): its address is a paragraph of that item, and the list goes on after it.
      if (addresses.length > 0 && column !== undefined) blocks.push(...inItem(addresses, column));
      else if (addresses.length > 0) {
        endList();
        blocks.push(...addresses);
      }
      continue;
    }
    // After the block the paragraph gives below (pushed at the next item or the end).
    const first = ownItem ? addresses.shift() : undefined;
    pending = addresses;
    if (item.kind === 'li') {
      base = Math.min(base ?? item.depth, item.depth);
      const indent = '    '.repeat(item.depth - base);
      counters.length = item.depth + 1;
      if (!item.ordered) {
        counters[item.depth] = 0;
        // A dash typed after Word's own bullet ("- - text" in Word's plain text) is not doubled.
        blocks.push(
          `${indent}- ${first ?? escapeLineStart(paragraphMarkdown(withoutDash(item.runs)))}`,
        );
        column = `${indent}  `;
        pending = inItem(addresses, column);
        continue;
      }
      const n = (counters[item.depth] ?? 0) + 1;
      counters[item.depth] = n;
      const word = labelOf(item);
      const label = word?.label ?? `${n}.`;
      ordered.push({
        para: item,
        label,
        word: word?.exact === true,
        unsure: word?.unsure === true,
      });
      const text = paragraphMarkdown(item.runs);
      if (MARKDOWN_MARKER.test(label)) {
        blocks.push(`${indent}${label} ${first ?? escapeLineStart(text)}`);
        column = indent + ' '.repeat(label.length + 1);
        pending = inItem(addresses, column);
      } else {
        // A number the body's lists cannot write ("I.", "1.1."): typed before the text.
        base = undefined;
        column = undefined;
        blocks.push(escapeLineStart(label ? `${label} ${first ?? text}` : (first ?? text)));
      }
      continue;
    }
    endList();
    if (item.kind === 'h') {
      // A heading Word numbers (on the paragraph or through its style): its number printed.
      const word = labelOf(item);
      if (word?.unsure)
        warnings.push(
          warningAt(
            item,
            msg`Word numbers this heading itself and its number may differ from Word's: tracked changes in numbered paragraphs of its list before it, or numbering the import does not read; numbered ${word.label} here; check the number against Word`,
          ),
        );
      else if (word?.exact === false)
        warnings.push(
          warningAt(
            item,
            msg`Word numbers this heading itself in a style the notice cannot print: numbered ${word.label} here; check it`,
          ),
        );
      else if (!word && ctx.numberedHeadings.has(textKey(item.text)))
        warnings.push(
          warningAt(
            item,
            msg`Word numbers this heading itself: its number is not in the text; type it in`,
          ),
        );
      blocks.push(paraMarkdown(item, word?.label));
      continue;
    }
    blocks.push(paraMarkdown(item));
  }
  flush();
  endOrdered();
  return { markdown: blocks.join('\n\n'), warnings };
}

/**
 * Addresses that follow a list item, indented to its text: a paragraph of the item. Unindented,
 * they end the list, and the sub-items after them (indented) would be a block of code.
 */
function inItem(addresses: readonly string[], column: string): string[] {
  return addresses.map((a) => `${column}${a}`);
}

function paraMarkdown(para: Para, label?: string): string {
  const unbold = para.runs.map((r) => ({ ...r, bold: false }));
  if (para.kind === 'h') {
    const number = label ? `${label} ` : '';
    return `${'#'.repeat(Math.min(6, (para.heading ?? 1) + 1))} ${number}${paragraphMarkdown(unbold)}`;
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

/**
 * A "|" not escaped already (after an even run of backslashes): in a web address, which the
 * text's escaping leaves whole, or an address read from a picture. Unescaped, it splits the cell.
 */
const UNESCAPED_PIPE = /(?<!\\)((?:\\\\)*)\|/g;

/** A cell's paragraphs on one line, parted by <br> (a pipe table's only line break). */
function cellMarkdown(cell: Cell, ctx: BodyContext): string {
  return cell.paras
    .flatMap((p) => [
      ...(p.text === ''
        ? []
        : [p.kind === 'li' ? `- ${paragraphMarkdown(p.runs)}` : paragraphMarkdown(p.runs)]),
      ...pictureAddresses(p, ctx),
    ])
    .join('<br>')
    .replace(/\\\n/g, '<br>')
    .replace(UNESCAPED_PIPE, '$1\\|');
}

/**
 * A pipe table: its first row the header. A pipe table merges no cells: a cell merged down
 * (Word's vMerge: "Cụm 1" over two rows) prints its text in each row it spans, as a reader of
 * one row needs it (qa33 m7); a cell merged across is split, its text in the first column.
 * Either is said in a warning.
 */
function tableMarkdown(table: TableItem, ctx: BodyContext) {
  const warnings: ImportWarning[] = [];
  const grid: string[][] = [];
  // Cells a row span from above covers: row → column → the text printed there.
  const taken = new Map<number, Map<number, string>>();
  let down: Para | undefined;
  let across: Para | undefined;
  table.rows.forEach((row, r) => {
    const out: string[] = [];
    let c = 0;
    const skipTaken = () => {
      for (let text = taken.get(r)?.get(c); text !== undefined; text = taken.get(r)?.get(c)) {
        out.push(text);
        c++;
      }
    };
    for (const cell of row) {
      skipTaken();
      let previous: Para | undefined;
      for (const para of cell.paras) {
        warnings.push(...paraWarnings(para, ctx, previous));
        previous = para;
      }
      const text = cellMarkdown(cell, ctx);
      out.push(text);
      if (cell.rowspan > 1) down ??= cell.paras[0];
      if (cell.colspan > 1) across ??= cell.paras[0];
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (dr === 0 && dc === 0) continue;
          if (dr === 0) {
            out.push('');
            continue;
          }
          const below = taken.get(r + dr) ?? new Map<number, string>();
          below.set(c + dc, dc === 0 ? text : '');
          taken.set(r + dr, below);
        }
      }
      c += cell.colspan;
    }
    skipTaken();
    grid.push(out);
  });
  if (down) {
    warnings.push(
      warningAt(
        down,
        msg`table ${table.number} has cells merged down: their text is printed in each row they span; check the table`,
      ),
    );
  }
  if (across) {
    warnings.push(
      warningAt(
        across,
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
