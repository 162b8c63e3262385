/**
 * A campaign's map (`assets.map`) that nothing it makes prints is said, not dropped (read42 9):
 * only the flyer and the notice print it, and a campaign for which both have nothing to print is
 * warned at the field, as an unprinted logo is.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { KINDS } from '../../src/kinds/registry.js';
import type { Campaign } from '../../src/load/campaign.js';
import { unprintedMap } from '../../src/output/skipped-kinds.js';

const campaign = { assets: { map: '/campaign/so-do.png' } } as unknown as Campaign;
/** `nothingToPrint` for a campaign whose flyer and notice have nothing to print. */
const printsNothing = (k: DocumentKind) => k.name === 'flyer' || k.name === 'notice';

describe('a map no document prints', () => {
  it('is said at assets.map when neither the flyer nor the notice prints anything', () => {
    const warning = unprintedMap(campaign, 'campaign.yaml', KINDS, printsNothing);
    expect(warning?.where).toMatchObject({ file: 'campaign.yaml', field: 'assets.map' });
    expect(warning?.message).toMatch(/map is not printed/);
  });

  it('is not said when the flyer or the notice prints, or without a map', () => {
    expect(unprintedMap(campaign, 'campaign.yaml', KINDS, (k) => k.name === 'flyer')).toBe(
      undefined,
    );
    expect(unprintedMap({} as Campaign, 'campaign.yaml', KINDS, printsNothing)).toBe(undefined);
  });
});
