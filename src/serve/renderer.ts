/**
 * Serve stage: the one door through which the server and the static site get a document's bytes.
 * In: a group id and an output's file name (`notice.pdf`, `poster-a3.pdf`, `share.png`). Out: the
 * bytes, their content type and the page count.
 *
 * Both implementations are a ward's view (`rendererOver`) of a DocumentPool: the in-process one
 * renders one document at a time and yields to the event loop before each, so cached requests
 * are still answered while a cold one waits its turn; the worker pool (pool-renderer.ts) takes
 * rendering off the event loop altogether.
 */

import type { Output } from '../kinds/render.js';
import type {
  DocumentTask,
  OnThread,
  PageTask,
  PictureTask,
  ReportTask,
} from '../output/document-tasks.js';
import * as tasks from '../output/document-tasks.js';
import type { GroupThreads } from '../output/pool.js';
import type { QrSheetTask } from '../output/qr-sheet.js';
import type { ReportInput } from '../output/report.js';
import type { FileWithPages } from '../render/image/page-images.js';
import type { RenderedOutput } from '../render/output.js';
import type { TextBlock } from '../render/text/page-text.js';
import type { ReportOptions } from '../results/report-model.js';
import type { LatestFigures } from '../results/results-store.js';
import type { Ward } from './ward.js';

export interface RenderedFile {
  bytes: Uint8Array;
  contentType: string;
  /** The output's file name inside its group (`poster-a4.pdf`). */
  fileName: string;
  pages: number;
  /** The thread that rendered it (0: the server's own). */
  thread?: number;
}

/** One page of a document as a picture: its PNG and the thread that drew it. */
export interface RenderedPage {
  bytes: Uint8Array;
  /** The thread that rendered it (0: the server's own). */
  thread?: number;
}

/** The ward's report.pdf or report.xlsx, and the thread that made it. */
export type RenderedReport = RenderedPage;

export interface Renderer {
  render(groupId: string, outputName: string): Promise<RenderedFile>;
  /** The same for a long job (the ward's ZIP; DocumentPool's `renderInBackground`); else render. */
  renderInBackground?(groupId: string, outputName: string): Promise<RenderedFile>;
  /**
   * Page `page` (1-based) of a document as a picture `width` pixels wide, for a phone (a PNG: of
   * four greys for a page without colour, of 256 colours for one with, page-images.ts; thumbnails,
   * the page-by-page view); undefined when the document has fewer pages.
   */
  renderPage(
    groupId: string,
    outputName: string,
    page: number,
    width: number,
  ): Promise<RenderedPage | undefined>;
  /**
   * What each page of a document says, block by block (render/text/page-text.ts): the
   * page-by-page view's text for a screen reader.
   */
  renderText(groupId: string, outputName: string): Promise<TextBlock[][]>;
  /** The office's sheet of the leaders' QR codes (qr-sheet.ts): its PDF and the thread that drew it. */
  renderQrSheet(task: QrSheetTask): Promise<RenderedPage>;
  /** The ward's report of these figures (report.pdf or report.xlsx: the office's buttons). */
  renderReport(
    latest: LatestFigures,
    options: ReportOptions,
    file: 'pdf' | 'xlsx',
  ): Promise<RenderedReport>;
  close(): Promise<void>;
}

/** What a report of `ward` needs besides the figures. */
export function reportInputOf(
  ward: Ward,
  latest: LatestFigures,
  options: ReportOptions,
): ReportInput {
  return {
    campaign: ward.campaign,
    groups: ward.groups,
    term: ward.term,
    latest,
    options,
    templateDir: ward.templateDir,
  };
}

export const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
};

/**
 * Where documents are drawn: worker threads (pool-renderer.ts's `createDocumentPool`) or this
 * thread (`createInProcessPool`). Tasks are plain data (output/document-tasks.ts); a UserError
 * comes back as a UserError either way.
 */
