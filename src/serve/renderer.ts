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
import { renderOutput } from '../render/output.js';
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

export interface Renderer {
  render(groupId: string, outputName: string): Promise<RenderedFile>;
  close(): Promise<void>;
}

export const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
};

export function createInProcessRenderer(ward: Ward): Renderer {
  const fonts = loadFonts();
  let queue: Promise<unknown> = Promise.resolve();
  const renderNow = async (groupId: string, outputName: string): Promise<RenderedFile> => {
    const output = ward.output(outputName);
    if (!output) throw new Error(`unknown output ${outputName}`);
    // Let pending I/O (other requests) run before this render takes the thread.
    await new Promise((resolve) => setImmediate(resolve));
    const doc = await renderOutput(output.kind, ward.contextOf(groupId), {
      fonts,
      created: ward.created,
      templateDir: ward.templateDir,
      variant: output.variant,
    });
    return {
      bytes: doc.bytes,
      contentType: doc.mediaType,
      fileName: outputName,
      pages: doc.pages,
      thread: threadId,
    };
  };
  return {
    render(groupId, outputName) {
      const run = queue.then(() => renderNow(groupId, outputName));
      queue = run.catch(() => {});
      return run;
    },
    close: async () => {
      await queue;
    },
  };
}
