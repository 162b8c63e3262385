/**
 * qa59 M3, p3, p4 in the studio: QA's awareness campaign "Đội mũ bảo hiểm cho trẻ em"
 * (test/fixtures/qa59-atgt: notice, slogan, four points to know; no action, measure, time,
 * place or deadline).
 * - M3: the campaign page said "không làm áp phích … Muốn có áp phích, ảnh áp phích thì điền mục
 *   “Việc người dân cần làm”"; its poster is now made of the points and nothing is said; before
 *   the points are typed, the note names them among what makes a flyer and a poster, as the
 *   build's hint does.
 * - p3: the slogan's warning told the office to edit "templates/flyer.hbs"; it now says the flyer
 *   and poster that print it are not made, and what makes them.
 * - p4: Kết quả and the leaders' tab said "Thêm chỉ tiêu ở thẻ Nội dung" to a campaign with
 *   nothing to count; they say there is nothing to report, and suggest a measure only where a
 *   count makes sense (a campaign with something residents do).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa59-atgt/${name}`, import.meta.url));

describe('the studio’s pages of an awareness campaign', () => {
  let s: TestStudio;
  let c: Client;
  let file: string;
  let yaml: string;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithCampaign('mu-bao-hiem', [
      fixture('campaign.yaml'),
      fixture('groups.csv'),
    ]));
    file = join(folder, 'campaign.yaml');
    yaml = await readFile(file, 'utf8');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });
  const page = async (path: string) => plainText((await c.get(path)).text);

  it('says nothing of a poster it does not make, or of actions to add', async () => {
    const text = await page('/c/mu-bao-hiem');
    expect(text).toContain('Đội mũ bảo hiểm cho trẻ em');
    expect(text).not.toContain('không làm áp phích');
    expect(text).not.toContain('Muốn có');
  });

  it('says there is nothing for the leaders to report, not to add a measure', async () => {
    for (const tab of ['results', 'leaders']) {
      const text = await page(`/c/mu-bao-hiem/${tab}`);
      expect(text).toContain(
        'Chiến dịch này không có việc nào để đếm (không có việc người dân cần làm, cuộc thi hay buổi người dân đến), nên không có gì để các tổ trưởng báo cáo',
      );
      expect(text).not.toContain('Thêm chỉ tiêu');
    }
  });

  it('suggests a measure where there is something to count', async () => {
    await writeFile(
      file,
      `${yaml}actions:\n  - step: Đội mũ bảo hiểm cho trẻ mỗi khi chở trẻ bằng xe máy, xe đạp điện.\n`,
    );
    try {
      for (const tab of ['results', 'leaders']) {
        const text = await page(`/c/mu-bao-hiem/${tab}`);
        expect(text).toContain('Chiến dịch chưa có chỉ tiêu nào');
        expect(text).toContain(
          'Thêm chỉ tiêu ở thẻ Nội dung nếu muốn các tổ trưởng báo cáo số liệu',
        );
      }
    } finally {
      await writeFile(file, yaml);
    }
  });

  it('before its points, names them among what makes a flyer and a poster, and no template', async () => {
    await writeFile(file, yaml.slice(0, yaml.indexOf('points:')));
    try {
      const text = await page('/c/mu-bao-hiem');
      expect(text).toContain(
        'Chỉ in thông báo: muốn có tờ rơi, áp phích thì điền “Điều cần biết”, “Thời gian”, “Địa điểm” hoặc “Thời hạn”',
      );
      // The slogan, printed by the flyer and the poster only (qa59 p3).
      expect(text).toContain(
        'Mục này chỉ in trên áp phích và tờ rơi, mà chiến dịch này chưa làm các tài liệu đó: chúng được làm khi có “Điều cần biết”, “Việc người dân cần làm”, “Thời gian”, “Địa điểm” hoặc “Thời hạn”',
      );
      expect(text).not.toContain('templates/');
      expect(text).not.toContain('.hbs');
    } finally {
      await writeFile(file, yaml);
    }
  });
});
