/**
 * Who saved a campaign is recorded in the save's own turn (review: recorded after it, a
 * colleague's save refused a moment later could read the record of the state before, and name
 * the wrong colleague or none): two saves started back to back from the same opened form, the
 * second is refused naming the first's account, and the record names it.
 */
import { cp, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { campaignForm, campaignVersion, saveCampaignForm } from '../../src/studio/campaign-file.js';
import { readSavedBy } from '../../src/studio/campaign-folders.js';
import { inTurn } from '../../src/studio/in-turn.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

describe('who saved, recorded in the save’s turn', () => {
  afterAll(removeTempDirs);

  it('names, to a save refused right after, the account whose save came first', async () => {
    const folder = join(await makeTempDir('phuong-print-saved-by-'), 'hai-phong');
    await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });
    await rm(join(folder, 'groups.xlsx'));
    const c = { file: join(folder, 'campaign.yaml'), folder, groups: join(folder, 'groups.csv') };
    for (const [first, second] of [
      ['lan.vhxh', 'hung.vp'],
      ['hung.vp', 'lan.vhxh'],
    ] as const) {
      const text = await readFile(c.file, 'utf8');
      const form = campaignForm(text);
      const opened = campaignVersion(text);
      const [a, b] = await Promise.all([
        saveCampaignForm(c, { ...form, slogan: `Khẩu hiệu của ${first}` }, opened, [], first),
        saveCampaignForm(c, { ...form, slogan: `Khẩu hiệu của ${second}` }, opened, [], second),
      ]);
      expect(a.saved).toBe(true);
      expect(b.saved).toBe(false);
      expect(b.changedBy).toBe(first);
      const now = await readFile(c.file, 'utf8');
      expect(now).toContain(`Khẩu hiệu của ${first}`);
      expect(await readSavedBy(folder)).toMatchObject({
        user: first,
        version: campaignVersion(now),
      });
    }
  });

  it('has the record in place for the file’s next turn, whatever it is', async () => {
    const folder = join(await makeTempDir('phuong-print-saved-by-'), 'hai-phong');
    await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });
    await rm(join(folder, 'groups.xlsx'));
    const c = { file: join(folder, 'campaign.yaml'), folder, groups: join(folder, 'groups.csv') };
    for (const user of ['lan.vhxh', 'hung.vp', 'lan.vhxh']) {
      const text = await readFile(c.file, 'utf8');
      const saving = saveCampaignForm(
        c,
        { ...campaignForm(text), slogan: `Khẩu hiệu của ${user}` },
        campaignVersion(text),
        [],
        user,
      );
      // The next change of the file waits for the save's turn: by then, the record names it.
      const next = inTurn(c.file, async () => readSavedBy(folder));
      expect((await saving).saved).toBe(true);
      expect((await next)?.user).toBe(user);
    }
  });
});
