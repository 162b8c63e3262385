/**
 * qa57 p4: the swimming class's groups list (test/fixtures/qa57-boi) has "Số trẻ từ 6 đến 15
 * tuổi", a column of counts no measure used yet. The studio's Danh sách tổ tab said how to take a
 * measure against it with the example "Số hộ đã ký cam kết | Số trẻ từ 6 đến 15 tuổi": households
 * rated against children. The example's measure now counts what the column counts. (A measure
 * `of: trẻ` now takes that column as its base: the campaign here counts households, so that the
 * column is still one no measure uses.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText as plain, studioWithCampaign, type TestStudio } from './studio.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa57-boi/${name}`, import.meta.url));

describe('the hint of an unused column of children', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithCampaign('boi', [
      fixture('campaign.yaml'),
      fixture('groups.csv'),
    ]));
    const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    const children = 'label: Số trẻ đăng ký học bơi\n    of: trẻ';
    expect(yaml).toContain(children);
    await writeFile(
      join(folder, 'campaign.yaml'),
      yaml.replace(children, 'label: Số hộ đã nhận thông báo\n    of: households'),
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('gives an example measure of children against it', async () => {
    const text = plain((await c.get('/c/boi/groups')).text);
    expect(text).toContain('rồi tên cột, ví dụ “Số trẻ đã đăng ký | Số trẻ từ 6 đến 15 tuổi”');
    expect(text).not.toContain('Số hộ đã ký cam kết | Số trẻ');
  });
});
