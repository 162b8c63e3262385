/**
 * A campaign folder copied by hand from one used with the CLI brings its folder of rosters
 * (examples/hai-phong ships rosters/5.csv: residents' names and addresses) (qa31 M2). The studio
 * does not print from it, but it is personal data like the residents list uploaded: the residents
 * page names it and deletes it, the groups page's card points there, and neither a copy of the
 * campaign nor the campaign's ZIP takes it.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForm } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { copiedCampaign } from './office-steps.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const EXAMPLE_ROSTER = join(
  import.meta.dirname,
  '..',
  '..',
  'examples',
  'hai-phong',
  'rosters',
  '5.csv',
);
const slug = 'cong-dan-so-2026';
const rostersPage = `/c/${slug}/rosters`;

describe('a folder of rosters copied by hand with the campaign', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  /** A resident's name and address as the example's roster holds them (its second row). */
  let resident: string[];

  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample({}, slug));
    expect(await readdir(join(folder, 'rosters'))).toEqual(['5.csv']);
    const row = (await readFile(EXAMPLE_ROSTER, 'utf8')).split(/\r?\n/)[1] ?? '';
    resident = row.split(';').slice(1);
    expect(resident).toHaveLength(2);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is named on the residents page as not used, never a resident in it', async () => {
    const page = await c.get(rostersPage);
    expect(page.status).toBe(200);
    const text = plainText(page.text);
    expect(text).toContain(
      'Trong thư mục chiến dịch có thư mục rosters (1 tệp: 5.csv): danh sách người dân từng tổ, là thông tin cá nhân, thường có sẵn khi chép một chiến dịch từng in bằng lệnh phuong-print --rosters.',
    );
    expect(text).toContain('Studio không dùng thư mục này');
    expect(text).toContain('Xoá thư mục rosters');
    for (const said of resident) expect(text).not.toContain(said);
    const groups = plainText((await c.get(`/c/${slug}/groups`)).text);
    expect(groups).toContain(
      'còn có thư mục rosters (1 tệp danh sách người dân) mà studio không dùng',
    );
  });

  it("says the ward's own word for its groups (a commune's thôn), on the page and once deleted", async () => {
    const yaml = join(folder, 'campaign.yaml');
    const before = await readFile(yaml, 'utf8');
    await writeFile(yaml, before.replace(/^issuer:\n/m, 'issuer:\n  group_term: thôn\n'));
    try {
      const text = plainText((await c.get(rostersPage)).text);
      expect(text).toContain('danh sách người dân từng thôn, là thông tin cá nhân');
      expect(text).not.toContain('từng tổ');
      const said = plainText((await c.get(`${rostersPage}?folder=deleted`)).text);
      expect(said).toContain('Đã xoá thư mục rosters (danh sách người dân từng thôn).');
    } finally {
      await writeFile(yaml, before);
    }
  });

  it("is left out of the campaign's ZIP, which says so", async () => {
    const zip = await c.get(`/c/${slug}/campaign.zip`);
    expect(zip.status).toBe(200);
    const names = Object.keys(unzipSync(zip.bytes));
    expect(names).toContain(`${slug}/campaign.yaml`);
    expect(names.filter((n) => n.includes('rosters'))).toEqual([]);
    expect(plainText((await c.get(`/c/${slug}`)).text)).toContain(
      'Không gồm danh sách hộ, người dân',
    );
  });

  it('is not copied into a copy of the campaign, whose page says so', async () => {
    const copy = await copiedCampaign(c, slug, 'Công dân số Hải Phòng 2027');
    const copied = await readdir(join(s.dataDir, 'campaigns', copy));
    expect(copied).toContain('campaign.yaml');
    expect(copied.filter((n) => n.includes('rosters'))).toEqual([]);
    expect(plainText((await c.get(`/c/${copy}?copied=${slug}`)).text)).toContain(
      'Danh sách hộ, người dân của chiến dịch cũ không được sao chép',
    );
    expect(plainText((await c.get(`/c/${copy}/rosters`)).text)).not.toContain('thư mục rosters');
  });

  it('is deleted by its button on the residents page', async () => {
    const page = await c.get(rostersPage);
    // The form holding the button "Xoá thư mục rosters", as the browser sends it.
    const form = browserForm(page.text, (f) =>
      DomUtils.textContent(f).includes('Xoá thư mục rosters'),
    );
    expect(form.action).toBe(`${rostersPage}/folder/delete`);
    const deleted = await c.postRaw(form.action, form.fields);
    expect(deleted.status).toBe(303);
    expect(existsSync(join(folder, 'rosters'))).toBe(false);
    const after = plainText((await c.get(deleted.headers.get('location') ?? '')).text);
    expect(after).toContain('Đã xoá thư mục rosters');
    expect(after).not.toContain('Studio không dùng thư mục này');
  });
});

describe('a folder of rosters named in capitals (“Rosters”, as Windows or macOS keep it typed)', () => {
  afterAll(removeTempDirs);

  it('is left out of the ZIP and of a copy too', async () => {
    const { s, c, folder } = await studioWithExample({}, slug);
    await rename(join(folder, 'rosters'), join(folder, 'Rosters'));
    const zip = await c.get(`/c/${slug}/campaign.zip`);
    expect(zip.status).toBe(200);
    const names = Object.keys(unzipSync(zip.bytes));
    expect(names).toContain(`${slug}/campaign.yaml`);
    expect(names.filter((n) => /rosters/i.test(n))).toEqual([]);
    const copy = await copiedCampaign(c, slug, 'Công dân số Hải Phòng 2027');
    const copied = await readdir(join(s.dataDir, 'campaigns', copy));
    expect(copied).toContain('campaign.yaml');
    expect(copied.filter((n) => /rosters/i.test(n))).toEqual([]);
    await s.close();
  });
});
