/**
 * Template stage: where a template's {{…}} printed nothing. "tại **{{group.venue}}**" for a group
 * whose cell is empty fills in as "tại ****", which Markdown prints as four asterisks; but "****"
 * or "dấu ** là bắt buộc" typed by the office is text to print as typed. Only the template knows
 * which is which, so every {{…}} (and {{#…}}…{{/…}}) is bracketed in its output by two
 * noncharacters (Unicode keeps U+FDD0–U+FDEF for a program's own use: no text holds them).
 * Before Markdown reads the text, a bracket with nothing inside becomes one EMPTY mark where it
 * sits by an emphasis mark, and every other mark goes; the Markdown stage then drops bold or
 * italic that holds only EMPTY marks (markdown.ts), and no mark reaches paper.
 */
import { groupThousands } from '../model/format.js';
import { endsWithUnitWord } from './repeated-term.js';

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
/** A {{…}} that printed nothing, by emphasis marks ("**" EMPTY "**"). */
export const EMPTY = '\uFDD2';

/**
 * Before a "<" that a group's cell holds where it would start an HTML tag ("<b>", "</textarea>"):
 * Markdown reads it as a plain "<" (escaped), so a cell prints as typed — never as HTML, which
 * the notice cannot print and would refuse the group for (qa9 Q6).
 */
const TEXT_LT = '\uFDD4';
const ANY_MARK = /[\uFDD0-\uFDD2\uFDD4]/g;
const EMPTY_PAIR = /\uFDD0\uFDD1/g;
/**
 * An EMPTY right after "*" or "_" (it opens emphasis: "**" EMPTY " b**" is bold " b", as the
 * author meant "**{{a}} {{b}}**"), or right before one, not at a line's start (there "*" may be
 * a list's bullet after an {{#if}} that printed nothing).
 */
const BY_EMPHASIS = /(?<=[*_])\uFDD2|(?<!^[ \t\uFDD2]*)\uFDD2(?=[*_])/gm;
const KEPT = '\uFDD3';

type Statement = hbs.AST.Statement;

/**
 * `chained`: the body of an {{else if …}}, one block that Handlebars' whitespace control expects
 * alone (it runs again when the AST is compiled): its programs are marked, not it.
 */
function bracketed(body: Statement[], chained = false): Statement[] {
  const out: Statement[] = [];
  for (const [i, given] of body.entries()) {
    const s = inSentenceValue(given, body[i - 1]);
    if (s.type === 'BlockStatement') {
      const block = s as hbs.AST.BlockStatement;
      const inverse = block.inverse as (hbs.AST.Program & { chained?: boolean }) | undefined;
      if (block.program) block.program.body = bracketed(block.program.body);
      if (inverse) inverse.body = bracketed(inverse.body, inverse.chained === true);
    }
    if (chained || (s.type !== 'MustacheStatement' && s.type !== 'BlockStatement')) {
      out.push(s);
      continue;
    }
    const value = s.type === 'MustacheStatement' ? asText(s as hbs.AST.MustacheStatement) : s;
    const mark = (value: string) =>
      ({ type: 'ContentStatement', value, original: value, loc: s.loc }) as unknown as Statement;
    out.push(mark(OPEN), value, mark(CLOSE));
  }
  return out;
}

/**
 * Values typed as a line of their own ("Sáng Chủ nhật, 15/3"), which a sentence may carry too:
 * the office's "vào {{when}}" read "vào Sáng Chủ nhật" (qa17).
 */
const SENTENCE_CASED = new Set(['when']);
/** The helper that lowers a headline's capital (handlebars.ts), by name: this module loads first. */
const IN_SENTENCE_HELPER = 'inSentence';

/**
 * A value as the sentence that carries it says it, when the text before it is a word and a space:
 * - `{{when}}` after a word in lower case ("vào {{when}}") as `{{inSentence when}}`, its first
 *   letter lower case unless it starts a name; at a line's start or after a colon ("Thời gian:
 *   {{when}}") as typed;
 * - `{{group.name}}` after a word ("tại {{group.name}}", "Trưởng {{group.name}}") as
 *   `{{groupInText}}`: a name with no unit word gets the ward's ("tại thôn Đoàn Kết", qa18: "tại
 *   Đoàn Kết"), a unit word before a proper name is lower case ("thôn Đoàn Kết"), a numbered
 *   name as written ("Khu phố 7"); a line that is the name alone ("Kính gửi" lines) as written.
 */
