/**
 * What the studio knows of the residents list outlives a restart: the build tab's note that the
 * tracking sheets printed are of a list since deleted (it was kept in memory only: after a restart
 * the sheets printed with the residents' names were not said to be of a deleted list); and an
 * upload previewed and left an hour before the studio starts is deleted at its start, not only
 * when the campaign's residents-list page is next shown.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PCCC_ROSTERS } from '../support/qa22-pccc.js';
import { removeTempDirs } from '../support/tmp.js';
import { pcccStudio, sendFile } from './campaign-files.js';
import { buildUntil } from './office-steps.js';
import { Client, plainText, restartStudio, type TestStudio } from './studio.js';

const slug = 'pccc';
const rostersPage = `/c/${slug}/rosters`;
const buildPage = `/c/${slug}/build`;
const DELETED = 'Danh sách hộ, người dân đã xoá sau lần tạo tệp in trước';

describe('the residents list across a restart', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let again: Awaited<ReturnType<typeof restartStudio>> | undefined;
  beforeAll(async () => {
    ({ s, c, folder } = await pcccStudio(slug));
    const preview = await sendFile(
      c,
      rostersPage,
      'ds-ho-an-thang.xlsx',
      await readFile(PCCC_ROSTERS),
    );
    const pending = /name="pending" value="([^"]+)"/.exec(preview.text)?.[1] ?? '';
    const saved = await c.post(
      `${rostersPage}/save`,
      { pending, name: 'ds-ho-an-thang.xlsx' },
      rostersPage,
    );
    expect(saved.status).toBe(303);
  }, 120_000);
  afterAll(async () => {
    await again?.app.close();
    await s?.store.close();
    await removeTempDirs();
  });

  it('says after a restart that the sheets printed are of a list since deleted', async () => {
    await buildUntil(c, slug, 'done');
    // Two uploads left pending: one previewed two hours ago, one a minute ago.
    const old = `.upload-rosters-${randomUUID()}.csv`;
    const fresh = `.upload-rosters-${randomUUID()}.csv`;
    await writeFile(join(folder, old), 'Thôn;Họ và tên chủ hộ\n1;Phạm Văn An\n');
    await writeFile(join(folder, fresh), 'Thôn;Họ và tên chủ hộ\n1;Phạm Văn An\n');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(folder, old), twoHoursAgo, twoHoursAgo);
    await utimes(join(folder, fresh), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

    await s.app.close();
    again = await restartStudio(s);
    // At its start, before any page is shown: the old upload is gone, the fresh one waits.
    const left = await readdir(folder);
    expect(left).not.toContain(old);
    expect(left).toContain(fresh);

    const office = new Client(again.url);
    await office.signIn();
    expect(plainText((await office.get(buildPage)).text)).not.toContain(DELETED);
    const deleted = await office.post(`${rostersPage}/delete`, {}, rostersPage);
    expect(deleted.status).toBe(303);
    expect(plainText((await office.get(buildPage)).text)).toContain(DELETED);
  }, 240_000);
});
