/**
 * A campaign's map (`assets.map`) that nothing it makes prints is said, not dropped (read42 9):
 * only the flyer and the notice print it, and a campaign for which both have nothing to print is
 * warned at the field, as an unprinted logo is. The judgement as build and check load it is
 * tested in test/check/campaign-map.test.ts and test/studio/map-upload.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { KINDS } from '../../src/kinds/registry.js';
import type { Campaign } from '../../src/load/campaign.js';
import { unprintedPictures } from '../../src/output/skipped-kinds.js';

const campaign = { assets: { map: '/campaign/so-do.png' } } as unknown as Campaign;
/**
 * The flyer (with its picture, share-flyer: the same page) and the notice have nothing to print;
 * every other kind prints.
 */
const printsNothing = (k: DocumentKind) => ['flyer', 'share-flyer', 'notice'].includes(k.name);

describe('a map no document prints', () => {
  it('is said at assets.map when neither the flyer nor the notice prints anything', () => {
    const [warning, ...more] = unprintedPictures(campaign, 'campaign.yaml', KINDS, printsNothing);
    expect(more).toEqual([]);
    expect(warning?.where).toMatchObject({ file: 'campaign.yaml', field: 'assets.map' });
    expect(warning?.message).toMatch(/map is not printed/);
  });

  it('is not said when the flyer or the notice prints, or without a map', () => {
    const flyerEmpty = (k: DocumentKind) => k.name === 'flyer' || k.name === 'share-flyer';
    expect(unprintedPictures(campaign, 'campaign.yaml', KINDS, flyerEmpty)).toEqual([]);
    expect(unprintedPictures({} as Campaign, 'campaign.yaml', KINDS, printsNothing)).toEqual([]);
  });
});
