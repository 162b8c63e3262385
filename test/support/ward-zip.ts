/**
 * Test support: the ward's ZIP as `serve` gives the office (a folder per group), made in this
 * process from a campaign and groups file, and the names of its entries.
 */
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { DocumentCache } from '../../src/serve/cache.js';
import { DocumentLibrary } from '../../src/serve/library.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';

/** The entries' names of the ward's ZIP ("<group folder>/<file>"), and how many kinds it holds. */
export async function wardZipNames(
  dir: string,
  campaign = join(dir, 'campaign.yaml'),
  groups = join(dir, 'groups.csv'),
): Promise<{ names: string[]; outputs: number }> {
  const ward = await loadWard({ campaign, groups });
  const zip = await new DocumentLibrary(
    ward,
    createInProcessRenderer(ward),
    new DocumentCache({ dir: join(dir, 'cache'), maxBytes: 2 ** 30 }),
  ).wardZip();
  return { names: Object.keys(unzipSync(zip.bytes)), outputs: ward.outputs.length };
}
