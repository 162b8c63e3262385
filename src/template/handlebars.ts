/**
 * Template stage: one Handlebars environment for every template, compiled once per process.
 * `noEscape` because the output is not HTML (an "&" must print as "&"); `strict` so a misspelt
 * variable is an error, not a silently empty gap on paper.
 */
import Handlebars from 'handlebars';
import { CheapLru } from '../cheap-lru.js';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { lowerFirstWord } from '../model/format.js';
import { withLabelLinesMarked, withoutLeftOutLines } from './joined-lines.js';
import { joinedParts } from './joined-parts.js';
import { withoutRepeatedTerms } from './repeated-term.js';
import { syntaxProblem } from './syntax-problem.js';
import { AS_TEXT_HELPER, cellAsText, markValues, unmarked } from './value-marks.js';

export interface TemplateSource {
  /** The text of the template. */
  text: string;
  /** Where it came from, for error messages: a file, or "campaign.yaml › notice.body". */
  file: string;
  field?: string;
}

type Render = (ctx: object) => string;

const hb = Handlebars.create();
/**
 * Compiled templates by text (what a compiled template does depends on its text alone; the file
 * and field only name it in an error, from the call at hand). Keyed by the text itself, not a
 * string built per call: a build renders every template once a group, and a key made by joining
 * file, field and a text of some kilobytes was copied and hashed again at each lookup (~1 % of a
 * build's main thread, h-cpu). Bounded: a studio runs for weeks, and every edit of a campaign's
 * text that holds {{…}} is a new text to compile (a kind's own templates are a few).
 */
const compiled = new CheapLru<string, Render>({ max: 512 });

/**
 * Runs `fn`, then forgets the templates it compiled that were not compiled before: a check that
 * draws every kind once for the first group (the build's unprinted-fields warning) leaves no
 * compiled copy of the kinds the build does not make. A notice-only build kept ~1.5 MB of the
 * other kinds' compiled templates in its main thread for the whole build (bench/results.md h-mem).
 */
export function compiledForNow<T>(fn: () => T): T {
  const before = new Set(compiled.keys());
  try {
    return fn();
  } finally {
    for (const key of [...compiled.keys()]) if (!before.has(key)) compiled.delete(key);
  }
}

/** Whether a template text is kept compiled (tests). */
export const isCompiled = (text: string): boolean => compiled.has(text);

/**
 * `file` of a template that is a campaign value (`{{fill …}}`): the template stage does not know
 * the campaign's path, so the caller that does replaces it (and maps the line into the file).
 */
export const CAMPAIGN_VALUE = 'campaign';

/** The expression a Handlebars runtime error points at (its `loc`), e.g. "links.zallo.url". */
function expressionAt(e: unknown, text: string): string | undefined {
  const loc = e as {
    lineNumber?: number;
    endLineNumber?: number;
    column?: number;
    endColumn?: number;
  };
  if (loc.lineNumber === undefined || loc.lineNumber !== loc.endLineNumber) return undefined;
  const expr = text.split('\n')[loc.lineNumber - 1]?.slice(loc.column, loc.endColumn).trim();
  return expr || undefined;
}

function wrapError(e: unknown, src: TemplateSource): UserError {
  const message = e instanceof Error ? e.message : String(e);
  // A template Handlebars cannot parse (compiled on first use): what to fix, where, in full.
  if (/^Parse error|doesn't match/.test(message)) {
    const problem = syntaxProblem(src.text, e);
    return new UserError(msg`template error: ${problem.text}`, {
      file: src.file,
      field: src.field,
      line: problem.line,
    });
  }
  // Handlebars reports '"x" not defined in … - 3:4'.
  const m = / - (\d+):\d+$/.exec(message);
  const line = m?.[1] ? Number(m[1]) : undefined;
  const firstLine = (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '');
  // '"url" not defined in undefined' alone does not say which of the template's URLs is wrong.
  const expr = expressionAt(e, src.text);
  // Handlebars' own English ('"venue" not defined in [object Object]') never reaches the reader.
  const undefinedName = /^"(.+)" not defined/s.exec(firstLine)?.[1];
  const text =
    undefinedName !== undefined
      ? msg`template error: ${msg`"${expr ?? undefinedName}" has no value here`}`
      : expr
        ? msg`template error at "${expr}": ${firstLine}`
        : msg`template error: ${firstLine}`;
  return new UserError(
    text,
    { file: src.file, field: src.field, line },
    msg`Check the {{…}} expressions: variables are listed in README.md › Templates.`,
  );
}

/**
 * Compiles (once) and renders a template with a context. The output brackets what each {{…}}
 * printed (value-marks.ts), for Markdown to know an empty value from marks the office typed:
 * `Sections` reads it; `unmarked` gives the text as it reads.
 */
export function renderTemplate(src: TemplateSource, ctx: object): string {
  const key = src.text;
  let render = compiled.get(key);
  if (!render) {
    try {
      const ast = markValues(hb.parse(src.text));
      const tpl = hb.compile(ast, { noEscape: true, strict: true, knownHelpersOnly: false });
      render = (c: object) => tpl(c);
      compiled.set(key, render);
    } catch (e) {
      throw wrapError(e, src);
    }
  }
  try {
    // "Trưởng khu phố Khu phố 7": the word the name begins with is not said twice.
    return withoutRepeatedTerms(render(ctx).normalize('NFC'));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw wrapError(e, src);
  }
}

/**
 * Campaign values that say one fact joined from parts a group may leave empty: the time and
 * the place residents are expected (a day cell and an hours cell). Filled, a part that printed
 * nothing takes its separator with it (joined-parts.ts): "Thời gian: 7h30 – 10h30", never
 * "Thời gian: , 7h30 – 10h30" (qa8 K2). By the `source` every template gives them.
 */
