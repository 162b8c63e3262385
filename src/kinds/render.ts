/**
 * Kinds: what a kind's outputs are called and say — its template file, read again once saved,
 * its wording for one group (named sections), and its output files' names. Drawing them into
 * bytes is the render stage's (render/output.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileStamp } from '../load/file-stamp.js';
import type { DocContext } from '../model/context.js';
import { renderTemplate } from '../template/handlebars.js';
import { Sections } from '../template/sections.js';
import { keptNames } from './kept-names.js';
import type { DocumentKind } from './kind.js';

export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Template texts by file, each with the file's stamp when read (load/file-stamp.ts): a process
 * that lives on (`build --watch`, the studio, a studio's threads) reads a template again once it
 * is saved — a stat (microseconds) per document, not a read, except just after a save.
 */
const sources = new Map<string, { stamp: string; text: string }>();

/** The kind's template in `dir`, or the default one when `dir` does not override it. */
export function templateFile(kind: DocumentKind, dir = DEFAULT_TEMPLATE_DIR): string {
  const file = join(dir, kind.template);
  return existsSync(file) ? file : join(DEFAULT_TEMPLATE_DIR, kind.template);
}

export function templateText(file: string): string {
  const stamp = fileStamp(statSync(file));
  const known = sources.get(file);
  if (stamp !== undefined && known?.stamp === stamp) return known.text;
  const text = readFileSync(file, 'utf8').normalize('NFC');
  if (stamp === undefined) sources.delete(file);
  else sources.set(file, { stamp, text });
  return text;
}

/** One file to produce: a kind, and its variant when it has several. */
export interface Output {
  kind: DocumentKind;
  variant?: string;
}

/** `poster-a3.pdf`, `notice.pdf`: the file name of an output inside its group's folder. */
export function outputFileName(o: Output): string {
  return `${o.kind.name}${o.variant ? `-${o.variant}` : ''}.${o.kind.ext ?? 'pdf'}`;
}

/** Every output of the kinds, variants filtered by `only` (e.g. sizes) when given. */
export function expandOutputs(kinds: readonly DocumentKind[], only?: readonly string[]): Output[] {
  return kinds.flatMap((kind) => {
    if (!kind.variants) return [{ kind }];
    const picked = kind.variants.filter((v) => !only || only.length === 0 || only.includes(v));
    return picked.map((variant) => ({ kind, variant }));
  });
}

/**
 * The last sections filled from a build's texts for each context: a kind with variants (the
 * poster's A4 and A3) fills its template once for a group, not once a variant. Only from the
 * texts a build read (`read`), which do not change under it; a context is plain data no one
 * changes once made (model/context.ts).
 */
const filled = new WeakMap<
  DocContext,
  { file: string; read: ReadonlyMap<string, string>; sections: Sections }
>();

/** The template stage alone: the kind's wording for one group, in named sections. */
export function renderSections(
  kind: DocumentKind,
  ctx: DocContext,
  templateDir?: string,
  read?: ReadonlyMap<string, string>,
): Sections {
  const file = templateFile(kind, templateDir);
  const last = filled.get(ctx);
  if (read && last?.read === read && last.file === file) return last.sections;
  // A build draws from the texts its inputs read (those its keys hash), not the file as it is
  // now: a template saved while it runs is printed by the next build, not by half of this one.
  const text = read?.get(file) ?? templateText(file);
  const sections = Sections.parse(renderTemplate({ text, file }, ctx), file, keptNames(ctx));
  if (read) filled.set(ctx, { file, read, sections });
  return sections;
}
