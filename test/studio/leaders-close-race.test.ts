/**
 * qa45 F1: leaders opening or sending while the office closes or deletes the campaign. Every
 * answer is the page as before (200), or "Trang đã đóng" / "Chiến dịch đã được gỡ" (410) —
 * never "Không tìm thấy trang … bị thiếu một phần khi chép" (404), which the studio answered
 * while it had forgotten the campaign as open and not yet recorded it closed (or deleted: for
 * the whole removal of the documents' cache). Real studio on loopback; leaders keep requesting
 * their page over LEADERS keep-alive connections, from before the office's press until it answered.
 */

import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { overAgent } from './over-agent.js';
import { GROUPS, leaderLinks, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';

/**
 * Leaders requesting at once. Every step of the press that waits (a file written, a folder
 * removed) lets each of them be answered once: the old code's window between "no longer open"
 * and "closed" was hit by several requests a press with 8 (mutation checked), while each leader
 * more lengthens every step of the press for all (24 made a press ~4 s of CPU).
 */
const LEADERS = 8;

/**
 * The leaders' pages `urls` requested over and over, LEADERS at a time, while `press` (the
 * office's button) runs and a moment after: every answer's status, and one text per status.
 */
async function whileOfficePresses(
  base: string,
  urls: readonly string[],
  press: () => Promise<unknown>,
) {
  const agent = new Agent({ keepAlive: true, maxSockets: LEADERS });
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
  const leaders = Array.from({ length: LEADERS }, (_, n) => leader(n));
  // Leaders have had their pages when the office presses, and are answered "closed" after.
  // Looked at often (a count in memory): each moment waited is the leaders' requests spinning.
  const often = { interval: 20 };
  await expect.poll(() => statuses.get(200) ?? 0, often).toBeGreaterThan(0);
  await press();
  await expect.poll(() => statuses.get(410) ?? 0, often).toBeGreaterThan(0);
  done = true;
  await Promise.all(leaders);
  agent.destroy();
  return { statuses: Object.fromEntries(statuses), texts };
}

describe('leaders sending while the office closes or deletes the campaign', () => {
  /**
   * One studio for both cases, the deletion last: closing leaves the pages open again after each
   * round, and a deletion is what it is whether the pages were closed and opened before or not (a
   * studio, its links and a group's documents drawn fewer).
   */
  let s: TestStudio;
  let office: Client;
  let urls: string[];
  let drawnSoFar = 0;
  /** The first `drawn` groups' documents drawn by their leaders' visits (those not drawn yet). */
  const draw = async (drawn: number) => {
    // Their documents drawn, as after a morning of leaders' visits (the cache a deletion removes,
    // its slowest step; closing removes it after the pages are known closed).
    for (const url of urls.slice(drawnSoFar, drawn)) {
      const page = await office.get(url);
      for (const pdf of page.text.matchAll(/href="([^"]+\.pdf)"/g)) await office.get(pdf[1] ?? '');
    }
    drawnSoFar = Math.max(drawnSoFar, drawn);
  };
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    urls = [...(await leaderLinks(office, SLUG)).values()];
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('closing the pages: each answer is the page or "Trang đã đóng", never "not found"', async () => {
    await draw(1);
    for (let round = 0; round < 3; round++) {
      // The tab the office presses on, loaded before: the press is the form's POST alone.
      const _csrf = await office.tokenOf(`/c/${SLUG}/leaders`);
      const { statuses, texts } = await whileOfficePresses(s.url, urls, async () => {
        expect((await office.postRaw(`/c/${SLUG}/leaders/stop`, { _csrf })).status).toBe(303);
      });
      expect(Object.keys(statuses).sort(), JSON.stringify(statuses)).toEqual(['200', '410']);
      expect(visible(texts.get(410) ?? '')).toContain('Trang đã đóng');
      expect((await office.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(
        303,
      );
    }
  });

  it('deleting the campaign: each answer is the page or "Chiến dịch đã được gỡ", never "not found"', async () => {
    await draw(2);
    const _csrf = await office.tokenOf(`/c/${SLUG}/delete`);
    const { statuses, texts } = await whileOfficePresses(s.url, urls, async () => {
      expect((await office.postRaw(`/c/${SLUG}/delete`, { _csrf })).status).toBe(303);
    });
    expect(statuses['404'], JSON.stringify(statuses)).toBeUndefined();
    expect(statuses['410'], JSON.stringify(statuses)).toBeGreaterThan(0);
    expect(visible(texts.get(410) ?? '')).toContain('Chiến dịch đã được gỡ');
  });
});
