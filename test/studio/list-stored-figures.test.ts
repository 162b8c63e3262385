/**
 * The campaigns' list says how many tổ of an open campaign reported from what is stored alone:
 * after a restart, a list view starts no leaders' site (no copy of the campaign served, no
 * documents cache made), and still says "N/M tổ đã báo cáo"; a tổ whose only figure is for a
 * measure the campaign no longer has is not counted as reported.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED_DIR } from '../../src/studio/publications.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  GROUPS,
  JOINED,
  openedWithGroups,
  report,
  storeOldFigure,
  visible,
} from './results-figures.js';
import { Client, restartStudio, type TestStudio } from './studio.js';

/** Every path under `dir`, sorted (what a site, a copy or a cache would add). */
const tree = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true })).map(String).sort();

/** The list's row of `slug`, as read. */
const rowOf = (home: string, slug: string) =>
  visible(home.slice(home.indexOf(`href="/c/${slug}"`)).split('</li>')[0] ?? '');

describe('the list’s figures of an open campaign', () => {
  let s: TestStudio;
  let office: Client;
  let close: () => Promise<void>;
  let links: Map<string, string>;
  const groups = GROUPS.trim().split('\n').length - 1;

  beforeAll(async () => {
    ({ s, office, links } = await openedWithGroups(GROUPS));
    await report(new Client(s.url), links.get('Tổ dân phố số 1') ?? '', { [JOINED]: '120' });
    // Tổ 2 reported only on a measure the campaign has since dropped.
    const stored = await s.store.db
      .selectFrom('result_submissions')
      .select(['campaign', 'group_id'])
      .executeTakeFirstOrThrow();
    const other = GROUPS.trim().split('\n')[2]?.split(';')[0] ?? '';
    expect(other).not.toBe(stored.group_id);
    await storeOldFigure(s.store.db, {
      campaign: stored.campaign,
      group: other,
      measure: 'so_ho_da_bo',
      value: 7,
    });
    await s.app.close();
    const again = await restartStudio(s);
    office = new Client(again.url);
    await office.signIn();
    close = async () => {
      await again.app.close();
      await s.store.close();
    };
  });
  afterAll(async () => {
    await close();
    await removeTempDirs();
  });

  it('starts no leaders’ site after a restart, and still says how many tổ reported', async () => {
    const published = join(s.dataDir, PUBLISHED_DIR);
    const before = await tree(published);
    const home = (await office.get('/')).text;
    expect(await tree(published)).toEqual(before);
    const row = rowOf(home, 'hai-phong');
    expect(row).toContain('trang tổ trưởng');
    // Tổ 1 reported; tổ 2's only figure is of a measure no longer in the campaign.
    expect(row).toContain(`1/${groups} tổ đã báo cáo`);
    // Twice: the second from what was kept, the same.
    expect(rowOf((await office.get('/')).text, 'hai-phong')).toContain(`1/${groups} tổ đã báo cáo`);
    expect(await tree(published)).toEqual(before);
  });

  it('counts a report sent after the list was last seen', async () => {
    // The same links after the restart, on the studio started again.
    await report(new Client(office.base), links.get('Tổ dân phố số 3') ?? '', { [JOINED]: '40' });
    expect(rowOf((await office.get('/')).text, 'hai-phong')).toContain(`2/${groups} tổ đã báo cáo`);
  });
});
