/**
 * Template stage: a kind's template is one text with named sections, each introduced by a line
 * `@@ name`. Sections let wording live in the template while the kind decides where each goes.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { type Block, type Run, withRuns } from './blocks.js';
import { parseInline, parseMarkdown } from './markdown.js';
import { emptyValuesMarked, markdownEscaped, unmarked } from './value-marks.js';

export class Sections {
  private constructor(
    /** Each section as filled in, an EMPTY mark where a {{…}} between "**" printed nothing. */
    private readonly texts: ReadonlyMap<string, string>,
    readonly file: string,
    /**
     * Each section as it reads, not as Markdown: a cell's "<" as typed, without the "\\<" that
     * keeps it from starting a tag in Markdown (qa10 Q6: "Tổ 1 \\<b>" on the leader page).
     */
    private readonly plain: ReadonlyMap<string, string> = new Map(),
    /**
     * What every printed line's runs go through: the document's names kept whole (kinds/
     * kept-names.ts), in every section of every kind, not only in those a kind remembered to
     * (qa19: the flyer's "Liên hệ" line and the report's title split "phường Ngọc | Hà").
     */
    private readonly shape: (runs: readonly Run[]) => Run[] = (runs) => [...runs],
  ) {}

  /** `rendered`: renderTemplate's output, its values' marks and all. */
  static parse(rendered: string, file: string, shape?: (runs: readonly Run[]) => Run[]): Sections {
    const texts = new Map<string, string>();
    const plain = new Map<string, string>();
    let name: string | undefined;
    let lines: string[] = [];
    const flush = () => {
      if (name === undefined) return;
      texts.set(name, emptyValuesMarked(lines.join('\n')).trim());
      plain.set(name, unmarked(lines.join('\n')).trim());
    };
    for (const line of rendered.split(/\r?\n/)) {
      // A block's marks may sit at the start or end of a section's line.
      const m = /^@@\s*([\w-]+)\s*$/.exec(unmarked(line));
      if (m?.[1]) {
        flush();
        name = m[1];
        lines = [];
      } else lines.push(line);
    }
    flush();
    return new Sections(texts, file, plain, shape);
  }

  /**
   * Every printed section as filled in but `except`, as one string: two documents whose layout
   * reads only these sections lay out the same when their keys are equal (kept-document.ts).
   * The document's properties (meta-…) are not printed.
   */
  keyExcept(except: readonly string[]): string {
    let key = this.file;
    for (const [name, text] of this.texts) {
      if (except.includes(name) || name.startsWith('meta-')) continue;
      key += `\u0000${name}\u0000${text}\u0000${this.plain.get(name) ?? ''}`;
    }
    return key;
  }

  has(name: string): boolean {
    return unmarked(this.texts.get(name) ?? '').trim() !== '';
  }

  /** The raw text of a section; a missing section is a template error. */
  text(name: string): string {
    const text = unmarked(this.marked(name)).trim();
    return this.plain.get(name) ?? text;
  }

  /** The section with its EMPTY marks, for Markdown. */
  private marked(name: string): string {
    const t = this.texts.get(name);
    if (t === undefined) throw new MissingSection(name, this.file);
    return t;
  }

  /** Non-empty lines, each parsed as inline Markdown. */
  lines(name: string): Run[][] {
    return markdownEscaped(this.marked(name))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .map((l) => this.shape(parseInline(l)));
  }

  /**
   * A copy in which section `name` reads as section `from` does (the share image's steps, worded
   * for a resident looking at it on a phone, in the poster's); this one when there is no `from`
   * (an office's own older template).
   */
  readAs(name: string, from: string): Sections {
    if (!this.texts.has(from)) return this;
    const texts = new Map(this.texts).set(name, this.texts.get(from) ?? '');
    const plain = new Map(this.plain).set(name, this.plain.get(from) ?? '');
    return new Sections(texts, this.file, plain, this.shape);
  }

  /**
   * A copy in which the sections `names` print nothing (the flyer's picture of a contest leaves
   * out who may take part and the prizes: share-flyer.ts); a name the template lacks stays so.
   */
  without(names: readonly string[]): Sections {
    const texts = new Map(this.texts);
    const plain = new Map(this.plain);
    for (const name of names) {
      if (!texts.has(name)) continue;
      texts.set(name, '');
      plain.set(name, '');
    }
    return new Sections(texts, this.file, plain, this.shape);
  }

  /**
   * The whole section as Markdown-like blocks. What it cannot print is an error: `check` finds it
   * in the campaign's own text (template-checks.ts), so here it can only come from a value
   * filled in for one group.
   */
  blocks(name: string): Block[] {
    const { blocks, problems } = parseMarkdown(markdownEscaped(this.marked(name)));
    const [first] = problems;
    if (first) {
      throw new UserError(
        msg`${first.message} (line ${first.line} of section "@@ ${name}" as filled in)`,
        { file: this.file },
        first.hint,
      );
    }
    return withRuns(blocks, this.shape);
  }
}

/** A section a kind reads that its template does not have: the template's fault, for every group. */
export class MissingSection extends UserError {
  constructor(
    readonly section: string,
    file: string,
  ) {
    super(
      msg`the template has no "@@ ${section}" section`,
      { file },
      msg`Add a line "@@ ${section}".`,
    );
  }
}
