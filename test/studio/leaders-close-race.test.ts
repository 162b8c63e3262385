/**
 * qa45 F1: leaders opening or sending while the office closes or deletes the campaign. Every
 * answer is the page as before (200), or "Trang đã đóng" / "Chiến dịch đã được gỡ" (410) —
 * never "Không tìm thấy trang … bị thiếu một phần khi chép" (404), which the studio answered
 * while it had forgotten the campaign as open and not yet recorded it closed (or deleted: for
 * the whole removal of the documents' cache). Real studio on loopback; leaders keep requesting
 * their page over 24 keep-alive connections, from before the office's press until it answered.
 */

import { writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { overAgent } from './over-agent.js';
import { GROUPS, leaderLinks, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';

/**
 * The leaders' pages `urls` requested over and over, 24 at a time, while `press` (the office's
 * button) runs and a moment after: every answer's status, and one text per status.
 */
async function whileOfficePresses(
  base: string,
  urls: readonly string[],
  press: () => Promise<unknown>,
) {
  const agent = new Agent({ keepAlive: true, maxSockets: 24 });
  const statuses = new Map<number | string, number>();
  const texts = new Map<number | string, string>();
  let done = false;
  const leader = async (n: number) => {
    for (let i = n; !done; i++) {
      const a = await overAgent(agent, `${base}${urls[i % urls.length]}`);
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      texts.set(a.status, a.text);
    }
  };
  const leaders = Array.from({ length: 24 }, (_, n) => leader(n));
  // Leaders have had their pages when the office presses, and are answered "closed" after.
  await expect.poll(() => statuses.get(200) ?? 0).toBeGreaterThan(0);
  await press();
  await expect.poll(() => statuses.get(410) ?? 0).toBeGreaterThan(0);
  done = true;
  await Promise.all(leaders);
  agent.destroy();
  return { statuses: Object.fromEntries(statuses), texts };
}

describe('leaders sending while the office closes or deletes the campaign', () => {
  let s: TestStudio | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
    await removeTempDirs();
  });

  const opened = async () => {
    let office: Client;
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample());
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    const urls = [...(await leaderLinks(office, SLUG)).values()];
    // Their documents drawn, as after a morning of leaders' visits (the cache a deletion removes).
    for (const url of urls.slice(0, 4)) {
      const page = await office.get(url);
      for (const pdf of page.text.matchAll(/href="([^"]+\.pdf)"/g)) await office.get(pdf[1] ?? '');
    }
    return { office, urls, base: s.url };
  };

  it('closing the pages: each answer is the page or "Trang đã đóng", never "not found"', async () => {
    const { office, urls, base } = await opened();
    for (let round = 0; round < 3; round++) {
      const { statuses, texts } = await whileOfficePresses(base, urls, async () => {
        expect(
          (await office.post(`/c/${SLUG}/leaders/stop`, {}, `/c/${SLUG}/leaders`)).status,
        ).toBe(303);
      });
      expect(Object.keys(statuses).sort(), JSON.stringify(statuses)).toEqual(['200', '410']);
      expect(visible(texts.get(410) ?? '')).toContain('Trang đã đóng');
      expect((await office.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(
        303,
      );
    }
  });

  it('deleting the campaign: each answer is the page or "Chiến dịch đã được gỡ", never "not found"', async () => {
    const { office, urls, base } = await opened();
    const { statuses, texts } = await whileOfficePresses(base, urls, async () => {
      expect((await office.post(`/c/${SLUG}/delete`, {}, `/c/${SLUG}/delete`)).status).toBe(303);
    });
    expect(statuses['404'], JSON.stringify(statuses)).toBeUndefined();
    expect(statuses['410'], JSON.stringify(statuses)).toBeGreaterThan(0);
    expect(visible(texts.get(410) ?? '')).toContain('Chiến dịch đã được gỡ');
  });
});
