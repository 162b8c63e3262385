/**
 * A campaign's own web template (qa32 m5): a `templates/web/leader.hbs` that came with a copied
 * folder or a backup replaces the leaders' page. The leaders tab and the campaign page name it,
 * with a button that removes it; a `<meta http-equiv="refresh">` in it sending the leaders to
 * another site is not served (a CSP cannot stop a refresh), and the tab names its line.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { leaderLinks } from './results-figures.js';
import {
  type Client,
  plainText,
  SETTLED_MS,
  studioWithExample,
  type TestStudio,
} from './studio.js';

const REPO_TEMPLATES = join(import.meta.dirname, '..', '..', 'templates', 'web');
const MARK = 'qa32-injected';
const EVIL = 'http://evil.example/phish';
const SCRIPT_MARK = 'campaignOwnScript';

describe('a campaign’s own leaders’ page template', () => {
  let s: TestStudio;
  let c: Client;
  let own: string;
  let link: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample());
    await mkdir(join(folder, 'templates', 'web'), { recursive: true });
    own = join(folder, 'templates', 'web', 'leader.hbs');
    // As QA made it: the tool's own page with two lines put before it, the refresh on line 2.
    const page = await readFile(join(REPO_TEMPLATES, 'leader.hbs'), 'utf8');
    await writeFile(
      own,
      `<p id="${MARK}">QA32 INJECTED</p>\n<META content="5;URL='${EVIL}'" HTTP-EQUIV=Refresh>\n${page}`,
    );
    // And a script of its own: the pages' CSP lets the server's own scripts run.
    await writeFile(join(folder, 'templates', 'web', 'share.js'), `window.${SCRIPT_MARK} = 1;\n`);
    link = [...(await leaderLinks(c, 'hai-phong')).values()][0] ?? '';
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('serves the leaders’ page without the refresh to another site', async () => {
    const leader = await c.get(link);
    expect(leader.status).toBe(200);
    expect(leader.text).toContain(MARK);
    expect(leader.text.toLowerCase()).not.toContain('http-equiv=refresh');
    expect(leader.text).not.toContain(EVIL);
  });

  it('serves the tool’s own script, not the campaign folder’s share.js, and the tab says so', async () => {
    const leader = (await c.get(link)).text;
    const src = /<script[^>]+src="([^"]+share\.js)"/.exec(leader)?.[1] ?? '';
    expect(src).not.toBe('');
    const script = await c.get(new URL(src, `http://x${link}`).pathname);
    expect(script.status).toBe(200);
    expect(script.text).not.toContain(SCRIPT_MARK);
    expect(script.text).toBe(await readFile(join(REPO_TEMPLATES, 'share.js'), 'utf8'));
    for (const path of ['/c/hai-phong/leaders', '/c/hai-phong']) {
      const tab = plainText((await c.get(path)).text);
      expect(tab, path).toContain(
        'templates/web/share.js là mã chạy trên điện thoại của tổ trưởng: phần mềm không dùng tệp này',
      );
    }
  });

  it('lists the unused share.js with the campaign’s other warnings, as serve says it at start', async () => {
    const page = (await c.get('/c/hai-phong')).text;
    // The warnings are the page's info notices (routes-campaigns.ts), one sentence each.
    const notes = [...page.matchAll(/<p class="notice info"[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
      plainText(m[1] ?? ''),
    );
    expect(notes).toContainEqual(
      expect.stringContaining(
        'Thư mục chiến dịch có tệp templates/web/share.js: phần mềm không dùng mã này, trang tổ trưởng dùng mã của phần mềm',
      ),
    );
  });

  it('names the template on the leaders tab and the campaign page, with the refresh’s line', async () => {
    for (const path of ['/c/hai-phong/leaders', '/c/hai-phong']) {
      const tab = plainText((await c.get(path)).text);
      expect(tab, path).toContain(
        'Chiến dịch này dùng mẫu trang riêng thay cho mẫu của phần mềm: templates/web/leader.hbs',
      );
      expect(tab, path).toContain(`dòng 2 chuyển người xem sang trang khác (${EVIL})`);
    }
  });

  /**
   * Until `file` has settled: SETTLED_MS after its last change (its mtime or ctime), not after
   * now — the template written in beforeAll has mostly settled by the time the test runs.
   */
  const settled = async (file: string) => {
    const info = await stat(file);
    const changed = Math.max(info.mtimeMs, info.ctimeMs);
    await sleep(Math.max(0, changed + SETTLED_MS - Date.now()));
  };

  it('names the refresh’s line as the template is now, after an edit made outside the studio', async () => {
    // Viewed once the file has settled: what was read of it is kept (load/file-stamp.ts).
    await settled(own);
    const tab = async () => plainText((await c.get('/c/hai-phong/leaders')).text);
    expect(await tab()).toContain(`dòng 2 chuyển người xem sang trang khác (${EVIL})`);
    // A line put before the refresh: now on line 3; viewed again once the edit has settled.
    await writeFile(own, `<!-- sửa -->\n${await readFile(own, 'utf8')}`);
    await settled(own);
    const now = await tab();
    expect(now).toContain(`dòng 3 chuyển người xem sang trang khác (${EVIL})`);
    expect(now).not.toContain(`dòng 2 chuyển người xem sang trang khác`);
  });

  it('removes it with the tab’s button: the leaders get the tool’s own page again', async () => {
    const removed = await c.post('/c/hai-phong/web-templates/remove', {}, '/c/hai-phong/leaders');
    expect(removed.status).toBe(303);
    expect(existsSync(own)).toBe(false);
    const tab = plainText((await c.get('/c/hai-phong/leaders')).text);
    expect(tab).not.toContain('mẫu trang riêng');
    expect((await c.get(link)).text).not.toContain(MARK);
  });
});
