/**
 * Moving the studio to a new computer (qa27 F2). The leaders' links and printed QR codes derive
 * from each campaign's secret in DIR/published/, beside the store: the studio's Sao lưu file
 * (Cài đặt) carries it, and restored on the new computer every link sent still opens. A folder
 * moved without it (the store and campaigns/ only, as the README once said) has lost them: the
 * leaders' tab says so, with what to do, and new links come only from the button that says so.
 * Real sockets on loopback, the real CLI for `restore` and `backup`.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordSubmission } from '../../src/results/results-store.js';
import { runCli } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { restoreOnNewComputer, startOn } from './new-computer.js';
import { Client, plainText, studioWithExample } from './studio.js';

afterAll(removeTempDirs);

const linksOn = (page: string) =>
  [...page.matchAll(/class="leader-url" value="([^"]+)"/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );

/** The example's campaign with its leaders' pages open, the links handed out, the studio closed. */
async function handedOut() {
  // Two groups: every link is compared, however many there are.
  const { s, c } = await studioWithExample({}, 'hai-phong', undefined, { groups: 2 });
  expect((await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status).toBe(303);
  const links = linksOn((await c.get('/c/hai-phong/leaders')).text);
  expect(links.length).toBeGreaterThan(0);
  const leader = new Client(s.url);
  expect((await leader.get(links[0] ?? '')).status).toBe(200);
  return { s, c, links };
}

describe('moving the studio to a new computer', () => {
  it('the Sao lưu file of Cài đặt, restored on the new computer, keeps every link sent', async () => {
    const { s, c, links } = await handedOut();
    const settings = await c.get('/settings');
    expect(plainText(settings.text)).toContain('Sao lưu và chuyển sang máy mới');
    const href = /href="([^"]+)" download>Tải bản sao lưu</.exec(settings.text)?.[1] ?? '';
    expect(href).not.toBe('');
    // Another site's page sending the admin's browser to the link (review36a #8): refused.
    const elsewhere = new Client(s.url, { 'sec-fetch-site': 'cross-site' });
    for (const [k, v] of c.cookies) elsewhere.cookies.set(k, v);
    const refused = await elsewhere.get(href);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).not.toBe('application/zip');
    expect(plainText(refused.text)).toContain('không từ một trang khác: chưa tải gì');
    const zip = await c.get(href);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toContain('sao-luu-phuong-print-');
    await s.app.close();
    await s.store.close();

    const { file, data, restored } = await restoreOnNewComputer(zip.bytes);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain(`đã khôi phục thư mục dữ liệu ${data} từ ${file}`);
    expect((await readdir(data)).sort()).toEqual(['campaigns', 'phuong-print.sqlite', 'published']);

    const moved = await startOn(s, data);
    const tab = await moved.office.get('/c/hai-phong/leaders');
    expect(linksOn(tab.text)).toEqual(links);
    expect(plainText(tab.text)).not.toContain('sẽ không mở được');
    const leader = new Client(moved.url);
    for (const link of [links[0], links.at(-1)]) {
      expect((await leader.get(link ?? '')).status).toBe(200);
    }
    await moved.close();
  }, 120_000);

  it('moved without published/, the tab says the links sent no longer open; new ones only knowingly', async () => {
    const { s, links } = await handedOut();
    await s.app.close();
    const newPc = await makeTempDir();
    const data = join(newPc, 'du-lieu');
    await mkdir(data);
    // The README's old way: the store's backup and the campaigns folder.
    const made = await runCli([
      'backup',
      '--data',
      s.dataDir,
      '--out',
      join(data, 'phuong-print.sqlite'),
    ]);
    expect(made.code).toBe(0);
    await s.store.close();
    await cp(join(s.dataDir, 'campaigns'), join(data, 'campaigns'), { recursive: true });
    expect(existsSync(join(data, 'published'))).toBe(false);

    const moved = await startOn(s, data);
    const leader = new Client(moved.url);
    expect((await leader.get(links[0] ?? '')).status).toBe(404);
    const tab = plainText((await moved.office.get('/c/hai-phong/leaders')).text);
    expect(tab).toContain(
      'Các đường dẫn và mã QR đã gửi cho các tổ trưởng của chiến dịch này sẽ không mở được.',
    );
    expect(tab).toContain('thiếu khoá của các đường dẫn đó (thư mục published');
    expect(tab).toContain('chép thư mục published từ máy cũ');
    expect(tab).toContain('Mở trang với đường dẫn mới');

    // A press of the tab's old button (a page opened before) issues nothing.
    const plain = await moved.office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(plain.status).toBe(409);
    expect(plainText(plain.text)).toContain(
      'mở bây giờ sẽ cấp đường dẫn mới thay cho các đường dẫn đã gửi',
    );
    expect(linksOn((await moved.office.get('/c/hai-phong/leaders')).text)).toEqual([]);

    const knowingly = await moved.office.post(
      '/c/hai-phong/leaders/open',
      { new_links: '1' },
      '/c/hai-phong/leaders',
    );
    expect(knowingly.status).toBe(303);
    const after = await moved.office.get('/c/hai-phong/leaders');
    const fresh = linksOn(after.text);
    expect(fresh.length).toBe(links.length);
    expect(fresh.filter((l) => links.includes(l))).toEqual([]);
    expect(plainText(after.text)).not.toContain('sẽ không mở được');
    await moved.close();
  }, 120_000);

  it('a store of a release that kept no record of the links: a figure a leader sent says they may be lost, the pages still open', async () => {
    const { s } = await handedOut();
    await s.app.close();
    const row = await s.store.db
      .selectFrom('store_meta')
      .select('key')
      .where('key', 'like', 'leader-links:%')
      .executeTakeFirstOrThrow();
    await s.store.db.deleteFrom('store_meta').where('key', '=', row.key).execute();
    await recordSubmission(
      s.store.db,
      {
        campaign: row.key.slice('leader-links:'.length).split(' @ ')[0] ?? '',
        measures: [{ id: 'tham_gia', label: 'Số người dân tham gia cuộc thi', of: 'people' }],
      },
      {
        group: { id: '1', name: 'Tổ dân phố số 1', source: { file: 'groups.csv', row: 2 } },
        values: { tham_gia: 40 },
        source: 'leader',
      },
    );
    await s.store.close();
    const data = join(await makeTempDir(), 'du-lieu');
    await mkdir(data);
    await cp(join(s.dataDir, 'phuong-print.sqlite'), join(data, 'phuong-print.sqlite'));
    await cp(join(s.dataDir, 'campaigns'), join(data, 'campaigns'), { recursive: true });
    const moved = await startOn(s, data);
    const tab = plainText((await moved.office.get('/c/hai-phong/leaders')).text);
    // No record that this store's pages were opened: the leaders' figures may have come through
    // another program on the same store (review36a #3), so the tab says it may be so and its
    // button opens the pages.
    expect(tab).toContain(
      'Nếu đường dẫn của chiến dịch này đã được gửi cho các tổ trưởng từ máy này',
    );
    expect(tab).toContain('các đường dẫn và mã QR đó sẽ không mở được');
    const opened = await moved.office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(opened.status).toBe(303);
    await moved.close();
  }, 120_000);
});
