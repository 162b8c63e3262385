/**
 * The office's page of a city-sized ward (qa3 #9: 5,000 groups made a 15 MB page, and the sheet
 * of codes was cut off by the server's idle limit before its first byte). Here 420 groups on a
 * real server on loopback: the page shows a hundred groups at a time with a way through them all,
 * a search keeps paging, and the sheet of every code arrives whole even when drawing it takes
 * longer than the server lets an idle socket wait (shortened to 150 ms on a second server, whose
 * ward is 120 groups: their 15 pages of codes, drawn in a cold thread, take seconds, not the
 * 150 ms; the 420 groups' 53 pages cost 3 s more of CPU).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoolRenderer } from '../../src/serve/pool-renderer.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';
import { pdfInfo, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer } from './server.js';

const GROUPS = 420;
const SHEET_GROUPS = 120;
const BASE = 'https://phuong-lon.example.vn';
let s: TestServer;
/** The same ward behind a server whose idle limit is 150 ms. */
let impatient: TestServer;
let sheetsDrawn = 0;

beforeAll(async () => {
  const dir = await makeTempDir('admin-big-');
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(GROUPS));
  const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
  s = await startServer({ ward, renderer: createInProcessRenderer(ward), baseUrl: BASE });
  const fewer = join(dir, 'groups-120.csv');
  await writeFile(fewer, wardCsv(SHEET_GROUPS));
  const sheetWard = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups: fewer });
  // Worker threads, as `serve` draws: the event loop stays free, and the idle limit does fire.
  const pool = createPoolRenderer(sheetWard, { threads: 1 });
  impatient = await startServer({
    ward: sheetWard,
    renderer: {
      ...pool,
      renderQrSheet: (task) => {
        sheetsDrawn++;
        return pool.renderQrSheet(task);
      },
    },
    baseUrl: BASE,
    requestTimeoutMs: 150,
  });
});
afterAll(async () => {
  await s?.app.close();
  await impatient?.app.close();
  await removeTempDirs();
});

const admin = (path: string, server = s) =>
  fetch(`${server.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
const names = (html: string) => [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
const codes = (html: string) => [...html.matchAll(/src="data:image\/svg\+xml;base64,/g)].length;
const hrefOf = (html: string, rel: string) =>
  new RegExp(`href="([^"]+)" rel="${rel}"`)
    .exec(html)?.[1]
    ?.replaceAll('&#x3D;', '=')
    .replaceAll('&amp;', '&');

describe('the office page of a ward of 420 groups', () => {
  it('shows a hundred at a time, and every group is on one of its pages', async () => {
    const seen: string[] = [];
    let path: string | undefined = '/admin';
    let pages = 0;
    while (path) {
      const html = await (await admin(path)).text();
      pages++;
      expect(codes(html)).toBe(names(html).length);
      expect(names(html).length).toBeLessThanOrEqual(100);
      expect(html).toContain(`trang ${pages}/5`);
      seen.push(...(names(html) as string[]));
      path = hrefOf(html, 'next');
      if (pages > 1 && path === undefined) expect(hrefOf(html, 'prev')).toBeDefined();
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(GROUPS);
    expect(seen[100]).toBe('Tổ dân phố số 101');
  });

  it('a search pages too, and keeps its words from page to page', async () => {
    // Every word of "dân phố" begins a word of every group's name: more than a page.
    const first = await (await admin(`/admin?q=${encodeURIComponent('dân phố')}`)).text();
    const next = hrefOf(first, 'next');
    expect(next).toMatch(/q=d%C3%A2n(\+|%20)ph%E1%BB%91/);
    const second = await (await admin(next ?? '')).text();
    expect(names(second).length).toBeGreaterThan(0);
    for (const n of names(second)) expect(n).toMatch(/dân phố/);
    expect(new Set([...names(first), ...names(second)]).size).toBe(
      names(first).length + names(second).length,
    );
  });

  it('a page number out of range shows the nearest page', async () => {
    const html = await (await admin('/admin?trang=99')).text();
    expect(html).toContain('trang 5/5');
    expect(names(html)).toContain(`Tổ dân phố số ${GROUPS}`);
  });

  it('the sheet of every code arrives whole though drawing it outlasts the idle limit', async () => {
    const res = await admin('/admin/qr.pdf', impatient);
    expect(res.status).toBe(200);
    const file = join(await makeTempDir('admin-big-qr-'), 'qr.pdf');
    await writeFile(file, Buffer.from(await res.arrayBuffer()));
    const text = await pdfText(file);
    expect(text).toContain(`Tổ dân phố số ${SHEET_GROUPS}`);
    expect((await pdfInfo(file)).pages).toBeGreaterThan(10);
    // Asked again, it is the same sheet, not drawn twice.
    const again = await admin('/admin/qr.pdf', impatient);
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(await readFile(file))).toBe(true);
    expect(sheetsDrawn).toBe(1);
  });
});
