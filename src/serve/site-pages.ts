/**
 * Serve stage, `build --site`: a document's page-by-page view as static files — the same page
 * as the server's `/g/<token>/notice.html` (views.ts pagesView, templates/web/pages.hbs) and
 * the pictures it shows (`notice.page-1.png`), written beside the group's PDFs. In: the library,
 * a group, one of its documents. Out: how many pictures were written.
 *
 * One size of picture only, the phone-wide one, which a tap opens alone: the server's larger one
 * (`.large.png`) drawn for every page of every group doubled the site's pictures and made a
 * build 6.7× slower (h-site2: the example's site 3:49 → 25:26 at load 40).
 */
import type { Output } from '../kinds/render.js';
import { renderPage } from './html.js';
import { type DocumentLibrary, pagesViewName } from './library.js';
import { pagesView } from './views.js';

type Put = (path: string, data: Uint8Array | string) => Promise<void>;

/**
 * Writes `<path><doc>.html` and its page pictures; a picture (the share image) has none. The
 * pages are asked for at once: drawn side by side when the library draws in worker threads.
 */
export async function writePagesView(
  lib: DocumentLibrary,
  groupId: string,
  output: Output,
  path: string,
  put: Put,
  templateDir?: string,
): Promise<number> {
  if (output.kind.ext === 'png') return 0;
  const view = await pagesView(lib, groupId, output, {
    files: '',
    assets: '../../assets/',
    viewQuery: '',
    inApp: 'unknown',
    // The group's page, in the same folder.
    back: './',
  });
  // A tap opens the same picture alone (the browser zooms it).
  const pages = view.pages.map((page) => ({ ...page, large: page.src }));
  await put(
    `${path}${pagesViewName(output)}`,
    renderPage('pages', { ...view, pages }, templateDir),
  );
  await Promise.all(
    pages.map(async ({ src }) => {
      // Written once and never read again: not kept in memory with the documents, which the
      // ward's ZIP reads again (a big ward's pictures would fill the cache).
      const file = await lib.file(groupId, src, { memory: false });
      // The view's pages come from the document's own page count: a picture it cannot draw is a
      // fault, not an empty file behind a view that counts it (read48).
      if (!file)
        throw new Error(`no picture ${src} for group ${groupId}'s ${pagesViewName(output)}`);
      await put(`${path}${src}`, file.bytes);
    }),
  );
  return pages.length;
}
