/**
 * qa45 left-over: a leader who sends figures while the studio stops (Ctrl-C, SIGTERM: the CLI's
 * closeOnSignal → close()) got the ward's bare "Có lỗi xảy ra / Xin thử lại sau ít phút" page,
 * and the figures typed were gone. Now that page lists them ("Số liệu vừa ghi chưa được lưu"),
 * as the closed page does, so nothing typed is lost. The stop path of stop-while-sending.test.ts:
 * leaders keep posting their forms over keep-alive connections while the studio stops.
 */
import { EventEmitter } from 'node:events';
import { Agent } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOnSignal } from '../../src/cli/until-stopped.js';
import { fieldNameByLabel } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { halfSent, overAgent, refusesConnections } from './over-agent.js';
import { GROUPS, JOINED, leaderLinks, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

describe('stopping the studio while leaders send figures', () => {
  let s: TestStudio | undefined;
  afterAll(async () => {
    await s?.close().catch(() => {});
    await removeTempDirs();
  });

  it('answers a form arriving meanwhile with the figures typed, not saved', async () => {
    let office: Client;
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    const urls = [...(await leaderLinks(office, 'hai-phong')).values()];
    // Each leader's form as the page gives it, the box of "Số người dân tham gia" filled.
    const leader = new Client(s.url);
    const forms: { action: string; fields: Record<string, string> }[] = [];
    for (const [i, url] of urls.entries()) {
      const page = (await leader.get(url)).text;
      const action = /<form class="figures" method="post" action="([^"#]+)/.exec(page)?.[1] ?? '';
      const hidden = (name: string) =>
        new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';
      forms.push({
        action: action.replaceAll('&amp;', '&'),
        fields: {
          form: hidden('form'),
          base: hidden('base'),
          [fieldNameByLabel(page, JOINED)]: String(41 + i),
        },
      });
    }
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    let stopAsked = 0;
    let sending = true;
    const after: { status: number | string; text: string; typed: string }[] = [];
    const send = async (n: number) => {
      for (let i = n; sending; i++) {
        const f = forms[i % forms.length];
        if (!f) return;
        const started = Date.now();
        const a = await overAgent(agent, `${s?.url}${f.action}`, f.fields);
        if (stopAsked && started > stopAsked)
          after.push({ ...a, typed: Object.values(f.fields).at(-1) ?? '' });
        if (typeof a.status === 'string') await new Promise((r) => setTimeout(r, 20));
      }
    };
    const leaders = Array.from({ length: 8 }, (_, n) => send(n));
    await new Promise((r) => setTimeout(r, 800));
    // One leader's form under way when the signal comes, the rest of it sent once the studio
    // stops: a form arriving meanwhile on a connection it keeps.
    const first = forms[0];
    if (!first) throw new Error('no leader form');
    const asks = await halfSent(`${s.url}${first.action}`, first.fields);
    const signals = new EventEmitter();
    const stopped = closeOnSignal(s.app, () => {}, signals);
    stopAsked = Date.now();
    signals.emit('SIGTERM', 'SIGTERM');
    await expect.poll(() => refusesConnections(s?.url ?? ''), { timeout: 5_000 }).toBe(true);
    const answer = await asks.finish();
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 15_000))]);
    sending = false;
    await Promise.all(leaders);
    agent.destroy();
    expect(answer.status).toBe(503);
    const typed = Object.values(first.fields).at(-1) ?? '';
    const answered = [{ ...answer, typed }, ...after.filter((a) => a.status === 503)];
    // Nothing sent after the signal was saved (200): each got the page below, or no connection.
    const statuses = new Set(after.map((a) => a.status));
    expect([...statuses].filter((x) => typeof x === 'number' && x !== 503)).toEqual([]);
    for (const a of answered) {
      const text = visible(a.text);
      expect(text).toContain('Xin thử lại sau ít phút');
      expect(text).toContain('Số liệu vừa ghi chưa được lưu');
      expect(text).toContain(`${JOINED}: ${a.typed}`);
    }
  }, 60_000);
});
