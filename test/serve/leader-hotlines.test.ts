/**
 * The numbers to call and what to bring on the leader's page (qa21 findings 5 and 14): the
 * message to forward to the group's Zalo lists "Cần mang theo" and "Số điện thoại cần biết" as
 * the flyer prints them, and ends with the office and its phone, not the flyer's "Cần hỏi thêm?
 * Liên hệ tổ trưởng …" (the leader is the one sending it); the page lists the numbers, each a
 * call the leader's finger starts. A real server on loopback, its page read as a phone gets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORM_OFFICE, STORM_PHONE, stormCampaign } from '../support/storm-campaign.js';
import { removeTempDirs } from '../support/tmp.js';
import { fromHtml, messageOf } from './leader-page.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const HOTLINES = [
  ['Ban Chỉ huy Phòng thủ dân sự phường Sơn Trà', '0236 3 111 222'],
  ['Công an phường Sơn Trà', '0236 3 888 999'],
  ['Cấp cứu', '115'],
  // Names holding a short number's digits: the number dialled is the one after the colon (review).
  ['Tổ 113 khu 2', '0905 111 222'],
  ['Phòng 1012 UBND phường', '0236 3 888 777'],
] as const;
const BRING = ['Giấy tờ tùy thân, thẻ căn cước', 'Thuốc men thiết yếu của gia đình'];
const CAMPAIGN = stormCampaign({
  actions: ['step: Chằng chống nhà cửa, chặt tỉa cây xanh quanh nhà'],
  bring: BRING,
  hotlines: HOTLINES.map(([who, n]) => `${who}: ${n}`),
});
/** The group's leader and phone: the flyer says to ask them; the leader's own message must not. */
const LEADER = 'Trần Văn Bình';
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại\n1;Tổ dân phố 1;${LEADER};0905 222 333\n`;

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ ward: await wardOf(CAMPAIGN, GROUPS) });
}, 120_000);
afterAll(async () => {
  await s?.app.close();
  await removeTempDirs();
});

const pageOf = async (id: string) => (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text();

describe('the message to forward to the group’s Zalo', () => {
  it('lists what to bring and the numbers to call, then the office, and does not send residents back to the leader', async () => {
    const lines = messageOf(await pageOf('1')).split('\n');
    const bring = lines.indexOf('Cần mang theo:');
    expect(bring, lines.join('\n')).toBeGreaterThan(0);
    expect(lines.slice(bring + 1, bring + 1 + BRING.length)).toEqual(BRING.map((b) => `- ${b}`));
    const calls = lines.indexOf('Số điện thoại cần biết:');
    expect(calls, lines.join('\n')).toBeGreaterThan(bring);
    expect(lines.slice(calls + 1, calls + 1 + HOTLINES.length)).toEqual(
      HOTLINES.map(([who, n]) => `- ${who}: ${n}`),
    );
    // The office and its phone, last.
    expect(lines.at(-1)).toContain(STORM_OFFICE);
    expect(lines.at(-1)).toContain(STORM_PHONE);
    // The leader sends it: no "Cần hỏi thêm? Liên hệ tổ trưởng Trần Văn Bình".
    expect(lines.join('\n')).not.toContain('Cần hỏi thêm');
    expect(lines.join('\n')).not.toContain(LEADER);
  });
});

describe('the leader’s page', () => {
  it('lists the numbers to call, each a tel: link', async () => {
    const html = await pageOf('1');
    expect(html).toContain('Số điện thoại cần biết');
    const list = /<ul class="hotlines">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => fromHtml(m[1] ?? ''));
    expect(items).toEqual(
      HOTLINES.map(
        ([who, n]) => `${who}: <a class="tel" href="tel:${n.replace(/\D/g, '')}">${n}</a>`,
      ),
    );
  });
});
