/**
 * review32 F8: a deleted campaign was kept 30 days under "Đã xoá" with no way to remove it before
 * (a residents list uploaded to the wrong campaign stayed on disk). "Xoá hẳn" beside "Khôi phục"
 * opens a page saying what goes for good; its form (CSRF-protected) removes the kept folder.
 * A folder name that is none ("../campaigns") is refused and touches nothing. Real studio on
 * loopback; the names expected are the test's own.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';

describe('a deleted campaign removed for good', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let kept: string;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample({ groups: GROUPS }));
    // A residents list uploaded to this campaign (as the studio stores one: rosters.csv).
    await writeFile(join(folder, 'rosters.csv'), 'Tổ;Họ tên\n1;Nguyễn Văn An\n');
    expect((await c.post(`/c/${SLUG}/delete`, {}, `/c/${SLUG}/delete`)).status).toBe(303);
    kept = join(s.dataDir, 'deleted', SLUG);
    expect(existsSync(kept)).toBe(true);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('the list offers "Xoá hẳn" beside "Khôi phục"', async () => {
    const list = await c.get('/');
    expect(visible(list.text)).toContain('Xoá hẳn');
    expect(list.text).toContain(`href="/deleted/${SLUG}/purge"`);
  });

  it('the confirmation says what is lost for good, the residents list named', async () => {
    const page = await c.get(`/deleted/${SLUG}/purge`);
    expect(page.status).toBe(200);
    const said = visible(page.text);
    expect(said).toContain('Xoá hẳn chiến dịch');
    expect(said).toContain('không khôi phục được nữa');
    expect(said).toContain('danh sách tổ đã tải lên');
    expect(said).toContain('danh sách người dân');
    expect(said).toContain('số liệu các tổ đã báo cáo');
    expect(page.text).toContain('name="_csrf"');
  });

  it('a crafted folder name is refused and removes nothing', async () => {
    const campaigns = join(s.dataDir, 'campaigns');
    expect(existsSync(campaigns)).toBe(true);
    for (const slug of ['..%2Fcampaigns', '..%2F..%2Fcampaigns', '%2E%2E']) {
      const r = await c.post(`/deleted/${slug}/purge`, {}, `/deleted/${SLUG}/purge`);
      expect(r.status).toBe(404);
      expect((await c.get(`/deleted/${slug}/purge`)).status).toBe(404);
    }
    expect(existsSync(campaigns)).toBe(true);
    expect(existsSync(kept)).toBe(true);
  });

  it('without the form’s token nothing is removed', async () => {
    const r = await c.postRaw(`/deleted/${SLUG}/purge`, {});
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(existsSync(kept)).toBe(true);
  });

  it('"Xoá hẳn" removes the kept folder; the list no longer shows it', async () => {
    const r = await c.post(`/deleted/${SLUG}/purge`, {}, `/deleted/${SLUG}/purge`);
    expect(r.status).toBe(303);
    expect(existsSync(kept)).toBe(false);
    const list = visible((await c.get('/?purged=1')).text);
    expect(list).toContain('Đã xoá hẳn chiến dịch');
    expect(list).not.toContain('Khôi phục');
    expect((await c.get(`/deleted/${SLUG}/purge`)).status).toBe(404);
  });
});
