/**
 * A new campaign's date is this month alone ("12/2026" in Ngày ban hành), not a day beside a
 * ticked "Dự thảo chưa có ngày": the office typed "15/12/2026" over it and the notice printed
 * "ngày      tháng      năm 2026", the day it typed lost (qa18). Now the day typed is printed.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

const group: Group = { id: '1', name: 'Khu phố 1', source: { file: 'groups.csv', row: 2 } };

describe('a new campaign’s date', () => {
  let s: TestStudio;
  let c: Client;
  let file = '';
  let slug = '';
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    const made = await c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Tháng cao điểm phòng cháy, chữa cháy',
      from: '',
    });
    expect(made.status).toBe(303);
    slug = /^\/c\/([^?]+)/.exec(made.headers.get('location') ?? '')?.[1] ?? '';
    file = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const printed = async () => {
    const { campaign } = await loadCampaign(file);
    return collapseSpaces(await pdfText((await renderFor(notice, campaign, group)).bytes));
  };

  it('is the month alone, printed with the day blank', async () => {
    const form = await openCampaignPage(c, slug);
    expect(form.issued).toMatch(/^\d{2}\/\d{4}$/);
    // The box "undated" unticked: the browser sends nothing for it.
    expect(form).not.toHaveProperty('notice.undated');
    const [month, year] = (form.issued ?? '').split('/');
    expect(await printed()).toMatch(new RegExp(`ngày\\s+tháng ${Number(month)} năm ${year}`));
  });

  it('prints the whole day the office types over it', async () => {
    const saved = await saveCampaignPage(c, slug, { issued: '15/12/2026' });
    expect(saved.status).toBe(303);
    expect(await printed()).toContain('ngày 15 tháng 12 năm 2026');
  });
});
