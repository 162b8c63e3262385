/**
 * Template stage: a template checked without rendering it. In: the template's text and where it
 * came from, and a sample context with every field a document can have. Out: UserErrors naming
 * the file and line — a parse error (an unclosed {{#if}}), an unknown helper, or a variable that
 * is in no context (a misspelt {{group.nmae}} would otherwise print nothing, or fail only for
 * the groups that reach it).
 *
 * Rendering the first group (as the build does) finds only the mistakes on the branches that
 * group takes; this walks every branch. Inside {{#each}} and {{#with}} the scope is the sample's
 * first item; where the sample cannot say (an empty list), names are not checked.
 */

import damerau from 'damerau-levenshtein';
import Handlebars from 'handlebars';
import { LRUCache } from 'lru-cache';
import { UserError } from '../errors.js';
import { HEADERS, nearHeader, normaliseHeader } from '../load/groups/columns.js';
import { isVietnameseSyllable } from '../load/vietnamese.js';
import { type Message, msg } from '../messages/message.js';
import { textKey, withoutMarks } from '../model/format.js';
import { wordKey } from '../model/issuer-in-text.js';
import type { TemplateSource } from './handlebars.js';
import { syntaxProblem } from './syntax-problem.js';

/** Helpers the templates may use: ours (handlebars.ts) and the Handlebars built-ins. */
export const KNOWN_HELPERS = [
  'fill',
  'upper',
  'md',
  'thousands',
  'sentence',
  'inSentence',
  'mentions',
  'between',
  'inc',
] as const;
const BUILT_IN = ['if', 'unless', 'each', 'with', 'lookup', 'log'];
const HELPERS = new Set<string>([...KNOWN_HELPERS, ...BUILT_IN]);

type HbNode = hbs.AST.Node & Record<string, unknown>;
type Path = hbs.AST.PathExpression;
const UNKNOWN = Symbol('unknown scope');
type Scope = unknown;

const HINT = msg`Check the {{…}} expressions: variables are listed in README.md › Templates.`;

function lineOf(node: hbs.AST.Node): number | undefined {
  return node.loc?.start.line;
}

/** A path as written: Handlebars' `original` drops the brackets of `group.[Ngày tập huấn]`. */
function shown(path: Path): string {
  if (path.parts.every((p) => /^[\w-]+$/.test(p))) return path.original;
  const prefix = path.original.match(/^(?:@|(?:\.\.\/)+)/)?.[0] ?? '';
  return prefix + path.parts.map((p) => (/^[\w-]+$/.test(p) ? p : `[${p}]`)).join('.');
}

/** A name in any case. */
const caseless = textKey;

/** A name as the office may type it: any case, with or without its accents. */
const folded = (s: string): string => withoutMarks(caseless(s));
/** How many accent and tone marks a word carries ("huấn" 2, "huân" 1; "đ" counts as one). */
const marks = (s: string): number =>
  (s.normalize('NFD').match(/\p{M}/gu)?.length ?? 0) + (s.match(/[đĐ]/g)?.length ?? 0);

/**
 * Whether a name typed in a text means `header`: the same in any case; typed without any
 * accents, the same without them ("khu vuc bo phieu"); typed with some, word by word the same
 * but for case and where the tone mark sits ("Khu vực hoà giải"), or a word typed bare that is
 * no Vietnamese word as it stands ("Điểm tiep nhận"). "Trưởng ban" is not "Trưởng bản": "ban"
 * is a word of its own (qa13).
 */
function meansHeader(typed: string, header: string): boolean {
  if (caseless(typed) === caseless(header)) return true;
  if (folded(typed) === caseless(typed)) return folded(typed) === folded(header);
  const words = caseless(typed).split(' ');
  const heads = caseless(header).split(' ');
  return (
    words.length === heads.length &&
    words.every((w, i) => {
      const h = heads[i] ?? '';
      if (wordKey(w) === wordKey(h)) return true;
      // The file's header lost a mark the text has ("Ngày tập huân" for "huấn", qa18): a typo of
      // the file's; the other way round ("ban" typed for the file's "bản") is another word.
      if (folded(w) === folded(h) && marks(h) < marks(w)) return true;
      return folded(w) === w && !isVietnameseSyllable(w) && folded(h) === w;
    })
  );
}

