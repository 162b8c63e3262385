/**
 * The groups' reported figures belong to the campaign, not to its notice's number: a store made
 * before campaigns had ids (figures under "year-number-symbol") still shows them after the
 * upgrade and after the office corrects the number; a copy of the campaign, and each new one,
 * starts with no figures, and what its leaders send never shows in the earlier campaign. On
 * SQLite and, when the test server is there, on PostgreSQL.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BACKENDS, dropTestDatabases } from '../support/stores.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { storeOldFigure } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const EXAMPLE = 'examples/hai-phong/campaign.yaml';
/**
 * What the tool before ids stored the example's figures under: its notice's year, number and
 * symbol (examples/hai-phong/campaign.yaml: issued 2025-10-09, number 5, symbol UBND-VHXH).
 */
const OLD_KEY = '2025-5-UBND-VHXH';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

/** The leader's link of every group on the campaign's "Trang tổ trưởng" tab, by group name. */
const linksOf = (page: string) =>
  new Map(
    [
      ...page.matchAll(
        /class="leader-link">\s*<h2 class="group-name"><strong>([^<]+)<\/strong>[\s\S]*?class="leader-url" value="([^"]+)"/g,
      ),
    ].map((m) => [m[1] ?? '', new URL(m[2] ?? '').pathname]),
  );

/** What a leader's page says under a measure's box (its field: so_<id>) ("Đã lưu: 120 …" or "Chưa báo cáo …"). */
const savedLine = (page: string, measure: string) =>
  new RegExp(`<p class="note" id="so_${measure}-saved">([\\s\\S]*?)</p>`)
    .exec(page)?.[1]
    ?.replace(/<[^>]+>/g, '');

