/**
 * An ended campaign whose leaders' pages are still open (qa27 F7: a campaign ended in February
 * still public in December, its documents' cache kept): the list says the pages are still open,
 * with how many tổ reported, and links to closing them; the leaders tab says the campaign ended
 * and offers to close; closing frees the pages' documents cache. Nothing is closed unasked.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

describe('an ended campaign’s leaders’ pages still open', () => {
  let s: TestStudio;
  let office: Client;
  let ends: string;

  beforeAll(async () => {
    let folder: string;
    ({
      s,
      c: office,
      folder,
    } = await studioWithExample({ baseUrl: 'https://in.phuong-le-chan.vn', groups: GROUPS }));
    // The example's contest ended long before today.
    const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    ends = (/^ {2}ends: (\S+)/m.exec(yaml)?.[1] ?? '').split('-').reverse().join('/');
    const links = await leaderLinks(office, 'hai-phong');
    const link = (links.get('Tổ dân phố số 2') ?? '').replace(/^https:\/\/[^/]+/, '');
    await report(new Client(s.url), link, { [JOINED]: '120' });
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('says on the list that the pages are still open, how many reported, and links to closing', async () => {
    const home = (await office.get('/')).text;
    const row = visible(home.slice(home.indexOf('href="/c/hai-phong"')).split('</li>')[0] ?? '');
    const groups = GROUPS.trim().split('\n').length - 1;
    expect(row).toContain(`đã kết thúc ${ends}`);
    expect(row).toContain('trang tổ trưởng vẫn mở');
    expect(row).toContain(`1/${groups} tổ đã báo cáo`);
    expect(home).toContain('href="/c/hai-phong/leaders#dong-trang">Đóng trang tổ trưởng?</a>');
  });

  it('offers to close on the leaders tab, and closing frees the documents cache', async () => {
    const tab = visible((await office.get('/c/hai-phong/leaders')).text);
    expect(tab).toContain(
      `Chiến dịch đã kết thúc ngày ${ends}, nhưng trang tổ trưởng vẫn mở: ai có đường dẫn vẫn xem được tài liệu và báo cáo số liệu.`,
    );
    // The pages' document cache, where README › Studio › Trang tổ trưởng says it is kept.
    const cache = join(s.dataDir, 'published', 'hai-phong.cache');
    await mkdir(cache, { recursive: true });
    await writeFile(join(cache, 'drawn.pdf'), 'a drawn document');
    const stop = await office.post('/c/hai-phong/leaders/stop', {}, '/c/hai-phong/leaders');
    expect(stop.status).toBe(303);
    expect(existsSync(cache)).toBe(false);
    const home = visible((await office.get('/')).text);
    expect(home).not.toContain('trang tổ trưởng vẫn mở');
  });
});
