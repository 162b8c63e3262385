/**
 * Cold documents render in worker threads: the server's own thread only serves them, so it stays
 * free to answer other requests while groups' documents render on the other cores.
 */

import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputFileName } from '../../src/kinds/render.js';
import { createDocumentPool, SERVE_POOL } from '../../src/serve/pool-renderer.js';
import { type DocumentPool, type Renderer, rendererOver } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';
import { imageTypeOf } from '../support/image-type.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, exampleWard, startServer, tokenOf } from './server.js';

/**
 * One pool of two threads for the file's tests, as `serve` keeps one for all its wards (each test
 * a ward's view of it): a thread's start loads the renderer and its fonts, about a second of CPU.
 */
let pool: DocumentPool;
beforeAll(() => {
  pool = createDocumentPool({ ...SERVE_POOL, threads: 2 });
});
afterAll(async () => {
  await pool.close();
  await removeTempDirs();
});

/**
 * A renderer that notes which thread drew each document, page picture and sheet of codes (and
 * each document drawn in the background: the ward's ZIP).
 */
function watchThreads(
  pool: Renderer,
  documents: number[],
  pictures: number[],
  sheets: number[] = [],
  background: number[] = documents,
): Renderer {
  return {
    render: async (g, name) => {
      const r = await pool.render(g, name);
      documents.push(r.thread ?? threadId);
      return r;
    },
    renderInBackground: async (g, name) => {
      const r = await (pool.renderInBackground ?? pool.render).call(pool, g, name);
      background.push(r.thread ?? threadId);
      return r;
    },
    renderPage: async (g, name, page, width) => {
      const r = await pool.renderPage(g, name, page, width);
      pictures.push(r?.thread ?? threadId);
      return r;
    },
    renderText: (g, name) => pool.renderText(g, name),
    renderQrSheet: async (task) => {
      const r = await pool.renderQrSheet(task);
      sheets.push(r.thread ?? threadId);
      return r;
    },
    renderReport: (latest, options, file) => pool.renderReport(latest, options, file),
    close: () => pool.close(),
  };
}

/** The example's campaign over `ids` of its groups (in that order), loaded as `serve` loads a ward. */
async function wardOfExampleGroups(ids: string[]) {
  const [header, ...rows] = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
  const groups = join(await makeTempDir(), 'groups.csv');
  const picked = ids.map((id) => rows.find((r) => r.startsWith(`${id};`)) ?? '');
  await writeFile(groups, [header, ...picked].join('\n'));
  const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
  expect(ward.groups.map((g) => g.id)).toEqual(ids);
  return ward;
}

/** A JPEG, or a page without colour drawn as a PNG of greys (page-images.ts `phone`). */
const isPicture = (b: Uint8Array) => imageTypeOf(b) !== 'unknown';

