/**
 * A leader's first visit is answered before the group's documents are drawn (~2 s of CPU for a
 * group's seven: 30 leaders opening the Zalo link in the same minute queued behind each other on
 * a ward's small server). The page lists every document with its links at once, each said by
 * its type alone until it is drawn; the documents are drawn after the page, in the background,
 * and the page then shows their page counts and sizes, and the ZIP's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessRenderer, type Renderer } from '../../src/serve/renderer.js';
import { pdfInfo } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { exampleWard, seenHtml, startServer, type TestServer, tokenOf } from './server.js';

/** The `<p class="meta">` line under each document's title, by title. */
function metaLines(html: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const m of seenHtml(html).matchAll(/<h3>([^<]+)<\/h3>[\s\S]*?<p class="meta">([^<]+)<\/p>/g))
    lines.set(m[1] ?? '', m[2] ?? '');
  return lines;
}

const zipButton = (html: string) => /\(ZIP[^)]*\)/.exec(seenHtml(html))?.[0] ?? '';

describe('a leader page before its documents are drawn', () => {
  let s: TestServer;
  /** Documents are drawn only once the test lets them (each waits on `drawing`). */
  let letDraw: () => void = () => {};
  const drawing = new Promise<void>((resolve) => {
    letDraw = resolve;
  });
  beforeAll(async () => {
    const ward = await exampleWard();
    const inner = createInProcessRenderer(ward);
    const held: Renderer = {
      ...inner,
      render: async (g, name) => {
        await drawing;
        return inner.render(g, name);
      },
      renderInBackground: async (g, name) => {
        await drawing;
        return inner.render(g, name);
      },
    };
    s = await startServer({ ward, renderer: held });
  });
  afterAll(async () => {
    letDraw();
    await s.app.close();
    await removeTempDirs();
  });

  it('is answered while no document can be drawn, listing them all by type', async () => {
    const page = `${s.url}/g/${tokenOf('5')}/`;
    const res = await fetch(page);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Tổ dân phố số 5</h1>');
    for (const file of ['notice.pdf', 'flyer.pdf', 'checklist.pdf', 'poster-a4.pdf', 'share.png'])
      expect(html).toContain(`href="/g/${tokenOf('5')}/${file}"`);
    expect(html).toContain('download="Tổ dân phố số 5 - Áp phích A4 - số 05-UBND-VHXH.pdf"');
    const metas = metaLines(html);
    expect(metas.get('Thông báo của phường')).toBe('PDF');
    expect(metas.get('Ảnh chia sẻ Zalo')).toBe('PNG');
    expect(zipButton(html)).toBe('(ZIP)');

    // Once they can be drawn, they are, after the page, with nobody asking for them: the page
    // then says each one's page count and size, and the ZIP's. Asked again until it does.
    letDraw();
    let later = '';
    for (let i = 0; i < 200 && !zipButton(later).includes('KB'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      later = await (await fetch(page)).text();
    }
    // The figures are the served files' own.
    const notice = new Uint8Array(
      await (await fetch(`${s.url}/g/${tokenOf('5')}/notice.pdf`)).arrayBuffer(),
    );
    const zip = await fetch(`${s.url}/g/${tokenOf('5')}/all.zip`);
    const zipKb = Math.round((await zip.arrayBuffer()).byteLength / 1024);
    const { pages } = await pdfInfo(notice);
    const noticeKb = Math.round(notice.byteLength / 1024);
    expect(metaLines(later).get('Thông báo của phường')).toBe(
      `PDF · ${pages} trang · ${noticeKb} KB`,
    );
    expect(metaLines(later).get('Áp phích A3')).toMatch(/^PDF · 2 tờ, in một mặt · \d+ KB$/);
    expect(zipButton(later)).toBe(`(ZIP, ${zipKb} KB)`);
    // Each document drawn once: the downloads were the background's drawings.
    expect(s.rendered.filter((r) => r.startsWith('5/')).sort()).toEqual(
      ['notice', 'poster-a4', 'poster-a3', 'share', 'flyer', 'share-flyer', 'checklist', 'tracker']
        .map((n) => `5/${n}.${n.startsWith('share') ? 'png' : 'pdf'}`)
        .sort(),
    );
  });
});

describe('closing the server while documents wait to be drawn in the background', () => {
  it('draws none of them after close', async () => {
    const ward = await exampleWard();
    const inner = createInProcessRenderer(ward);
    /** Each document the renderer is asked to draw, when it was asked. */
    const asked: { name: string; at: number }[] = [];
    let letDraw: () => void = () => {};
    const drawing = new Promise<void>((resolve) => {
      letDraw = resolve;
    });
    let firstAsked: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      firstAsked = resolve;
    });
    let firstDrawn: Promise<unknown> | undefined;
    const held = async (g: string, name: string) => {
      asked.push({ name: `${g}/${name}`, at: performance.now() });
      firstAsked();
      await drawing;
      const drawn = inner.render(g, name);
      firstDrawn ??= drawn;
      return drawn;
    };
    const s = await startServer({
      ward,
      renderer: { ...inner, render: held, renderInBackground: held },
    });
    try {
      expect((await fetch(`${s.url}/g/${tokenOf('5')}/`)).status).toBe(200);
      // The first of the group's eight (seven documents and the ZIP) is being drawn; the rest wait.
      await started;
      expect(asked).toHaveLength(1);
      const closing = s.app.close();
      const closedAt = performance.now();
      let closed = false;
      closing.then(() => {
        closed = true;
      });
      // The close waits for the document being drawn (its file is written into the documents'
      // cache, which the studio removes once the server has closed).
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(closed).toBe(false);
      letDraw();
      await closing;
      // The one being drawn ended; the next would be asked for at once, had the queue not stopped.
      await firstDrawn;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(asked.filter((a) => a.at > closedAt)).toEqual([]);
    } finally {
      letDraw();
      await s.app.close();
    }
  });
});