/** How a text writes a field of the group: {{group.leader}}, {{group.[Khu vực bỏ phiếu]}}. */
export const groupExpression = (name: string): string =>
  /^[A-Za-z_]\w*$/.test(name) ? `{{group.${name}}}` : `{{group.[${name}]}}`;

/**
 * The column or field `typed` means when it differs only in case or accents ("khu vuc bo phieu"
 * for the file's "Khu vực bỏ phiếu", "tổ trưởng" for the leader's header): its header and how to
 * write it.
 */
function nearColumn(group: Scope, typed: string): { header: string; written: string } | undefined {
  if (!group || typeof group !== 'object') return undefined;
  const near = (header: string) => meansHeader(typed, header);
  const own = Object.keys(group).find(near);
  if (own !== undefined) return { header: own, written: groupExpression(own) };
  for (const [field, headers] of Object.entries(HEADERS)) {
    const header = headers.find(near);
    // Only a field the file fills: with no such column the hint would name the very header it
    // says is missing ("không có cột “Địa điểm”. Có phải “Địa điểm”?", qa53 m6).
    if (header !== undefined && Object.hasOwn(group, field) && fileHas(group, field))
      return { header, written: groupExpression(field) };
  }
  // A known field's name misspelt ("group.nam"): the field.
  const field = Object.keys(HEADERS).find(
    (f) =>
      Object.hasOwn(group, f) && damerau(f, typed).steps <= Math.max(1, Math.floor(f.length / 3)),
  );
  if (field !== undefined) return { header: field, written: groupExpression(field) };
  // A word or two more or fewer ("Cán bộ phụ trách"), else a letter or two off ("Giờ tập chung"
  // for "Giờ tập trung", qa21), compared without case or accents; one that differs only in its
  // marks is meansHeader's to tell ("Trưởng ban" is not "Trưởng bản").
  const headers = fileHeaders(group);
  const unlike = headers.filter((h) => normaliseHeader(h) !== normaliseHeader(typed));
  const closest = closestByWords(typed, headers) ?? nearHeader(typed, unlike);
  return closest === undefined ? undefined : { header: closest, written: groupExpression(closest) };
}

/**
 * Whether the groups file has a column for a known field, by its headers (the sample's own keys);
 * a sample with no headers of the file (no list yet) has every field.
 */
function fileHas(group: Scope, field: string): boolean {
  const own = fileHeaders(group).map(normaliseHeader);
  const headers = (HEADERS as Record<string, readonly string[]>)[field] ?? [];
  return own.length === 0 || headers.some((h) => own.includes(normaliseHeader(h)));
}

/** The groups file's own headers in a sample group: its keys that are no known field. */
function fileHeaders(group: Scope): string[] {
  if (!group || typeof group !== 'object') return [];
  return Object.keys(group).filter((k) => !Object.hasOwn(HEADERS, k) && k !== 'slug');
}

/**
 * The header that holds every word of the name typed, or whose words the name holds, in order
 * and a word or two apart ("Cán bộ phụ trách" for the file's "Cán bộ Công an phụ trách", "Giờ
 * kiểm tra xx" for "Giờ kiểm tra", qa18): the nearest such, or undefined. Two words at least in
 * common, so that "Số hộ" does not stand for every "Số …" column.
 */
