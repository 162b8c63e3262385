/**
 * The check that each of a campaign's links fits a printable QR code (campaign-checks.ts) sizes
 * each link's code once: the studio reads the campaign again at each save and each new copy of
 * its folder, with the same links.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseCampaignReport } from '../../src/load/campaign.js';
import { qrProblem } from '../../src/load/campaign-checks.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';

const qrCore = createRequire(import.meta.url)('qrcode/lib/core/qrcode.js') as {
  create: (...args: unknown[]) => unknown;
};

describe("the campaign's QR code check", () => {
  it('sizes the codes of links it has sized before without making them again', async () => {
    const text = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    const dir = join(EXAMPLE_CAMPAIGN, '..');
    // A file name the campaign's reports are not kept under yet: its checks run.
    parseCampaignReport(text, join(dir, `first-${process.pid}.yaml`));
    const made = vi.spyOn(qrCore, 'create');
    try {
      const { campaign } = parseCampaignReport(text, join(dir, `again-${process.pid}.yaml`));
      expect(campaign.links.contest).toBeDefined();
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });

  // review46 #7: every group's own link is checked too (output/group-links.ts), read in list
  // order; a ward of more links than the cache held (256) found none of them the second time.
  it('sizes a ward of 300 groups’ own links once', () => {
    const links = Array.from({ length: 300 }, (_, i) => `https://zalo.me/g/to-${i + 1}-lachtray`);
    for (const url of links) expect(qrProblem(url)).toBeUndefined();
    const made = vi.spyOn(qrCore, 'create');
    try {
      for (const url of links) expect(qrProblem(url)).toBeUndefined();
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });
});
