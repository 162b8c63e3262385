/**
 * The campaign's map (`assets.map`: a muster point's, printed on the flyer and as the notice's
 * annex) on the leader's page: a leader showing residents where to go has it on the phone. The
 * page shows it with a Vietnamese alt text and caption (the campaign's), tapping it opens it
 * alone, and its address serves the picture (a PNG of the map's own proportions); a campaign
 * without a map shows none, and has no such address. A real server on loopback; the map is the
 * QA round's (test/fixtures/qa40-map/).
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const MAP = fileURLToPath(new URL('../fixtures/qa40-map/so-do-tap-ket.png', import.meta.url));
const CAPTION = 'Sơ đồ điểm tập kết khu dân cư số 3';
const GROUPS = 'STT;Tên tổ dân phố\n1;Tổ dân phố 1\n';
const ACTIONS = ['step: Sơ tán đến điểm tập kết khi có lệnh của phường'];

let withMap: TestServer;
let without: TestServer;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-leader-map-');
  await copyFile(MAP, join(dir, 'so-do.png'));
  await writeFile(
    join(dir, 'campaign.yaml'),
    stormCampaign({
      actions: ACTIONS,
      after: `assets:\n  map: { file: so-do.png, caption: ${CAPTION} }\n`,
    }),
  );
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
  });
  withMap = await startServer({ ward });
  without = await startServer({ ward: await wardOf(stormCampaign({ actions: ACTIONS }), GROUPS) });
}, 120_000);
afterAll(async () => {
  if (chromiumAvailable) await closeContexts(await sharedChromium());
  await withMap?.app.close();
  await without?.app.close();
  await removeTempDirs();
});

const OUT = fileURLToPath(new URL('../../test-output/leader-map/', import.meta.url));

const page = (s: TestServer) => `${s.url}/g/${tokenOf('1')}/`;

describe('the campaign’s map on the leader’s page', () => {
  it('shows the map with its caption, opened alone when tapped, and serves its picture', async () => {
    const html = await (await fetch(page(withMap))).text();
    const figure = /<figure class="map">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    expect(figure, html).not.toBe('');
    expect(html).toContain('<h2 class="steps-title" id="so-do">Sơ đồ</h2>');
    const img =
      /<img class="map-img" src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)"/.exec(figure);
    expect(img, figure).not.toBeNull();
    const [, src = '', alt, width, height] = img ?? [];
    expect(alt).toBe(`Sơ đồ: ${CAPTION}`);
    expect(figure).toContain(`<figcaption><strong>${CAPTION}</strong>.`);
    // Tapped: the same picture alone, shown in the browser (to zoom), not saved.
    expect(figure).toContain(`<a href="${src}?view"`);

    const res = await fetch(new URL(src, page(withMap)));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const served = await sharp(bytes).metadata();
    expect([served.format, served.width, served.height]).toEqual([
      'png',
      Number(width),
      Number(height),
    ]);
    // The map's own picture: its proportions (the papers' copy may be scaled down).
    const original = await sharp(MAP).metadata();
    expect((served.width ?? 0) / (served.height ?? 1)).toBeCloseTo(
      (original.width ?? 0) / (original.height ?? 1),
      2,
    );
    // Asked again with its ETag: not sent again.
    const again = await fetch(new URL(src, page(withMap)), {
      headers: { 'If-None-Match': res.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('shows nothing of a map when the campaign has none', async () => {
    const html = await (await fetch(page(without))).text();
    expect(html).toContain('Việc cần làm');
    expect(html).not.toContain('class="map"');
    expect(html).not.toContain('so-do.png');
    expect(html).not.toContain('>Sơ đồ<');
    expect((await fetch(`${page(without)}so-do.png`)).status).toBe(404);
  });
});

describe.skipIf(!chromiumAvailable)('the map on a phone and at a desk', () => {
  it('fills a 360 px phone’s width without a sideways scroll, and keeps a desk’s page readable', async () => {
    const browser = await sharedChromium();
    for (const [name, options] of [
      ['phone-360', phoneOptions()],
      ['desk-1366', { viewport: { width: 1366, height: 768 }, locale: 'vi-VN' }],
    ] as const) {
      const context = await browser.newContext(options);
      const tab = await context.newPage();
      await tab.goto(page(withMap));
      // The link says what it opens: the map's own words, not a name that hides the image's alt.
      expect(await tab.getByRole('link', { name: CAPTION }).count()).toBe(1);
      const img = tab.locator('img.map-img');
      await img.scrollIntoViewIfNeeded();
      // Loaded and decoded (a broken picture rejects), then its width read once.
      await img.evaluate((e: HTMLImageElement) => e.decode());
      expect(await img.evaluate((e: HTMLImageElement) => e.naturalWidth)).toBeGreaterThan(0);
      const box = await img.boundingBox();
      const viewport = options.viewport?.width ?? 0;
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport,
      );
      if (name === 'phone-360') expect(box?.width ?? 0).toBeGreaterThan(300);
      // At a desk: not a wall of map, at most 40 rem wide.
      else expect(box?.width ?? 0).toBeLessThanOrEqual(640);
      await keepShot(tab, join(OUT, `${name}.png`));
      await context.close();
    }
  });
});
