/**
 * The contest flyer's picture as Zalo shows it (qa48): Zalo caps a picture's long edge at 720 px
 * and saves it as JPEG, so the 1080 × 1527 px flyer picture arrives 509 × 720 px. The example's
 * contest flyer, the densest (who may take part, the prizes, four steps), was barely readable
 * there: its lines of text ~11 px tall. The picture is shrunk here as a phone's browser does it
 * (Chromium: a canvas, long edge 720 px, `toDataURL('image/jpeg', 0.6)`); its lines of text
 * between the title's rule and the code's are measured in its pixels, and its QR code is decoded
 * by zbarimg at that size.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { decodeQrCodes } from '../support/qr.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let browser: Browser | undefined;
afterAll(async () => {
  await closeContexts(browser);
  await removeTempDirs();
});

/** `png` as Zalo keeps it: long edge 720 px, JPEG at quality 0.6 (drawn by Chromium's canvas). */
async function asZaloKeepsIt(png: Uint8Array): Promise<Buffer> {
  browser = await sharedChromium();
  const page = await (await browser.newContext()).newPage();
  const url = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const k = 720 / Math.max(img.width, img.height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.width * k);
    canvas.height = Math.round(img.height * k);
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', 0.6);
  }, Buffer.from(png).toString('base64'));
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/**
 * The heights (px) of the lines of text between the picture's first and last rule (a row inked
 * across most of its width: under the header, above the code): each a run of rows with ink.
 * A run under 5 px is a diacritic apart from its line, not a line.
 */
async function lineHeights(jpeg: Buffer): Promise<number[]> {
  const { data, info } = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
  const W = info.width;
  const inked = (y: number, below: number) => {
    let n = 0;
    for (let x = 0; x < W; x++) if ((data[y * W + x] ?? 255) < below) n++;
    return n;
  };
  const rules: number[] = [];
  for (let y = 0; y < info.height; y++) if (inked(y, 235) > 0.8 * W) rules.push(y);
  const top = rules[0] ?? 0;
  const bottom = rules.at(-1) ?? 0;
  const heights: number[] = [];
  let start = -1;
  for (let y = top + 2; y < bottom - 1; y++) {
    const ink = inked(y, 160) > 0;
    if (ink && start < 0) start = y;
    if (!ink && start >= 0) {
      if (y - start >= 5) heights.push(y - start);
      start = -1;
    }
  }
  return heights;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe.skipIf(!chromiumAvailable)('the contest flyer’s picture, as Zalo keeps it', () => {
  it('reads at 509 × 720 px: lines of text at least 15 px tall, its QR code decoded', async () => {
    const { campaign, groups } = await exampleInputs();
    const [group] = groups;
    if (!campaign.contest || !group) throw new Error('the example is a contest with groups');
    const kind = findKind('share-flyer');
    if (!kind) throw new Error('no kind share-flyer');
    const png = await renderFor(kind, campaign, group);
    const jpeg = await asZaloKeepsIt(png.bytes);
    const meta = await sharp(jpeg).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([509, 720, 'jpeg']);
    // Every line the flyer's body prints between its rules; half of them at least 15 px from
    // accent to descender (about 11 CSS px on a phone showing the picture 360 px wide).
    const heights = await lineHeights(jpeg);
    expect(heights.length).toBeGreaterThan(5);
    expect(median(heights), heights.join(' ')).toBeGreaterThanOrEqual(15);
    // zbarimg reads PNG: the JPEG's pixels as Zalo shows them, 720 px tall.
    const shrunk = join(await makeTempDir('phuong-print-contest-picture-'), 'zalo-720.png');
    await writeFile(shrunk, await sharp(jpeg).png().toBuffer());
    expect(await decodeQrCodes(shrunk)).toEqual([campaign.links.contest?.url]);
  }, 120_000);
});