describe.each(BACKENDS)('figures belong to the campaign ($name)', (backend) => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let file: string;
  let measure: string;
  let groups: number;
  const group = 'Tổ dân phố số 2';

  beforeAll(async () => {
    // The example's first three groups: whose figures show where is not about the ward's size.
    const started = await studioWithExample({}, 'hai-phong', backend, { groups: 3 });
    ({ s, c: office } = started);
    file = join(started.folder, 'campaign.yaml');
    leader = new Client(s.url);
    const example = parse(await readFile(EXAMPLE, 'utf8'));
    measure = example.measures[0].id;
    groups =
      (await readFile(join(started.folder, 'groups.csv'), 'utf8')).trim().split('\n').length - 1;
    // A store written by the tool before ids: group 2 reported 120 under the old key.
    await storeOldFigure(s.store.db, { campaign: OLD_KEY, group: '2', measure, value: 120 });
  });
  afterAll(async () => {
    await s.close();
  });

  /** The tab's count of groups that reported, and the leaders' links (pages opened first). */
  const tab = async (slug: string) => {
    const page = await office.get(`/c/${slug}/leaders`);
    if (!page.text.includes('leader-link')) {
      const opened = await office.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`);
      expect(opened.status).toBe(303);
      return tab(slug);
    }
    const count = /<strong>(\d+\/\d+) tổ<\/strong> đã báo cáo số liệu/.exec(page.text)?.[1];
    return { count, links: linksOf(page.text) };
  };

  it('shows the figures a store made before ids holds, and keeps them when the number is corrected', async () => {
    const before = await tab('hai-phong');
    expect(before.count).toBe(`1/${groups}`);
    const url = before.links.get(group) ?? '';
    expect(savedLine((await leader.get(url)).text, measure)).toMatch(/^Đã lưu: 120 /);

    // The văn thư gives the signed draft its number: 5 → 27.
    const saved = await saveCampaignPage(office, 'hai-phong', { 'notice.number': '27' });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);

    const after = await tab('hai-phong');
    expect(after.count).toBe(`1/${groups}`);
    expect(savedLine((await leader.get(url)).text, measure)).toMatch(/^Đã lưu: 120 /);
    // Kept as the file's id: what the figures are under from now on, whatever the number.
    const yaml = parse(await readFile(file, 'utf8'));
    expect(yaml.notice.number).toBe(27);
    expect(yaml.id).toBe(OLD_KEY);
  });

  /** A leader sends `value` as the first measure's figure from the group's page at `url`. */
  const send = async (url: string, value: string) => {
    const page = await leader.get(url);
    const hidden = (name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
    const sent = await leader.postRaw(`${url}ket-qua`, {
      form: hidden('form'),
      base: hidden('base'),
      [`so_${measure}`]: value,
    });
    expect(sent.status).toBe(303);
  };

  it('starts a copy with no figures, and keeps what its leaders send apart', async () => {
    // The campaign as it is now has a figure of group 3 too.
    const third = 'Tổ dân phố số 3';
    const original = await tab('hai-phong');
    const reported = Number.parseInt(original.count ?? '', 10);
    await send(original.links.get(third) ?? '', '55');
    expect((await tab('hai-phong')).count).toBe(`${reported + 1}/${groups}`);

    const made = await office.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Hội thi vòng 2',
      from: 'hai-phong',
    });
    expect(made.status).toBe(303);
    const slug = /^\/c\/([^?]+)/.exec(made.headers.get('location') ?? '')?.[1] ?? '';
    const copy = await tab(slug);
    expect(copy.count).toBe(`0/${groups}`);
    for (const name of [group, third]) {
      const page = await leader.get(copy.links.get(name) ?? '');
      expect(savedLine(page.text, measure), name).toMatch(/^Chưa báo cáo/);
    }
    // The copy's page says so, where it reminds the office to renumber it.
    const copied = await office.get(made.headers.get('location') ?? '');
    expect(copied.text).toContain('Bản sao chưa có số liệu các tổ báo cáo');
    const copyId = parse(
      await readFile(join(s.dataDir, 'campaigns', slug, 'campaign.yaml'), 'utf8'),
    ).id;
    expect(copyId).toEqual(expect.any(String));
    expect(copyId).not.toBe(OLD_KEY);

    // The copy's leader sends 7: the copy shows it, the earlier campaign still shows its 55.
    await send(copy.links.get(third) ?? '', '7');
    expect(savedLine((await leader.get(copy.links.get(third) ?? '')).text, measure)).toMatch(
      /^Đã lưu: 7 /,
    );
    expect((await tab(slug)).count).toBe(`1/${groups}`);
    expect((await tab('hai-phong')).count).toBe(`${reported + 1}/${groups}`);
    expect(savedLine((await leader.get(original.links.get(third) ?? '')).text, measure)).toMatch(
      /^Đã lưu: 55 /,
    );
  });

  it('gives each new campaign its own id (two drafts, both awaiting their number, share nothing)', async () => {
    const ids: string[] = [];
    for (const name of ['Dự thảo một', 'Dự thảo hai']) {
      const made = await office.upload('/new', 'docx', '', new Uint8Array(), { name, from: '' });
      expect(made.status).toBe(303);
      const slug = /^\/c\/([^?]+)/.exec(made.headers.get('location') ?? '')?.[1] ?? '';
      const yaml = parse(
        await readFile(join(s.dataDir, 'campaigns', slug, 'campaign.yaml'), 'utf8'),
      );
      // A new notice is a draft until the văn thư numbers and dates it (qa17).
      expect(yaml.notice.number).toBeNull();
      // Its date this month alone (qa18): a whole day typed over it dates the notice.
      expect(String(yaml.issued)).toMatch(/^\d{4}-\d{2}$/);
      expect(yaml.notice.undated).toBeUndefined();
      ids.push(yaml.id);
    }
    expect(ids[0]).toEqual(expect.any(String));
    expect(ids[1]).toEqual(expect.any(String));
    expect(ids[0]).not.toBe(ids[1]);
  });
});
