/**
 * Load stage: YAML syntax mistakes in `campaign.yaml`, in words an office worker can act on. In:
 * the parser's errors and the file's text. Out: one UserError per mistake, with its line, the
 * character where it is, and what to type instead.
 *
 * The parser reports one mistake many times: a Tab in the indentation makes every later line of
 * its section "badly indented" (or an unclosed quote), and the same unquoted "Bước thứ 1: …" on twelve lines gives
 * twelve errors. Errors that follow from an earlier one are dropped; the same mistake on several
 * lines is one problem that lists them.
 */
import type { YAMLError } from 'yaml';
import { UserError } from '../errors.js';
import { type Message, msg } from '../messages/message.js';

interface Found {
  code: string;
  line: number;
  col: number;
  message: string;
}

/** The section a line belongs to: the nearest line at or above it that starts in column 1. */
function sectionOf(lines: readonly string[], line: number): number {
  for (let i = line; i >= 1; i--) {
    const text = lines[i - 1] ?? '';
    if (/^[^\s#-]/.test(text)) return i;
  }
  return 0;
}

const shorten = (text: string, most = 40) =>
  text.length > most ? `${text.slice(0, most).trimEnd()}…` : text;

/** `key: "value"` for a line `key: value` (a list item's dash kept). */
function quotedLine(text: string): string {
  const m = /^(\s*(?:-\s+)?)([^:#]+?):\s+(.*)$/.exec(text);
  const [, , key, value] = m ?? [];
  if (!m || key === undefined || value === undefined) return `"${shorten(text.trim())}"`;
  const inner = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `${key}: "${shorten(inner)}"`;
}

/** The line of the earlier `key:` at the same indentation in the same section, if any. */
function firstKeyLine(lines: readonly string[], line: number, key: string): number | undefined {
  const text = lines[line - 1] ?? '';
  const indent = /^\s*/.exec(text)?.[0] ?? '';
  const start = sectionOf(lines, line);
  const same = new RegExp(`^${indent}(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  for (let i = indent === '' ? 1 : start; i < line; i++) {
    if (same.test(lines[i - 1] ?? '')) return i;
  }
  return undefined;
}

interface Problem {
  text: Message;
  hint: Message;
  /** Same mistake, same advice: said once, listing the lines. */
  kind: string;
  /** The character where it is helps find it (a ":" or a "\\" in a long line). */
  pointed?: boolean;
}

function problemOf(f: Found, lines: readonly string[]): Problem {
  const text = lines[f.line - 1] ?? '';
  const rest = text.slice(f.col - 1);
  switch (f.code) {
    case 'TAB_AS_INDENT':
      return {
        kind: f.code,
        text: msg`the line is indented with the Tab key`,
        hint: msg`Use spaces instead of Tab: YAML allows only spaces (e.g. two spaces per level).`,
      };
    case 'BAD_INDENT':
      return {
        kind: f.code,
        text: msg`the line does not start in the same column as the items above it`,
        hint: msg`Items of one level start in the same column: count the spaces. Look also for a quote or "[" left open on a line above.`,
      };
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:]+?)\s*:/.exec(text)?.[1] ?? rest.split(':')[0] ?? '';
      const first = firstKeyLine(lines, f.line, key);
      return {
        kind: `${f.code}:${f.line}`,
        text:
          first !== undefined
            ? msg`"${key}" is written twice (first on line ${first})`
            : msg`"${key}" is written twice`,
        hint: msg`Keep one: put what both say under one "${key}", and delete the other.`,
      };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      // A ":" in the value ("Bước thứ 1: …", "V/v: …"); otherwise the next line, indented
      // deeper, was read as part of this value.
      if (/:(?:\s|$)/.test(rest))
        return {
          pointed: true,
          kind: 'COLON',
          text: msg`the text has a colon ":" in it, so it must be in double quotes`,
          hint: msg`Put the text in double quotes, e.g. ${quotedLine(text)}`,
        };
      return {
        kind: `NEXT_LINE:${f.line}`,
        text: msg`the next line is indented deeper than this one, so it is read as part of this value`,
        hint: msg`Start the next line in the same column as this one; or, if the lines below belong under this one, leave nothing after its ":".`,
      };
    case 'MISSING_CHAR':
      return {
        kind: f.code,
        text: msg`a quote or bracket opened above is not closed`,
        hint: msg`Find the value above that starts with " or ' or [ and close it on the same line ("…", '…' or […]).`,
      };
    case 'BAD_SCALAR_START':
      return {
        pointed: true,
        kind: `${f.code}:${f.line}`,
        text: msg`a value cannot begin with "${rest.charAt(0)}"`,
        hint: msg`Put the text in double quotes, e.g. ${quotedLine(text)}`,
      };
    case 'BAD_DQ_ESCAPE':
      return {
        pointed: true,
        kind: `${f.code}:${f.line}`,
        text: msg`a backslash "${'\\'}" inside double quotes must be written twice`,
        hint: msg`Write ${'\\\\'} for a backslash, or use single quotes '…' around the text.`,
      };
    default:
      return {
        kind: `${f.code}:${f.line}`,
        text: msg`invalid YAML: ${f.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? ''}`,
        hint: msg`Check indentation and quotes around values that contain ":".`,
      };
  }
}

export function yamlSyntaxProblems(
  errors: readonly YAMLError[],
  source: string,
  file: string,
): UserError[] {
  const lines = source.split(/\r?\n/);
  const found: Found[] = errors.map((e) => ({
    code: e.code,
    line: e.linePos?.[0]?.line ?? 1,
    col: e.linePos?.[0]?.col ?? 1,
    message: e.message,
  }));
  // A Tab in a section's indentation makes the parser misread the rest of that section: the
  // line's own indentation, an "unclosed quote" further down (qa15). Those follow from the Tab,
  // and once it is replaced by spaces the next run says what, if anything, is left there.
  const tabAt = new Map<number, number>();
  for (const f of found) {
    const section = sectionOf(lines, f.line);
    if (f.code === 'TAB_AS_INDENT' && !tabAt.has(section)) tabAt.set(section, f.line);
  }
  const afterTab = (f: Found) => {
    const tab = tabAt.get(sectionOf(lines, f.line));
    return f.code !== 'TAB_AS_INDENT' && tab !== undefined && f.line >= tab;
  };
  // An indentation error in a section that already has an error follows from it.
  const faulty = new Set<number>();
  const kept = found.filter((f) => {
    if (afterTab(f)) return false;
    const section = sectionOf(lines, f.line);
    const follows = f.code === 'BAD_INDENT' && faulty.has(section);
    faulty.add(section);
    return !follows;
  });
  const byKind = new Map<string, { first: Found; problem: Problem; lines: number[] }>();
  for (const f of kept) {
    const problem = problemOf(f, lines);
    const same = byKind.get(problem.kind);
    if (!same) byKind.set(problem.kind, { first: f, problem, lines: [f.line] });
    else if (!same.lines.includes(f.line)) same.lines.push(f.line);
  }
  return [...byKind.values()].map(({ first, problem, lines: at }) => {
    const others = at.slice(1).join(', ');
    const col = first.col;
    let text = problem.text;
    if (problem.pointed)
      text = others
        ? msg`${text} (character ${col}; the same on lines ${others})`
        : msg`${text} (character ${col})`;
    else if (others) text = msg`${text} (the same on lines ${others})`;
    return new UserError(text, { file, line: first.line }, problem.hint);
  });
}
