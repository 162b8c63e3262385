/**
 * `build --site`: "Xem" of a PDF opens its pages as pictures, as on the server (qa48 M1). Zalo's
 * browser on Android cannot show a PDF: on a static site "Xem" linked the PDF itself, a download
 * that often vanishes, and no page said to open it in the phone's browser. The site now holds
 * each PDF's `<doc>.html` with its pictures beside it, and its pages carry the in-app note,
 * shown inside Zalo's browser (its User-Agent) only. The fire drill of test/fixtures/qa40 (no
 * contest, no app), one group; the pages in Chromium at a phone's size, with Zalo's User-Agent.
 *
 * h-site2: one picture a page (the phone-wide one, which a tap opens alone): the larger one too
 * made the example's site 6.7× slower to build; `--no-site-views` leaves the views out (what such
 * a site holds: site.test.ts, whose site is built so).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupToken } from '../../src/serve/tokens.js';
import { runCliInProcess } from '../support/cli.js';
import { pdfInfo } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { SECRET } from './server.js';

const FIXTURE = 'test/fixtures/qa40';
/** Zalo's in-app browser on Android, as it names itself. */
const ZALO_UA =
  'Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12090043 ZaloTheme/light ZaloLanguage/vi';
const NOTE = 'Mở bằng trình duyệt';
let dir: string;
let groups: string;
let stdout: string;
let stderr: string;

/** `build --site` of the fire drill's first group into a new folder, with `extra` options. */
async function buildSite(extra: string[]) {
  const out = join(await makeTempDir(), 'out');
  const r = await runCliInProcess(
    [
      'build',
      '--campaign',
      join(FIXTURE, 'd-pccc.yaml'),
      '--groups',
      groups,
      '--out',
      out,
      '--quiet',
      '--site',
      ...extra,
    ],
    { env: { PHUONG_PRINT_SECRET: SECRET } },
  );
  return { ...r, dir: join(out, 'site', 'g', groupToken(SECRET, '6')) };
}

beforeAll(async () => {
  const tmp = await makeTempDir();
  const lines = (await readFile(join(FIXTURE, 'groups.csv'), 'utf8')).split(/\r?\n/);
  groups = join(tmp, 'groups.csv');
  await writeFile(groups, [lines[0], lines[1]].join('\r\n'));
  const r = await buildSite([]);
  expect(r.code, r.stderr).toBe(0);
  dir = r.dir;
  stdout = r.stdout;
  stderr = r.stderr;
}, 300_000);

afterAll(async () => {
  await closeContexts(chromiumAvailable ? await sharedChromium() : undefined);
  await removeTempDirs();
});

const PNG = '89504e470d0a1a0a';

describe('a static site’s page-by-page views', () => {
  it('has, for each PDF, a view page with a picture of each of its pages beside it', async () => {
    const files = await readdir(dir);
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    const leader = await readFile(join(dir, 'index.html'), 'utf8');
    for (const pdf of pdfs) {
      const stem = pdf.replace(/\.pdf$/, '');
      // "Xem" opens the view, not the PDF; "Tải về" still the PDF.
      expect(leader, pdf).toContain(`href="${stem}.html"`);
      expect(leader, pdf).toContain(`href="${pdf}" download=`);
      const view = await readFile(join(dir, `${stem}.html`), 'utf8');
      const { pages } = await pdfInfo(join(dir, pdf));
      const shown = [...view.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
      const pictures = Array.from({ length: pages }, (_, i) => `${stem}.page-${i + 1}.png`);
      expect(shown, pdf).toEqual(pictures);
      // A tap opens the same picture alone: one size drawn, not two.
      const tapped = [...view.matchAll(/<a class="page-link" href="([^"]+)"/g)].map((m) => m[1]);
      expect(tapped, pdf).toEqual(pictures);
      for (const name of pictures) {
        const bytes = await readFile(join(dir, name));
        expect(bytes.subarray(0, 8).toString('hex'), name).toBe(PNG);
      }
      expect(files.filter((f) => f.startsWith(`${stem}.page-`)).sort(), pdf).toEqual(
        [...pictures].sort(),
      );
      expect(view).toContain('href="./"');
      // The note to leave Zalo's browser, hidden until share.js finds the page inside it.
      expect(view).toMatch(/<p class="in-app" role="note" data-in-app hidden>/);
    }
    expect(leader).toMatch(/<p class="in-app" role="note" data-in-app hidden>/);
  });

  it('says how many pictures it drew and how to leave them out', async () => {
    const files = await readdir(dir);
    const drawn = files.filter((f) => /\.page-\d+\.png$/.test(f)).length;
    const said = stdout.split('\n').find((l) => l.includes('--no-site-views')) ?? '';
    // The site has this one group (beforeAll): its pictures are every picture the build drew.
    expect(said).toMatch(new RegExp(`^(drew|đã vẽ) ${drawn} (page pictures|ảnh trang) `));
  });

  it("says nothing of residents' names: built without a roster (--rosters)", () => {
    // With --rosters the build warns that the site holds them: site-rosters-warning.test.ts.
    expect(stderr).not.toContain("residents' names");
    expect(stderr).not.toContain('--rosters');
  });

  it.skipIf(!chromiumAvailable)(
    'inside Zalo, “Xem” shows the notice’s pages and the note says how to leave Zalo',
    async () => {
      const browser = await sharedChromium();
      const context = await browser.newContext(
        phoneOptions({ userAgent: ZALO_UA, acceptDownloads: true }),
      );
      const tab = await context.newPage();
      let downloads = 0;
      tab.on('download', () => {
        downloads++;
      });
      await tab.goto(pathToFileURL(join(dir, 'index.html')).href);
      await expect.poll(() => tab.getByText(NOTE).isVisible()).toBe(true);
      await keepShot(tab, 'test-output/site-pages/leader-zalo-360.png');
      await tab.locator('a.btn', { hasText: 'Xem' }).first().click();
      await tab.waitForLoadState('load');
      expect(downloads).toBe(0);
      expect(tab.url()).toMatch(/\/notice\.html$/);
      const first = tab.locator('img').first();
      await expect
        .poll(() => first.evaluate((i: HTMLImageElement) => i.naturalWidth))
        .toBeGreaterThan(0);
      await expect.poll(() => tab.getByText(NOTE).isVisible()).toBe(true);
      await keepShot(tab, 'test-output/site-pages/notice-zalo-360.png');
      await context.close();
    },
  );

  it.skipIf(!chromiumAvailable)('in a phone’s own browser, no note', async () => {
    const browser = await sharedChromium();
    const context = await browser.newContext(phoneOptions());
    const tab = await context.newPage();
    for (const page of ['index.html', 'notice.html']) {
      await tab.goto(pathToFileURL(join(dir, page)).href);
      await tab.waitForLoadState('load');
      expect(await tab.getByText(NOTE).isVisible(), page).toBe(false);
    }
    await context.close();
  });
});

describe('--no-site-views', () => {
  it('is refused without --site, in one sentence with a hint', async () => {
    const r = await runCliInProcess(
      ['build', '--campaign', join(FIXTURE, 'd-pccc.yaml'), '--groups', groups, '--no-site-views'],
      { env: { PHUONG_PRINT_SECRET: SECRET } },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--no-site-views');
    expect(r.stderr).toContain('--site');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
