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
const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
/** A {{…}} that printed nothing, by emphasis marks ("**" EMPTY "**"). */
export const EMPTY = '\uFDD2';

const ANY_MARK = /[\uFDD0-\uFDD2]/g;
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
  for (const s of body) {
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
    const mark = (value: string) =>
      ({ type: 'ContentStatement', value, original: value, loc: s.loc }) as unknown as Statement;
    out.push(mark(OPEN), s, mark(CLOSE));
  }
  return out;
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
export function emptyValuesMarked(text: string): string {
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return text;
  return text
    .replace(EMPTY_PAIR, EMPTY)
    .replace(/[\uFDD0\uFDD1]/g, '')
    .replace(BY_EMPHASIS, KEPT)
    .replace(/\uFDD2/g, '')
    .replace(/\uFDD3/g, EMPTY);
}
