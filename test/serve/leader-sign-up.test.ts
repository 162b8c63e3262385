/**
 * The leader's page says what a campaign counts (this session's brief): a blood-donation day
 * counting donors against each khu phố's quota ("Chỉ tiêu (người)") handed its checklist "cho các
 * hộ tự đánh dấu" and called its sign-up sheet "bảng theo dõi". Its steps now give the checklist
 * to each person who signs up, and name the sheet as printed, "Danh sách đăng ký"; a khu phố
 * without a quota has household rows, its checklist still for each person (the campaign counts
 * people); a campaign of households keeps "các hộ"; a campaign measured in kg against an estimate,
 * with nothing to tick, names the sheet's one column. Read over HTTP from a real server on
 * loopback, the sheets from their PDFs; the phone's width in Chromium at 360×740.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/app.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { chromiumAvailable, closeContexts, keepShot, sharedChromium } from './chromium.js';
import { SECRET, TEST_TODAY, tokenOf } from './server.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/hien-mau/', import.meta.url));

async function serveWard(name: string, campaign: string, groups: string) {
  const dir = await makeTempDir(`phuong-print-leader-${name}-`);
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  await writeFile(join(dir, 'groups.csv'), groups);
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
  });
  const app = await createServer({
    ward,
    secret: SECRET,
    adminPassword: 'mật-khẩu',
    cacheDir: join(dir, 'cache'),
    renderer: createInProcessRenderer(ward),
    today: () => TEST_TODAY,
    logError: () => {},
  });
  return { app, url: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

/** A fixture's campaign.yaml and groups.csv, served as they are. */
const serveFixture = async (name: string, folder: string) =>
  serveWard(
    name,
    await readFile(join(folder, 'campaign.yaml'), 'utf8'),
    await readFile(join(folder, 'groups.csv'), 'utf8'),
  );

const textOf = (html: string) => visible(html).trim();

/** The page's "Việc cần làm" steps, and its documents' titles and notes. */
async function leaderPage(url: string, id: string) {
  const html = await (await fetch(`${url}/g/${tokenOf(id)}/`)).text();
  const list = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  const steps = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1] ?? ''));
  const cards = [...html.matchAll(/<h3>([^<]*)<\/h3>\s*<p class="note">([^<]*)<\/p>/g)].map(
    (m) => `${m[1]}: ${m[2]}`,
  );
  return { steps, cards };
}

async function sheetOf(url: string, id: string): Promise<string> {
  const res = await fetch(`${url}/g/${tokenOf(id)}/tracker.pdf`);
  expect(res.status).toBe(200);
  return collapseSpaces(await pdfText(new Uint8Array(await res.arrayBuffer())));
}

afterAll(removeTempDirs);

