/**
 * ơ̆ and ư̆ (Ê Đê / Jrai spelling, qa36 F2): ơ or ư followed by U+0306 COMBINING BREVE, for which
 * Unicode has no precomposed letter, so the breve stays a separate glyph after NFC. It must be
 * printed over the letter where the fonts print the breve of ŏ / ŭ — checked on the paper: each
 * name is rendered with and without the breve and the rasterised pages compared; the ink the breve
 * adds must sit where the ink ŏ's breve adds over o does (both measured from the word's left
 * edge, pdftotext's word box).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { pdfWords } from '../support/pdf-text.js';
import { greyImage } from '../support/qr-extent.js';
import { rasterizeArea } from '../support/raster.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const DPI = 300;
const BREVE = '\u0306';

let campaign: Campaign;
let group: Group;
beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group = inputs.groups[0] as Group;
});
afterAll(removeTempDirs);

interface Ink {
  /** Dark pixels' mean x, in points from the word's left edge. */
  x: number;
  /** Their topmost y, in points from the word box's top. */
  top: number;
  count: number;
}

/** The word `word` where the group's name first prints it: the document and the word's box. */
async function printed(kind: DocumentKind, word: string) {
  const name = `Buôn ${word}`;
  const { bytes } = await renderFor(kind, campaign, { ...group, name });
  const box = (await pdfWords(bytes)).find((w) => w.text.replace(/[,.;:)]+$/, '') === word);
  if (!box) throw new Error(`"${word}" not in the ${kind.name}`);
  return { bytes, box };
}

/** Pixels dark in `a`'s word but not in `b`'s (same place on the page): the mark `a` adds. */
async function addedInk(kind: DocumentKind, a: string, b: string): Promise<Ink> {
  const [with_, without] = [await printed(kind, a), await printed(kind, b)];
  const px = (pt: number) => Math.round((pt / 72) * DPI);
  const { box } = with_;
  expect(without.box.xMin).toBeCloseTo(box.xMin, 1);
  expect(without.box.page).toBe(box.page);
  const height = box.yMax - box.yMin;
  // The box of the word, widened by half its height on each side (a mark may overhang it): only
  // that rectangle of the page is rasterised, the same one for both.
  const [x0, y0] = [px(box.xMin - height / 2), px(box.yMin - height / 2)];
  const [x1, y1] = [px(box.xMax + height / 2), px(box.yMax)];
  const area = { dpi: DPI, page: box.page, x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const [withImage, withoutImage] = [
    await greyImage(await rasterizeArea(with_.bytes, area)),
    await greyImage(await rasterizeArea(without.bytes, area)),
  ];
  let sum = 0;
  let count = 0;
  let top = Number.POSITIVE_INFINITY;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      if (withImage.at(x - x0, y - y0) < 128 && withoutImage.at(x - x0, y - y0) >= 128) {
        sum += x;
        count++;
        top = Math.min(top, y);
      }
    }
  return { x: (sum / count / DPI) * 72 - box.xMin, top: (top / DPI) * 72 - box.yMin, count };
}

describe('a breve over ơ and ư (no precomposed letter) prints where the fonts put ŏ’s and ŭ’s', () => {
  it.each([
    ['notice', 'Dơ', 'Do', 'ng'],
    ['notice', 'Mư', 'Mu', 'k'],
    ['flyer', 'Dơ', 'Do', 'ng'],
    ['flyer', 'Mư', 'Mu', 'k'],
  ])('%s: %s + U+0306', async (kindName, horn, plain, tail) => {
    const kind = findKind(kindName) as DocumentKind;
    // The breve over ơ, against the breve the font draws in ŏ (NFC: o + U+0306 is ŏ).
    const hornBreve = await addedInk(kind, `${horn}${BREVE}${tail}`, `${horn}${tail}`);
    const plainBreve = await addedInk(
      kind,
      `${plain}${BREVE}${tail}`.normalize('NFC'),
      `${plain}${tail}`,
    );
    expect(hornBreve.count).toBeGreaterThan(0.5 * plainBreve.count);
    // Centred over the letter's bowl as in ŏ (0.5 pt ≈ a twentieth of the letter's width).
    expect(Math.abs(hornBreve.x - plainBreve.x)).toBeLessThan(0.5);
    // As high as ŏ's (the fonts' combining breve sits ~0.3 pt lower than the spacing breve their
    // precomposed letters are made with), or raised over the horn by the font's own anchors.
    expect(hornBreve.top).toBeLessThan(plainBreve.top + 0.5);
  });
});
