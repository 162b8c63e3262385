/**
 * The card a chat app draws of a leader's link (qa48 m1). Its page had only
 * "<title>Tài liệu Tổ dân phố Đoàn Kết — phường Lê Chân</title>": a leader sent the fire drill's,
 * the fee's and the training's links got three identical cards. The title now names the
 * campaign, and the page gives a description and og:title/og:description — nothing private: no
 * og:url (the link is the secret), no og:image (the group's pictures are behind it), no leader's
 * name or phone. Two campaigns of test/fixtures/qa40 for the same group, a real server on
 * loopback, fetched as Facebook's and Zalo's link previews fetch it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { fromHtml } from './leader-page.js';
import { closedAfterAll, startServer, tokenOf } from './server.js';

const { servers } = closedAfterAll();
const QA40 = 'test/fixtures/qa40';

/** The page's <head> of group 6 of `campaign`, fetched with `userAgent`. */
async function headOf(campaign: string, userAgent: string): Promise<string> {
  const ward = await loadWard({ campaign: join(QA40, campaign), groups: join(QA40, 'groups.csv') });
  const s = await startServer({ ward });
  servers.push(s);
  const html = await (
    await fetch(`${s.url}/g/${tokenOf('6')}/`, { headers: { 'user-agent': userAgent } })
  ).text();
  return /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
}

const meta = (head: string, attr: string, name: string) =>
  fromHtml(new RegExp(`<meta ${attr}="${name}" content="([^"]*)">`).exec(head)?.[1] ?? '');

describe('a leader link’s card', () => {
  it('names the campaign, the group and the ward, and says what the page holds', async () => {
    const cases = [
      ['d-pccc.yaml', 'Diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ khu dân cư'],
      [
        'e-thu-phi.yaml',
        (await readFile(join(QA40, 'e-thu-phi.yaml'), 'utf8')).match(/^title: (.+)$/m)?.[1],
      ],
    ] as const;
    const titles: string[] = [];
    for (const [file, campaign] of cases) {
      const head = await headOf(file, 'facebookexternalhit/1.1');
      const title = fromHtml(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '');
      // groups.csv row 6: Tổ dân phố Đoàn Kết; the campaign's issuer.ward: phường Lê Chân.
      expect(title, file).toBe(`${campaign} — Tổ dân phố Đoàn Kết — phường Lê Chân`);
      expect(meta(head, 'property', 'og:title'), file).toBe(title);
      const description = meta(head, 'name', 'description');
      expect(description, file).toContain('tin nhắn gửi nhóm Zalo');
      expect(description, file).toContain('Đoàn Kết');
      expect(meta(head, 'property', 'og:description'), file).toBe(description);
      titles.push(title);
    }
    expect(new Set(titles).size).toBe(2);
  });

  it('says nothing private: no token, no og:url or og:image, no leader’s name or phone', async () => {
    for (const ua of [
      'facebookexternalhit/1.1',
      'Mozilla/5.0 (Linux; Android 12) Zalo android/12090043',
    ]) {
      const head = await headOf('d-pccc.yaml', ua);
      expect(head).toContain('og:title');
      expect(head).not.toContain(tokenOf('6'));
      expect(head).not.toMatch(/og:url|og:image/);
      // groups.csv row 6's leader and phone.
      expect(head).not.toContain('Hoàng Văn Quyết');
      expect(head.replace(/\D/g, '')).not.toContain('0912351233');
    }
  });
});
