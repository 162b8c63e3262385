/**
 * The lines under the app's store codes are optional in campaign.yaml (the loader prints "Mã QR
 * tải ứng dụng <tên> (dùng cho điện thoại iPhone/Android)" without them): a save of the studio's
 * form must not write them as empty texts, which the loader refuses, for a campaign that has
 * none — nor when the office empties them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCampaign } from '../../src/load/campaign.js';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

describe('the app captions in the studio form', () => {
  const ex = exampleForTests();

  it('a campaign without them saves and loads, and prints the default lines', async () => {
    const text = await readFile(ex.file, 'utf8');
    const without = text.replace(/^ {2}qr_caption_(ios|android):.*\n/gm, '');
    expect(without).not.toContain('qr_caption');
    await writeFile(ex.file, without);
    const saved = await saveCampaignPage(ex.c, 'hai-phong');
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const after = await readFile(ex.file, 'utf8');
    expect(parse(after).app.qr_caption_ios).toBeUndefined();
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.app?.qr_caption_ios).toBe(
      'Mã QR tải ứng dụng Smart Hải Phòng (dùng cho điện thoại iPhone)',
    );
  });

  it('emptied by the office, they are taken out of the file, not left empty', async () => {
    const saved = await saveCampaignPage(ex.c, 'hai-phong', {
      'app.qr_caption_ios': 'Quét mã này bằng iPhone',
      'app.qr_caption_android': '',
    });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const app = parse(await readFile(ex.file, 'utf8')).app;
    expect(app.qr_caption_ios).toBe('Quét mã này bằng iPhone');
    expect(app).not.toHaveProperty('qr_caption_android');
    expect((await loadCampaign(ex.file)).campaign.app?.qr_caption_android).toMatch(/Android\)$/);
  });
});
