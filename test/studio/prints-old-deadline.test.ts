/**
 * "Tệp in cũ" after a save of "Hạn báo cáo" alone (qa58b M4): no paper prints that day (it is the
 * leaders' form's and the results report's), so the print files stay current on the build tab and
 * the campaign list; a save of a printed field after it makes them old, as before. Through the
 * campaign form over HTTP on loopback, as the office saves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { openCampaignPage } from './campaign-page.js';
import { visible } from './results-figures.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const slug = 'hai-phong';

describe('“Tệp in cũ” and a moved “Hạn báo cáo”', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({}, slug, undefined, { groups: 1 }));
    expect((await buildAndWait(c, slug)).state).toBe('done');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  /** Whether the list's row and the tab each say the prints are old. */
  async function seen(): Promise<{ list: boolean; tab: boolean }> {
    const home = (await c.get('/')).text;
    const row = visible(home.slice(home.indexOf(`href="/c/${slug}"`)).split('</li>')[0] ?? '');
    const tab = plainText((await c.get(`/c/${slug}/build`)).text);
    return { list: row.includes('tệp in cũ'), tab: tab.includes('Tệp in cũ') };
  }

  it('stays current after the deadline alone is saved, old after a printed field is', async () => {
    expect(await seen()).toEqual({ list: false, tab: false });
    const form = await openCampaignPage(c, slug);
    const moved = await c.postRaw(`/c/${slug}`, { ...form, 'report.deadline': '20/11/2025' });
    expect(moved.status, moved.text.slice(0, 300)).toBe(303);
    expect(await seen()).toEqual({ list: false, tab: false });
    // Moved again: still nothing printed changed since the build.
    const again = await openCampaignPage(c, slug);
    await c.postRaw(`/c/${slug}`, { ...again, 'report.deadline': '25/11/2025' });
    expect(await seen()).toEqual({ list: false, tab: false });
    // "Thời gian" prints on the flyer: now the files are old.
    const printed = await openCampaignPage(c, slug);
    const when = await c.postRaw(`/c/${slug}`, { ...printed, when: '7 giờ 00, Chủ nhật' });
    expect(when.status, when.text.slice(0, 300)).toBe(303);
    expect(await seen()).toEqual({ list: true, tab: true });
  });
});
