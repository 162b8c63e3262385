/**
 * The leaders tab's "Chiến dịch đã kết thúc ngày …, nhưng trang tổ trưởng vẫn mở" reads the
 * campaign's days as `check` does (campaign-days.ts `ownDaysOf`, `endedOn`): a `when` written
 * from each group's own column ({{group.[Ngày tiêm]}}) has no one day for the campaign, so a
 * fixed day beside it, past, does not make the campaign over (read49: the tab said so while
 * `check` and the print question stayed silent). The fire drill of test/fixtures/qa40, no
 * contest, its groups with long names.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { leaderLinks, visible } from './results-figures.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

const QA40 = 'test/fixtures/qa40';
const SLUG = 'tiem-theo-to';

describe('a campaign whose time is each group’s own, beside a past day', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    const folder = join(s.dataDir, 'campaigns', SLUG);
    await mkdir(folder, { recursive: true });
    const yaml = (await readFile(join(QA40, 'd-pccc.yaml'), 'utf8')).replace(
      /^when: .*$/m,
      'when: "{{group.[Ngày tiêm]}} (họp rút kinh nghiệm ngày 15/11/2026)"',
    );
    expect(yaml).toContain('{{group.[Ngày tiêm]}}');
    await writeFile(join(folder, 'campaign.yaml'), yaml);
    await writeFile(join(folder, 'groups.csv'), await readFile(join(QA40, 'groups.csv')));
    expect((await leaderLinks(c, SLUG)).size).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is not said over on the leaders tab', async () => {
    const tab = visible((await c.get(`/c/${SLUG}/leaders`)).text);
    expect(tab).toContain('Mỗi chiến dịch có đường dẫn riêng');
    expect(tab).not.toContain('Chiến dịch đã kết thúc ngày');
  });
});
