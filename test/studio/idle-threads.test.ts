/**
 * The studio's worker threads end when it is idle and start again on demand (qa31 m2: a studio
 * left idle held ~585 MB, two warm threads of it for 30 minutes). Counted as the operating
 * system counts them, in a studio process of its own (/proc/<pid>/status: no thread of another
 * test's is counted); what the office sees afterwards is checked in the documents, not in the pool.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKER } from '../../src/output/pool.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, Client } from './studio.js';

const CHILD = fileURLToPath(new URL('../support/idle-studio-child.mjs', import.meta.url));

/**
 * The threads of process `pid` now, but libvips's: sharp's pool of threads (named "libvips
 * worker") starts with the first page picture and ends on its own ~15 s after the last, not with
 * the studio's threads (counted with them, the wait below was that long, not the idle time).
 */
const osThreads = (pid: number) =>
  readdirSync(`/proc/${pid}/task`).filter((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim() !== 'libvips worker';
    } catch {
      return false; // ended while counted
    }
  }).length;

/** How long the test's studio lets its threads idle (the office's studio: minutes). */
const IDLE_MS = 1_500;
/**
 * One thread, not one per core: what is counted is that the threads end and start again, not
 * how many there are (each thread's start costs ~1 s of CPU, twice here).
 */
const THREADS = 1;

const panelOf = (c: Client, slug: string, group: string, kind: string) =>
  c.get(`/c/${slug}/preview/panel?group=${group}&kind=${kind}`);
const fileLink = (html: string) =>
  (/href="([^"]*\/preview\/file\?[^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');
const firstImage = (html: string) =>
  (/<img src="([^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');

describe.runIf(process.platform === 'linux')("the studio's idle worker threads", () => {
  const slug = 'hai-phong';
  afterAll(removeTempDirs);

  it('end after the idle time, and a preview asked for afterwards still shows the document', async () => {
    // Without compiled workers the studio draws in its own thread: this test is about workers.
    expect(existsSync(WORKER), 'run npm run build first').toBe(true);
    const data = await makeTempDir('phuong-print-idle-threads-');
    const folder = join(data, 'campaigns', slug);
    await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });
    await rm(join(folder, 'groups.xlsx'));
    const child = spawn(process.execPath, [CHILD, data, String(IDLE_MS), String(THREADS)], {
      env: { ...process.env, PHUONG_PRINT_ADMIN_PASSWORD: ADMIN_PASSWORD },
    });
    let log = '';
    child.stdout.on('data', (d) => {
      log += d;
    });
    child.stderr.on('data', (d) => {
      log += d;
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      for (let i = 0; i < 600 && !/http:\/\/\S+/.test(log); i++)
        await new Promise((r) => setTimeout(r, 50));
      const url = /(http:\/\/\S+)/.exec(log)?.[1] ?? '';
      expect(url, log).not.toBe('');
      const pid = child.pid ?? 0;
      const threads = () => osThreads(pid);
      const c = new Client(url);
      expect((await c.signIn()).status).toBe(303);
      const campaign = await readFile(join(folder, 'campaign.yaml'), 'utf8');
      // The place the notice is dated at, as the campaign file writes it ("Lê Chân, ngày …").
      const place = /^ {2}place: (.+?)(?: #.*)?$/m.exec(campaign)?.[1] ?? '';
      expect(place).not.toBe('');

      const idle = threads();
      // The preview tab starts the threads; its panel draws the notice in them.
      expect((await c.get(`/c/${slug}/preview`)).status).toBe(200);
      const first = await panelOf(c, slug, '5', 'notice.pdf');
      // Counted as the panel comes back (drawn in a thread, which then idles for IDLE_MS).
      const busy = threads();
      expect(first.status).toBe(200);
      expect(busy).toBeGreaterThan(idle);
      expect(collapseSpaces(await pdfText((await c.get(fileLink(first.text))).bytes))).toContain(
        place,
      );

      // Idle: the threads end (the count falls back to the studio's own; seen ~4 s after the
      // preview on a 2-core machine at load 20: the page pictures drawn after it, then the idle).
      await expect.poll(threads, { timeout: 40_000, interval: 100 }).toBeLessThanOrEqual(idle);

      // A document not drawn before (another group): drawn in threads started again.
      const again = await panelOf(c, slug, '7', 'notice.pdf');
      // Counted as the panel comes back, as above.
      expect(threads()).toBeGreaterThan(idle);
      expect(again.status).toBe(200);
      const picture = await c.get(firstImage(again.text));
      expect(picture.status).toBe(200);
      expect(picture.headers.get('content-type')).toBe('image/jpeg');
      expect(collapseSpaces(await pdfText((await c.get(fileLink(again.text))).bytes))).toContain(
        place,
      );
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
