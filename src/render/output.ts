/**
 * Render stage: one output of one group, the one place that picks a back end.
 * In: a kind (and its variant), the group's DocContext, the shared fonts and creation date. The
 * kind's template gives the wording; the kind lays it out once, onto a PDF (pdfkit) or an image
 * (SVG rasterised to PNG). Out: the file's bytes, page count and media type and, when the ward's
 * print file needs the document too, its share of that file — the pages themselves, moved as
 * they are, or (when they cannot move: a rare glyph) a recording of the same layout to
 * draw them again, made as the document is drawn when its kind's last document could not move
 * either, else by laying it out again. Used by the build's jobs, the server's renderers and
 * `check`.
 */

import type { DocumentKind } from '../kinds/kind.js';
import { renderSections } from '../kinds/render.js';
import type { FontSet } from '../layout/fonts.js';
import {
  callOn,
  DRAW_METHODS,
  type DrawMethod,
  forwarding,
  MARK_METHODS,
  type MarkMethod,
  type Surface,
} from '../layout/surface.js';
import { campaignValueLine } from '../load/campaign.js';
import type { DocContext } from '../model/context.js';
import { plainText } from '../template/blocks.js';
import type { Sections } from '../template/sections.js';
import { svgToPng } from './image/raster.js';
import { createSvgSurface } from './image/svg-surface.js';
import { createPdfSurface, type DocumentMeta, type PdfOptions } from './pdf/document.js';
import type { CapturedPage } from './pdf/pages.js';
import type { SignOptions } from './pdf/sign.js';
import { createRecorder, type Recorder, type Recording } from './recording/recording.js';

export interface RenderOptions {
  fonts: FontSet;
  /** Fixed creation date (from the campaign): same inputs, same bytes. */
  created: Date;
  templateDir?: string;
  /** The templates' texts as the build read them (file → text): drawn instead of the disk's. */
  templates?: ReadonlyMap<string, string>;
  variant?: string;
  /** The ward's print file takes this document too: return its `print` share. */
  forPrint?: boolean;
  /** Make PDF/A-2b files, tagged (a structure tree for screen readers). */
  pdfa?: boolean;
  /**
   * Tag the PDF (a structure tree for screen readers) without PDF/A: the documents serve and the
   * studio hand out. A tagged document keeps no drawing (`Surface.reuse`), so a build leaves it off.
   */
  tagged?: boolean;
  /** Sign the kinds that have a place for a signature (the notice); the reason is the notice's. */
  sign?: Omit<SignOptions, 'reason' | 'location' | 'agency'>;
  /** The campaign file as read (its path and bytes): a refusal names its fields' lines. */
  campaign?: { file: string; bytes: Uint8Array };
  /** The ward's one unmarked copy (RenderInput.unmarked): no group's tag, its own title. */
  unmarked?: boolean;
}

/** A document's share of a print file (print.ts). */
export type PrintPart = { pages: CapturedPage[] } | { recording: Recording };

export interface RenderedOutput {
  bytes: Uint8Array;
  pages: number;
  /** `application/pdf` or `image/png`. */
  mediaType: string;
  /** With `forPrint`. */
  print?: PrintPart;
}

/** A back end: the surface a kind draws on, and how it ends as a file. */
interface BackEnd {
  surface: Surface;
  mediaType: string;
  finish(): Promise<{ bytes: Uint8Array; pages: number; captured?: CapturedPage[] }>;
}

/** Title and author of a kind's PDF for one group. */
export function documentMeta(
  sections: Sections,
  ctx: DocContext,
  created: Date,
  unmarked = false,
): DocumentMeta {
  // The unmarked copy is sent to no one group: its title names none ("meta-title-unmarked").
  const title =
    unmarked && sections.has('meta-title-unmarked') ? 'meta-title-unmarked' : 'meta-title';
  return {
    title: plainText(sections.lines(title)[0] ?? []),
    // As a sentence names the issuer, its ward with it ("Ủy ban bầu cử xã Yên Phong", not the
    // header's "ỦY BAN BẦU CỬ" alone; qa17).
    author: ctx.issuerInText,
    created,
  };
}

function pngBackEnd(fonts: FontSet, size: readonly [number, number], width?: number): BackEnd {
  const svg = createSvgSurface(fonts, size);
  return {
    surface: svg,
    mediaType: 'image/png',
    async finish() {
      const { bytes, pages } = await svg.finish();
      return { bytes: await svgToPng(bytes, size, width), pages };
    },
  };
}

function pdfBackEnd(
  fonts: FontSet,
  size: readonly [number, number],
  meta: DocumentMeta,
  opts: PdfOptions,
): BackEnd {
  const pdf = createPdfSurface(fonts, size, meta, opts);
  return { surface: pdf, mediaType: 'application/pdf', finish: () => pdf.finish() };
}

/**
 * Both surfaces get every call, `main` first, each the marks it has: one layout drawn twice (the
 * file and its recording, the file and the studio's page pictures: `image/page-images.ts`).
 * A mark neither has is not there at all, so the layout skips it. Measures, size and the end
 * are `main`'s.
 */
function bothSurfaces(main: Surface, also: Surface): Surface {
  const both = (method: DrawMethod | MarkMethod, args: unknown[]) => {
    callOn(main, method, args);
    callOn(also, method, args);
  };
  return {
    fonts: main.fonts,
    measure: main.measure,
    size: main.size,
    addPage() {
      main.addPage();
      also.addPage();
    },
    ...forwarding(DRAW_METHODS, both),
    ...forwarding(
      MARK_METHODS.filter((m) => main[m] || also[m]),
      both,
    ),
    finish: () => main.finish(),
  };
}

