/**
 * A campaign whose only builds were stopped before they made a print file (qa58b p1: "Tạo tệp
 * in", then the studio stopped; started again): the list said "đã tạo tệp in <the stop's day>"
 * while its print tab said "Lần tạo tệp in gần nhất chưa xong". The studio is stopped as the
 * office's SIGTERM stops it (its close stops the build), started again on the same folder, and
 * its list and print tab read over HTTP; twice, since the second stopped build took the first
 * stop's time as a build's.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { pressPrintAll } from './print-all.js';
import { Client, plainText, restartStudio, studioWithCampaign } from './studio.js';

afterAll(removeTempDirs);

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa26-sxh');
const SLUG = 'sot-xuat-huyet';

const rowOf = (home: string, slug: string) =>
  plainText(home.slice(home.indexOf(`href="/c/${slug}"`)).split('</li>')[0] ?? '');

describe('a campaign whose builds were all stopped before any print file', () => {
  it('is listed as not printed, as its print tab says, after one stop and after two', async () => {
    const { s, c, folder } = await studioWithCampaign(SLUG, [join(FIXTURE, 'campaign.yaml')]);
    await cp(join(FIXTURE, 'groups.csv'), join(folder, 'groups.csv'));
    let app = s.app;
    let client: Client = c;
    try {
      for (const round of [1, 2]) {
        // "Tạo tệp in", then the studio stopped at once (its close stops the build, app.ts
        // onClose → builds.stopAll, as SIGTERM does): the build ends with no group made.
        const pressed = await pressPrintAll(client, SLUG);
        expect(pressed.status, `round ${round}`).toBe(303);
        await app.close();
        const again = await restartStudio(s);
        app = again.app;
        client = new Client(again.url);
        await client.signIn();
        // Stopped, not finished: the build left a manifest saying so, and no print file.
        const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
        expect([manifest.unfinished, manifest.print], `round ${round}`).toEqual([true, []]);
        const tab = plainText((await client.get(`/c/${SLUG}/build`)).text);
        expect(tab, `round ${round}`).toContain('Lần tạo tệp in gần nhất chưa xong');
        expect(tab, `round ${round}`).not.toContain('Đã tạo tệp in lúc');
        const row = rowOf((await client.get('/')).text, SLUG);
        expect(row, `round ${round}`).toContain('tạo tệp in chưa xong');
        expect(row, `round ${round}`).not.toMatch(/đã tạo tệp in \d/);
      }
    } finally {
      await app.close();
      await s.store.close();
    }
  }, 120_000);
});
