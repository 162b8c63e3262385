/**
 * The same notice number twice in a year (qa47 m1): two campaigns of 2026 both "Số 03/TB-UBND"
 * (a typo, a forgotten copy) were not noticed. The edit page of each says the other; a campaign
 * with another number says nothing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, signedInStudio, type TestStudio } from './studio.js';

const QA40 = 'test/fixtures/qa40';

describe('the same notice number twice in a year', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    const drill = await readFile(join(QA40, 'd-pccc.yaml'), 'utf8');
    const put = async (slug: string, yaml: string) => {
      const folder = join(s.dataDir, 'campaigns', slug);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'campaign.yaml'), yaml);
      await writeFile(join(folder, 'groups.csv'), await readFile(join(QA40, 'groups.csv')));
    };
    await put('pccc', drill);
    // The same number and symbol, another day of the same year.
    await put('pccc-dot-2', drill.replace('issued: 2026-12-03', 'issued: 2026-12-05'));
    await put('pccc-khac', drill.replace(/^ {2}number: 3$/m, '  number: 4'));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is said on the edit page, naming the other campaign', async () => {
    const page = plainText((await c.get('/c/pccc-dot-2')).text);
    expect(page).toMatch(
      /Số 03\/TB-UBND năm 2026 đã dùng cho chiến dịch “[^”]+” \(Số 03\/TB-UBND, ngày 03\/12\/2026\)/,
    );
  });

  it('is not said for another number', async () => {
    expect(plainText((await c.get('/c/pccc-khac')).text)).not.toContain('đã dùng cho chiến dịch');
  });
});
