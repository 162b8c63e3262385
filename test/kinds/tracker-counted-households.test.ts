/**
 * Papers for the households a campaign counts when they are some of the group's (qa54 M3): the
 * food-safety month of test/fixtures/qa54-attp counts the businesses that signed against "Số hộ
 * kinh doanh thực phẩm" (Tổ 1: 14 of its 210 households; Tổ 3: 0). Tổ 1's tracking sheet had a
 * row for each of its 210 households (219 rows, 10 pages) and the leader's page said to print 210
 * checklists. Now the sheet has a row for each of the 14 and a few spare, and the checklist 14
 * copies; the flyer, for every household, is still counted by the households. The leader's page
 * from a real server on loopback.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from '../serve/leader-page.js';
import { startServer, type TestServer, tokenOf, wardOf } from '../serve/server.js';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa54-attp/${name}`, import.meta.url));

/** The groups file's rows: id, name, households, food businesses. */
let rows: { id: string; households: number; businesses: number }[];
let built: TextBuild;
let s: TestServer;
beforeAll(async () => {
  const campaign = await readFile(fixture('campaign.yaml'), 'utf8');
  const groups = await readFile(fixture('groups.csv'), 'utf8');
  const [header = '', ...lines] = groups.split(/\r?\n/).filter(Boolean);
  const at = (h: string) => header.split(',').indexOf(h);
  rows = lines.map((l) => {
    const c = l.split(',');
    return {
      id: c[0] ?? '',
      households: Number(c[at('Số hộ')]),
      businesses: Number(c[at('Số hộ kinh doanh thực phẩm')]),
    };
  });
  built = await buildCampaignText(campaign, groups, 'tracker');
  s = await startServer({ ward: await wardOf(campaign, groups) });
}, 120_000);
afterAll(async () => {
  await s?.app.close();
  await removeTempDirs();
});

/** The numbered rows of a tracking sheet's text, the last one. */
const lastRow = (text: string) =>
  Math.max(...[...text.matchAll(/ (\d+)(?= )/g)].map((m) => Number(m[1])).filter((n) => n < 1000));

describe('papers for the food businesses a campaign counts (qa54 M3)', () => {
  it('gives Tổ 1’s tracking sheet a row for each of its 14 businesses and a few spare, not 210', async () => {
    expect(built.code, built.stderr).toBe(0);
    const [one] = rows;
    expect(one).toMatchObject({ businesses: 14, households: 210 });
    const text = await built.text('to-dan-pho-1', 'tracker');
    expect(text).toContain('……… hộ / 14 hộ kinh doanh thực phẩm');
    expect(text).toMatch(/Trang 1\/2 /);
    const last = lastRow(text);
    expect(last).toBeGreaterThanOrEqual(14 + 3);
    expect(last).toBeLessThan(60);
  });

  it('gives Tổ 3, with no food business, one page', async () => {
    expect(rows[2]?.businesses).toBe(0);
    const text = await built.text('to-dan-pho-3', 'tracker');
    expect(text).toMatch(/Trang 1\/1 /);
  });

  it('says to print a checklist for each business, and the flyer for each household', async () => {
    const html = await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text();
    const counts = [...html.matchAll(/<p class="print-count">([\s\S]*?)<\/p>/g)].map((m) =>
      fromHtml(m[1] ?? ''),
    );
    expect(counts).toContain('In 105 tờ A4 (210 hộ, mỗi tờ 2 tờ rơi)');
    expect(counts).toContain('In 14 bản (mỗi hộ kinh doanh thực phẩm một bản)');
    expect(counts.join(' ')).not.toContain('210 bản');
  });
});
