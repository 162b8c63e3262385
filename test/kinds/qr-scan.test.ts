/**
 * Every QR code of every kind of both examples decodes as a phone meets it: sheets held in the
 * hand from a 72 dpi render turned 3° and blurred (σ 0.5), posters from a photo across a room
 * (150 dpi, scaled to 30 %, σ 1, 3°), the share image at its size and at half size. The codes
 * expected are those a sharp 150 dpi render of the same page decodes, so a code that only a
 * perfect print scans fails here.
 * And the web address printed with each code, on every kind of both examples: whole (never cut
 * short with "…"), as people read it (percent-escapes decoded, no "https://"), the same on every
 * kind, and nothing on a page with codes printed under 9 pt. Its expected addresses are the codes
 * of that same sharp render (one render and one scan of each document for both; they were two
 * files, qr-captions.test.ts, that drew and scanned the same pages again).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { KINDS } from '../../src/kinds/registry.js';
import {
  decodeDegradedImage,
  decodeDegradedPages,
  decodeDegradedPdf,
  IN_HAND,
  ON_WALL,
} from '../support/degrade.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { rasterize } from '../support/raster.js';
import { exampleFirstGroup, exampleKindCases, renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

// 150 dpi: a module of the smallest code allowed (1 mm, the last test) is 6 pixels wide, which
// zbar reads without fail; 300 dpi cost four times the pixels to find the same codes.
const SHARP = { dpi: 150, scale: 1, blur: 0, rotate: 0 };
const sorted = (pages: string[][]) => pages.map((p) => [...p].sort());

const kind = (name: string) => KINDS.find((k) => k.name === name) as DocumentKind;
const cases = exampleKindCases(['notice', 'flyer', 'checklist', 'tracker', 'poster', 'share']);

/**
 * A case's document and the codes its sharp render decodes (page by page, as found), made once
 * for both describes below. Undefined for a poster or share image of a campaign without an app.
 */
const sharpRenders = new Map<
  string,
  Promise<{ bytes: Uint8Array; sharp: string[]; codes: string[][] } | undefined>
>();
function sharpRender(ex: string, name: string, variant: string | undefined) {
  const key = `${ex} ${name} ${variant}`;
  let made = sharpRenders.get(key);
  if (!made) {
    made = (async () => {
      const { campaign, group: first } = await exampleFirstGroup(ex);
      if ((name === 'poster' || name === 'share') && !campaign.app) return undefined;
      // The tracking sheet's pages repeat one layout, a row per household (248 in hai-phong's
      // group 1: ten pages to render, blur and scan); a group of a page's rows has them all.
      const group = name === 'tracker' ? { ...first, households: 12 } : first;
      const { bytes } = await renderFor(kind(name), campaign, group, variant);
      if (name === 'share') return { bytes, sharp: [], codes: [] };
      const sharp = await rasterize(bytes, { dpi: SHARP.dpi });
      return { bytes, sharp, codes: await decodeDegradedPages(sharp, SHARP) };
    })();
    sharpRenders.set(key, made);
  }
  return made;
}

// The cases of each describe run side by side (it.concurrent): each draws its document in this
// process and then waits for pdftoppm and zbarimg, so one case's waits overlap another's drawing.
describe('every QR code decodes as it will be met', () => {
  it.concurrent.each(cases)(
    '%s %s %s',
    async (ex, name, variant) => {
      const rendered = await sharpRender(ex, name, variant);
      if (!rendered) return;
      const { bytes, sharp } = rendered;
      if (name === 'share') {
        const full = await decodeDegradedImage(bytes, { scale: 1, blur: 0, rotate: 0 });
        expect(full.length, 'codes on the share image').toBeGreaterThan(0);
        const half = await decodeDegradedImage(bytes, { scale: 0.5, blur: 0, rotate: 0 });
        expect(half.sort()).toEqual(full.sort());
        return;
      }
      const metAs = name === 'poster' ? ON_WALL : IN_HAND;
      // A poster's photo across a room is taken of a render at the sharp reference's resolution:
      // one render serves both.
      const wanted = sorted(rendered.codes);
      if (name !== 'tracker') expect(wanted.flat().length, 'codes on the page').toBeGreaterThan(0);
      const met = sorted(
        metAs.dpi === SHARP.dpi
          ? await decodeDegradedPages(sharp, metAs)
          : await decodeDegradedPdf(bytes, metAs),
      );
      expect(met).toEqual(wanted);
    },
    120_000,
  );
});

/** Text with every space and line break removed: an address wrapped over lines reads whole. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('the address under each code', () => {
  it.concurrent.each(exampleKindCases(['notice', 'flyer', 'checklist', 'poster']))(
    '%s %s %s',
    async (ex, name, variant) => {
      const rendered = await sharpRender(ex, name, variant);
      if (!rendered) return;
      const { bytes, codes } = rendered;
      expect(codes.flat().length, 'codes on the document').toBeGreaterThan(0);
      const items = await pdfTextItems(bytes);
      codes.forEach((urls, p) => {
        if (urls.length === 0) return;
        // The page's text runs in drawing order (pdftotext would join "cong-" + "dan" as "congdan").
        const text = squeeze((items[p]?.items ?? []).map((i) => i.str).join(''));
        for (const url of urls) {
          const readable = decodeURI(url)
            .replace(/^https?:\/\//, '')
            .replace(/\/$/, '');
          expect(text, `page ${p + 1}`).toContain(squeeze(readable));
        }
        expect(text).not.toContain('…');
        const small = (items[p]?.items ?? [])
          .filter((i) => i.str.trim() !== '' && i.fontSize < 8.95)
          .map((i) => `${i.str} ${i.fontSize.toFixed(1)} pt`);
        expect(small, `page ${p + 1}`).toEqual([]);
      });
    },
    120_000,
  );
});

describe('a link too long for a code that scans', () => {
  it('is an error naming the link, not a code shrunk under 1 mm a module', async () => {
    const { campaign, group } = await exampleFirstGroup('hai-phong');
    const contest = campaign.links.contest;
    if (!contest) throw new Error('the example campaign has a contest link');
    const long = `https://example.gov.vn/${'cuoc-thi-'.repeat(40)}`;
    const edited = {
      ...campaign,
      links: { ...campaign.links, contest: { ...contest, url: long } },
    };
    await expect(renderFor(kind('flyer'), edited, group)).rejects.toThrow(long);
  });
});
