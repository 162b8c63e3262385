/**
 * The campaigns' list tells a finished campaign from a running one without a contest too (qa31
 * m3): the QA round's sốt xuất huyết campaign (test/fixtures/qa26-sxh, no contest, its days in
 * "Thời gian" only) says on which day it was last printed and that its leaders' pages were
 * closed, and on which day; the same campaign redated to last year says it has ended, in that
 * year's group, which starts folded (a <details> without JavaScript).
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wardDay } from '../../src/ward-time.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa26-sxh');
const SLUG = 'sot-xuat-huyet';
const OLD = 'sot-xuat-huyet-cu';
const OLD_NAME = 'Sốt xuất huyết năm trước';
/** "2026-12-05" → "05/12/2026". */
const shown = (iso: string) => iso.split('-').reverse().join('/');

describe('the list says where a campaign without a contest stands', () => {
  let s: TestStudio;
  let c: Client;
  let lastYear: string;
  let printedOn: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithCampaign(SLUG, [join(FIXTURE, 'campaign.yaml')]));
    await cp(join(FIXTURE, 'groups.csv'), join(folder, 'groups.csv'));
    // The same campaign a year earlier than today: its days in "Thời gian" over.
    lastYear = String(Number(wardDay().slice(0, 4)) - 1);
    const old = join(s.dataDir, 'campaigns', OLD);
    await mkdir(old);
    await cp(join(FIXTURE, 'groups.csv'), join(old, 'groups.csv'));
    const yaml = await readFile(join(FIXTURE, 'campaign.yaml'), 'utf8');
    await writeFile(
      join(old, 'campaign.yaml'),
      yaml
        .replace(/^issued: \S+/m, `issued: ${lastYear}-06-01`)
        .replace(/^when: .*$/m, `when: Từ ngày 05/06/${lastYear} đến hết ngày 30/06/${lastYear}`),
    );
    await writeFile(join(old, 'studio-name.txt'), `${OLD_NAME}\n`);
    printedOn = wardDay();
    expect((await buildAndWait(c, SLUG)).state).toBe('done');
    const opened = await c.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`);
    expect(opened.status).toBe(303);
    const stopped = await c.post(`/c/${SLUG}/leaders/stop`, {}, `/c/${SLUG}/leaders`);
    expect(stopped.status).toBe(303);
  }, 120_000);
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const rowOf = (home: string, slug: string) =>
    plainText(home.slice(home.indexOf(`href="/c/${slug}"`)).split('</li>')[0] ?? '');

  it('a printed campaign says the day it was printed, and that its leaders’ pages were closed', async () => {
    const home = (await c.get('/')).text;
    const row = rowOf(home, SLUG);
    expect(row).toContain(`đã tạo tệp in ${shown(printedOn)}`);
    expect(row).not.toContain('chưa tạo tệp in');
    expect(row).toContain(`trang tổ trưởng đã đóng ${shown(wardDay())}`);
  });

  it('a campaign whose days in "Thời gian" are over says it ended, its year folded', async () => {
    const home = (await c.get('/')).text;
    const row = rowOf(home, OLD);
    expect(row).toContain(`đã kết thúc 30/06/${lastYear}`);
    expect(row).toContain('chưa tạo tệp in');
    expect(row).not.toContain('trang tổ trưởng');
    // Last year's group folded (campaign-list-years.test.ts: this year's open), without script.
    expect(home).toMatch(new RegExp(`<details class="year" data-year="${lastYear}">`));
  });
});
