/**
 * The message a leader forwards to the group's Zalo chat names who sends it and the app (qa48
 * M2). A contest's flyer ends with its technical support, and the message with it: links and
 * "đăng ký với thông tin chính xác" from nobody, and no word of the app the campaign asks
 * residents to install. Every message now ends with the ward's office and its phone, and a
 * campaign with an app gives its store links by name. Each kind of campaign: the example's
 * contest with an app, a fire drill (no contest), a fee, and the fire drill with an app; a real
 * server on loopback, the message as the leader page's box holds it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { messageOf } from './leader-page.js';
import { closedAfterAll, startServer, tokenOf, wardOf } from './server.js';

const { servers } = closedAfterAll();

const QA40 = 'test/fixtures/qa40';
const IOS = 'https://apps.apple.com/vn/app/pccc-le-chan/id1234567890';
const ANDROID = 'https://play.google.com/store/apps/details?id=vn.lechan.pccc';
/** The fire drill, asking residents to install the ward's app as well. */
const withApp = (yaml: string) =>
  `${yaml}\napp:\n  name: PCCC Lê Chân\n  ios: { url: "${IOS}", label: iPhone }\n  android: { url: "${ANDROID}", label: Android }\n`;

/** The message of group `id` of the ward served. */
async function messageOfWard(ward: Awaited<ReturnType<typeof loadWard>>, id: string) {
  const s = await startServer({ ward });
  servers.push(s);
  return messageOf(await (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text()).split('\n');
}

describe('the Zalo message says who sends it', () => {
  it('a contest with an app: its support line, then the office, the ward and its phone; the app’s store links by name', async () => {
    const lines = await messageOfWard(
      await loadWard({
        campaign: 'examples/hai-phong/campaign.yaml',
        groups: 'examples/hai-phong/groups.csv',
      }),
      '1',
    );
    // examples/hai-phong/campaign.yaml: issuer.office, issuer.ward, issuer.phone;
    // contest.support_phone; app.name and its stores.
    expect(lines.at(-1)).toBe(
      'Liên hệ: Phòng Văn hoá - Xã hội, phường Lê Chân, ĐT: 0225 3 857 123',
    );
    expect(lines.at(-2)).toBe('Hỗ trợ kỹ thuật: 0904 540 490');
    expect(lines).toContain(
      'Tải Smart Hải Phòng cho iPhone (iOS): https://apps.apple.com/vn/search?term=Smart%20H%E1%BA%A3i%20Ph%C3%B2ng',
    );
    expect(lines).toContain(
      'Tải Smart Hải Phòng cho Android: https://play.google.com/store/search?q=Smart%20H%E1%BA%A3i%20Ph%C3%B2ng&c=apps',
    );
  });

  it('a fire drill and a fee (no contest, no app): the office line once, last; no store', async () => {
    const cases = [
      // The office's phone is one of the file's hotlines ("Công an phường: 0225.3.857.114"):
      // said there, in groups of digits, and not again on the office line.
      ['d-pccc.yaml', 'Liên hệ: Công an phường Lê Chân'],
      [
        'e-thu-phi.yaml',
        'Liên hệ: Phòng Kinh tế - Hạ tầng - Đô thị, phường Lê Chân, ĐT: 0225 3 857 123',
      ],
    ] as const;
    for (const [file, office] of cases) {
      const lines = await messageOfWard(
        await loadWard({ campaign: join(QA40, file), groups: join(QA40, 'groups.csv') }),
        '6',
      );
      expect(lines.at(-1), file).toBe(office);
      expect(
        lines.filter((l) => l.startsWith('Liên hệ:')),
        file,
      ).toHaveLength(1);
      expect(lines.join('\n'), file).not.toMatch(/apps\.apple|play\.google/);
      // Each of the file's phone numbers said once (its digits, however the file groups them).
      const digits = lines.join('\n').replace(/(?<=\d)[ .](?=\d)/g, '');
      for (const phone of ['02253857114', '02253857123', '0912345999'])
        expect(digits.split(phone).length - 1, `${file} ${phone}`).toBeLessThanOrEqual(1);
      if (file === 'd-pccc.yaml') expect(digits).toContain('Công an phường: 02253857114');
    }
  });

  it('a contest without its own support phone, the office’s phone a hotline: the office once, its phone with the hotlines', async () => {
    const example = await readFile('examples/hai-phong/campaign.yaml', 'utf8');
    const phone = /^ {2}phone: "([^"]+)"/m.exec(example)?.[1] ?? '';
    expect(phone).not.toBe('');
    const yaml = `${example.replace(/^ {2}support_phone: .*\n/m, '')}\nhotlines:\n  - "Văn phòng phường: ${phone}"\n`;
    const groups = await readFile('examples/hai-phong/groups.csv', 'utf8');
    const lines = await messageOfWard(await wardOf(yaml, groups), '1');
    expect(lines.filter((l) => l.startsWith('Liên hệ:'))).toEqual([
      'Liên hệ: Phòng Văn hoá - Xã hội, phường Lê Chân',
    ]);
    expect(lines.join('\n').split(phone)).toHaveLength(2);
  });

  it('an app without a contest: each store link once, and the office last', async () => {
    const yaml = withApp(await readFile(join(QA40, 'd-pccc.yaml'), 'utf8'));
    const groups = await readFile(join(QA40, 'groups.csv'), 'utf8');
    const lines = await messageOfWard(await wardOf(yaml, groups), '6');
    expect(lines.filter((l) => l.endsWith(IOS))).toEqual([`Tải PCCC Lê Chân cho iPhone: ${IOS}`]);
    expect(lines.filter((l) => l.endsWith(ANDROID))).toEqual([
      `Tải PCCC Lê Chân cho Android: ${ANDROID}`,
    ]);
    expect(lines.at(-1)).toBe('Liên hệ: Công an phường Lê Chân');
  });
});
