/**
 * The leaders' pages of a campaign, opened from the studio (the "Trang tổ trưởng" tab) and
 * served by the studio's own process at /p/<campaign>/g/<token>/ — serve's pages, with serve's
 * rules: no account, an unguessable link per group, secure headers, figures kept in the store
 * (here the data folder's real SQLite file). The office opens and closes them with a button; a
 * reopened campaign keeps its links. Real sockets on loopback, expected values from the example's
 * own files.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED_DIR } from '../../src/studio/publications.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  Client,
  exampleGroupsCsv,
  restartStudio,
  studioWithExample,
  type TestStudio,
} from './studio.js';

/** The example's groups as its file lists them: id, name, leader, phone. */
async function exampleGroups() {
  const text = (await readFile('examples/hai-phong/groups.csv', 'utf8')).replace(/^\uFEFF/, '');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [id = '', name = '', leader = '', phone = ''] = line.split(';');
      return { id, name, leader, phone };
    });
}

/** The links the office's page lists, by the group's name beside them. */
function linksOnPage(page: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of page.matchAll(
    /class="leader-link">\s*<h2 class="group-name"><strong>([^<]+)<\/strong>[\s\S]*?class="leader-url" value="([^"]+)"/g,
  )) {
    out.set(m[1] ?? '', m[2] ?? '');
  }
  return out;
}

