/**
 * The leader's phone page says what the group's own papers say (qa8 L1, L2): its step for the
 * tracking sheet asks what the sheet asks — the number of each household's people who did it on
 * a sheet of household rows of a campaign counting people, a tick on a sheet of residents or of
 * a campaign counting households — and its card says the same; under the title, the group's own
 * Thời gian and Địa điểm as its flyer prints them, left out when the group's cell is empty. Read
 * over HTTP from a real server on loopback, the sheet from its PDF (pdftotext), the layout in
 * Chromium at 360×740.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/app.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { SECRET, tokenOf } from './server.js';

const ACTIONS = `actions:
  - step: Kích hoạt tài khoản định danh điện tử mức 2.
    column: Đã kích hoạt
when: "{{group.[Thời gian tiếp nhận]}}"
where: "{{group.[Điểm tiếp nhận]}}"
`;
const PEOPLE = `measures:
  - { id: kich_hoat, label: Số người đã kích hoạt, of: people }
`;
const HOUSEHOLDS = `measures:
  - { id: ho, label: Số hộ đã kích hoạt, of: households }
`;
/** Khu phố 3 has no cell for its time or place: no line for them on its papers or its page. */
const CELLS = {
  1: ['7h30 – 11h00, Chủ nhật 13/12/2026', 'Sân Nhà văn hóa khu phố 1, 12 Lê Lợi'],
  2: ['13h30 – 16h30, Thứ Bảy 12/12/2026', 'Hội trường Công an phường'],
  3: ['', ''],
} as const;
const GROUPS = `STT;Tên khu phố;Số hộ;Số nhân khẩu;Thời gian tiếp nhận;Điểm tiếp nhận
${Object.entries(CELLS)
  .map(([id, c]) => `${id};Khu phố ${id};40;160;${c.join(';')}`)
  .join('\n')}
`;
/** Khu phố 2's roster lists residents (rows of people); the others have blank household rows. */
const RESIDENTS = ['Nguyễn Văn An', 'Trần Thị Bình'];