function inSentenceValue(s: Statement, before: Statement | undefined): Statement {
  if (s.type !== 'MustacheStatement' || before?.type !== 'ContentStatement') return s;
  const m = s as hbs.AST.MustacheStatement;
  const path = m.path as hbs.AST.PathExpression;
  if (m.params.length > 0 || m.hash || path.type !== 'PathExpression' || path.data) return s;
  const text = (before as hbs.AST.ContentStatement).value;
  if (path.parts.length === 2 && path.parts[0] === 'group' && path.parts[1] === 'name') {
    // A unit word typed before it ("Trưởng khu phố {{group.name}}") says the unit already.
    if (!/\p{L} $/u.test(text) || endsWithUnitWord(text)) return s;
    const inText = { ...path, original: 'groupInText', parts: ['groupInText'], depth: 0 };
    return { ...m, path: inText } as unknown as Statement;
  }
  if (path.parts.length !== 1 || !SENTENCE_CASED.has(path.parts[0] ?? '')) return s;
  if (!/\p{Ll} $/u.test(text)) return s;
  const helper = { ...path, original: IN_SENTENCE_HELPER, parts: [IN_SENTENCE_HELPER], depth: 0 };
  return { ...m, path: helper, params: [path] } as unknown as Statement;
}

/** The helper asText's calls name: it marks a cell's tag-like "<" and Markdown marks (TEXT_LT). */
export const AS_TEXT_HELPER = 'ppCellText';

/**
 * `{{group.x}}` as `{{ppCellText group.x}}`: a group's cell is the office's text, printed as typed.
 * Only a plain value of the group (no helper, no hash): a campaign's own fields may hold
 * Markdown meant as such (an autolink "<https://…>").
 */
function asText(m: hbs.AST.MustacheStatement): Statement {
  const path = m.path as hbs.AST.PathExpression;
  if (m.params.length > 0 || m.hash || path.type !== 'PathExpression' || path.data) return m;
  // The group's cells, and its name as running text says it (the notice's "Bản gửi" line).
  const cell =
    (path.parts[0] === 'group' && path.parts.length >= 2) ||
    (path.parts[0] === 'groupInText' && path.parts.length === 1);
  if (!cell) return m;
  const helper = { ...path, original: AS_TEXT_HELPER, parts: [AS_TEXT_HELPER], depth: 0 };
  return { ...m, path: helper, params: [path] } as unknown as Statement;
}

/**
 * A cell's value with each tag-like "<" and each of Markdown's inline marks ("*chợ*" is no
 * emphasis the office meant: h-q10 item 10) marked (see TEXT_LT): the Markdown path escapes
 * them (markdownEscaped), the plain-text path drops the mark.
 */
export function cellAsText(value: unknown): unknown {
  // A count the loader read as a number (households, population) is printed as a Vietnamese
  // paper writes it, "1.234" (qa20: "Số hộ: 1234" from a cell that said "1.234").
  if (typeof value === 'number') return Number.isInteger(value) ? groupThousands(value) : value;
  // A link's own "_" or "~" is left as it is: Markdown reads a bare link whole (an escape's "\"
  // would go into the address and its QR code).
  return typeof value === 'string'
    ? value.replace(/(?:https?:\/\/|www\.)[^\s<>]+|<(?=[A-Za-z/!?])|[*_`~[\]\\]/g, (m) =>
        m.length > 1 ? m : `${TEXT_LT}${m}`,
      )
    : value;
}

/** The marked characters of a cell (TEXT_LT) escaped for Markdown: printed as typed. */
export function markdownEscaped(text: string): string {
  return text.includes(TEXT_LT) ? text.replace(/\uFDD4([\s\S])/g, '\\$1') : text;
}

/** The template with every {{…}}'s output bracketed (the AST is changed in place). */
export function markValues(ast: hbs.AST.Program): hbs.AST.Program {
  ast.body = bracketed(ast.body);
  return ast;
}

/** The filled-in text as it reads: no marks. */
export function unmarked(text: string): string {
  return text.replace(ANY_MARK, '');
}

/**
 * The filled-in text for Markdown: an EMPTY mark where a {{…}} by an emphasis mark printed
 * nothing, no other mark.
 */
export function emptyValuesMarked(given: string): string {
  // A cell's marked characters (TEXT_LT) stay marked: Sections escapes them for Markdown
  // (markdownEscaped) and drops them for plain text (unmarked).
  const text = given;
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return text;
  const bare = text.replace(EMPTY_PAIR, EMPTY).replace(/[\uFDD0\uFDD1]/g, '');
  // No value printed nothing (the usual text): no EMPTY to keep or drop. BY_EMPHASIS's
  // lookbehind is tried at every index of the text, several KB a document: ~4 % of the
  // template stage's CPU, for a text it leaves as it is.
  if (!bare.includes(EMPTY)) return bare.includes(KEPT) ? bare.replace(/\uFDD3/g, EMPTY) : bare;
  return bare
    .replace(BY_EMPHASIS, KEPT)
    .replace(/\uFDD2/g, '')
    .replace(/\uFDD3/g, EMPTY);
}
