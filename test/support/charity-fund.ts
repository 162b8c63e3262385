/**
 * The charity fund's campaign (qa24): the example campaign with one measure, money raised against
 * the list's "Chỉ tiêu (đồng)" column, over test/fixtures/qa24-money/chi-tieu-van-dong.xlsx
 * (Tổ dân phố 1 and 7: 15.000.000 đồng, Tổ dân phố 8: 10.000.000 đồng…). One set-up for the
 * tests of serve's and the studio's money figures, the office's confirmation among them.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN } from './render.js';
import { makeTempDir } from './tmp.js';

/** The fund's groups list. */
export const CHARITY_LIST = fileURLToPath(
  new URL('../fixtures/qa24-money/chi-tieu-van-dong.xlsx', import.meta.url),
);
/** The campaign's measure, as its campaign.yaml labels it. */
export const CHARITY_LABEL = 'Số tiền đã vận động (đồng)';
const CHARITY_MEASURE = `{ id: tien, label: ${CHARITY_LABEL}, of: Chỉ tiêu (đồng) }`;

/** A campaign.yaml's text with its measures replaced by `measure` alone. */
export const withMeasure = (yaml: string, measure = CHARITY_MEASURE) =>
  yaml.replace(/^measures:\n(?: {2}- .*\n)+/m, `measures:\n  - ${measure}\n`);

/** The fund's campaign written in a new folder (`prefix`) and loaded over its list, for `serve`. */
export async function charityWard(prefix: string): Promise<{ dir: string; ward: Ward }> {
  const dir = await makeTempDir(prefix);
  const campaign = join(dir, 'campaign.yaml');
  await writeFile(campaign, withMeasure(await readFile(EXAMPLE_CAMPAIGN, 'utf8')));
  return { dir, ward: await loadWard({ campaign, groups: CHARITY_LIST }) };
}

/**
 * The studio's example campaign folder made the fund's: its measure, and the fund's list as its
 * groups file (groups.xlsx; the example's groups.csv and rosters removed).
 */
export async function makeCharityFolder(folder: string): Promise<void> {
  const yaml = join(folder, 'campaign.yaml');
  await writeFile(yaml, withMeasure(await readFile(yaml, 'utf8')));
  await rm(join(folder, 'groups.csv'));
  await rm(join(folder, 'rosters'), { recursive: true, force: true });
  await cp(CHARITY_LIST, join(folder, 'groups.xlsx'));
}
