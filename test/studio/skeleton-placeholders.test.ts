/**
 * A campaign made from the blank skeleton ("Mẫu trống") holds examples to replace: "(Họ và tên
 * người ký)", "(Địa danh)", "(PHƯỜNG, XÃ HOẶC ĐẶC KHU) (TÊN)". qa6 H17: left as they were, they
 * printed on 32 notices and the studio said "Đã tạo tệp in". "Tạo tệp in" now prints nothing while
 * such a field is unfilled, and says which fields in the form's own words; filled in, it prints.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  blankCampaign,
  buildUntil,
  pageText as text,
  uploadExampleGroups,
} from './office-steps.js';
import { pressPrintAll } from './print-all.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

describe('"Tạo tệp in" of a campaign from the blank skeleton', () => {
  let s: TestStudio;
  let c: Client;
  let slug = '';
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    slug = await blankCampaign(c, 'Thử mẫu trống');
    // Four of the example's groups: what prints and what the tab says, not how many.
    await uploadExampleGroups(c, slug, 4);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('prints nothing while a field holds the skeleton’s example, and names the fields', async () => {
    const res = await pressPrintAll(c, slug);
    expect(res.status).toBe(303);
    const page = text((await c.get(res.headers.get('location') ?? '')).text);
    expect(page).toContain('Chưa tạo tệp in:');
    // The form's labels of the fields the skeleton fills with examples.
    for (const field of ['Họ và tên người ký', 'Địa danh', 'Tên cơ quan ban hành']) {
      expect(page).toContain(`“${field}”`);
    }
    expect(page).not.toContain('Đã tạo tệp in cho');
    expect(JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state).toBe('none');
  });

  it('prints once every field is filled in', async () => {
    const file = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
    const filled = (await readFile(file, 'utf8'))
      .replace('(PHƯỜNG, XÃ HOẶC ĐẶC KHU) (TÊN)', 'PHƯỜNG LÊ CHÂN')
      .replace('(phường, xã hoặc đặc khu) (tên)', 'phường Lê Chân')
      .replace('(Địa danh)', 'Lê Chân')
      .replace('(Họ và tên người ký)', 'Nguyễn Văn An');
    await writeFile(file, filled);
    const res = await buildUntil(c, slug, 'done');
    expect(res.headers.get('location')).toBe(`/c/${slug}/build`);
    const page = text((await c.get(`/c/${slug}/build`)).text);
    expect(page).not.toContain('Chưa tạo tệp in:');
    expect(page).toContain('Đã tạo tệp in cho 4/4');
  });

  it('warns of the sample lines of its body, printed as they are (qa49)', async () => {
    // The skeleton's body: "1. Mục đích, yêu cầu – Nội dung thứ nhất. – Nội dung thứ hai."
    const file = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
    expect(await readFile(file, 'utf8')).toContain('- Nội dung thứ nhất.');
    const page = text((await c.get(`/c/${slug}`)).text);
    expect(page).toContain(
      'Mục “Nội dung”: Vẫn còn dòng mẫu “Nội dung thứ nhất.” của chiến dịch mới: nếu không sửa, dòng này được in trên mọi văn bản',
    );
  });
});
