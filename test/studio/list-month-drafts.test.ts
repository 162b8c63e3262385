/**
 * A draft dated by its month alone ("tháng 12/2026": the văn thư writes the day in when it is
 * signed) lists above the notices already dated that month, in that month's year, not below
 * them all as if it were older than the month's first day.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** Each campaign beside the example: its name and its notice's date as the office typed it. */
const DATED = [
  { slug: 'dau-thang', name: 'Ra quân đầu tháng', issued: '"02/11/2026"' },
  { slug: 'cuoi-thang', name: 'Tổng kết cuối tháng', issued: '"27/11/2026"' },
  { slug: 'du-thao-thang', name: 'Dự thảo chưa ghi ngày', issued: '"tháng 11/2026"' },
  { slug: 'thang-truoc', name: 'Đợt tháng trước', issued: '"30/10/2026"' },
];

describe('a draft dated by its month alone', () => {
  let s: TestStudio;
  let c: Client;

  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample({}, 'hai-phong'));
    const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    for (const k of DATED) {
      const dir = join(s.dataDir, 'campaigns', k.slug);
      await mkdir(dir, { recursive: true });
      await writeFile(
        join(dir, 'campaign.yaml'),
        yaml.replace(/^issued: \S+/m, `issued: ${k.issued}`),
      );
      await writeFile(join(dir, 'studio-name.txt'), `${k.name}\n`);
    }
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('lists above the month’s dated notices, under its year', async () => {
    const home = (await c.get('/')).text;
    const names = DATED.map((k) => k.name);
    const shown = [...names].sort((a, b) => home.indexOf(`>${a}<`) - home.indexOf(`>${b}<`));
    expect(names.every((n) => home.includes(`>${n}<`))).toBe(true);
    // Newest first: the month's draft, the 27th, the 2nd, then October.
    expect(shown).toEqual([
      'Dự thảo chưa ghi ngày',
      'Tổng kết cuối tháng',
      'Ra quân đầu tháng',
      'Đợt tháng trước',
    ]);
    const year = home.slice(home.indexOf('data-year="2026"'));
    expect(year.split('</details>')[0]).toContain('>Dự thảo chưa ghi ngày<');
  });
});
