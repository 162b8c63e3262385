/**
 * QA56's mừng thọ campaign (test/fixtures/qa56-mungtho) totalled by a "Khu phố" column written
 * into its list: Tổ 1 and 2 in Khu phố 1, Tổ 3 (0 elders, a budget of 0: nothing to do) alone in
 * Khu phố 2. Writes campaign.yaml and groups.csv into `dir` and gives their paths.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-mungtho/${name}`, import.meta.url));

export async function mungthoByArea(dir: string): Promise<{ campaign: string; groups: string }> {
  const groups = (await readFile(fixture('groups.csv'), 'utf8'))
    .split('\n')
    .map((line, i) =>
      line ? `${line};${i === 0 ? 'Khu phố' : i === 3 ? 'Khu phố 2' : 'Khu phố 1'}` : line,
    )
    .join('\n');
  const paths = { campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') };
  await writeFile(paths.groups, groups);
  const campaign = `${await readFile(fixture('campaign.yaml'), 'utf8')}\ntotals_by: Khu phố\n`;
  await writeFile(paths.campaign, campaign);
  return paths;
}
