/**
 * The groups tab of a large list, read for the first time (after a start or an upload), holds
 * no one else's page (qa25b F4): a list of 20,000 rows is read and checked in a thread started
 * for it (studio/groups-read.ts), and a leader's page (of another campaign) or /healthz asked for
 * meanwhile is answered before that reading ends — on the studio's one thread it waited the
 * whole 2–4.6 s. The tab still says the same: its same-name warnings name the rows, and the list
 * read in the thread (once: counted, and nothing logged of a fallback) is the list read here.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { groupsReadsInThread, groupsReportOf } from '../../src/studio/groups-read.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardRow } from '../support/ward.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'danh-sach-lon';
const ROWS = 20_000;

/**
 * The ward's list of 20,000 groups (group i on the file's row i + 1), with the last group named
 * as group 7 is, the one before it as group 9 typed in small letters with a final dot, and a
 * household count no one can read on group 19,998's row.
 */
function bigList(): string {
  const lines = [
    'STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu',
  ];
  for (let i = 1; i <= ROWS; i++) {
    const cells = wardRow(i).split(';');
    if (i === ROWS) cells[1] = 'Tổ dân phố số 7';
    if (i === ROWS - 1) cells[1] = 'tổ dân phố số 9.';
    if (i === ROWS - 2) cells[5] = 'khoảng 130';
    lines.push(cells.join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('the groups tab of a 20,000-row list', () => {
  let s: TestStudio;
  let c: Client;
  let list: string;
  let leaderPage: string;
  let threadReads: number;
  beforeAll(async () => {
    // The list is read in a thread of its own, whatever draws the documents (here: this thread).
    // The example's first two groups: the leader's page is one group's, whatever the ward's size.
    ({ s, c } = await studioWithExample({}, 'hai-phong', undefined, { groups: 2 }));
    expect((await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status).toBe(
      303,
    );
    const links = (await c.get('/c/hai-phong/leaders')).text;
    leaderPage = /class="leader-url" value="([^"]+)"/.exec(links)?.[1] ?? '';
    expect(leaderPage).toMatch(/^http/);
    // The leader's page once, as a leader opened it earlier in the day.
    expect((await fetch(leaderPage)).status).toBe(200);
    const folder = join(s.dataDir, 'campaigns', SLUG);
    await mkdir(folder, { recursive: true });
    await cp(EXAMPLE_CAMPAIGN, join(folder, 'campaign.yaml'));
    list = join(folder, 'groups.csv');
    await writeFile(list, bigList());
    threadReads = groupsReadsInThread();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('answers a leader’s page and /healthz while it reads the list the first time', async () => {
    const order: string[] = [];
    const tab = c.get(`/c/${SLUG}/groups`).then((page) => {
      order.push('groups tab');
      return page;
    });
    // The tab's request is in and its reading under way (this test runs on the studio's thread:
    // a reading that held it would let this timer fire only once it is over).
    await new Promise((go) => setTimeout(go, 300));
    const read = groupsReportOf(list).then(() => order.push('list read'));
    const leader = fetch(leaderPage).then(async (r) => {
      order.push('leader page');
      return { status: r.status, text: await r.text() };
    });
    const health = fetch(`${s.url}/healthz`).then((r) => {
      order.push('healthz');
      return r.status;
    });
    const [page, , led, healthy] = await Promise.all([tab, read, leader, health]);
    expect(led.status).toBe(200);
    expect(led.text).toContain('Tổ dân phố');
    expect(healthy).toBe(200);
    expect(order.indexOf('leader page')).toBeLessThan(order.indexOf('list read'));
    expect(order.indexOf('healthz')).toBeLessThan(order.indexOf('list read'));
    expect(order.at(-1)).toBe('groups tab');

    // The tab says what it said when the list was read on the studio's thread: the same names,
    // each warning naming both rows (group i is on row i + 1), and the row it could not read.
    expect(page.status).toBe(200);
    const text = plainText(page.text);
    expect(text).toContain(`2 tổ cùng tên “Tổ dân phố số 7” (dòng 8, ${ROWS + 1};`);
    expect(text).toContain(
      `tên “Tổ dân phố số 9” và “tổ dân phố số 9.” (dòng 10, ${ROWS}) chỉ khác nhau ở chữ hoa`,
    );
    expect(text).toContain('khoảng 130');
  }, 120_000);

  it('reads the same list in the thread as on the studio’s own', async () => {
    const there = await groupsReportOf(list);
    const here = await loadGroupsReport(list);
    expect(there === here).toBe(false); // read twice: not one reading compared with itself
    // `there` is the thread's: one reading, kept for the tab's every use, and no fallback here.
    expect(groupsReadsInThread() - threadReads).toBe(1);
    expect(s.errors.filter((l) => l.includes('groups list'))).toEqual([]);
    // As text: vitest's deep comparison of 20,000 rows took a minute on the shared machine.
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    expect(there.groups).toHaveLength(ROWS - 1);
    expect(same(there.groups, here.groups)).toBe(true);
    expect(same(there.table, here.table)).toBe(true);
    expect(there.skipped).toEqual(here.skipped);
    expect(there.headers).toEqual(here.headers);
    expect(Buffer.compare(there.bytes, here.bytes)).toBe(0);
    const said = (r: typeof here) => ({
      warnings: r.warnings.map((w) => [w.describe('vi'), w.hintIn('vi')]),
      failures: r.failures.map((f) => [f.row, f.id, f.name, f.error.describe('vi')]),
    });
    expect(said(there)).toEqual(said(here));
    expect(said(there).warnings.length).toBeGreaterThanOrEqual(3);
    expect(there.failures.map((f) => f.row)).toEqual([ROWS - 1]);
  }, 120_000);
});