describe('the leaders’ pages published from the studio', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let groups: Awaited<ReturnType<typeof exampleGroups>>;
  let links: Map<string, string>;
  const BASE = 'https://in.phuong-le-chan.vn';

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ baseUrl: BASE }));
    leader = new Client(s.url);
    groups = await exampleGroups();
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  /** A link the office hands out, as the studio on loopback answers it. */
  const local = (url: string) => url.replace(BASE, '');

  it('is closed until the office opens it: a leader’s path answers 404', async () => {
    const page = await office.get('/c/hai-phong/leaders');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Mở trang tổ trưởng');
    expect(page.text).not.toContain('leader-url');
    expect((await leader.get('/p/hai-phong/g/abcdefghijklmnopqrstuv/')).status).toBe(404);
    // Without a session, the office's tab is the sign-in page; without the form's token, 403.
    expect((await leader.get('/c/hai-phong/leaders')).status).toBe(303);
    expect((await office.postRaw('/c/hai-phong/leaders/open', {})).status).toBe(403);
    expect((await leader.get('/c/hai-phong/leaders/links.csv')).status).toBe(303);
  });

  it('opens with one button: every group’s link, leader and QR code, a links sheet and a QR sheet', async () => {
    const opened = await office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(opened.status).toBe(303);
    const page = await office.get('/c/hai-phong/leaders');
    expect(page.text).toContain('Trang tổ trưởng đang mở từ');
    links = linksOnPage(page.text);
    expect([...links.keys()]).toEqual(groups.map((g) => g.name));
    for (const g of groups) {
      expect(links.get(g.name)).toMatch(new RegExp(`^${BASE}/p/hai-phong/g/[A-Za-z0-9_-]{22}/$`));
      expect(page.text).toContain(`Tổ trưởng: ${g.leader}`);
      expect(page.text).toContain(`alt="Mã QR của ${g.name}"`);
    }
    expect(new Set(links.values()).size).toBe(groups.length);

    const csv = await office.get('/c/hai-phong/leaders/links.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('.csv');
    for (const g of groups) expect(csv.text).toContain(links.get(g.name));

    const sheet = await office.get('/c/hai-phong/leaders/qr.pdf');
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(sheet.bytes);
    const first = groups[0];
    expect(text).toContain(first?.name);
    // Each card writes its link out (without "https://", over lines broken after a "/", the
    // token on a line of its own).
    const token = /\/g\/([^/]+)\/$/.exec(links.get(first?.name ?? '') ?? '')?.[1] ?? '-';
    expect(text.replace(/\/\s+/g, '/')).toContain('in.phuong-le-chan.vn/p/hai-phong/g/');
    // A token wider than the card's line goes on to the next: read across lines.
    expect(text.replace(/\s+/g, '')).toContain(token);

    // The secret behind the links is outside the campaign's folder (its ZIP never carries it).
    const secret = JSON.parse(
      await readFile(join(s.dataDir, PUBLISHED_DIR, 'hai-phong.json'), 'utf8'),
    ).secret;
    const zip = await office.get('/c/hai-phong/campaign.zip');
    expect(Buffer.from(zip.bytes).includes(Buffer.from(secret))).toBe(false);
  });

  it('serves a leader’s page without an account, with serve’s headers, styles and documents', async () => {
    const g = groups[4];
    const url = local(links.get(g?.name ?? '') ?? '');
    const page = await leader.get(url);
    expect(page.status).toBe(200);
    expect(page.text).toContain(g?.name);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('set-cookie')).toBeNull();
    // Every link of the page stays under the campaign's prefix: its style sheet loads.
    const css = /href="([^"]+style\.css)"/.exec(page.text)?.[1] ?? '';
    expect(css.startsWith('/p/hai-phong/')).toBe(true);
    expect((await leader.get(css)).status).toBe(200);
    const notice = /href="([^"]+notice\.pdf)"/.exec(page.text)?.[1] ?? '';
    expect(notice.startsWith(`${url}`)).toBe(true);
    const pdf = await leader.get(notice);
    expect(pdf.status).toBe(200);
    expect(await pdfText(pdf.bytes)).toContain(`Bản gửi: ${g?.name}`);
    // A link with one character changed is no group's: the ward's 404 page, styled.
    const wrong = url.replace(/g\/(.)/, (_m, ch: string) => `g/${ch === 'A' ? 'B' : 'A'}`);
    const missing = await leader.get(wrong);
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('/p/hai-phong/assets/style.css');
  });

  it('takes a leader’s figures into the studio’s SQLite file', async () => {
    const g = groups[1];
    const url = local(links.get(g?.name ?? '') ?? '');
    const page = await leader.get(url);
    const action = /<form class="figures" method="post" action="([^"#]+)/.exec(page.text)?.[1];
    expect(action).toBe(`${url}ket-qua`);
    const hidden = (name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
    const fields = [...page.text.matchAll(/class="figure">\s*<label for="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(fields.length).toBe(3);
    const sent = await leader.postRaw(action ?? '', {
      form: hidden('form'),
      base: hidden('base'),
      [fields[0] ?? '']: '120',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`${url}?da-luu#ket-qua`);
    const after = await leader.get(`${url}?da-luu`);
    expect(after.text).toContain('Đã lưu số liệu.');
    // The office's tab counts who has reported, and says when each did.
    const before = await office.get('/c/hai-phong/leaders');
    expect(before.text).toContain(`<strong>1/${groups.length} tổ</strong> đã báo cáo số liệu.`);
    const line = new RegExp(
      `<strong>${g?.name}</strong></h2><span class="muted">[^<]*</span><br><span class="muted">([^<]*)</span>`,
    );
    expect(line.exec(before.text)?.[1]).toMatch(
      /^Đã báo cáo số liệu lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}$/,
    );
    expect(before.text).toContain(
      `<strong>${groups[0]?.name}</strong></h2><span class="muted">Tổ trưởng: ${groups[0]?.leader} (${groups[0]?.phone})</span><br><span class="muted">Chưa báo cáo số liệu</span>`,
    );
    const db = new Database(join(s.dataDir, 'phuong-print.sqlite'), { readonly: true });
    try {
      const rows = db
        .prepare(
          'SELECT s.group_id AS g, v.value AS v FROM result_values v JOIN result_submissions s ON s.seq = v.submission',
        )
        .all();
      expect(rows).toEqual([{ g: g?.id, v: 120 }]);
    } finally {
      db.close();
    }
  });

  it('serves the campaign as last saved', async () => {
    const file = join(s.dataDir, 'campaigns', 'hai-phong', 'campaign.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/office: .*/, 'office: Phòng Văn hóa - Thông tin mới'));
    const g = groups[2];
    const page = await leader.get(local(links.get(g?.name ?? '') ?? ''));
    expect(page.text).toContain('Phòng Văn hóa - Thông tin mới');
  });

  it('closes with one button (the links stop), and reopens with the same links', async () => {
    const url = local(links.get(groups[0]?.name ?? '') ?? '');
    expect(
      (await office.post('/c/hai-phong/leaders/stop', {}, '/c/hai-phong/leaders')).status,
    ).toBe(303);
    // Closed, not unknown: the leader is told so (410), not that the link is broken (qa12 Q19).
    expect((await leader.get(url)).status).toBe(410);
    const page = await office.get('/c/hai-phong/leaders');
    expect(page.text).toContain('Trang tổ trưởng đã đóng lúc');
    expect((await office.get('/c/hai-phong/leaders/links.csv')).status).toBe(404);
    expect(
      (await office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status,
    ).toBe(303);
    expect(linksOnPage((await office.get('/c/hai-phong/leaders')).text)).toEqual(links);
    expect((await leader.get(url)).status).toBe(200);
  });
});

describe('the leaders’ pages when the campaign is not ready, changes, restarts or goes', () => {
  afterAll(removeTempDirs);
  /**
   * The example's first two groups: what is checked is whether the pages open and stay open, not
   * the ward's size (each opening of the 32 groups' pages loads and publishes them all).
   */
  const GROUPS = { groups: 2 };

  it('refuses to open a campaign without a groups file, or one that does not load, saying why', async () => {
    const { s, c, folder } = await studioWithExample({}, 'chua-xong', undefined, GROUPS);
    try {
      await rm(join(folder, 'groups.csv'));
      const none = await c.post('/c/chua-xong/leaders/open', {}, '/c/chua-xong/leaders');
      expect(none.status).toBe(422);
      expect(none.text).toContain('Chưa mở được trang tổ trưởng:');
      expect(none.text).toContain('chưa có danh sách.');
      expect(none.text).toContain('href="/c/chua-xong/groups"');
      await writeFile(join(folder, 'groups.csv'), await exampleGroupsCsv(GROUPS.groups));
      const file = join(folder, 'campaign.yaml');
      const good = await readFile(file, 'utf8');
      await writeFile(file, good.replace(/^ {2}number: 5 /m, '  number: năm '));
      const broken = await c.post('/c/chua-xong/leaders/open', {}, '/c/chua-xong/leaders');
      expect(broken.status).toBe(422);
      expect(broken.text).toContain('Chưa mở được trang tổ trưởng:');
      expect(broken.text).toContain('Xem chi tiết ở thẻ Xem trước');
      expect(existsSync(join(s.dataDir, PUBLISHED_DIR, 'chua-xong.json'))).toBe(false);

      // Opened once it loads; then a save that does not load leaves the last good one served.
      await writeFile(file, good);
      expect((await c.post('/c/chua-xong/leaders/open', {}, '/c/chua-xong/leaders')).status).toBe(
        303,
      );
      const info = await stat(join(s.dataDir, PUBLISHED_DIR, 'chua-xong.json'));
      expect(info.mode & 0o777).toBe(0o600);
      const url = [...linksOnPage((await c.get('/c/chua-xong/leaders')).text).values()][0] ?? '';
      const path = new URL(url).pathname;
      await writeFile(file, good.replace(/^ {2}number: 5 /m, '  number: năm '));
      const leader = new Client(s.url);
      expect((await leader.get(path)).status).toBe(200);
      const page = await c.get('/c/chua-xong/leaders');
      expect(page.text).toContain('Nội dung vừa lưu có lỗi nên trang tổ trưởng vẫn hiện bản trước');
    } finally {
      await s.close();
    }
  });

  it('keeps a campaign open across a restart of the studio, and forgets it with the campaign', async () => {
    const first = await studioWithExample({}, 'mo-lai', undefined, GROUPS);
    const { s, c } = first;
    expect((await c.post('/c/mo-lai/leaders/open', {}, '/c/mo-lai/leaders')).status).toBe(303);
    const url = [...linksOnPage((await c.get('/c/mo-lai/leaders')).text).values()][0] ?? '';
    const path = new URL(url).pathname;
    await s.app.close();
    // The same data folder and store, a new process's studio.
    const { app: again, url: base } = await restartStudio(s);
    try {
      const leader = new Client(base);
      expect((await leader.get(path)).status).toBe(200);
      const office = new Client(base);
      await office.signIn();
      const deleted = await office.post('/c/mo-lai/delete', {}, '/c/mo-lai/delete');
      expect(deleted.status).toBe(303);
      // Gone, and said so (410: the ward removed it), not an unknown address.
      expect((await leader.get(path)).status).toBe(410);
      expect(existsSync(join(s.dataDir, PUBLISHED_DIR, 'mo-lai.json'))).toBe(false);
    } finally {
      await again.close();
      await s.store.close();
    }
  });
});
