/**
 * The list of an office that has used the studio for years (qa27 F4): newest first by the
 * campaign's own date (the notice's), not by the last save of campaign.yaml (a phone number fixed
 * in an old campaign put it on top), grouped by year, each row saying where the campaign stands,
 * a search that works as a plain GET `?q=`, and "Bắt đầu từ" in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { addDatedCampaigns, CAMPAIGNS, shown, TODAY } from './dated-campaigns.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe('the list of an office with years of campaigns', () => {
  let s: TestStudio;
  let c: Client;
  let exampleIssued: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample({}, 'hai-phong'));
    exampleIssued = await addDatedCampaigns(s.dataDir, folder);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  /** The names in the order `text` shows them. */
  const order = (text: string, names: readonly string[]) =>
    [...names].sort((a, b) => text.indexOf(`>${a}<`) - text.indexOf(`>${b}<`));

  it('orders the campaigns by their notice’s date, newest first, whatever was saved last', async () => {
    const home = (await c.get('/')).text;
    const byDate = [...CAMPAIGNS, { name: 'hai-phong', issued: exampleIssued }]
      .sort((a, b) => b.issued.localeCompare(a.issued))
      .map((k) => k.name);
    const names = CAMPAIGNS.map((k) => k.name);
    // Each listed, or a missing one (indexOf −1) would sort first unseen.
    for (const n of names) expect(home).toContain(`>${n}<`);
    expect(order(home, names)).toEqual(byDate.filter((n) => names.includes(n)));
    // "Bắt đầu từ" on Chiến dịch mới: the same order.
    const from = (await c.get('/new')).text;
    const options = (n: string) => from.indexOf(`Bản sao của: ${n} (`);
    expect([...names].sort((a, b) => options(a) - options(b))).toEqual(
      byDate.filter((n) => names.includes(n)),
    );
  });

  it('groups them by year, the years whose campaigns all ended folded', async () => {
    const home = (await c.get('/')).text;
    const years = [
      ...new Set(
        [TODAY, ...CAMPAIGNS.map((k) => k.issued), exampleIssued].map((d) => d.slice(0, 4)),
      ),
    ];
    for (const y of years) expect(home).toContain(`<h2>${y}</h2>`);
    expect(home).toMatch(/<details class="year" data-year="2024">/);
    expect(home).toMatch(
      new RegExp(`<details class="year" open data-year="${TODAY.slice(0, 4)}">`),
    );
  });

  it('says of each campaign whether it runs, has ended or is not printed yet', async () => {
    const home = (await c.get('/')).text;
    const row = (name: string) => home.slice(home.indexOf(`>${name}<`)).split('</li>')[0] ?? '';
    const [old, vneid, tet] = CAMPAIGNS;
    expect(row(tet?.name ?? '')).toContain(`đang diễn ra đến ${shown(tet?.ends ?? '')}`);
    expect(row(vneid?.name ?? '')).toContain(`đã kết thúc ${shown(vneid?.ends ?? '')}`);
    expect(row(old?.name ?? '')).toContain(`đã kết thúc ${shown(old?.ends ?? '')}`);
    expect(row(tet?.name ?? '')).toContain('chưa tạo tệp in');
  });

  it('finds a campaign by its name without marks, or its number, as a plain GET', async () => {
    const home = (await c.get(`/?q=${encodeURIComponent('qua tet')}`)).text;
    const shownRows = [...home.matchAll(/<li data-search="[^"]*">/g)];
    expect(shownRows).toHaveLength(1);
    expect(home).toContain(`1/${CAMPAIGNS.length + 1} chiến dịch khớp với “qua tet”`);
    expect(home.slice(home.indexOf(shownRows[0]?.[0] ?? ''))).toContain(`>${CAMPAIGNS[2]?.name}<`);
    const byNumber = (await c.get('/?q=318')).text;
    expect([...byNumber.matchAll(/<li data-search="[^"]*">/g)]).toHaveLength(1);
    expect(byNumber).toContain('1/4 chiến dịch khớp');
    const none = (await c.get('/?q=zzz')).text;
    expect(none).toContain('Không có chiến dịch nào khớp');
  });

  it('counts, searching, the matches in each year’s heading, of the year’s campaigns', async () => {
    const home = (await c.get(`/?q=${encodeURIComponent('qua tet')}`)).text;
    const tet = CAMPAIGNS[2];
    const year = tet?.issued.slice(0, 4) ?? '';
    const inYear = [...CAMPAIGNS, { issued: exampleIssued }].filter((k) =>
      k.issued.startsWith(year),
    ).length;
    const heading = home.slice(home.indexOf(`<h2>${year}</h2>`)).split('</summary>')[0] ?? '';
    expect(heading.replace(/<[^>]+>/g, '')).toContain(`1 trong ${inYear} chiến dịch`);
    // Without a search, the year's own count.
    const all = (await c.get('/')).text;
    const plain = all.slice(all.indexOf(`<h2>${year}</h2>`)).split('</summary>')[0] ?? '';
    expect(plain.replace(/<[^>]+>/g, '')).toContain(` ${inYear} chiến dịch`);
    expect(plain).not.toContain(' trong ');
  });
});