describe('a blood-donation day counting donors against a quota', () => {
  let s: { app: FastifyInstance; url: string };
  beforeAll(async () => {
    s = await serveFixture('sign-up', FIXTURE);
  }, 120_000);
  afterAll(() => s?.app.close());

  it('gives the checklist to each person signing up, and names the sign-up sheet as printed', async () => {
    const sheet = await sheetOf(s.url, '1');
    expect(sheet).toContain('DANH SÁCH ĐĂNG KÝ THAM GIA');
    const { steps, cards } = await leaderPage(s.url, '1');
    expect(steps).toContain(
      'In danh mục các việc cần làm, đưa cho từng người đăng ký tự đánh dấu.',
    );
    expect(steps).toContain(
      'In danh sách đăng ký: ghi mỗi người đăng ký một dòng (họ và tên, địa chỉ), đánh dấu “x” khi người đó đã làm xong từng việc.',
    );
    expect(steps.join(' ')).not.toContain('các hộ tự đánh dấu');
    expect(steps.join(' ')).not.toContain('bảng theo dõi');
    expect(cards).toContain(
      'Danh sách đăng ký của khu phố: Mỗi người đăng ký một dòng, đánh dấu “x” khi đã làm xong, khổ A4 ngang',
    );
  });

  it('keeps the sign-up list for a khu phố without a quota, no checklist for each resident (qa23 #6)', async () => {
    const sheet = await sheetOf(s.url, '4');
    expect(sheet).toContain('DANH SÁCH ĐĂNG KÝ THAM GIA');
    expect(sheet).not.toContain('chủ hộ');
    const { steps } = await leaderPage(s.url, '4');
    expect(steps).toContain(
      'In danh mục các việc cần làm, đưa cho từng người đăng ký tự đánh dấu.',
    );
    expect(steps).toContain(
      'In danh sách đăng ký: ghi mỗi người đăng ký một dòng (họ và tên, địa chỉ), đánh dấu “x” khi người đó đã làm xong từng việc.',
    );
    // Not a copy for each of its residents (its population, from the groups file).
    const groups = await readFile(join(FIXTURE, 'groups.csv'), 'utf8');
    const population = /^4;[^;]*;[^;]*;\d+;(\d+);/m.exec(groups)?.[1] ?? '';
    expect(population).not.toBe('');
    const page = textOf(await (await fetch(`${s.url}/g/${tokenOf('4')}/`)).text());
    expect(page).not.toContain(`${Number(population).toLocaleString('vi-VN')} bản`);
    expect(page).not.toMatch(/In [\d.]+ bản/);
  });

  it.skipIf(!chromiumAvailable)('fits a 360×740 phone', async () => {
    const browser = await sharedChromium();
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${s.url}/g/${tokenOf('1')}/`);
      const step = page.getByText('In danh sách đăng ký:');
      await expect.poll(() => step.isVisible()).toBe(true);
      const box = await step.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await keepShot(page, join('test-output', 'leader-sign-up-360.png'));
    } finally {
      await closeContexts(browser);
    }
  });
});

describe('a campaign of households, and one measured in kg with nothing to tick', () => {
  const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;Khối lượng dự kiến (kg)
1;Tổ dân phố số 1;Nguyễn Văn Hải;62;231;120
`;
  const LABEL = 'Khối lượng rác tái chế thu gom (kg)';
  let households: { app: FastifyInstance; url: string };
  let kg: { app: FastifyInstance; url: string };
  beforeAll(async () => {
    households = await serveWard(
      'households',
      `${NOTICE_ONLY}actions:\n  - { step: Kiểm tra bình chữa cháy, column: Đã kiểm tra }\nmeasures:\n  - { id: ho, label: Số hộ đã kiểm tra, of: households }\n`,
      GROUPS,
    );
    kg = await serveWard(
      'kg',
      `${NOTICE_ONLY}measures:\n  - { id: rac, label: ${LABEL}, of: Khối lượng dự kiến (kg) }\n`,
      GROUPS,
    );
  }, 120_000);
  afterAll(async () => {
    await households?.app.close();
    await kg?.app.close();
  });

  it('gives a households campaign’s checklist to the households', async () => {
    const { steps } = await leaderPage(households.url, '1');
    expect(steps).toContain('In danh mục các việc cần làm, đưa cho các hộ tự đánh dấu.');
  });

  it('names the one column of a sheet measured in kg', async () => {
    const sheet = await sheetOf(kg.url, '1');
    expect(sheet).toContain(`ghi vào cột “${LABEL}” số kg của hộ đó`);
    const { steps, cards } = await leaderPage(kg.url, '1');
    expect(steps).toContain(
      `In bảng theo dõi: mỗi hộ một dòng, ghi vào cột “${LABEL}” số kg của hộ.`,
    );
    expect(cards).toContain(
      'Bảng theo dõi của tổ: Mỗi hộ một dòng, ghi số kg của hộ, khổ A4 ngang',
    );
  });
});

describe('a class whose deadline is the last day to sign up (qa40 m4)', () => {
  const CLASS = fileURLToPath(new URL('../fixtures/qa40-signup/', import.meta.url));
  let s: { app: FastifyInstance; url: string };
  beforeAll(async () => {
    s = await serveFixture('sign-up-deadline', CLASS);
  }, 120_000);
  afterAll(() => s?.app.close());

  it('says the poster holds its “hạn đăng ký”, the word the poster prints, not “thời hạn”', async () => {
    const { cards } = await leaderPage(s.url, '1');
    const poster = cards.find((c) => c.startsWith('Áp phích A4:')) ?? '';
    expect(poster, cards.join('\n')).toContain(', hạn đăng ký,');
    expect(poster).not.toContain('thời hạn');
    const res = await fetch(`${s.url}/g/${tokenOf('1')}/poster-a4.pdf`);
    expect(res.status).toBe(200);
    expect(collapseSpaces(await pdfText(new Uint8Array(await res.arrayBuffer())))).toContain(
      'Hạn đăng ký:',
    );
  });
});