describe('a document that cannot be drawn', () => {
  it('is not drawn again in the background on every view of the page', async () => {
    const ward = await exampleWard();
    const inner = createInProcessRenderer(ward);
    const asked: string[] = [];
    let drawing = 0;
    const failing = async (g: string, name: string) => {
      asked.push(`${g}/${name}`);
      if (name.startsWith('notice')) throw new Error('the notice cannot be drawn');
      drawing++;
      try {
        return await inner.render(g, name);
      } finally {
        drawing--;
      }
    };
    const s = await startServer({
      ward,
      renderer: { ...inner, render: failing, renderInBackground: failing },
    });
    /** Views group 5's page, then waits until nothing is being drawn, nor asked for, for 300 ms. */
    const view = async () => {
      expect((await fetch(`${s.url}/g/${tokenOf('5')}/`)).status).toBe(200);
      let seen = -1;
      while (seen !== asked.length || drawing > 0) {
        seen = asked.length;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    };
    const notices = () => asked.filter((a) => a.startsWith('5/notice')).length;
    try {
      await view();
      // Background drawings start one after another; under a heavy load a gap between two of
      // them can outlast the quiet time above: wait until each document the page links to was
      // asked for (in whatever order they are drawn).
      const page = await (await fetch(`${s.url}/g/${tokenOf('5')}/`)).text();
      const linked = [...page.matchAll(/href="([^"?#]+\.pdf)/g)].map(
        (m) => `5/${(m[1] ?? '').split('/').at(-1)}`,
      );
      expect(linked).toContain('5/tracker.pdf');
      await expect.poll(() => linked.filter((name) => !asked.includes(name))).toEqual([]);
      await view();
      const first = notices();
      expect(first).toBeGreaterThan(0);
      // Every document but the notice was drawn in the background.
      expect(asked).toContain('5/tracker.pdf');
      await view();
      await view();
      expect(notices()).toBe(first);
    } finally {
      await s.app.close();
    }
  });
});
