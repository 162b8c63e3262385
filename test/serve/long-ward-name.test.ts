/**
 * A ward merged from old ones is named after all of them, "phường Thạnh Mỹ Tây - Bình Thạnh - Gia
 * Định Mới": the leader's page on a 360×740 phone breaks the name after a " - " (qa20: kept whole,
 * the page was 406 px wide and the name cut at "GIA ĐỊN"), never inside one old ward's name. The
 * page also gives the campaign's links to paste into the group's Zalo (qa20 8b: documents only),
 * a prefilled form's long address wrapping inside the phone's width. A real server on loopback,
 * the page in Chromium.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/app.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { messageOf } from './leader-page.js';
import { SECRET, tokenOf } from './server.js';

const OLD_WARDS = ['Thạnh Mỹ Tây', 'Bình Thạnh', 'Gia Định Mới'];
const WARD = `phường ${OLD_WARDS.join(' - ')}`;
const LINKS = [
  [
    'Biểu mẫu đăng ký học',
    'https://docs.google.com/forms/d/e/1FAIpQLSfD8xk3a-BinhDanHocVuSo-BinhThanh/viewform?usp=pp_url&entry.123456=Khu+ph%E1%BB%91',
  ],
  ['Nhóm Zalo lớp học', 'https://zalo.me/g/hocvuso'],
] as const;

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-long-ward-');
  await writeFile(
    join(dir, 'campaign.yaml'),
    `${NOTICE_ONLY.replace('ward: phường Tân Định', `ward: ${WARD}`)}links:\n${LINKS.map(
      ([label, url], i) => `  l${i}: { url: "${url}", label: ${label} }\n`,
    ).join('')}`,
  );
  await writeFile(
    join(dir, 'groups.csv'),
    'STT;Tên khu phố;Số hộ;Số nhân khẩu\n1;Khu phố 1;40;160\n',
  );
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
  });
  app = await createServer({
    ward,
    secret: SECRET,
    adminPassword: 'mật-khẩu',
    cacheDir: join(dir, 'cache'),
    renderer: createInProcessRenderer(ward),
    logError: () => {},
  });
  url = await app.listen({ host: '127.0.0.1', port: 0 });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await removeTempDirs();
});

describe("the leader's page of a ward with a long merged name", () => {
  it("gives the campaign's links to paste into the group's Zalo, each with its label", async () => {
    const html = await (await fetch(`${url}/g/${tokenOf('1')}/`)).text();
    const unescaped = messageOf(html);
    // The message's link lines, after its words.
    const links = unescaped.split('\n').filter((l) => /^[^:]+: https?:\/\//.test(l));
    expect(links).toEqual(LINKS.map(([label, u]) => `${label}: ${u}`));
  });

  it.skipIf(!chromiumAvailable)(
    'fits a 360 px phone, breaking the name only after a dash',
    async () => {
      const browser = await sharedChromium();
      const context = await browser.newContext(phoneOptions());
      try {
        const page = await context.newPage();
        await page.goto(`${url}/g/${tokenOf('1')}/`);
        const issuer = page.locator('.issuer');
        // Upper case on the page (CSS): the text node holds the name as typed.
        expect(await issuer.textContent()).toContain(WARD);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
        const box = await issuer.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
        const tops = await issuer.evaluate((el) =>
          [...el.querySelectorAll('.name')].map((s) => {
            const rects = s.getClientRects();
            return rects.length;
          }),
        );
        // Every piece is one box (one line); more than one piece, so the name could break.
        expect(tops.length).toBe(OLD_WARDS.length);
        for (const n of tops) expect(n).toBe(1);
        await keepShot(page, join('test-output', 'leader-long-ward-360.png'), { fullPage: true });
      } finally {
        await closeContexts(browser);
      }
    },
  );
});