export const JOINED_FIELDS: ReadonlySet<string> = new Set(['when', 'where']);

/**
 * A campaign value that is itself a template, filled for one context (a group's): '' when it
 * prints nothing for this group, else the text (with its value marks; a value of
 * JOINED_FIELDS whose empty parts left a separator, the tidied text without them).
 */
export function fillValue(text: string, field: string, ctx: object, file = CAMPAIGN_VALUE): string {
  // A line of the notice's body that only labels the time or the place goes when it prints
  // nothing. Only the body's: an action's step left out would take its tick box and its column
  // with it, and renumber the steps after it.
  const body = field === 'notice.body';
  const source = body ? withLabelLinesMarked(text) : text;
  const rendered = renderTemplate(
    { text: source, file, field },
    withJoinedFilled(text, field, ctx),
  );
  const filled = body ? withoutLeftOutLines(rendered) : rendered;
  const plain = unmarked(filled).trim();
  const joined = JOINED_FIELDS.has(field) ? joinedParts(plain) : plain;
  if (joined === '') return '';
  return joined === plain ? filled : joined;
}

/**
 * The context in which another campaign value that says {{when}} or {{where}} (the notice's body:
 * "- Thời gian: {{when}}.") reads them filled for this group, as the flyer prints them, not as
 * the templates they are (it printed "{{group.[Ngày học]}}, …" with its braces).
 */
function withJoinedFilled(text: string, field: string, ctx: object): object {
  if (JOINED_FIELDS.has(field) || !/\b(?:when|where)\b/.test(text)) return ctx;
  const values = ctx as Record<string, unknown>;
  const filled: Record<string, string> = {};
  for (const name of JOINED_FIELDS) {
    const value = values[name];
    if (typeof value === 'string' && value.includes('{{'))
      filled[name] = unmarked(fillValue(value, name, ctx));
  }
  return Object.keys(filled).length ? { ...ctx, ...filled } : ctx;
}

/**
 * `{{fill notice.body source="notice.body"}}` renders a campaign field that is itself a template
 * (the notice body, recipients) with the same context as the template that includes it; a
 * field that prints nothing for this group fills in as '' (false for {{#if}}), so that
 * `{{#if (fill where source="where")}}Địa điểm: …{{/if}}` prints no bare label.
 */
hb.registerHelper(
  'fill',
  function (this: unknown, text: unknown, options: Handlebars.HelperOptions) {
    const root = (options.data as { root?: object } | undefined)?.root ?? {};
    return fillValue(
      String(text ?? ''),
      String(options.hash.source ?? 'campaign field'),
      root,
      String(options.hash.file ?? CAMPAIGN_VALUE),
    );
  },
);

/** A group's cell, as markValues rewrites `{{group.x}}`: printed as typed (value-marks.ts). */
hb.registerHelper(AS_TEXT_HELPER, (v: unknown) => cellAsText(v));

/** `{{thousands 1052}}` → "1.052": Vietnamese groups thousands with dots. */
hb.registerHelper('thousands', (n: unknown) =>
  String(n ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
);

/** `{{inc @index}}` → "1" for the first item: a list numbered as residents count (the poster's steps). */
hb.registerHelper('inc', (n: unknown) => String(Number(n ?? 0) + 1));

/** `{{upper x}}`: Vietnamese upper case ("đ" → "Đ", "ơ" → "Ơ"). */
hb.registerHelper('upper', (s: unknown) => String(s ?? '').toLocaleUpperCase('vi'));

/**
 * `{{sentence x}}`: the first letter upper case, for a headline made of a text written to follow
 * "V/v" ("niêm yết danh sách cử tri" → "Niêm yết danh sách cử tri").
 */
hb.registerHelper('sentence', (s: unknown) => {
  const text = String(s ?? '');
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase('vi') + text.slice(head.length);
});

/**
 * `{{inSentence x}}`: a text that follows "V/v" or "về việc" mid-sentence, its first letter lower
 * case when the office typed it as a headline ("Tổ chức ngày hội" → "tổ chức ngày hội"), as
 * Decree 30 writes a trích yếu; a name is left as typed ("UBND phường", "Hải Phòng tổ chức").
 */
hb.registerHelper('inSentence', (s: unknown) => lowerFirstWord(String(s ?? '')));

/**
 * `{{md group.name}}{{between group.name}}{{md issuer.ward}}`: what joins a group's name to its
 * ward in a header, " – ", or ", " when the name holds a dash of its own ("Tổ 2 - Khu 1, phường
 * An Khánh"): "Tổ 2 - Khu 1 – phường An Khánh" set two kinds of dash side by side (qa19).
 */
hb.registerHelper('between', (name: unknown) =>
  /\s[-–—]\s/u.test(String(name ?? '')) ? ', ' : ' – ',
);

/** `{{md x}}`: data printed inside Markdown must not turn into formatting ("*", "_", "#"). */
hb.registerHelper('md', (s: unknown) => String(s ?? '').replace(/([\\`*_[\]#<>|])/g, '\\$1'));

/**
 * `{{#if (mentions step app.name)}}`: the text names it, whatever its case ("Cài đặt ứng dụng
 * VNeID", "cài vneid"): which step asks to install the app, to set its codes beside that step.
 */
hb.registerHelper('mentions', (text: unknown, name: unknown) => {
  const wanted = String(name ?? '')
    .trim()
    .toLocaleLowerCase('vi');
  return (
    wanted !== '' &&
    String(text ?? '')
      .toLocaleLowerCase('vi')
      .includes(wanted)
  );
});
