/**
 * Test support: studios holding a fee or fund campaign (qa43), whose measures count households,
 * a sum in đồng and people.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withMeasure } from '../support/charity-fund.js';
import { GROUPS } from './results-figures.js';
import { studioWithCampaign, studioWithExample } from './studio.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The QA round's fee campaign's slug in the studios below. */
export const FEE_SLUG = 'thu-phi';

/**
 * A studio holding the QA round's fee campaign (test/fixtures/qa43/campaign.yaml, "đến hết ngày
 * 05/12/2026"; its text passed through `edit`) over its 20 tổ (test/fixtures/qa40/groups20.csv).
 */
export async function feeStudio(edit: (yaml: string) => string = (yaml) => yaml) {
  const started = await studioWithCampaign(FEE_SLUG, [join(FIXTURES, 'qa43', 'campaign.yaml')]);
  const file = join(started.folder, 'campaign.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  await cp(join(FIXTURES, 'qa40', 'groups20.csv'), join(started.folder, 'groups.csv'));
  return { ...started, file };
}

/**
 * The example's studio (campaign hai-phong) with `measures` (campaign.yaml's flow mappings, "{ id:
 * tien, label: …, of: đồng }") in place of its own, over `groups` (the four groups of GROUPS).
 */
export async function exampleWithMeasures(measures: readonly string[], groups = GROUPS) {
  const started = await studioWithExample({ groups });
  const yaml = join(started.folder, 'campaign.yaml');
  await writeFile(yaml, withMeasure(await readFile(yaml, 'utf8'), measures.join('\n  - ')));
  return started;
}
