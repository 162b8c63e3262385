/**
 * A new campaign's own "Kính gửi" (qa58 M4): the skeleton wrote `{{term.Group}} {{group.name}}`,
 * and the first Lưu, before the office had typed anything there, warned "Mục “Kính gửi”: Nội
 * dung văn bản khác nhau theo từng tổ …" on Nội dung, under "Lưu ý trước khi in" and "Bản gốc".
 * The default the product writes now needs no warning: "Trưởng các tổ dân phố", one text for
 * every tổ, printed so on the notice.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { blankCampaign, pageText, uploadExampleGroups } from './office-steps.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

const PER_GROUP = /khác nhau theo từng|Kính gửi”: N/;

describe('a new campaign’s “Kính gửi”', () => {
  let s: TestStudio;
  let c: Client;
  let slug = '';
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    slug = await blankCampaign(c, 'BHYT hộ gia đình 2027');
    await uploadExampleGroups(c, slug, 3);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('is saved as it came without a warning about itself, on Nội dung and In và tải về', async () => {
    const saved = await saveCampaignPage(c, slug);
    expect(saved.status).toBe(303);
    const edit = pageText((await c.get(`/c/${slug}?saved=1`)).text);
    expect(edit).toContain('Đã lưu');
    expect(edit).toContain('Trưởng {{term.groups}}');
    expect(edit).not.toMatch(PER_GROUP);
    const build = pageText((await c.get(`/c/${slug}/build`)).text);
    expect(build).not.toMatch(PER_GROUP);
  });

  it('prints “Kính gửi: Trưởng các tổ dân phố” on every tổ’s notice', async () => {
    const { campaign } = await loadCampaign(join(s.dataDir, 'campaigns', slug, 'campaign.yaml'));
    const group: Group = {
      id: '1',
      name: 'Tổ dân phố số 1',
      source: { file: 'groups.csv', row: 2 },
    };
    const text = collapseSpaces(await pdfText((await renderFor(notice, campaign, group)).bytes));
    expect(text).toContain('Kính gửi: Trưởng các tổ dân phố');
    expect(text).not.toContain('{{');
  });
});
