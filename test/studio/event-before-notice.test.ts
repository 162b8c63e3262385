/**
 * The studio's campaign warnings (qa47 M2): a drill whose time (20/12/2026) is before its
 * notice's date (04/01/2027) was saved with "Đã lưu." and no word. The edit page says it at
 * “Thời gian”, as `check` does. A contest over before its notice's date: the hint names the form's
 * fields by their labels, once quoted (review49: ““Ngày kết thúc”” and the file's key “issued”).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, signedInStudio, type TestStudio } from './studio.js';

const QA40 = 'test/fixtures/qa40';

describe('a campaign time before the notice in the studio', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    const folder = join(s.dataDir, 'campaigns', 'pccc-2027');
    await mkdir(folder, { recursive: true });
    const yaml = (await readFile(join(QA40, 'd-pccc.yaml'), 'utf8'))
      .replace('issued: 2026-12-03', 'issued: 2027-01-04')
      .replaceAll('06/12/2026', '20/12/2026');
    await writeFile(join(folder, 'campaign.yaml'), yaml);
    await writeFile(join(folder, 'groups.csv'), await readFile(join(QA40, 'groups.csv')));
    const contest = join(s.dataDir, 'campaigns', 'thi-cu');
    await mkdir(contest, { recursive: true });
    const example = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    await writeFile(
      join(contest, 'campaign.yaml'),
      example.replace(/^issued: \S+/m, 'issued: 2025-12-01'),
    );
    await writeFile(join(contest, 'groups.csv'), await readFile(EXAMPLE_GROUPS));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is warned of on the edit page, naming the field', async () => {
    const page = plainText((await c.get('/c/pccc-2027')).text);
    expect(page).toContain(
      'Mục “Thời gian”: Thời gian của chiến dịch (20/12/2026) trước ngày ban hành văn bản 04/01/2027',
    );
  });

  it('a contest over before the notice: its hint names the fields by their labels', async () => {
    const page = plainText((await c.get('/c/thi-cu')).text);
    expect(page).toContain(
      'Kiểm tra lại ngày kết thúc cuộc thi ở mục “Ngày kết thúc” (và trong nội dung thông báo) hoặc ngày ban hành ở mục “Ngày ban hành”',
    );
    expect(page).not.toContain('““');
    expect(page).not.toContain('“issued”');
  });
});
