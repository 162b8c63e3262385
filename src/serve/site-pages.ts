/**
 * Serve stage, `build --site`: a document's page-by-page view as static files — the same page
 * as the server's `/g/<token>/notice.html` (views.ts pagesView, templates/web/pages.hbs) and
 * the pictures it shows (`notice.page-1.png`, and `notice.page-1.large.png` opened on a tap),
 * written beside the group's PDFs. In: the library, a group, one of its documents.
 */
import type { Output } from '../kinds/render.js';
import { renderPage } from './html.js';
import { type DocumentLibrary, pagesViewName } from './library.js';
import { pagesView } from './views.js';

type Put = (path: string, data: Uint8Array | string) => Promise<void>;

/** Writes `<path><doc>.html` and its page pictures; a picture (the share image) has none. */
export async function writePagesView(
  lib: DocumentLibrary,
  groupId: string,
  output: Output,
  path: string,
  put: Put,
  templateDir?: string,
): Promise<void> {
  if (output.kind.ext === 'png') return;
  const view = await pagesView(lib, groupId, output, {
    files: '',
    assets: '../../assets/',
    viewQuery: '',
    inApp: 'unknown',
    // The group's page, in the same folder.
    back: './',
  });
  await put(`${path}${pagesViewName(output)}`, renderPage('pages', view, templateDir));
  for (const page of view.pages) {
    for (const name of [page.src, page.large]) {
      // Written once and never read again: not kept in memory with the documents, which the
      // ward's ZIP reads again (a big ward's pictures would fill the cache).
      const file = await lib.file(groupId, name, { memory: false });
      await put(`${path}${name}`, file?.bytes ?? '');
    }
  }
}
