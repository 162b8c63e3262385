/**
 * The studio keeps the loaded inputs of its last few campaigns only (KEPT_WARDS; every campaign
 * ever opened was kept, ~60 MB after a year's: bench/results.md "h-smem"). An office that has
 * gone through more campaigns than that and comes back to the first sees that campaign's pages:
 * its preview's inputs are loaded again, and its leaders' closed page and its own style sheet
 * are that campaign's, not another's nor the tool's.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignPaths } from '../../src/studio/campaign-folders.js';
import { KEPT_WARDS, Previewer } from '../../src/studio/preview.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { leaderLinks } from './results-figures.js';
import { type Client, exampleGroupsCsv, signedInStudio, type TestStudio } from './studio.js';

/** One campaign more than kept, and one again: the first is no longer kept when come back to. */
const COUNT = KEPT_WARDS + 2;
const slugOf = (i: number) => `chien-dich-${i}`;
/** Each campaign's office phone, as its pages print it: tells them apart. */
const phoneOf = (i: number) => `0225 3 857 1${String(i).padStart(2, '0')}`;
const STYLE_MARK = '/* kiểu riêng của chiến dịch 0 */';

/**
 * COUNT copies of the example in `campaigns`, each with its own phone; the first its own style.
 * Each with the example's first two groups: what is kept is a campaign's ward, whatever its size
 * (each of the COUNT wards is loaded, opened and closed, some twice).
 */
async function addCampaigns(campaigns: string): Promise<void> {
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const groups = await exampleGroupsCsv(2);
  for (let i = 0; i < COUNT; i++) {
    const dir = join(campaigns, slugOf(i));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'groups.csv'), groups);
    await writeFile(
      join(dir, 'campaign.yaml'),
      yaml.replace(/^( {2}phone:) "[^"]*"/m, `$1 "${phoneOf(i)}"`),
    );
  }
  const web = join(campaigns, slugOf(0), 'templates', 'web');
  await mkdir(web, { recursive: true });
  await writeFile(join(web, 'style.css'), `${STYLE_MARK}\nbody { color: black; }\n`);
}

describe('more campaigns than the studio keeps loaded', () => {
  let s: TestStudio;
  let c: Client;
  const links: string[] = [];

  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    await addCampaigns(join(s.dataDir, 'campaigns'));
    // Each campaign's pages opened, a link taken, and closed: the office's year.
    for (let i = 0; i < COUNT; i++) {
      links.push([...(await leaderLinks(c, slugOf(i))).values()][0] ?? '');
      const stop = await c.post(`/c/${slugOf(i)}/leaders/stop`, {}, `/c/${slugOf(i)}/leaders`);
      expect(stop.status).toBe(303);
    }
  }, 120_000);
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('loads the first campaign’s inputs again after more than KEPT_WARDS others', async () => {
    const previewer = new Previewer();
    const campaigns = join(s.dataDir, 'campaigns');
    const first = previewer.previewWard(campaignPaths(campaigns, slugOf(0)));
    for (let i = 1; i < COUNT; i++) {
      const w = await previewer.previewWard(campaignPaths(campaigns, slugOf(i)));
      expect(w.campaign.issuer.phone).toBe(phoneOf(i));
    }
    const again = previewer.previewWard(campaignPaths(campaigns, slugOf(0)));
    expect(again).not.toBe(first);
    expect((await again).campaign.issuer.phone).toBe(phoneOf(0));
    await previewer.close();
  });

  it('answers each closed campaign’s leaders with its own page, the first one last', async () => {
    for (let i = COUNT - 1; i >= 0; i--) {
      const closed = await c.get(links[i] ?? '');
      expect(closed.status, slugOf(i)).toBe(410);
      expect(closed.text, slugOf(i)).toContain(phoneOf(i));
    }
    // Its own style sheet, though its ward was let go: read again with the closed page's.
    for (let i = 1; i < COUNT; i++) await c.get(links[i] ?? '');
    const style = await c.get(`/p/${slugOf(0)}/assets/style.css`);
    expect(style.status).toBe(200);
    expect(style.text).toContain(STYLE_MARK);
  });
});
