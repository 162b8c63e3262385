/**
 * Template stage: a template that Handlebars cannot parse, said as what its writer must fix —
 * an unclosed "{{", a {{#if}} without its {{/if}}, a block closed with another's name, a {{/if}}
 * that closes nothing, an expression that is no name — at the line where the fix goes (often
 * not the line Handlebars names: it says where it gave up, which for a missing "}}" or {{/if}}
 * is the end of the text). Handlebars' own English ("Parse error on line 3: … Expecting 'ID'")
 * never reaches the reader.
 */
import { type Message, msg } from '../messages/message.js';

export interface SyntaxProblem {
  /** What is wrong and how to fix it. */
  text: Message;
  /** The template's line (1-based) where the fix goes, when known. */
  line?: number;
}

/** The 1-based line of offset `at` in `text`. */
const lineAt = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** The first "{{" with no "}}" before the next "{{" (or the end): where a "}}" is missing. */
function unclosedMustache(text: string): number | undefined {
  for (let at = text.indexOf('{{'); at >= 0; ) {
    // "{{{" opens one expression, not two.
    const start = text.startsWith('{{{', at) ? at + 3 : at + 2;
    const close = text.indexOf('}}', start);
    const next = text.indexOf('{{', start);
    if (close < 0 || (next >= 0 && next < close)) return lineAt(text, at);
    at = next < 0 ? -1 : next;
  }
  return undefined;
}

/** The innermost {{#block}} left open at the end of the text, and its line. */
function unclosedBlock(text: string): { name: string; line: number } | undefined {
  const open: { name: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\{\{~?\s*([#/^])\s*([\w.-]+)/g)) {
      if (m[1] === '/') {
        if (open.at(-1)?.name === m[2]) open.pop();
      } else if (m[1] === '#') open.push({ name: m[2] ?? '', line: i + 1 });
    }
  });
  return open.at(-1);
}

/**
 * `text` with its comments ({{!-- … --}}, {{! … }}) blanked, lines and offsets kept: a "{{" or
 * {{#if}} written inside a comment (the built-in templates name their fields so) is not code.
 */
const withoutComments = (text: string) =>
  text.replace(/\{\{~?!--[\s\S]*?--~?\}\}|\{\{~?![^}]*\}\}/g, (c) => c.replace(/[^\n]/g, ' '));

/** Why Handlebars could not parse `text` (`e`, its parse error), and where the fix goes. */
export function syntaxProblem(source: string, e: unknown): SyntaxProblem {
  const text = withoutComments(source);
  const message = e instanceof Error ? e.message : String(e);
  const said = Number(/on line (\d+)/.exec(message)?.[1]) || undefined;
  // "if doesn't match each - 3:5": a block closed with another block's name.
  const mismatch = /^([\w.-]+) doesn't match ([\w.-]+) - (\d+):\d+/.exec(message);
  if (mismatch) {
    const [, open = '', close = '', line] = mismatch;
    return {
      text: msg`{{/${close}}} closes {{#${open}}}: write {{/${open}}} instead`,
      line: Number(line) || undefined,
    };
  }
  const mustache = unclosedMustache(text);
  if (mustache !== undefined) {
    return {
      text: msg`"{{" is not closed: add "}}" right after the name, or delete the "{{" if no name was meant`,
      line: mustache,
    };
  }
  if (/got 'EOF'/.test(message)) {
    const block = unclosedBlock(text);
    if (block) {
      return {
        text: msg`{{#${block.name}}} is not closed with {{/${block.name}}}: add {{/${block.name}}} where that part ends`,
        line: block.line,
      };
    }
  }
  const lineText = said ? (text.split('\n')[said - 1] ?? '') : '';
  const stray = /got 'OPEN_ENDBLOCK'/.test(message)
    ? /\{\{~?\s*\/\s*([\w.-]+)/.exec(lineText)?.[1]
    : undefined;
  if (stray) {
    return {
      text: msg`{{/${stray}}} closes nothing: delete it, or add {{#${stray} …}} where that part begins`,
      line: said,
    };
  }
  const expression = /\{\{[^}]*\}*/.exec(lineText)?.[0]?.trim() ?? '{{ }}';
  return {
    text: msg`"${expression}" is not written right: write one variable's name between {{ and }}, e.g. {{group.name}}`,
    line: said,
  };
}
