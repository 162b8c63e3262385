/**
 * A clean-up day's checklist counted per household (qa54 M4): the campaign of
 * test/fixtures/qa54-cnx counts the people who came ("Số người tham gia", `of: people`), but its
 * steps are a household's ("Cử ít nhất 01 người của hộ tham gia ra quân"). The leader's page said
 * "In 780 bản (mỗi người một bản)" for Tổ 1's 780 residents; it is one copy a household, as its
 * tracking sheet has a row a household. The page from a real server on loopback.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { fromHtml } from './leader-page.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa54-cnx/${name}`, import.meta.url));

let s: TestServer;
let campaign: string;
let groups: string;
beforeAll(async () => {
  campaign = await readFile(fixture('campaign.yaml'), 'utf8');
  groups = await readFile(fixture('groups.csv'), 'utf8');
  s = await startServer({ ward: await wardOf(campaign, groups) });
}, 120_000);
afterAll(async () => {
  await s?.app.close();
  await removeTempDirs();
});

const countsOf = (html: string) =>
  [...html.matchAll(/<p class="print-count">([\s\S]*?)<\/p>/g)].map((m) => fromHtml(m[1] ?? ''));

describe('a checklist of a household’s steps (qa54 M4)', () => {
  it('is printed once for each household of the group, and handed to the households', async () => {
    // Tổ 1's row of the groups file: 210 households, 780 residents.
    const row = groups.split(/\r?\n/)[1]?.split(';') ?? [];
    expect(row.slice(5)).toEqual(['210', '780']);
    expect(campaign).toContain('Cử ít nhất 01 người của hộ tham gia');
    const html = await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text();
    expect(countsOf(html)).toEqual([
      'In 105 tờ A4 (210 hộ, mỗi tờ 2 tờ rơi)',
      'In 210 bản (mỗi hộ một bản)',
    ]);
    expect(fromHtml(html)).toContain('đưa cho các hộ tự đánh dấu');
    expect(fromHtml(html)).not.toContain('780 bản');
  });
});
