/**
 * Studio, Kết quả › a group's page saved while the leader saves the same figure from the phone
 * (review35 #4): the page reads the group's figures, checks that none of those it changes was
 * saved since it was shown, then writes; a leader's figure that lands between the check and the
 * write must not be written over unseen. The studio's store is a second connection to the same
 * SQLite file whose reads can be held: the leader's figure is stored (through the first
 * connection) right after the page's last read of the figures, before its write. Real studio on
 * loopback, the example campaign.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readHistory, readLatest, recordSubmission } from '../../src/results/results-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { exampleWard } from '../serve/server.js';
import { browserForm } from '../support/browser-form.js';
import { heldConnection, Interleave } from '../support/interleave.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { JOINED, officeForm, officeGroupPath, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';

const plugin = new Interleave();
let base: Store;
let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, c: office } = await studioWithExample({}, SLUG, {
    name: 'SQLite',
    open: async () => {
      base = await openStore({ dataDir: await makeTempDir() });
      const held = heldConnection(base.file ?? '', plugin);
      return {
        db: held,
        kind: 'sqlite',
        ...(base.file ? { file: base.file } : {}),
        close: async () => {
          await held.destroy();
          await base.close();
        },
      };
    },
  }));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a leader’s figure saved while the office’s page is being saved', () => {
  it('is not written over: nothing stored, the page again (409) with the leader’s figure', async () => {
    const ward = await exampleWard();
    const campaign = campaignKey(ward.campaign);
    const group = ward.groups[0];
    if (!group) throw new Error('the example has no groups');
    const path = await officeGroupPath(office, SLUG, group.name);
    // The office opens the group's page and types 120 people.
    const f = officeForm((await office.get(path)).text);
    const { fields } = browserForm(f.html);
    fields[f.box(JOINED)] = '120';
    // Sending it, the page reads the group's history, then its figures: the leader's 150 is
    // stored right after that second read, the last before its write.
    plugin.arm(2, async () => {
      await recordSubmission(
        base.db,
        { campaign, measures: ward.campaign.measures },
        { group, values: { tham_gia: 150 }, source: 'leader' },
      );
    });
    const sent = await office.postRaw(f.action, fields);
    const now = (await readLatest(base.db, campaign)).get(group.id)?.get('tham_gia');
    expect(now?.value).toBe(150);
    expect(now?.source).toBe('leader');
    expect((await readHistory(base.db, campaign, group.id))[0]?.source).toBe('leader');
    expect(sent.status).toBe(409);
    expect(visible(sent.text)).toContain('vừa được cập nhật sau khi mở trang này');
  });
});
