/**
 * The leaders' pages of a campaign whose saved files stop loading, across a restart of the
 * studio: the leaders keep the last version that loaded (kept on disk), and the office's tab says
 * so truthfully — or, when there is no such version, says the pages are down, why, and what to
 * fix. Leaders get serve's own Vietnamese error pages (with its headers and style sheet) for a
 * closed, unknown or unservable campaign, never a bare text or the studio's page. Real sockets on
 * loopback; expected values from the example's own files.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PUBLISHED_DIR } from '../../src/studio/publications.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, restartStudio, studioWithExample } from './studio.js';

const example = parse(await readFile('examples/hai-phong/campaign.yaml', 'utf8')) as {
  issuer: { office: string; ward: string; phone: string };
};
const groupNames = (await readFile('examples/hai-phong/groups.csv', 'utf8'))
  .replace(/^\uFEFF/, '')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(';')[1] ?? '');

/** The links the office's tab lists. */
const linksOn = (page: string) =>
  [...page.matchAll(/class="leader-url" value="([^"]+)"/g)].map((m) => m[1] ?? '');

/** A saved campaign.yaml that does not load: the notice's number is a word. */
const broken = (good: string) => good.replace(/^ {2}number: 5 /m, '  number: năm ');

/** Opens `slug`'s pages, breaks its saved file, restarts the studio on the same data folder. */
async function openBreakRestart(slug: string, beforeRestart?: (dataDir: string) => Promise<void>) {
  const { s, c, folder } = await studioWithExample({}, slug);
  expect((await c.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`)).status).toBe(303);
  const links = linksOn((await c.get(`/c/${slug}/leaders`)).text);
  expect(links.length).toBe(groupNames.length);
  await s.app.close();
  const file = join(folder, 'campaign.yaml');
  await writeFile(file, broken(await readFile(file, 'utf8')));
  await beforeRestart?.(s.dataDir);
  const errors: string[] = [];
  // A public https address: the sheet of codes is offered (qr.pdf).
  const { app: again, url: base } = await restartStudio(s, {
    logError: (l) => errors.push(l),
    baseUrl: 'https://in.phuong-le-chan.vn',
  });
  const office = new Client(base);
  await office.signIn();
  return {
    links: links.map((l) => new URL(l).pathname),
    leader: new Client(base),
    office,
    errors,
    close: async () => {
      await again.close();
      await s.store.close();
    },
  };
}

/** serve's error page, in the campaign's words, with serve's headers and a style sheet that loads. */
async function expectServeErrorPage(
  leader: Client,
  path: string,
  status: number,
  title: string,
  slug: string,
) {
  const page = await leader.get(path);
  expect(page.status).toBe(status);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(page.text).toContain(`<h1 class="title">${title}</h1>`);
  expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  // Nothing of the studio: no sign-in, no studio style.
  expect(page.text).not.toContain('studio.css');
  expect(page.text).not.toContain('Đăng nhập');
  const css = /href="([^"]+style\.css)"/.exec(page.text)?.[1] ?? '';
  expect(css).toBe(`/p/${slug}/assets/style.css`);
  const sheet = await leader.get(css);
  expect(sheet.status).toBe(200);
  expect(sheet.headers.get('content-type')).toContain('text/css');
  return page;
}

describe('after a restart, a campaign whose saved files no longer load', () => {
  afterAll(removeTempDirs);

  it('keeps serving the last version that loaded; the tab says so and still lists the links', async () => {
    const r = await openBreakRestart('giu-ban-cu');
    try {
      // The sheet of codes of the version served, its HEAD first (review s54 #9).
      expect((await r.office.request('HEAD', '/c/giu-ban-cu/leaders/qr.pdf')).status).toBe(200);
      expect((await r.office.get('/c/giu-ban-cu/leaders/qr.pdf')).status).toBe(200);
      const first = r.links[0] ?? '';
      const page = await r.leader.get(first);
      expect(page.status).toBe(200);
      expect(page.text).toContain(groupNames[0]);
      const tab = await r.office.get('/c/giu-ban-cu/leaders');
      expect(tab.text).toContain(
        'Nội dung vừa lưu có lỗi nên trang tổ trưởng vẫn hiện bản trước (bản đã chép lúc',
      );
      // The links, sheet and codes are those of the version the leaders get.
      expect(linksOn(tab.text).map((l) => new URL(l).pathname)).toEqual(r.links);
      const csv = await r.office.get('/c/giu-ban-cu/leaders/links.csv');
      expect(csv.status).toBe(200);
      for (const name of groupNames) expect(csv.text).toContain(name);
      // No stack trace per leader request.
      expect(r.errors.filter((l) => l.includes('    at '))).toEqual([]);
    } finally {
      await r.close();
    }
  });

  it('with no version kept: leaders get serve’s error page, the tab says the pages are down and what to fix', async () => {
    const r = await openBreakRestart('khong-ban-nao', (dataDir) =>
      rm(join(dataDir, PUBLISHED_DIR, 'khong-ban-nao.served'), { recursive: true, force: true }),
    );
    try {
      // No sheet of codes: a HEAD (asked first, nothing served since the start) as the GET.
      expect((await r.office.request('HEAD', '/c/khong-ban-nao/leaders/qr.pdf')).status).toBe(404);
      expect((await r.office.get('/c/khong-ban-nao/leaders/qr.pdf')).status).toBe(404);
      expect((await r.office.request('HEAD', '/c/khong-ban-nao/leaders/qr.pdf')).status).toBe(404);
      const first = r.links[0] ?? '';
      const page = await expectServeErrorPage(
        r.leader,
        first,
        500,
        'Có lỗi xảy ra',
        'khong-ban-nao',
      );
      expect(page.text).toContain('Xin thử lại sau ít phút.');
      const tab = await r.office.get('/c/khong-ban-nao/leaders');
      expect(tab.text).not.toContain('vẫn hiện bản trước');
      expect(tab.text).not.toContain('Trang tổ trưởng đang mở từ');
      expect(tab.text).toContain('Các tổ trưởng đang không xem được trang');
      expect(tab.text).toContain('Xem chi tiết ở thẻ Xem trước');
      expect(tab.text).toContain('Sửa xong lỗi này thì trang mở lại ngay');
      // Nothing is offered that would not work: no links, no sheet to download.
      expect(linksOn(tab.text)).toEqual([]);
      expect(tab.text).not.toContain('Tải bảng đường dẫn');
      expect((await r.office.get('/c/khong-ban-nao/leaders/links.csv')).status).toBe(404);
      // One line in the log a request, no stack.
      await r.leader.get(first);
      expect(r.errors.filter((l) => l.includes('    at '))).toEqual([]);
      expect(r.errors.some((l) => l.includes('khong-ban-nao'))).toBe(true);
    } finally {
      await r.close();
    }
  });
});

describe('leaders under /p/ that no campaign answers', () => {
  afterAll(removeTempDirs);

  it('get “closed” for a closed campaign’s group, else serve’s “not found” page, naming the office of a campaign the studio served', async () => {
    const { s, c } = await studioWithExample({}, 'da-dong');
    try {
      expect((await c.post('/c/da-dong/leaders/open', {}, '/c/da-dong/leaders')).status).toBe(303);
      const [link] = linksOn((await c.get('/c/da-dong/leaders')).text);
      const path = new URL(link ?? '').pathname;
      expect((await new Client(s.url).get(path)).status).toBe(200);
      expect((await c.post('/c/da-dong/leaders/stop', {}, '/c/da-dong/leaders')).status).toBe(303);
      const leader = new Client(s.url);
      // A group's link of the closed campaign: closed, not broken (qa12 Q19).
      const closed = await expectServeErrorPage(leader, path, 410, 'Trang đã đóng', 'da-dong');
      const { office, ward, phone } = example.issuer;
      expect(closed.text).toContain(`gọi cho ${office}, ${ward}:`);
      expect(closed.text).toContain(phone);
      // A path of it that is no group's page: not found, naming the office.
      const wrong = await expectServeErrorPage(
        leader,
        '/p/da-dong/g/abcdefghijklmnopqrstuv/',
        404,
        'Không tìm thấy trang',
        'da-dong',
      );
      expect(wrong.text).toContain(`gọi cho ${office}, ${ward}:`);
      // A campaign that does not exist: the same page, without an office to name.
      const unknown = await expectServeErrorPage(
        leader,
        '/p/khong-co/g/abcdefghijklmnopqrstuv/',
        404,
        'Không tìm thấy trang',
        'khong-co',
      );
      expect(unknown.text).toContain('xin hỏi cán bộ văn hóa phường');
    } finally {
      await s.close();
    }
  });
});
