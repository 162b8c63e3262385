/**
 * The example campaign with its measures replaced by one, over a groups file given as text (a
 * BOM and CRLF, as Excel writes it): the ward a results server serves in a test of one measure.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';

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
