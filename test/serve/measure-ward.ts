/**
 * The example campaign with its measures replaced by one, over a groups file given as text (a
 * BOM and CRLF, as Excel writes it): the ward a results server serves in a test of one measure.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import type { Store } from '../../src/store/open-store.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { startResultsServer, type TestServer } from './server.js';

export async function measureWard(
  prefix: string,
  /** The measure as campaign.yaml writes it: "{ id: tre, label: …, of: … }". */
  measure: string,
  groupsCsv: string,
): Promise<{ dir: string; ward: Ward }> {
  const dir = await makeTempDir(prefix);
  const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(
    /^measures:\n(?: {2}- .*\n)+/m,
    `measures:\n  - ${measure}\n`,
  );
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  await writeFile(join(dir, 'groups.csv'), `\uFEFF${groupsCsv}\r\n`);
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
  });
  return { dir, ward };
}

/**
 * A results server of the ward `make` gives, started before the file's tests and closed after
 * them: its address, and the figure the store holds for a group.
 */
export function servedResults(make: () => Promise<{ dir: string; ward: Ward }>) {
  const s = {} as TestServer;
  let store: Store | undefined;
  let campaign = '';
  beforeAll(async () => {
    const { dir, ward } = await make();
    const served = await startResultsServer(ward, dir);
    ({ store, campaign } = served);
    Object.assign(s, served);
  });
  afterAll(async () => {
    await s.app?.close();
    await store?.close();
    await removeTempDirs();
  });
  /** The figure of measure `measureId` saved for group `id`. */
  const saved = async (id: string, measureId: string) =>
    store ? (await readLatest(store.db, campaign)).get(id)?.get(measureId) : undefined;
  return { s, saved };
}

/** A results server of one measure (measureWard), as servedResults. */
export const servedMeasure = (prefix: string, measure: string, groupsCsv: string) =>
  servedResults(() => measureWard(prefix, measure, groupsCsv));
