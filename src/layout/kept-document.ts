/**
 * Layout stage: a document laid out once for every group whose copy differs only in its page
 * furniture — the notice, whose one group-bound line is the "Bản gửi" tag at each page's foot.
 * Its drawing calls are recorded page by page under a key of all that its layout reads; each
 * group's copy then places those pages (Surface.reuse: in a PDF a form XObject, made once per
 * process) and draws its own furniture on them. Surfaces that cannot place a kept drawing (a
 * tagged PDF, page pictures, recorders) get the document laid out on them as before.
 */
import { createHash } from 'node:crypto';
import { CheapLru } from '../cheap-lru.js';
import type { Measurer } from './line-break.js';
import {
  callOn,
  DRAW_METHODS,
  type DrawMethod,
  forwarding,
  MARK_METHODS,
  type MarkMethod,
  type Surface,
} from './surface.js';

type Call = [DrawMethod | MarkMethod, unknown[]];

/** A recorded page: its drawing, and the marks (a signature's place) the document itself keeps. */
interface KeptPage {
  draws: Call[];
  marks: Call[];
}

/**
 * Layouts by the fonts' measurer (fonts loaded again, in tests, lay out anew), then by key: a
 * ward's notice is one or a few.
 */
const layouts = new WeakMap<Measurer, CheapLru<string, KeptPage[]>>();

function layoutsOf(measure: Measurer): CheapLru<string, KeptPage[]> {
  let byKey = layouts.get(measure);
  if (!byKey) {
    byKey = new CheapLru({ max: 16 });
    layouts.set(measure, byKey);
  }
  return byKey;
}

/** The calls `layout` makes, page by page. */
function record(surface: Surface, layout: (s: Surface) => void): KeptPage[] {
  const pages: KeptPage[] = [];
  const page = () => {
    const p = pages.at(-1);
    if (!p) throw new Error('a kept document drew before its first page');
    return p;
  };
  const recorder: Surface = {
    fonts: surface.fonts,
    measure: surface.measure,
    size: surface.size,
    addPage() {
      pages.push({ draws: [], marks: [] });
    },
    ...forwarding(DRAW_METHODS, (m, args) => page().draws.push([m, args])),
    // Only the marks the surface takes (never a tagged PDF's structure: it is not kept).
    ...forwarding(
      MARK_METHODS.filter((m) => surface[m] && m !== 'beginStructure' && m !== 'endStructure'),
      (m, args) => page().marks.push([m, args]),
    ),
    finish: async () => ({ bytes: new Uint8Array(), pages: pages.length }),
  };
  layout(recorder);
  return pages;
}

/**
 * Draws a document whose layout `key` names completely (the same key, the same calls) with
 * `layout`, then `furniture` on each page (its group-bound part, which the key leaves out).
 * `layout` is given whether to draw that furniture itself: only where nothing is kept.
 */
export function drawKeptDocument(
  surface: Surface,
  key: string,
  layout: (s: Surface, furniture: boolean) => void,
  furniture: (s: Surface, page: number, pages: number) => void,
): void {
  const { reuse } = surface;
  if (!reuse || surface.beginStructure) {
    layout(surface, true);
    return;
  }
  // Hashed: a notice's key is its whole text. The surface keeps drawings per font set and size.
  const id = createHash('sha256')
    .update(`${surface.size.join('x')}|${key}`)
    .digest('base64');
  const byKey = layoutsOf(surface.measure);
  let pages = byKey.get(id);
  if (!pages) {
    pages = record(surface, (s) => layout(s, false));
    byKey.set(id, pages);
  }
  pages.forEach(({ draws, marks }, i) => {
    surface.addPage();
    // The furniture first, as the layout draws it when nothing is kept.
    furniture(surface, i + 1, pages.length);
    reuse.call(surface, `doc:${id}#${i}`, (s) => {
      for (const [m, args] of draws) callOn(s, m, args);
    });
    for (const [m, args] of marks) callOn(surface, m, args);
  });
}
