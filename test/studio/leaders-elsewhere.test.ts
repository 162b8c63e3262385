/**
 * qa47 m2: the leaders' links are per campaign. A leader who opens last campaign's link — its
 * last day passed, or its pages closed by the office — while the studio has another campaign open
 * for the same tổ is pointed to that one (one line and its link), not left at a dead end. Real
 * studio on loopback: the example (a contest that ended 11/11/2025) and a copy of it re-dated to
 * run now, both opened; the names expected from the copy's own file.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeTempDirs } from '../support/tmp.js';
import { leaderLinks, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const OLD = 'hai-phong';
const NEW = 'dot-2';

/** A day `days` from today on the ward's clock, YYYY-MM-DD. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('a leader’s page of an ended or closed campaign, another open for the same tổ', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let oldLinks: Map<string, string>;
  let newLinks: Map<string, string>;
  let newName: string;
  const GROUP = 'Tổ dân phố số 2';
  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample({}, OLD, undefined, { groups: 3 }));
    const copy = join(s.dataDir, 'campaigns', NEW);
    await cp(folder, copy, { recursive: true });
    const yaml = (await readFile(join(folder, 'campaign.yaml'), 'utf8'))
      .replace(/^issued: \S+/m, `issued: ${dayFromNow(-3)}`)
      .replace(/^ {2}number: 5\b/m, '  number: 6')
      .replace(/^ {2}name: Công dân số .+$/m, '  name: Công dân số Hải Phòng năm 2027')
      .replace(/^ {2}starts: \S+/m, `  starts: ${dayFromNow(-2)}`)
      .replace(/^ {2}ends: \S+/m, `  ends: ${dayFromNow(30)}`);
    await writeFile(join(copy, 'campaign.yaml'), yaml);
    newName = (parse(yaml) as { contest: { name: string } }).contest.name;
    oldLinks = await leaderLinks(office, OLD);
    newLinks = await leaderLinks(office, NEW);
    leader = new Client(s.url);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  /** The line pointing to the open campaign, and its link (an href of the page). */
  const pointer = (page: string) => ({
    said: [...page.matchAll(/<p[^>]*>((?:(?!<\/p>)[\s\S])*Chiến dịch đang mở cho[\s\S]*?)<\/p>/g)]
      .map((m) => visible(m[1] ?? '').trim())
      .join(' | '),
    hrefs: [...page.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]),
  });

  /** The page's one line naming the open campaign, and its link to the tổ's page there. */
  const expectPointsToNew = (page: string) => {
    const { said, hrefs } = pointer(page);
    expect(said).toBe(`Chiến dịch đang mở cho ${GROUP}: ${newName}`);
    expect(hrefs).toContain(newLinks.get(GROUP));
  };

  it('the leaders tab says the links are per campaign, to be sent again each time', async () => {
    for (const slug of [OLD, NEW]) {
      const tab = visible((await office.get(`/c/${slug}/leaders`)).text);
      expect(tab).toContain(
        'Mỗi chiến dịch có đường dẫn riêng: hãy gửi đường dẫn của chiến dịch này cho các tổ trưởng',
      );
    }
  });

  it('the ended campaign’s page names the open one and links to the tổ’s page of it', async () => {
    expect(oldLinks.get(GROUP), [...oldLinks.keys()].join(', ')).toBeDefined();
    const page = await leader.get(oldLinks.get(GROUP) ?? '');
    expect(page.status).toBe(200);
    expect(visible(page.text)).toContain('đã kết thúc ngày 11/11/2025');
    expectPointsToNew(page.text);
    // The link opens the tổ's page of the running campaign, which points nowhere else.
    const opened = await leader.get(newLinks.get(GROUP) ?? '');
    expect(opened.status).toBe(200);
    expect(visible(opened.text)).toContain(newName);
    expect(visible(opened.text)).not.toContain('Chiến dịch đang mở cho');
  });

  it('a tổ whose link was renewed in the open campaign is not pointed there (read49: the old link’s holder may be the one cut off)', async () => {
    const other = 'Tổ dân phố số 3';
    expect(oldLinks.get(other), [...oldLinks.keys()].join(', ')).toBeDefined();
    const renew = await office.post(`/c/${NEW}/leaders/renew`, { to: '3' }, `/c/${NEW}/leaders`);
    expect(renew.status).toBe(303);
    const page = await leader.get(oldLinks.get(other) ?? '');
    expect(page.status).toBe(200);
    expect(visible(page.text)).toContain('đã kết thúc ngày 11/11/2025');
    expect(pointer(page.text).said).toBe('');
  });

  it('after the office closes the old pages, the closed page says the same', async () => {
    const stop = await office.post(`/c/${OLD}/leaders/stop`, {}, `/c/${OLD}/leaders`);
    expect(stop.status).toBe(303);
    const page = await leader.get(oldLinks.get(GROUP) ?? '');
    expect(page.status).toBe(410);
    expect(visible(page.text)).toContain('Trang đã đóng');
    expectPointsToNew(page.text);
  });

  it('once the new campaign’s pages close too, nothing is pointed to', async () => {
    const stop = await office.post(`/c/${NEW}/leaders/stop`, {}, `/c/${NEW}/leaders`);
    expect(stop.status).toBe(303);
    const page = await leader.get(oldLinks.get(GROUP) ?? '');
    expect(page.status).toBe(410);
    expect(pointer(page.text).said).toBe('');
  });
});
