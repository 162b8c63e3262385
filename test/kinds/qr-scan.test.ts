/**
 * Every QR code of every kind of both examples decodes as a phone meets it: sheets held in the
 * hand from a 72 dpi render turned 3° and blurred (σ 0.5), posters from a photo across a room
 * (150 dpi, scaled to 30 %, σ 1, 3°), the share image at its size and at half size. The codes
 * expected are those a sharp 150 dpi render of the same page decodes, so a code that only a
 * perfect print scans fails here.
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

describe('every QR code decodes as it will be met', () => {
  it.each(cases)(
    '%s %s %s',
    async (ex, name, variant) => {
      const { campaign, group: first } = await exampleFirstGroup(ex);
      if ((name === 'poster' || name === 'share') && !campaign.app) return;
      // The tracking sheet's pages repeat one layout, a row per household (248 in hai-phong's
      // group 1: ten pages to render, blur and scan); a group of a page's rows has them all.
      const group = name === 'tracker' ? { ...first, households: 12 } : first;
      const { bytes } = await renderFor(kind(name), campaign, group, variant);
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
      const sharp = await rasterize(bytes, { dpi: SHARP.dpi });
      const wanted = sorted(await decodeDegradedPages(sharp, SHARP));
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
