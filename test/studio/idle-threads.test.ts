/**
 * The studio's worker threads end when it is idle and start again on demand (qa31 m2: a studio
 * left idle held ~585 MB, two warm threads of it for 30 minutes). Counted as the operating
 * system counts them (/proc/self/status: the studio runs in this test's process); what the office
 * sees afterwards is checked in the documents, not in the pool.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKER } from '../../src/output/pool.js';
import { previewThreads } from '../../src/studio/preview.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** The threads of this process now. */
const osThreads = () =>
  Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);

/** How long the test's studio lets its threads idle (the office's studio: minutes). */
const IDLE_MS = 1_500;

const panelOf = (c: Client, slug: string, group: string, kind: string) =>
  c.get(`/c/${slug}/preview/panel?group=${group}&kind=${kind}`);
const fileLink = (html: string) =>
  (/href="([^"]*\/preview\/file\?[^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');
const firstImage = (html: string) =>
  (/<img src="([^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');

describe.runIf(process.platform === 'linux')("the studio's idle worker threads", () => {
  const slug = 'hai-phong';
  let s: TestStudio | undefined;
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('end after the idle time, and a preview asked for afterwards still shows the document', async () => {
    // Without compiled workers the studio draws in its own thread: this test is about workers.
    expect(existsSync(WORKER), 'run npm run build first').toBe(true);
    const made = await studioWithExample({ makeDocumentPool: () => previewThreads(IDLE_MS) });
    s = made.s;
    const { c, folder } = made;
    const campaign = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    // The place the notice is dated at, as the campaign file writes it ("Lê Chân, ngày …").
    const place = /^ {2}place: (.+?)(?: #.*)?$/m.exec(campaign)?.[1] ?? '';
    expect(place).not.toBe('');

    const idle = osThreads();
    // The preview tab starts the threads; its panel draws the notice in them.
    expect((await c.get(`/c/${slug}/preview`)).status).toBe(200);
    const first = await panelOf(c, slug, '5', 'notice.pdf');
    expect(first.status).toBe(200);
    expect(collapseSpaces(await pdfText((await c.get(fileLink(first.text))).bytes))).toContain(
      place,
    );
    const busy = osThreads();
    expect(busy).toBeGreaterThan(idle);

    // Idle: the threads end (the count falls back to the studio's own).
    await expect.poll(osThreads, { timeout: 20_000, interval: 250 }).toBeLessThanOrEqual(idle);

    // A document not drawn before (another group): drawn in threads started again.
    const again = await panelOf(c, slug, '7', 'notice.pdf');
    expect(again.status).toBe(200);
    const picture = await c.get(firstImage(again.text));
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/jpeg');
    expect(collapseSpaces(await pdfText((await c.get(fileLink(again.text))).bytes))).toContain(
      place,
    );
    expect(osThreads()).toBeGreaterThan(idle);
  }, 60_000);
});
