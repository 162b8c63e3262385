/**
 * qa45 F2: the studio stopped (Ctrl-C, SIGTERM: what the CLI does, closeOnSignal → close())
 * while leaders keep requesting their pages over keep-alive connections. It used to go on
 * answering them for as long as they kept sending (20 s and more), saying nothing, so that a
 * restart was refused ("một studio khác đang chạy"). Now it stops within a few seconds: a request
 * arriving meanwhile gets 503 "Studio đang tắt" (the office) or the ward's "thử lại" page (a
 * leader), and the console says it is stopping. Real sockets on loopback.
 */
import { EventEmitter } from 'node:events';
import { Agent } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOnSignal } from '../../src/cli/until-stopped.js';
import { removeTempDirs } from '../support/tmp.js';
import { halfSent, overAgent, refusesConnections } from './over-agent.js';
import { GROUPS, leaderLinks, visible } from './results-figures.js';
import { studioWithExample, type TestStudio } from './studio.js';

describe('stopping the studio while leaders keep sending', () => {
  let s: TestStudio | undefined;
  afterAll(async () => {
    await s?.close().catch(() => {});
    await removeTempDirs();
  });

  it('stops within seconds, answering what arrives meanwhile "đang tắt" / "thử lại"', async () => {
    let office: Awaited<ReturnType<typeof studioWithExample>>['c'];
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    const urls = [...(await leaderLinks(office, 'hai-phong')).values()];
    const base = s.url;
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    let stopAsked = 0;
    let sending = true;
    const after: { status: number | string; text: string; path: string }[] = [];
    const leader = async (n: number) => {
      for (let i = n; sending; i++) {
        // Six leaders' pages, and the office's list of campaigns now and then.
        const path = i % 5 === 0 ? '/' : (urls[i % urls.length] ?? '');
        const started = Date.now();
        const a = await overAgent(agent, `${base}${path}`);
        if (stopAsked && started > stopAsked) after.push({ ...a, path });
        if (typeof a.status === 'string') await new Promise((r) => setTimeout(r, 20));
      }
    };
    const leaders = Array.from({ length: 8 }, (_, n) => leader(n));
    await new Promise((r) => setTimeout(r, 800));
    // An office's and a leader's request under way when the signal comes, the rest of each sent
    // once the studio stops: what arrives meanwhile on a connection it keeps.
    const officeAsks = await halfSent(`${base}/`);
    const leaderAsks = await halfSent(`${base}${urls[0]}`);
    // What the CLI does on SIGTERM, the signal emitted on an emitter of the test's own (not the
    // fork's process: other listeners there, signal-exit's, would end the fork).
    const said: string[] = [];
    const app = s.app;
    const signals = new EventEmitter();
    const stopped = closeOnSignal(app, () => said.push('stopping'), signals);
    stopAsked = Date.now();
    signals.emit('SIGTERM', 'SIGTERM');
    await expect.poll(() => refusesConnections(base), { timeout: 5_000 }).toBe(true);
    const [officeAnswer, leaderAnswer] = [await officeAsks.finish(), await leaderAsks.finish()];
    const took = await Promise.race([
      stopped.then(() => Date.now() - stopAsked),
      new Promise<string>((r) => setTimeout(() => r('still running after 15 s'), 15_000)),
    ]);
    sending = false;
    await Promise.all(leaders);
    agent.destroy();
    expect(took).toBeLessThan(14_000);
    expect(said).toEqual(['stopping']);
    expect(officeAnswer.status).toBe(503);
    expect(visible(officeAnswer.text)).toContain('Studio đang tắt');
    expect(leaderAnswer.status).toBe(503);
    expect(visible(leaderAnswer.text)).toContain('Xin thử lại sau ít phút');
    // Nothing the leaders sent after the signal was taken in (200); each got a page saying so,
    // or no connection (the server no longer listening).
    const statuses = new Set(after.map((a) => a.status));
    expect([...statuses].filter((x) => typeof x === 'number' && x !== 503)).toEqual([]);
  }, 60_000);
});