describe('the worker pool renderer', () => {
  it("streams the ward's ZIP from one thread of the server's pool, the leaders' documents drawn in another", async () => {
    // Four of the example's groups: the archive's thread draws on while the test does not read
    // (loopback's socket buffers hold a few MB), and over the example's 32 it drew 36–37
    // documents for the 14 read here. The leader's group is the last, three groups after the
    // two read: the archive reaches it only once the leader's page has drawn its documents.
    const ward = await wardOfExampleGroups(['1', '2', '3', '30']);
    const archive: number[] = [];
    const leaders: number[] = [];
    // The file's pool as `serve` starts one: this is its first test (one thread, the second
    // started for the leader). With both threads warm from the tests before, the archive's
    // documents went to both threads once on a loaded machine (load 36); a pool of its own
    // for this test cost two more threads' start, ~2 s of CPU.
    const server = await startServer({
      ward,
      renderer: watchThreads(rendererOver(ward, pool), leaders, [], [], archive),
    });
    try {
      const zip = await fetch(`${server.url}/admin/ward.zip`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      });
      expect(zip.status).toBe(200);
      const reader = zip.body?.getReader();
      // The first group's documents, read as they come; then a leader's first visit meanwhile.
      while (archive.length < ward.outputs.length) {
        if ((await reader?.read())?.done) break;
      }
      const leader = await fetch(`${server.url}/g/${tokenOf('30')}/`);
      expect(leader.status).toBe(200);
      expect(await leader.text()).toContain('Tổ dân phố số 30');
      // The page is answered before its documents are drawn, they are drawn after it in the
      // background (first-visit.test.ts); the leader taps "Tải về" on the last one meanwhile:
      // it is drawn for them at once, not behind the archive's documents.
      const tracker = await fetch(`${server.url}/g/${tokenOf('30')}/tracker.pdf`);
      expect(tracker.status).toBe(200);
      await tracker.arrayBuffer();
      // The next group's documents, still from the archive's one thread.
      while (archive.length < 2 * ward.outputs.length) {
        if ((await reader?.read())?.done) break;
      }
      await reader?.cancel();
      expect(archive.every((t) => t !== threadId && t > 0)).toBe(true);
      expect(new Set(archive).size).toBe(1);
      // The leader's download: drawn on the other thread (its page's other documents are the
      // background's, with the archive's).
      expect(leaders).toHaveLength(1);
      expect(leaders.every((t) => t > 0 && !archive.includes(t))).toBe(true);
    } finally {
      await server.app.close();
    }
  });

  it('renders concurrent cold documents in worker threads, each with its group', async () => {
    const ward = await exampleWard();
    const threads: number[] = [];
    const watching = watchThreads(rendererOver(ward, pool), threads, []);
    const server = await startServer({ renderer: watching });
    try {
      // Four at once, twice what the two threads take in together.
      const ids = ['2', '3', '4', '5'];
      const bodies = await Promise.all(
        ids.map(async (id) => {
          const r = await fetch(`${server.url}/g/${tokenOf(id)}/notice.pdf`);
          expect(r.status).toBe(200);
          return new Uint8Array(await r.arrayBuffer());
        }),
      );
      for (const [i, body] of bodies.entries()) {
        expect(collapseSpaces(await pdfText(body))).toContain(`Bản gửi: Tổ dân phố số ${ids[i]},`);
      }
      expect(threads).toHaveLength(ids.length);
      expect(threads.every((t) => t !== threadId && t > 0)).toBe(true);
    } finally {
      await server.app.close();
    }
  });

  it("draws a burst of thumbnails and page pictures in worker threads, never the server's", async () => {
    const ward = await exampleWard();
    const documents: number[] = [];
    const pictures: number[] = [];
    const server = await startServer({
      renderer: watchThreads(rendererOver(ward, pool), documents, pictures),
    });
    try {
      // A leader's first visit: every thumbnail, and the notice's second page (9 pictures at
      // once, more than twice what the two threads take in together).
      const names = [
        ...ward.outputs.map((o) => `${outputFileName(o).replace(/\.[^.]+$/, '')}.preview.png`),
        'notice.page-2.png',
      ];
      const paths = names.map((n) => `/g/${tokenOf('2')}/${n}`);
      const bodies = await Promise.all(
        paths.map(async (p) => {
          const r = await fetch(`${server.url}${p}`);
          expect(r.status, p).toBe(200);
          return new Uint8Array(await r.arrayBuffer());
        }),
      );
      expect(bodies.every(isPicture)).toBe(true);
      expect(pictures).toHaveLength(paths.length);
      expect(pictures.every((t) => t !== threadId && t > 0)).toBe(true);
    } finally {
      await server.app.close();
    }
  });

  it("draws the office's sheet of QR codes in a worker thread, not on the server's event loop", async () => {
    // Three groups: which thread draws it is the point, not the sheets of the example's 32.
    const ward = await wardOfExampleGroups(['1', '2', '3']);
    const sheets: number[] = [];
    const server = await startServer({
      ward,
      baseUrl: 'https://tai.example.vn',
      renderer: watchThreads(rendererOver(ward, pool), [], [], sheets),
    });
    try {
      const r = await fetch(`${server.url}/admin/qr.pdf`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      });
      expect(r.status).toBe(200);
      const text = collapseSpaces(await pdfText(new Uint8Array(await r.arrayBuffer())));
      for (const g of ward.groups) expect(text).toContain(g.name);
      expect(sheets).toHaveLength(1);
      expect(sheets.every((t) => t !== threadId && t > 0)).toBe(true);
    } finally {
      await server.app.close();
    }
  });

  it("renders from the server's share of the ward: its workers never read the groups file", async () => {
    const dir = await makeTempDir();
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    await copyFile(EXAMPLE_CAMPAIGN, campaign);
    await copyFile(EXAMPLE_GROUPS, groups);
    const ward = await loadWard({ campaign, groups });
    // Gone before the document is asked for: a worker that loaded the ward itself would fail.
    await rm(groups);
    const doc = await rendererOver(ward, pool).render('7', 'notice.pdf');
    expect(doc.thread).not.toBe(threadId);
    expect(collapseSpaces(await pdfText(doc.bytes))).toContain('Bản gửi: Tổ dân phố số 7,');
  });

  it("makes the office's report in a worker thread, with the figures it is given", async () => {
    const ward = await exampleWard();
    const renderer = rendererOver(ward, pool);
    // groups.csv: group 4 has 745 residents; 300 joined → 40,27 % → "40,3".
    const at = '2026-03-20T08:00:00.000Z';
    const latest = new Map([
      [
        '4',
        new Map([['tham_gia', { value: 300, at, source: 'leader' as const, confirmed: false }]]),
      ],
    ]);
    const pdf = await renderer.renderReport(latest, { date: '2026-03-21' }, 'pdf');
    expect(pdf.thread).not.toBe(threadId);
    const text = collapseSpaces(await pdfText(pdf.bytes));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổ dân phố số 4 300');
    expect(text).toContain(
      `Toàn phường (tính ${ward.groups.length - 1} tổ chưa báo cáo là 0) 300 1,0`,
    );
    expect(text).toContain('40,3%');
    const xlsx = await renderer.renderReport(latest, { date: '2026-03-21' }, 'xlsx');
    expect(xlsx.thread).not.toBe(threadId);
    expect(Buffer.from(xlsx.bytes).subarray(0, 2).toString()).toBe('PK');
  });
});
