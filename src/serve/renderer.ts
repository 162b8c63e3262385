/**
 * Serve stage: the one door through which the server and the static site get a document's bytes.
 * In: a group id and an output's file name (`notice.pdf`, `poster-a3.pdf`, `share.png`). Out: the
 * bytes, their content type and the page count.
 *
 * The in-process implementation renders one document at a time and yields to the event loop
 * before each, so cached requests are still answered while a cold one waits its turn. A worker
 * pool implements the same interface to take rendering off the event loop altogether.
 */

import { threadId } from 'node:worker_threads';
import { loadFonts } from '../layout/fonts.js';
import { type ReportInput, renderReportFile } from '../output/report.js';
import { renderPageJpeg } from '../render/image/page-image.js';
import { renderOutput } from '../render/output.js';
import type { ReportOptions } from '../results/report-model.js';
import type { LatestFigures } from '../results/results-store.js';
import { type QrSheetTask, renderQrSheet } from './qr-sheet.js';
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

/** One page of a document as a picture: its JPEG and the thread that drew it. */
export interface RenderedPage {
  bytes: Uint8Array;
  /** The thread that rendered it (0: the server's own). */
  thread?: number;
}

/** The ward's report.pdf or report.xlsx, and the thread that made it. */
export type RenderedReport = RenderedPage;

export interface Renderer {
  render(groupId: string, outputName: string): Promise<RenderedFile>;
  /**
   * Page `page` (1-based) of a document as a JPEG `width` pixels wide (thumbnails, the
   * page-by-page view); undefined when the document has fewer pages.
   */
  renderPage(
    groupId: string,
    outputName: string,
    page: number,
    width: number,
  ): Promise<RenderedPage | undefined>;
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
    latest,
    options,
    templateDir: ward.templateDir,
  };
}

export const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
};

export function createInProcessRenderer(ward: Ward): Renderer {
  const fonts = loadFonts();
  let queue: Promise<unknown> = Promise.resolve();
  const optionsOf = (outputName: string) => {
    const output = ward.output(outputName);
    if (!output) throw new Error(`unknown output ${outputName}`);
    const opts = {
      fonts,
      created: ward.created,
      templateDir: ward.templateDir,
      variant: output.variant,
    };
    return { kind: output.kind, opts };
  };
  /** One at a time, after pending I/O (other requests) has run: cached answers keep flowing. */
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return work();
    });
    queue = run.catch(() => {});
    return run;
  };
  const renderNow = async (groupId: string, outputName: string): Promise<RenderedFile> => {
    const { kind, opts } = optionsOf(outputName);
    const doc = await renderOutput(kind, ward.contextOf(groupId), opts);
    return {
      bytes: doc.bytes,
      contentType: doc.mediaType,
      fileName: outputName,
      pages: doc.pages,
      thread: threadId,
    };
  };
  return {
    render: (groupId, outputName) => inTurn(() => renderNow(groupId, outputName)),
    renderPage: (groupId, outputName, page, width) =>
      inTurn(async () => {
        const { kind, opts } = optionsOf(outputName);
        const bytes = await renderPageJpeg(kind, ward.contextOf(groupId), opts, page, width);
        return bytes && { bytes, thread: threadId };
      }),
    renderQrSheet: (task) => inTurn(() => renderQrSheet(task)),
    renderReport: (latest, options, file) =>
      inTurn(async () => ({
        bytes: await renderReportFile(reportInputOf(ward, latest, options), file),
        thread: threadId,
      })),
    close: async () => {
      await queue;
    },
  };
}
