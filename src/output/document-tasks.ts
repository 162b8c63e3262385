/**
 * Output stage: one document (or one page picture, or the ward's report) at a time, for the web
 * server and the studio's preview. Each task is plain data that carries the group's context (its
 * share of the ward, a few KB), so whoever runs it — a worker thread (worker.ts, behind
 * serve/pool-renderer.ts), or the asking thread when there are no compiled workers — never
 * loads the ward itself: a 3,000-group ward is held once, by the server, not once more in every
 * thread.
 */
import { threadId } from 'node:worker_threads';
import { findKind } from '../kinds/registry.js';
import { loadFonts } from '../layout/fonts.js';
import { loadSharp } from '../layout/sharp.js';
import type { DocContext } from '../model/context.js';
import { renderPagePicture } from '../render/image/page-image.js';
import {
  type FileWithPages,
  type PictureFormat,
  pagePicture,
  renderFileWithPages,
} from '../render/image/page-images.js';
import { type RenderedOutput, renderOutput } from '../render/output.js';
import { renderPageTexts, type TextBlock } from '../render/text/page-text.js';
import { type ReportInput, renderReportFile } from './report.js';

export { renderQrSheet } from './qr-sheet.js';

export interface DocumentTask {
  ctx: DocContext;
  kind: string;
  variant?: string;
  /** The (snapshot's) templates folder. */
  templateDir?: string;
  created: Date;
}

/** The thread that did the work (0: the asking one, without workers). */
export type OnThread<T> = T & { thread: number };

export interface PageTask extends DocumentTask {
  /** 1-based. */
  page: number;
  /** Of the picture, in pixels. */
  width: number;
  format: PictureFormat;
}

/** A page already drawn as SVG (renderWithPages), to turn into a picture. */
export interface PictureTask {
  svg: Uint8Array;
  /** The page's width in points. */
  pageWidth: number;
  /** Of the picture, in pixels. */
  width: number;
  format: PictureFormat;
}

/** The ward's report.pdf or report.xlsx (the office's buttons). */
export interface ReportTask extends ReportInput {
  file: 'pdf' | 'xlsx';
}

function optionsOf(task: DocumentTask) {
  const kind = findKind(task.kind);
  if (!kind) throw new Error(`unknown kind ${task.kind}`);
  const opts = {
    fonts: loadFonts(),
    created: task.created,
    templateDir: task.templateDir,
    variant: task.variant,
    // What a leader downloads is read by screen readers too (qa41 MAJOR-2): a structure tree,
    // the flyer's second copy and page furniture artifacts, each QR code a figure with its text.
    tagged: true,
  };
  return { kind, opts };
}

/** One document's file. */
export async function renderOne(task: DocumentTask): Promise<OnThread<RenderedOutput>> {
  const { kind, opts } = optionsOf(task);
  return { ...(await renderOutput(kind, task.ctx, opts)), thread: threadId };
}

/** One page of a document as a picture (the web pages' thumbnails and page views). */
export async function renderPageImage(
  task: PageTask,
): Promise<OnThread<{ bytes: Uint8Array }> | undefined> {
  const { kind, opts } = optionsOf(task);
  const bytes = await renderPagePicture(kind, task.ctx, opts, task.page, task.width, task.format);
  return bytes && { bytes, thread: threadId };
}

/** What each page of a document says, as text (the page-by-page view's text under each picture). */
export async function renderPageText(
  task: DocumentTask,
): Promise<OnThread<{ pages: TextBlock[][] }>> {
  const { kind, opts } = optionsOf(task);
  return { pages: await renderPageTexts(kind, task.ctx, opts), thread: threadId };
}

/** One document's file and its pages as SVGs, from one layout (the studio's preview). */
export async function renderWithPages(task: DocumentTask): Promise<OnThread<FileWithPages>> {
  const { kind, opts } = optionsOf(task);
  return { ...(await renderFileWithPages(kind, task.ctx, opts)), thread: threadId };
}

/** One page's SVG as a picture. */
export async function renderPicture(task: PictureTask): Promise<OnThread<{ bytes: Uint8Array }>> {
  return {
    bytes: await pagePicture(task.svg, task.pageWidth, task.width, task.format),
    thread: threadId,
  };
}

/**
 * Loads what every document needs (fonts, sharp) before the first is asked for: a cold thread
 * spends about a second on it, which the office's first preview need not wait for.
 */
export async function warmUp(): Promise<number> {
  loadFonts();
  await loadSharp();
  return threadId;
}

export async function renderReportOne(task: ReportTask): Promise<OnThread<{ bytes: Uint8Array }>> {
  return { bytes: await renderReportFile(task, task.file), thread: threadId };
}