export interface DocumentPool {
  render(task: DocumentTask): Promise<OnThread<RenderedOutput>>;
  /**
   * The same, for a long job nobody waits on document by document (the ward's ZIP): kept to one
   * thread, leaving the others to the documents people wait for (pool-renderer.ts `threadFor`).
   */
  renderInBackground(task: DocumentTask): Promise<OnThread<RenderedOutput>>;
  /** Page `task.page` as a picture; undefined when the document has fewer pages. */
  renderPage(task: PageTask): Promise<OnThread<{ bytes: Uint8Array }> | undefined>;
  /** What each page of the document says (render/text/page-text.ts). */
  renderText(task: DocumentTask): Promise<OnThread<{ pages: TextBlock[][] }>>;
  /** The file and its pages as SVGs, from one layout (the studio's preview). */
  renderWithPages(task: DocumentTask): Promise<OnThread<FileWithPages>>;
  /** A page's SVG (from renderWithPages) as a picture. */
  renderPicture(task: PictureTask): Promise<OnThread<{ bytes: Uint8Array }>>;
  renderQrSheet(task: QrSheetTask): Promise<RenderedPage>;
  renderReport(task: ReportTask): Promise<RenderedReport>;
  /**
   * Worker threads a build's groups can be drawn in (the studio's builds: threads already warm,
   * and none of the groups on the thread that answers the office's pages). None when the
   * documents are drawn in this thread.
   */
  groupJobs?: GroupThreads;
  /** Every thread loads its fonts and sharp now, before the first document is asked for. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The documents drawn in this thread, one at a time, each after pending I/O (other requests) has
 * run: cached answers keep flowing while a cold document waits its turn.
 */
export function createInProcessPool(): DocumentPool {
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn =
    <A, R>(work: (arg: A) => Promise<R>) =>
    (arg: A): Promise<R> => {
      const run = queue.then(async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return work(arg);
      });
      queue = run.catch(() => {});
      return run;
    };
  return {
    render: inTurn(tasks.renderOne),
    renderInBackground: inTurn(tasks.renderOne),
    renderPage: inTurn(tasks.renderPageImage),
    renderWithPages: inTurn(tasks.renderWithPages),
    renderText: inTurn(tasks.renderPageText),
    renderPicture: inTurn(tasks.renderPicture),
    renderQrSheet: inTurn(tasks.renderQrSheet),
    renderReport: inTurn(tasks.renderReportOne),
    warmUp: async () => {
      await tasks.warmUp();
    },
    close: async () => {
      await queue;
    },
  };
}

/** The task that draws `outputName` for one group of `ward`. */
export function documentTaskOf(ward: Ward, groupId: string, output: Output): DocumentTask {
  // The task carries the group's context: a worker never loads the ward (nor a newer version of
  // its files), it draws what this snapshot says.
  return {
    ctx: ward.contextOf(groupId),
    kind: output.kind.name,
    variant: output.variant,
    templateDir: ward.templateDir,
    created: ward.created,
  };
}

/**
 * A ward's Renderer, drawing in `pool`. The pool is not the view's: closing the view leaves it
 * open (whoever made the pool closes it), so the server hands one pool to each reloaded ward.
 */
export function rendererOver(ward: Ward, pool: DocumentPool): Renderer {
  const taskOf = (groupId: string, outputName: string): DocumentTask => {
    const output = ward.output(outputName);
    if (!output) throw new Error(`unknown output ${outputName}`);
    return documentTaskOf(ward, groupId, output);
  };
  const file = (outputName: string, doc: OnThread<RenderedOutput>): RenderedFile => ({
    bytes: doc.bytes,
    contentType: doc.mediaType,
    fileName: outputName,
    pages: doc.pages,
    thread: doc.thread,
  });
  return {
    render: async (groupId, outputName) =>
      file(outputName, await pool.render(taskOf(groupId, outputName))),
    renderInBackground: async (groupId, outputName) =>
      file(outputName, await pool.renderInBackground(taskOf(groupId, outputName))),
    renderPage: (groupId, outputName, page, width) =>
      pool.renderPage({ ...taskOf(groupId, outputName), page, width, format: 'phone' }),
    renderText: async (groupId, outputName) =>
      (await pool.renderText(taskOf(groupId, outputName))).pages,
    renderQrSheet: (task) => pool.renderQrSheet(task),
    renderReport: (latest, options, file) =>
      pool.renderReport({ ...reportInputOf(ward, latest, options), file }),
    close: async () => {},
  };
}

/** A ward's Renderer over a pool of its own, closed with it. */
export function ownPool(ward: Ward, pool: DocumentPool): Renderer {
  return { ...rendererOver(ward, pool), close: () => pool.close() };
}

export function createInProcessRenderer(ward: Ward): Renderer {
  return ownPool(ward, createInProcessPool());
}
