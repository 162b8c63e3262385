/**
 * Kinds: renders one document — template text for a group, then the kind's layout — to bytes.
 * Templates are read and compiled once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontSet } from '../layout/fonts.js';
import { createPdfSurface, type DocumentMeta } from '../layout/pdf-document.js';
import { svgToPng } from '../layout/raster.js';
import { createSvgSurface } from '../layout/svg-surface.js';
import type { DocContext } from '../model/context.js';
import { plainText } from '../template/blocks.js';
import { renderTemplate } from '../template/handlebars.js';
import { Sections } from '../template/sections.js';
import type { DocumentKind, RenderedDocument } from './kind.js';

export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const sources = new Map<string, string>();

/** The kind's template in `dir`, or the default one when `dir` does not override it. */
export function templateFile(kind: DocumentKind, dir = DEFAULT_TEMPLATE_DIR): string {
  const file = join(dir, kind.template);
  return sources.has(file) || existsSync(file) ? file : join(DEFAULT_TEMPLATE_DIR, kind.template);
}

export function templateText(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8').normalize('NFC');
    sources.set(file, text);
  }
  return text;
}

export interface RenderOptions {
  fonts: FontSet;
  created: Date;
  templateDir?: string;
  variant?: string;
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

/** The template stage alone: the kind's wording for one group, in named sections. */
export function renderSections(
  kind: DocumentKind,
  ctx: DocContext,
  templateDir?: string,
): Sections {
  const file = templateFile(kind, templateDir);
  return Sections.parse(renderTemplate({ text: templateText(file), file }, ctx), file);
}

/** Title and author of a kind's PDF for one group. */
export function documentMeta(sections: Sections, ctx: DocContext, created: Date): DocumentMeta {
  return {
    title: plainText(sections.lines('meta-title')[0] ?? []),
    author: ctx.issuer.name.join(' '),
    created,
  };
}

/** One document of one group, as bytes: a PDF, or a PNG for image kinds. */
export async function renderDocument(
  kind: DocumentKind,
  ctx: DocContext,
  opts: RenderOptions,
): Promise<RenderedDocument> {
  const sections = renderSections(kind, ctx, opts.templateDir);
  const input = { sections, ctx, fonts: opts.fonts, created: opts.created, variant: opts.variant };
  const size = kind.pageSize(opts.variant);
  if (kind.ext === 'png') {
    const svg = createSvgSurface(opts.fonts, size);
    await kind.draw(svg, input);
    const { bytes, pages } = await svg.finish();
    return { bytes: await svgToPng(bytes, size[0], size[1]), pages };
  }
  const pdf = createPdfSurface(opts.fonts, size, documentMeta(sections, ctx, opts.created));
  await kind.draw(pdf, input);
  return pdf.finish();
}
