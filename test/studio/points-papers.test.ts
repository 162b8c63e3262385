/**
 * An awareness campaign of points to know (qa56 M6: QA's "Cảnh giác lừa đảo qua mạng", `points`
 * and no actions or measures) on the studio's campaign page: it said, as build and check did,
 * "Chỉ làm thông báo, áp phích, …: … (không làm phiếu kiểm tra, bảng theo dõi). Muốn có phiếu
 * kiểm tra, bảng theo dõi thì điền mục “Việc người dân cần làm” …", though a campaign of points
 * means no checklist and no tracking sheet. Nothing is said of them now, nor of its poster
 * without its link: it is made of the points (qa59 M3).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-luadao/${name}`, import.meta.url));

describe('the studio’s page of a campaign of points to know', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithCampaign('lua-dao', [
      fixture('campaign.yaml'),
      fixture('groups.csv'),
    ]));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says nothing of the checklist and tracking sheet it is meant to be without', async () => {
    const text = plainText((await c.get('/c/lua-dao')).text);
    expect(text).toContain('Cảnh giác lừa đảo qua mạng');
    expect(text).not.toContain('Chỉ làm thông báo');
    expect(text).not.toContain('phiếu kiểm tra, bảng theo dõi');
  });

  it('without its link, says nothing: its poster is made of the points', async () => {
    // qa59 M3: "… (không làm áp phích, ảnh áp phích). Muốn có áp phích, ảnh áp phích thì điền
    // mục “Việc người dân cần làm”", which made a household tick sheet.
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(
      file,
      yaml.slice(0, yaml.indexOf('links:')) + yaml.slice(yaml.indexOf('points:')),
    );
    const text = plainText((await c.get('/c/lua-dao')).text);
    expect(text).toContain('Cảnh giác lừa đảo qua mạng');
    expect(text).not.toContain('không làm áp phích');
    expect(text).not.toContain('Muốn có');
  });
});