async function serveWard(name: string, extra: string) {
  const dir = await makeTempDir(`phuong-print-leader-${name}-`);
  await mkdir(join(dir, 'rosters'));
  await writeFile(join(dir, 'campaign.yaml'), `${NOTICE_ONLY}${ACTIONS}${extra}`);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  await writeFile(
    join(dir, 'rosters', '2.csv'),
    `STT;Họ và tên;Địa chỉ\n${RESIDENTS.map((n, i) => `${i + 1};${n};Nhà số ${i + 1}`).join('\n')}\n`,
  );
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
    rosters: join(dir, 'rosters'),
  });
  const app = await createServer({
    ward,
    secret: SECRET,
    adminPassword: 'mật-khẩu',
    cacheDir: join(dir, 'cache'),
    renderer: createInProcessRenderer(ward),
    logError: () => {},
  });
  return { app, url: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

const textOf = visible;

/** The page's step for the tracking sheet, and its card's note. */
async function leaderPage(url: string, id: string) {
  const html = await (await fetch(`${url}/g/${tokenOf(id)}/`)).text();
  const steps = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  const step = textOf(/<li>(In bảng theo dõi[\s\S]*?)<\/li>/.exec(steps)?.[1] ?? '').trim();
  const card = /<h3>Bảng theo dõi[^<]*<\/h3>\s*<p class="note">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
  const header = textOf(/<header class="band">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '');
  return { html, step, card, header };
}

async function sheetOf(url: string, id: string): Promise<string> {
  const res = await fetch(`${url}/g/${tokenOf(id)}/tracker.pdf`);
  expect(res.status).toBe(200);
  return collapseSpaces(await pdfText(new Uint8Array(await res.arrayBuffer())));
}

afterAll(removeTempDirs);

describe('a campaign counting people (VNeID: people over the population)', () => {
  let s: { app: FastifyInstance; url: string };
  beforeAll(async () => {
    s = await serveWard('people', PEOPLE);
  }, 120_000);
  afterAll(() => s?.app.close());

  it('asks for each household’s count of people, as its sheet of household rows does', async () => {
    const sheet = await sheetOf(s.url, '1');
    expect(sheet).toContain('ghi vào ô số người trong hộ');
    expect(sheet).not.toContain('Đánh dấu “x”');
    const page = await leaderPage(s.url, '1');
    expect(page.step).toBe(
      'In bảng theo dõi: mỗi hộ một dòng, ghi vào ô số người trong hộ đã làm xong từng việc.',
    );
    expect(page.step).not.toContain('đánh dấu');
    expect(page.card).toBe('Mỗi hộ một dòng, ghi số người đã làm xong, khổ A4 ngang');
  });

  it('asks for a tick per resident on a roster of residents, as that sheet does', async () => {
    const sheet = await sheetOf(s.url, '2');
    for (const name of RESIDENTS) expect(sheet).toContain(name);
    expect(sheet).toContain('Đánh dấu “x” vào ô khi người dân');
    const page = await leaderPage(s.url, '2');
    expect(page.step).toBe(
      'In bảng theo dõi: mỗi người một dòng, đánh dấu “x” khi người đó đã làm xong từng việc.',
    );
    expect(page.card).toBe('Mỗi người một dòng, đánh dấu “x” khi đã làm xong, khổ A4 ngang');
  });

  it('shows the group’s own time and place under its title, as its flyer prints them', async () => {
    for (const id of ['1', '2'] as const) {
      const [time, place] = CELLS[id];
      const { header } = await leaderPage(s.url, id);
      expect(header).toContain(`Thời gian: ${time}`);
      expect(header).toContain(`Địa điểm: ${place}`);
      const flyer = await fetch(`${s.url}/g/${tokenOf(id)}/flyer.pdf`);
      const printed = collapseSpaces(await pdfText(new Uint8Array(await flyer.arrayBuffer())));
      expect(printed).toContain(`Thời gian: ${time}`);
      expect(printed).toContain(`Địa điểm: ${place}`);
    }
  });

  it('leaves the lines out for a group whose cells are empty', async () => {
    const { header } = await leaderPage(s.url, '3');
    expect(header).toContain('Khu phố 3');
    expect(header).not.toContain('Thời gian');
    expect(header).not.toContain('Địa điểm');
  });

  it.skipIf(!chromiumAvailable)(
    'fits a 360×740 phone, the place at the page’s text size',
    async () => {
      const browser = await sharedChromium();
      const context = await browser.newContext(phoneOptions());
      try {
        const page = await context.newPage();
        await page.goto(`${s.url}/g/${tokenOf('1')}/`);
        // The header's line (the message to forward to Zalo says it too).
        const place = page.locator('header').getByText(`Địa điểm: ${CELLS[1][1]}`);
        await expect.poll(() => place.isVisible()).toBe(true);
        const box = await place.boundingBox();
        expect(box?.x).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
        // Above the fold: the leader sees when and where without scrolling.
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
        const size = await place.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
        const body = await page.evaluate(() =>
          Number.parseFloat(
            getComputedStyle(document.querySelector('main') ?? document.body).fontSize,
          ),
        );
        expect(size).toBeGreaterThanOrEqual(body);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
        // "Chủ nhật" is one word to a reader: at no width of the line does it break inside
        // (qa51 p6: "Thời gian: 6:00, Chủ ⏎ nhật 13/12/2026" at 360 px).
        const time = page.locator('header p.fact strong').first();
        expect(await time.textContent()).toMatch(/Chủ\snhật/);
        const splitAt = await time.evaluate((e) => {
          const el = e as HTMLElement;
          const text = el.firstChild as Text;
          const from = (text.textContent ?? '').search(/Chủ\snhật/);
          const range = document.createRange();
          range.setStart(text, from);
          range.setEnd(text, from + 'Chủ nhật'.length);
          const widths: number[] = [];
          el.style.display = 'inline-block';
          // From a width "Chủ nhật" fits in (narrower, the page wraps any word: overflow-wrap).
          for (let w = 120; w <= 320; w += 2) {
            el.style.width = `${w}px`;
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) widths.push(w);
          }
          el.style.display = '';
          el.style.width = '';
          return widths;
        });
        expect(splitAt).toEqual([]);
        await keepShot(page, join('test-output', 'leader-when-where-360.png'));
      } finally {
        await closeContexts(browser);
      }
    },
  );
});

describe('a campaign counting households', () => {
  let s: { app: FastifyInstance; url: string };
  beforeAll(async () => {
    s = await serveWard('households', HOUSEHOLDS);
  }, 120_000);
  afterAll(() => s?.app.close());

  it('asks for a tick per household, as its sheet does', async () => {
    const sheet = await sheetOf(s.url, '1');
    expect(sheet).toContain('Đánh dấu “x” vào ô khi hộ gia đình');
    const page = await leaderPage(s.url, '1');
    expect(page.step).toBe(
      'In bảng theo dõi: mỗi hộ một dòng, đánh dấu “x” khi hộ đã làm xong từng việc.',
    );
    expect(page.card).toBe('Mỗi hộ một dòng, đánh dấu “x” khi đã làm xong, khổ A4 ngang');
  });
});
