/**
 * Where the residents' names go, said where the office hands things out (qa46 F3, F5, F6): the
 * Hải Phòng example (its contest long ended) with three tổ, its leaders' pages open.
 * - F5: every tổ's row offers a new link, folded with what it does (the old link stops), not only
 *   a row whose leader changed; pressed for a tổ whose leader did not change, its old link closes.
 * - F6: the ended campaign's warning says the open pages still show residents' names once a
 *   residents list is saved, and not before.
 * - F3: the build tab says the tổ's ZIPs carry residents' names (send to the leader alone, not
 *   to the group's Zalo chat) once a build printed tracking sheets from a residents list; the
 *   download log (F9, "Nhật ký tải tệp có họ tên") records their downloads then, and not before.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildLinks, buildUntil, saveRoster } from './office-steps.js';
import { leaderLinks } from './results-figures.js';
import {
  Client,
  exampleGroupsCsv,
  plainText,
  studioWithExample,
  type TestStudio,
} from './studio.js';

const LIST = join(import.meta.dirname, '..', 'fixtures', 'qa46', 'roster-ward.csv');
/**
 * The example's tổ 1, 5 and 6 (the residents list names households of tổ 5 and 6): three tổ, not
 * six — each of the two builds draws every tổ's documents.
 */
const KEPT = ['1', '5', '6'];
const GROUPS = KEPT.length;
const leadersTab = '/c/hai-phong/leaders';
const NAMES_OPEN = 'cả bảng theo dõi ghi họ tên, địa chỉ người dân';
const ZIP_NAMES =
  'Tệp ZIP có bảng theo dõi ghi họ tên, địa chỉ người dân: chỉ gửi riêng cho tổ trưởng, không gửi vào nhóm Zalo chung.';

/** The tracking sheets, a tổ's ZIP and every ZIP in one, downloaded; the files' names. */
async function downloadNamed(c: Client): Promise<string[]> {
  const files = await buildLinks(c, 'hai-phong');
  const names = ['Bảng theo dõi', 'Tổ dân phố', 'Tệp ZIP'].map(
    (start) => [...files.keys()].find((n) => n.startsWith(start)) ?? start,
  );
  for (const name of names) expect((await c.get(files.get(name) ?? '-')).status, name).toBe(200);
  return names;
}

/** The files of the admin's download log ("Nhật ký tải tệp có họ tên"), newest first. */
async function logged(c: Client): Promise<string[]> {
  const log = await c.get('/settings/nhat-ky-tai-tep');
  expect(log.status).toBe(200);
  return [
    ...log.text.matchAll(/<tr><td>.*?<\/td><td>.*?<\/td><td>.*?<\/td><td>(.*?)<\/td><\/tr>/g),
  ].map((m) => m[1] ?? '');
}

describe("the residents' names, said where the office hands things out", () => {
  let s: TestStudio;
  let c: Client;
  let links: Map<string, string>;
  beforeAll(async () => {
    const [header, ...rows] = (await exampleGroupsCsv()).toString('utf8').split(/(?<=\n)/);
    const kept = rows.filter((row) => KEPT.includes(row.split(';')[0] ?? ''));
    expect(kept).toHaveLength(GROUPS);
    ({ s, c } = await studioWithExample({ groups: [header, ...kept].join('') }, 'hai-phong'));
    links = await leaderLinks(c, 'hai-phong');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it("offers a new link on every tổ's row, and it closes the old link", async () => {
    const tab = (await c.get(leadersTab)).text;
    const asks = [...tab.matchAll(/<a class="renew" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(asks).toHaveLength(GROUPS);
    // The row's link opens a page saying what the button does before it is pressed.
    const ask = (await c.get(asks[2]?.replace(/&amp;/g, '&') ?? '')).text;
    expect(plainText(ask)).toContain('đường dẫn cũ và mã QR cũ thôi dùng ngay');
    const to = /name="to" value="([^"]+)"/.exec(ask)?.[1] ?? '';
    const name = [...links.keys()][2] ?? '';
    const old = links.get(name) ?? '';
    expect((await new Client(s.url).get(old)).status).toBe(200);
    const renewed = await c.post(`${leadersTab}/renew`, { to }, leadersTab);
    expect(renewed.status).toBe(303);
    expect((await new Client(s.url).get(old)).status).toBe(410);
  });

  it('prints without names: neither the ended pages nor the ZIPs speak of them', async () => {
    expect(plainText((await c.get(leadersTab)).text)).toContain(
      'ai có đường dẫn vẫn xem được tài liệu và báo cáo số liệu',
    );
    await buildUntil(c, 'hai-phong', 'done');
    const build = plainText((await c.get('/c/hai-phong/build')).text);
    expect(build).toContain('Tệp ZIP của từng tổ');
    expect(build).not.toContain(ZIP_NAMES);
    // No list read: the tracking sheets and ZIPs hold no names, so their downloads are not logged.
    await downloadNamed(c);
    expect(await logged(c)).toEqual([]);
  });

  it('with a residents list: the ended pages and the ZIPs say they carry the names', async () => {
    await saveRoster(c, 'hai-phong', 'DS.csv', await readFile(LIST));
    expect(plainText((await c.get(leadersTab)).text)).toContain(
      `ai có đường dẫn vẫn xem được tài liệu, ${NAMES_OPEN}, và báo cáo số liệu`,
    );
    await buildUntil(c, 'hai-phong', 'done');
    expect(plainText((await c.get('/c/hai-phong/build')).text)).toContain(ZIP_NAMES);
    // Printed from the list: the same downloads are logged, newest first.
    const names = await downloadNamed(c);
    expect(await logged(c)).toEqual([...names].reverse());
  });
});
