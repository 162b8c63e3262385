/**
 * The campaigns' list says how many tổ of an open campaign reported from what is stored alone:
 * after a restart, a list view starts no leaders' site (no copy of the campaign served, no
 * documents cache made), and still says "N/M tổ đã báo cáo"; a tổ whose only figure is for a
 * measure the campaign no longer has is not counted as reported.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListFigures } from '../../src/studio/list-figures.js';
import type { Previewer } from '../../src/studio/preview.js';
import { PUBLISHED_DIR, publishedCacheDir } from '../../src/studio/publications.js';
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
    // What the site served before the restart, removed: a site started again after it would
    // have to make them anew (a copy of the campaign served, its documents' cache).
    await rm(publishedCacheDir(s.dataDir, 'hai-phong'), { recursive: true, force: true });
    await rm(join(s.dataDir, PUBLISHED_DIR, 'hai-phong.served'), { recursive: true, force: true });
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
    expect(before).not.toContainEqual(expect.stringMatching(/^hai-phong\.(served|cache)/));
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

  it('still lists the campaigns when the store does not answer, the row without its figures', async () => {
    // The store's table out of reach, as a restarting PostgreSQL or a locked SQLite leaves it.
    await sql`ALTER TABLE result_submissions RENAME TO result_submissions_away`.execute(s.store.db);
    try {
      const res = await office.get('/');
      expect(res.status).toBe(200);
      const row = rowOf(res.text, 'hai-phong');
      expect(row).toContain('thư mục hai-phong');
      expect(row).not.toContain('tổ đã báo cáo');
    } finally {
      await sql`ALTER TABLE result_submissions_away RENAME TO result_submissions`.execute(
        s.store.db,
      );
    }
    expect(rowOf((await office.get('/')).text, 'hai-phong')).toContain(`2/${groups} tổ đã báo cáo`);
  });
});

describe('the list’s figures kept', () => {
  it('forgets campaigns no longer listed open (deleted, renamed, closed)', async () => {
    const ward = { campaign: { id: 'x', measures: [] }, groups: [], term: undefined };
    const previewer = { previewWard: async () => ward } as unknown as Previewer;
    const figures = new ListFigures({ campaignsDir: '/none', previewer, db: undefined as never });
    await figures.of('cu');
    await figures.of('moi');
    expect(figures.kept().sort()).toEqual(['cu', 'moi']);
    figures.keepOnly(['moi']);
    expect(figures.kept()).toEqual(['moi']);
  });
});