function closestByWords(typed: string, headers: readonly string[]): string | undefined {
  const words = caseless(typed).split(' ');
  let best: { header: string; apart: number } | undefined;
  for (const header of headers) {
    const heads = caseless(header).split(' ');
    const [short, long] = words.length <= heads.length ? [words, heads] : [heads, words];
    const apart = long.length - short.length;
    if (short.length < 2 || apart > 2 || !isSubsequence(short, long)) continue;
    if (!best || apart < best.apart) best = { header, apart };
  }
  return best?.header;
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/** `group.[Ngày tập huấn]` names a column of the groups file: say so when there is none. */
function hintFor(parts: readonly string[], scope: Scope): Message {
  const [first, column] = parts;
  if (first !== 'group' || column === undefined || parts.length !== 2)
    return misspeltName(parts, scope) ?? HINT;
  const near = nearColumn(resolve(scope, ['group']), column);
  // The file's header lacks a mark the text has: the file's typo, to correct there first.
  if (near && folded(near.header) === folded(column) && marks(near.header) < marks(column))
    return msg`The groups file has no column "${column}". Did you mean "${near.header}"? Correct that header in the groups file to "${column}", or write ${near.written}.`;
  if (near)
    return msg`The groups file has no column "${column}". Did you mean "${near.header}"? Write ${near.written}.`;
  const headers = fileHeaders(resolve(scope, ['group']));
  if (headers.length > 0) {
    const listed = headers.length > LISTED ? [...headers.slice(0, LISTED), '…'] : headers;
    return msg`The groups file has no column "${column}". Its columns: ${listed.map((h) => `“${h}”`).join(', ')}. Add the column to the file (its header exactly as written here), or write one of those as {{group.[Header]}}.`;
  }
  return msg`The groups file has no column "${column}": add it (the header exactly as written here), or use one of group.id, name, leader, phone, venue, households, population.`;
}

/** Names listed in a hint, at most (a campaign's links, an issuer's fields). */
const LISTED = 20;

/**
 * A name that is not in an object the rest of the path names (`{{links.gude.url}}`, the campaign
 * has links): the nearest name it has, and the names it has, so that the office sees what to
 * write (qa15: "unknown variable" alone sent them to the README). Undefined when the first name
 * is already unknown: the context's own names are the README's list.
 */
function misspeltName(parts: readonly string[], scope: Scope): Message | undefined {
  const at = parts.findIndex((_, i) => resolve(scope, parts.slice(0, i + 1)) === undefined);
  const typed = parts[at];
  if (at < 1 || typed === undefined) return undefined;
  const parent = resolve(scope, parts.slice(0, at));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  const names = Object.keys(parent);
  if (names.length === 0) return undefined;
  const owner = parts.slice(0, at).join('.');
  const listed = names.length > LISTED ? `${names.slice(0, LISTED).join(', ')}…` : names.join(', ');
  const near = names.find((k) => damerau(k, typed).steps <= Math.max(1, Math.floor(k.length / 3)));
  if (near === undefined) return msg`"${owner}" has no "${typed}"; it has: ${listed}.`;
  const meant = [...parts.slice(0, at), near, ...parts.slice(at + 1)].join('.');
  return msg`Did you mean "${meant}"? "${owner}" has: ${listed}.`;
}

const NO_COLUMN =
  msg`The groups file has no column "${''}": add it (the header exactly as written here), or use one of group.id, name, leader, phone, venue, households, population.`
    .key;
/** The same, the file's columns listed. */
const LISTED_COLUMNS =
  msg`The groups file has no column "${''}". Its columns: ${''}. Add the column to the file (its header exactly as written here), or write one of those as {{group.[Header]}}.`
    .key;
/** The same problem when the file has a column that differs only in case or accents. */
const NEAR_COLUMN = msg`The groups file has no column "${''}". Did you mean "${''}"? Write ${''}.`
  .key;

/** The same, the file's header lacking a mark the text has ("Ngày tập huân" for "huấn"). */
const FILE_TYPO =
  msg`The groups file has no column "${''}". Did you mean "${''}"? Correct that header in the groups file to "${''}", or write ${''}.`
    .key;

/**
 * The problem is `{{group.X}}` where the groups file has no column X (the column, or undefined),
 * whether or not a column of a near name was found ("Điểm tiep nhận" for "Điểm tiếp nhận": the
 * studio's upload must ask about that one too, qa8 S1).
 */
export function missingColumn(e: UserError): string | undefined {
  const key = e.hintText?.key;
  if (![NO_COLUMN, LISTED_COLUMNS, NEAR_COLUMN, FILE_TYPO].includes(key ?? '')) return undefined;
  const column = e.hintText?.values[0];
  return typeof column === 'string' ? column : undefined;
}

/**
 * The field or column a missing column's name is a typo of in the text ("leader" for
 * {{group.leadr}}, the file's "Khu vực bỏ phiếu" for {{group.[khu vuc bo phieu]}}): the text is
 * to be corrected, and no column of that name to be added to the file (qa20). Undefined when
 * the text's name is not near one, or when the file's header is the typo (it lacks a mark the
 * text has: the file is to be corrected).
 */
export function meantColumn(e: UserError): string | undefined {
  if (e.hintText?.key !== NEAR_COLUMN) return undefined;
  const near = e.hintText.values[1];
  return typeof near === 'string' ? near : undefined;
}

/**
 * Whether the hint of a missing column's problem says which column to write (a near header, or
 * the file's columns listed): the studio then shows it rather than its general sentence.
 */
export function namesColumnsToUse(e: UserError): boolean {
  const key = e.hintText?.key;
  return key === LISTED_COLUMNS || key === NEAR_COLUMN || key === FILE_TYPO;
}

/** The value at `parts` under `scope`; UNKNOWN when the scope itself is not known. */
function resolve(scope: Scope, parts: readonly string[]): Scope | undefined {
  let v = scope;
  for (const part of parts) {
    if (v === UNKNOWN) return UNKNOWN;
    if (Array.isArray(v)) v = part === 'length' ? v.length : v[Number(part)];
    else if (v !== null && typeof v === 'object' && Object.hasOwn(v, part))
      v = (v as Record<string, unknown>)[part];
    else return undefined;
  }
  return v;
}

/** The scope inside {{#each x}} / {{#with x}} / {{#x}}: the first item of a list or object. */
function inner(value: Scope | undefined, each = false): Scope {
  if (value === UNKNOWN || value === undefined) return UNKNOWN;
  if (Array.isArray(value)) return value.length ? value[0] : UNKNOWN;
  // {{#each links}} over an object: its values.
  if (each && value !== null && typeof value === 'object') {
    const [first] = Object.values(value);
    return first === undefined ? UNKNOWN : first;
  }
  return value !== null && typeof value === 'object' ? value : UNKNOWN;
}

class Walker {
  readonly errors: UserError[] = [];
  private readonly scopes: Scope[];
  private readonly blockParams: string[][] = [];

  constructor(
    private readonly src: TemplateSource,
    root: object,
  ) {
    this.scopes = [root];
  }

  /** `hint` null: the message says the fix in full. */
  private fail(message: Message, node: hbs.AST.Node, hint: Message | null = HINT): void {
    const { file, field } = this.src;
    this.errors.push(
      new UserError(
        msg`template error: ${message}`,
        { file, field, line: lineOf(node) },
        hint ?? undefined,
      ),
    );
  }

  /** The value a path names, reporting it when it names nothing. */
  private value(path: Path): Scope | undefined {
    if (path.data) {
      // @index, @first, @last, @key are Handlebars' own; @root is the context.
      if (path.parts[0] !== 'root') return UNKNOWN;
      return this.check(path, this.scopes[0], path.parts.slice(1));
    }
    if (this.blockParams.some((names) => names.includes(path.parts[0] ?? ''))) return UNKNOWN;
    const scope = this.scopes[this.scopes.length - 1 - path.depth];
    return this.check(path, scope === undefined ? UNKNOWN : scope, path.parts);
  }

  private check(path: Path, scope: Scope, parts: readonly string[]): Scope | undefined {
    const v = resolve(scope, parts);
    if (v === undefined)
      this.fail(msg`unknown variable "${shown(path)}"`, path, hintFor(parts, scope));
    return v;
  }

  /** `{{#if links.zalo}}`: the campaign names its links, so testing for one is no misspelling. */
  private link(path: Path): Scope | undefined {
    const v = resolve(this.scopes[this.scopes.length - 1], path.parts);
    return v === undefined ? null : v;
  }

  private expr(node: hbs.AST.Expression): Scope | undefined {
    if (node.type === 'PathExpression') return this.value(node as Path);
    if (node.type === 'SubExpression') {
      this.call(node as hbs.AST.SubExpression);
      return UNKNOWN;
    }
    return UNKNOWN;
  }

  /** A mustache, block or subexpression: a helper call, or a plain variable. */
  private call(node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression) {
    const path = node.path as Path;
    const name = path.type === 'PathExpression' ? path.original : '';
    const isHelper =
      path.type === 'PathExpression' && path.parts.length === 1 && !path.data && HELPERS.has(name);
    if (!isHelper && (node.params.length > 0 || node.hash?.pairs.length)) {
      const spaced = spacedColumn(node, this.scopes[this.scopes.length - 1]);
      if (spaced) this.fail(spaced.text, node, spaced.hint ?? null);
      else this.fail(msg`unknown helper "${name}"`, node);
      return { helper: false, value: UNKNOWN, args: [] as Scope[] };
    }
    const args = node.params.map((p) =>
      (name === 'if' || name === 'unless') && isOptionalLink(p)
        ? this.link(p as Path)
        : this.expr(p),
    );
    for (const pair of node.hash?.pairs ?? []) this.expr(pair.value);
    return { helper: isHelper, value: isHelper ? UNKNOWN : this.expr(path), args };
  }

  private block(node: hbs.AST.BlockStatement): void {
    const { helper, value, args } = this.call(node);
    const name = (node.path as Path).original;
    // Only blocks that change the context add a level for "../" (Handlebars 4).
    const changes = !helper || name === 'each' || name === 'with';
    // A part the campaign does not have (`contest: null`) never prints: {{#if contest}}…{{/if}}
    // is not checked against it, and {{#unless contest}} checks only its first branch.
    const absent = helper && (name === 'if' || name === 'unless') && args[0] === null;
    if (changes) this.scopes.push(inner(helper ? args[0] : value, name === 'each'));
    this.blockParams.push(node.program.blockParams ?? []);
    if (!(absent && name === 'if')) this.program(node.program);
    this.blockParams.pop();
    if (changes) this.scopes.pop();
    if (node.inverse && !(absent && name === 'unless')) this.program(node.inverse);
  }

  program(p: hbs.AST.Program): void {
    for (const s of p.body as HbNode[]) {
      if (s.type === 'MustacheStatement') this.call(s as unknown as hbs.AST.MustacheStatement);
      else if (s.type === 'BlockStatement') this.block(s as unknown as hbs.AST.BlockStatement);
      else if (s.type === 'PartialStatement' || s.type === 'PartialBlockStatement')
        this.fail(msg`partials are not supported`, s);
    }
  }
}

/** A word as Handlebars reads one between spaces: letters and digits, no dots or quotes. */
const WORD = /^[\p{L}\p{N}_-]+$/u;

/**
 * `{{group.Tên tổ dân phố}}`, `{{Điểm tập kết}}`: a column's name typed with its spaces, without
 * the brackets (and maybe without "group."), which Handlebars reads as a helper called with
 * words. Said as what to write (qa21: "không có hàm “group.Tên”" meant nothing to the office):
 * the file's header when the words name one, or a near one; the words as typed when there is
 * no file yet. Undefined when the mustache does not read as words (a helper's name misspelt:
 * `{{uper group.name}}`).
 */
function spacedColumn(
  node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression,
  scope: Scope,
): { text: Message; hint?: Message } | undefined {
  if (node.type !== 'MustacheStatement' || node.hash?.pairs.length) return undefined;
  const path = node.path as Path;
  if (path.type !== 'PathExpression' || path.data || path.depth > 0) return undefined;
  const params = node.params as Path[];
  if (!params.every((p) => p.type === 'PathExpression' && !p.data && p.depth === 0))
    return undefined;
  const words = params.map((p) => p.original);
  if (!words.every((w) => WORD.test(w))) return undefined;
  const grouped = path.parts.length === 2 && path.parts[0] === 'group';
  if (!grouped && path.parts.length !== 1) return undefined;
  const first = path.parts[path.parts.length - 1] ?? '';
  if (!WORD.test(first)) return undefined;
  const typed = [first, ...words].join(' ');
  const group = resolve(scope, ['group']);
  const headers = fileHeaders(group);
  // Words that could be a column: they name one, or carry Vietnamese marks, or follow "group.";
  // a misspelt helper ("uper", "thousand") is not.
  const near = headers.length ? nearColumn(group, typed) : undefined;
  const helperTypo = [...HELPERS].some((h) => damerau(h, first).steps <= 1);
  if (!near && (helperTypo || (!grouped && folded(typed) === caseless(typed)))) return undefined;
  const header = near?.header ?? typed;
  const written = near?.written ?? `{{group.[${typed}]}}`;
  const text = !written.startsWith('{{group.[')
    ? msg`"${typed}" is written ${written}`
    : grouped
      ? msg`a column's name with spaces is written in square brackets: ${written}`
      : msg`a column of the groups file is written after "group.", in square brackets: {{${typed}}} → ${written}`;
  // A near name ("Giờ tập chung" for "Giờ tập trung"): the file's header named.
  if (near && caseless(near.header) !== caseless(typed))
    return { text, hint: msg`The groups file has no column "${typed}": did you mean "${header}"?` };
  if (near || headers.length === 0) return { text };
  // A file that has no such column: its columns, as for {{group.[…]}}.
  return { text, hint: hintFor(['group', typed], scope) };
}

function isOptionalLink(node: hbs.AST.Expression): boolean {
  const path = node as Path;
  return (
    node.type === 'PathExpression' &&
    !path.data &&
    path.depth === 0 &&
    path.parts.length === 2 &&
    path.parts[0] === 'links'
  );
}

/**
 * Syntax trees of the texts parsed lately, by text. A campaign's inputs are checked whenever they
 * are loaded (each preview, leaders' page and build in the studio and the server), and the tool's
 * templates are the same text every time: parsing notice.hbs and the rest again was most of that
 * check. The trees are only read (the walk below), never changed.
 */
const trees = new LRUCache<string, hbs.AST.Program>({ max: 64 });

/** The template's syntax tree, or its one parse problem (an unclosed {{#if}}…). */
function parsed(src: TemplateSource): hbs.AST.Program | UserError {
  const { file, field } = src;
  const known = trees.get(src.text);
  if (known) return known;
  try {
    const tree = Handlebars.parse(src.text);
    trees.set(src.text, tree);
    return tree;
  } catch (e) {
    // What to fix, where: never Handlebars' English. The fix is said in full: no hint.
    const problem = syntaxProblem(src.text, e);
    return new UserError(msg`template error: ${problem.text}`, { file, field, line: problem.line });
  }
}

/** Every problem of one template (an empty list when it is fine). */
export function checkTemplate(src: TemplateSource, sample: object): UserError[] {
  const ast = parsed(src);
  if (ast instanceof UserError) return [ast];
  const walker = new Walker(src, sample);
  walker.program(ast);
  return walker.errors;
}

/** The template's parse problem alone, where no context is known to check its names against. */
export function checkTemplateSyntax(src: TemplateSource): UserError[] {
  const ast = parsed(src);
  return ast instanceof UserError ? [ast] : [];
}

/** One place a template reads a field of the group. */
export interface GroupFieldUse {
  /** The field or column: "venue", "Ngày học". */
  name: string;
  /** How the text writes it: "group.venue", "venue" (inside {{#with group}}), "group.[Ngày học]". */
  written: string;
  /** Printed as it is ({{group.venue}}, {{md group.venue}}), not a block's condition. */
  printed: boolean;
  /**
   * Inside a block that tests the same name ({{#if group.venue}}…): its author has said what
   * prints when the cell is empty.
   */
  guarded: boolean;
}

/** What `this` is where a node sits: the group ({{#with group}}), something else, or the root. */
type FieldScope = 'root' | 'group' | 'other';

interface Place {
  scope: FieldScope;
  /** Names the enclosing {{#if}}/{{#unless}}/{{#with}} blocks test. */
  tested: ReadonlySet<string>;
  /** In a block's parameters (a condition), not printed. */
  condition: boolean;
}

/** A path naming the group itself: `group`, `@root.group`, `this` inside {{#with group}}. */
function isGroup(node: HbNode | undefined, scope: FieldScope): boolean {
  if (node?.type !== 'PathExpression') return false;
  const p = node as unknown as Path;
  if (p.data) return p.parts.length === 2 && p.parts[0] === 'root' && p.parts[1] === 'group';
  if (p.parts.length === 0) return scope === 'group' && p.depth === 0;
  return p.parts.length === 1 && p.parts[0] === 'group' && (p.depth > 0 || scope !== 'group');
}

/** The field a path reads, if it reads one of the group's. */
function fieldOf(p: Path, scope: FieldScope): string | undefined {
  if (p.data) return p.parts[0] === 'root' && p.parts[1] === 'group' ? p.parts[2] : undefined;
  if (p.parts[0] === 'group' && (p.depth > 0 || scope !== 'group')) return p.parts[1];
  if (scope === 'group' && p.depth === 0) return p.parts[0];
  return undefined;
}

/**
 * Every place a template reads a field of the group: {{group.leader}}, {{group.[Ngày tập huấn]}},
 * {{venue}} inside {{#with group}}, {{lookup group "venue"}}, as a helper's argument or a block's
 * condition. A template that does not parse reads none (its error is reported elsewhere).
 */
export function groupFieldUses(text: string): readonly GroupFieldUse[] {
  const known = fieldUses.get(text);
  if (known) return known;
  const found: readonly GroupFieldUse[] = Object.freeze(findGroupFieldUses(text));
  fieldUses.set(text, found);
  return found;
}

/**
 * The uses of the texts read lately, by text: a build asks of the notice's body once a group
 * (output/group-links.ts), and parsing it each time cost 1.6 ms a group, 5 s of a 3,000-group
 * build on its main thread before its workers start (a CPU profile, session 31).
 */
const fieldUses = new LRUCache<string, readonly GroupFieldUse[]>({ max: 64 });

function findGroupFieldUses(text: string): GroupFieldUse[] {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
  } catch {
    return [];
  }
  const uses: GroupFieldUse[] = [];
  const add = (name: string | undefined, written: string, at: Place): void => {
    if (name === undefined || name === '') return;
    uses.push({ name, written, printed: !at.condition, guarded: at.tested.has(name) });
  };
  /** A value: a path, a literal, or a helper call. */
  const value = (node: HbNode | undefined, at: Place): void => {
    if (!node) return;
    if (node.type === 'PathExpression') {
      const p = node as unknown as Path;
      add(fieldOf(p, at.scope), shown(p), at);
    } else if (node.type === 'SubExpression') call(node as unknown as hbs.AST.SubExpression, at);
  };
  const call = (
    node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement,
    at: Place,
  ): void => {
    const path = node.path as unknown as HbNode;
    const params = node.params as unknown as HbNode[];
    const pairs = node.hash?.pairs ?? [];
    const helper = path.type === 'PathExpression' ? (path as unknown as Path).original : '';
    const [of, key] = params;
    if (helper === 'lookup' && isGroup(of, at.scope) && key?.type === 'StringLiteral') {
      const name = (key as unknown as hbs.AST.StringLiteral).value;
      add(name, /^[A-Za-z_]\w*$/.test(name) ? `group.${name}` : `group.[${name}]`, at);
      return;
    }
    if (params.length === 0 && pairs.length === 0 && !HELPERS.has(helper)) value(path, at);
    for (const p of params) value(p, at);
    for (const pair of pairs) value(pair.value as unknown as HbNode, at);
  };
  const program = (node: hbs.AST.Program | undefined, at: Place): void => {
    for (const statement of node?.body ?? []) {
      if (statement.type === 'MustacheStatement') {
        call(statement as hbs.AST.MustacheStatement, at);
      } else if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        const helper = (block.path as Path).original;
        const before = uses.length;
        call(block, { ...at, condition: true });
        const tested = new Set(at.tested);
        if (helper === 'if' || helper === 'unless' || helper === 'with')
          for (const use of uses.slice(before)) tested.add(use.name);
        const [first] = block.params as unknown as HbNode[];
        const scope: FieldScope =
          helper === 'with' && isGroup(first, at.scope)
            ? 'group'
            : helper === 'with' || helper === 'each'
              ? 'other'
              : at.scope;
        const inside: Place = { scope, tested, condition: false };
        program(block.program, inside);
        program(block.inverse, { ...inside, scope: at.scope });
      }
    }
  };
  program(ast, { scope: 'root', tested: new Set(), condition: false });
  return uses;
}

/**
 * The group's fields a template reads, printed or tested, for telling which columns of the
 * groups file no template uses.
 */
export function groupFieldsUsed(text: string): Set<string> {
  return new Set(groupFieldUses(text).map((u) => u.name));
}

/**
 * The group's fields a template prints as they are ({{group.venue}}, {{md group.[Giờ học]}},
 * {{venue}} in {{#with group}}) outside any block that tests the same name, each with how the
 * text writes it: for warning of empty cells that would leave a gap on paper. A name printed
 * unguarded in one sentence is warned of even when another sentence tests it.
 */
export function groupFieldsPrinted(text: string): Map<string, string> {
  const printed = new Map<string, string>();
  for (const use of groupFieldUses(text))
    if (use.printed && !use.guarded && !printed.has(use.name)) printed.set(use.name, use.written);
  return printed;
}
