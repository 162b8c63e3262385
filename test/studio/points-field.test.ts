/**
 * qa56 M6: the studio's "Điều cần biết" (`points`), what residents of an awareness campaign are to
 * know with nothing to tick. Folded under its summary while empty (most campaigns have steps
 * instead), open once set; saved one point a line, read by the build as typed.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCampaign } from '../../src/load/campaign.js';
import { fieldLabel, openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

/** Two of QA's luadao-actions.yaml rules, typed with the list marks a clerk pastes. */
const TYPED = ['- Không bấm đường link lạ.', '2. Không cung cấp mã OTP cho bất kỳ ai.'];
const POINTS = ['Không bấm đường link lạ.', 'Không cung cấp mã OTP cho bất kỳ ai.'];
const FOLD =
  /<details class="optional-part"( open)?><summary>Điều cần biết \(tuyên truyền, nếu có\)<\/summary>/;

describe('the points to know in the studio form (qa56 M6)', () => {
  const ex = exampleForTests('dieu-can-biet');

  it('is a field with its Vietnamese label, folded while empty', async () => {
    const page = await ex.c.get('/c/dieu-can-biet');
    expect(page.status).toBe(200);
    expect(fieldLabel(page.text, 'f-points')).toBe('Điều cần biết');
    const fold = FOLD.exec(page.text);
    expect(fold).not.toBeNull();
    expect(fold?.[1]).toBeUndefined();
  });

  it('is saved one point a line, read by the build, and shown again open', async () => {
    const res = await saveCampaignPage(ex.c, 'dieu-can-biet', { points: TYPED.join('\r\n') });
    expect(res.status, res.text.slice(0, 2000)).toBeLessThan(400);
    expect(parse(await readFile(ex.file, 'utf8')).points).toEqual(POINTS);
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.points).toEqual(POINTS);
    const again = await openCampaignPage(ex.c, 'dieu-can-biet');
    expect(again.points).toBe(POINTS.join('\n'));
    expect(FOLD.exec((await ex.c.get('/c/dieu-can-biet')).text)?.[1]).toBe(' open');
  });
});