/**
 * Kinds (by name and variant) whose last document in this thread could not move into its print
 * file: the next one is recorded as it is drawn. Any other is drawn without a recorder, and in
 * the rare case its pages then cannot move (a glyph beyond the repertoire), laid out once more
 * onto a recorder alone.
 */
const unmovable = new Set<string>();

/** The kind lays out and draws the group's document on `surface`. */
function drawKind(
  kind: DocumentKind,
  surface: Surface,
  sections: Sections,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
): Promise<void> | void {
  return kind.draw(surface, {
    sections,
    ctx,
    fonts: opts.fonts,
    created: opts.created,
    variant: opts.variant,
    ...(opts.unmarked ? { unmarked: true } : {}),
    ...(opts.campaign ? { campaign: campaignLines(opts.campaign) } : {}),
  });
}

/** The campaign file's fields' lines, found (its YAML parsed) only when a refusal asks. */
function campaignLines({ file, bytes }: { file: string; bytes: Uint8Array }) {
  return {
    file,
    lineOf: (field: string) => campaignValueLine(new TextDecoder().decode(bytes), field, 1),
  };
}

/** A kind's document laid out and drawn: the back end holds it, unfinished. */
async function drawDocument(
  kind: DocumentKind,
  ctx: DocContext,
  opts: RenderOptions,
  also?: Surface,
  record = false,
): Promise<{ back: BackEnd; recorder?: Recorder }> {
  const sections = renderSections(kind, ctx, opts.templateDir, opts.templates);
  const size = kind.pageSize(opts.variant);
  const back =
    kind.ext === 'png'
      ? pngBackEnd(opts.fonts, size, kind.pictureWidth)
      : pdfBackEnd(opts.fonts, size, documentMeta(sections, ctx, opts.created, opts.unmarked), {
          capture: opts.forPrint ?? false,
          pdfa: opts.pdfa ? 'PDF/A-2b' : undefined,
          // An archival copy is also an accessible one: a structure tree a screen reader follows.
          tagged: (opts.pdfa || opts.tagged) === true && kind.tagged,
          sign:
            kind.signs && opts.sign
              ? {
                  ...opts.sign,
                  reason: `Phê duyệt ${ctx.noticeNumber}`,
                  location: ctx.issuer.ward,
                  agency: ctx.issuerInText,
                }
              : undefined,
        });
  // The same calls recorded as they are drawn, for a print file whose pages will likely not
  // move: they are drawn again there from the recording, not laid out a second time.
  // It keeps the structure only for a tagged print file (--pdfa).
  const recorder = record ? createRecorder(opts.fonts, size, opts.pdfa ?? false) : undefined;
  let surface = recorder ? bothSurfaces(back.surface, recorder) : back.surface;
  if (also) surface = bothSurfaces(surface, also);
  await drawKind(kind, surface, sections, ctx, opts);
  return { back, recorder };
}

/**
 * The kind's document laid out and drawn onto `surface` alone, from its template as the options
 * give it (`templates`, else the disk's), with the options' variant, unmarked copy and campaign
 * lines: the page texts, the page pictures and a recording are drawn as the file is.
 */
export async function drawOnto(
  kind: DocumentKind,
  surface: Surface,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
): Promise<void> {
  const sections = renderSections(kind, ctx, opts.templateDir, opts.templates);
  await drawKind(kind, surface, sections, ctx, opts);
}

/** The document laid out again onto a recorder alone: the calls its own file got. */
async function recordDocument(
  kind: DocumentKind,
  ctx: DocContext,
  opts: RenderOptions,
): Promise<Recording> {
  const recorder = createRecorder(opts.fonts, kind.pageSize(opts.variant), opts.pdfa ?? false);
  await drawOnto(kind, recorder, ctx, opts);
  return recorder.recording();
}

/**
 * One document of one group: its file (a PDF, or a PNG for image kinds) and print share. `also`,
 * when given, is drawn on by the same layout (the studio's page pictures).
 */
export async function renderOutput(
  kind: DocumentKind,
  ctx: DocContext,
  opts: RenderOptions,
  also?: Surface,
): Promise<RenderedOutput> {
  const which = `${kind.name}\u0000${opts.variant ?? ''}`;
  // A picture kind's (PNG) pages never move: a recording is always drawn.
  const record = opts.forPrint === true && (kind.ext === 'png' || unmovable.has(which));
  const { back, recorder } = await drawDocument(kind, ctx, opts, also, record);
  const { bytes, pages, captured } = await back.finish();
  const out: RenderedOutput = { bytes, pages, mediaType: back.mediaType };
  if (!opts.forPrint) return out;
  if (captured) {
    out.print = { pages: captured };
    unmovable.delete(which);
    return out;
  }
  unmovable.add(which);
  out.print = { recording: recorder?.recording() ?? (await recordDocument(kind, ctx, opts)) };
  return out;
}

/**
 * `check`'s trial: the document laid out and drawn as renderOutput does, so that every problem
 * a build would meet is met, but not finished — a PDF's end only embeds the fonts' subsets and
 * compresses, where no problem of the inputs can show (bench/results.md › cold start: the
 * example's check spent about a fifth of its CPU there). Nor is a PNG rasterised: its pictures
 * are the ones the image process read and re-encoded already (load/image-process.ts), and
 * libvips' load and two share images were ~0.25 s of a 2-group check's 1.5 s of CPU
 * (bench/results.md "## h-fixed").
 */
export async function drawOutput(
  kind: DocumentKind,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
): Promise<void> {
  await drawDocument(kind, ctx, opts);
}
