/**
 * What the leaders' tab and pages promise (qa5 G12): the tab names only the documents the
 * campaign has — posters for a campaign without an app too, since it has them (qa50 p9), worded
 * for it — and a leader's page counts an A3
 * poster's pages as sheets to hang side by side, printed one-sided ("2 tờ, in một mặt"), not
 * "2 trang", which a print shop may print back to back. The flyer a leader downloads there is
 * tagged for screen readers (qa41 MAJOR-2): its second copy on the sheet is not read.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seenHtml } from '../serve/server.js';
import { structure } from '../support/pdf-structure.js';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** The tab's first paragraph, tags dropped. */
const intro = (html: string) =>
  /<p>(Mỗi [^<]*đường dẫn riêng[^<]*)<\/p>/.exec(html)?.[1]?.replace(/\s+/g, ' ') ?? '';

describe('the leaders’ tab and pages say what there is', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    let folder: string;
    // The example's first five groups (tổ 5's page is the one read): each campaign's pages
    // open for five, not 32.
    ({ s, c, folder } = await studioWithExample({}, 'co-app', undefined, { groups: 5 }));
    // A second campaign: the same without the app, whose posters carry its links' codes.
    const other = join(s.dataDir, 'campaigns', 'khong-app');
    await cp(folder, other, { recursive: true });
    const yaml = await readFile(join(other, 'campaign.yaml'), 'utf8');
    await writeFile(
      join(other, 'campaign.yaml'),
      yaml.replace(/^app:\n(?: {2}.*\n|\s*\n)+/m, 'app: null\n'),
    );
    for (const slug of ['co-app', 'khong-app']) {
      expect((await c.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`)).status).toBe(303);
    }
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('names the posters for a campaign without an app as for one with, and never the app', async () => {
    const tab = (await c.get('/c/khong-app/leaders')).text;
    const without = intro(tab);
    expect(without).toContain(
      'mở trên điện thoại để xem và tải văn bản, áp phích, ảnh áp phích, tờ rơi,',
    );
    const withApp = intro((await c.get('/c/co-app/leaders')).text);
    expect(withApp).toContain('xem và tải văn bản, áp phích, ảnh áp phích, tờ rơi,');
    // A leader's page of it (an ended contest's: its documents to keep): the poster's line says
    // what it carries, not an app's codes.
    const link = /id="link-5" class="leader-url" value="([^"]+)"/.exec(tab)?.[1] ?? '';
    const page = seenHtml((await c.get(new URL(link).pathname)).text);
    // A contest's: its days and its page's code (review52 #11: what this poster holds), "mã QR"
    // never broken in two at a phone's width (qa53 p3: a no-break space).
    expect(page).toContain('Tên chiến dịch, thời gian, mã\u00a0QR; dán ở nơi đông người');
    expect(page).not.toContain('cài ứng dụng');
  });

  it('counts an A3 poster in sheets to hang, printed one-sided; a notice in pages', async () => {
    const tab = (await c.get('/c/co-app/leaders')).text;
    const link = /id="link-5" class="leader-url" value="([^"]+)"/.exec(tab)?.[1] ?? '';
    const path = new URL(link).pathname;
    // The documents drawn first: the page shows their page counts once they are.
    await c.get(`${path}all.zip`);
    const page = (await c.get(path)).text;
    const item = (title: string) =>
      new RegExp(`<h3>${title}</h3>[\\s\\S]*?<p class="meta">([^<]+)</p>`).exec(
        seenHtml(page),
      )?.[1] ?? '';
    const a3 = await pdfInfo((await c.get(`${path}poster-a3.pdf`)).bytes);
    expect(a3.pages).toBe(2);
    expect(item('Áp phích A3')).toMatch(/^PDF · 2 tờ, in một mặt · /);
    expect(page).toContain('mỗi tờ một mã, dán các tờ cạnh nhau');
    const notice = await pdfInfo((await c.get(`${path}notice.pdf`)).bytes);
    expect(item('Thông báo của phường')).toMatch(new RegExp(`^PDF · ${notice.pages} trang · `));
    // "Xem" of the poster: its pages view says sheets too.
    const view = seenHtml((await c.get(`${path}poster-a3.html`)).text);
    expect(view).toContain('Tổ dân phố số 5 · 2 tờ, in một mặt');
  });

  it("a leader's flyer from the studio is tagged: its two copies read once, its code a figure (qa41)", async () => {
    const tab = (await c.get('/c/co-app/leaders')).text;
    const link = /id="link-5" class="leader-url" value="([^"]+)"/.exec(tab)?.[1] ?? '';
    const flyer = (await c.get(`${new URL(link).pathname}flyer.pdf`)).bytes;
    const campaign = parse(
      await readFile(join(s.dataDir, 'campaigns', 'co-app', 'campaign.yaml'), 'utf8'),
    );
    const title: string = campaign.contest.name;
    expect(collapseSpaces(await pdfText(flyer)).split(title).length - 1).toBe(2);
    const nodes = await structure(flyer);
    expect(
      nodes
        .map((n) => n.text)
        .join('\n')
        .split(title).length - 1,
    ).toBe(1);
    const figures = nodes.filter((n) => n.role === 'Figure').map((n) => n.alt ?? '');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toContain(`(${campaign.links.contest.url})`);
  });
});
