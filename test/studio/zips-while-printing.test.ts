/**
 * qa45 F4: "Tải tất cả … tệp ZIP" (and a group's ZIP) asked for while “Tạo tệp in” runs — a build
 * tab opened before the press, a link kept. The groups' ZIPs are replaced one by one then, and
 * the download was a whole ZIP mixing new and previous groups' ZIPs, unmarked, to be sent to the
 * leaders. Now the ZIPs answer "Đang tạo tệp in, thử lại sau" (409) until the build ends, and so do
 * the print files (qa49 m8: the previous one was served without a word). Real studio and builds.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, sharedChromium } from '../serve/chromium.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { saveCampaignPage } from './campaign-page.js';
import { newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { pressPrintAll } from './print-all.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const SLOGAN = 'Khẩu hiệu của lần in thứ hai';
const SHOTS = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-zips-while-printing',
);

/** The text of every PDF in a group's ZIP, one string. */
async function zipText(bytes: Uint8Array): Promise<string> {
  const files = Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith('.pdf'));
  expect(files.length).toBeGreaterThan(0);
  const texts = await Promise.all(files.map(([, pdf]) => pdfText(pdf)));
  return collapseSpaces(texts.join(' '));
}

describe('the ZIPs while the campaign prints again', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  beforeAll(async () => {
    // Three groups: the ZIPs are refused while any build runs, whatever the ward's size.
    ({ s, c, folder } = await studioWithExample({}, SLUG, undefined, { groups: 3 }));
    expect((await buildAndWait(c, SLUG)).state).toBe('done');
  }, 180_000);
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('answers "Đang tạo tệp in, thử lại sau" for the ZIPs until the build ends, then the new ones', async () => {
    const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    const zip = manifest.zips[0].path as string;
    const print = manifest.print[0].path as string;
    const allBefore = await c.get(`/c/${SLUG}/tat-ca-zip.zip`);
    expect(allBefore.status).toBe(200);
    const oneBefore = await c.get(`/c/${SLUG}/out/${zip}`);
    expect(await zipText(oneBefore.bytes)).not.toContain(SLOGAN);
    // A change, so that the next build draws every group again.
    expect((await saveCampaignPage(c, SLUG, { slogan: SLOGAN })).status).toBe(303);
    await pressPrintAll(c, SLUG);
    let asked = 0;
    for (;;) {
      const running = JSON.parse((await c.get(`/c/${SLUG}/build/status`)).text).state === 'running';
      const all = await c.get(`/c/${SLUG}/tat-ca-zip.zip`);
      const one = await c.get(`/c/${SLUG}/out/${zip}`);
      const sheet = await c.get(`/c/${SLUG}/out/${print}`);
      const still = JSON.parse((await c.get(`/c/${SLUG}/build/status`)).text).state === 'running';
      if (!running && !still) break;
      // Asked while the build ran from before to after: refused, saying why and what to do.
      if (running && still) {
        asked++;
        for (const answer of [all, one]) {
          expect(answer.status).toBe(409);
          expect(plainText(answer.text)).toContain('Đang tạo tệp in, thử lại sau');
          expect(plainText(answer.text)).toContain(
            'Đợi tạo xong (xem ở thẻ In và tải về) rồi tải lại.',
          );
        }
        // The print file too (qa49 m8: its previous version was served without a word).
        expect(sheet.status).toBe(409);
        expect(plainText(sheet.text)).toContain('tệp này sẽ được thay bằng bản mới khi tạo xong');
      }
    }
    expect(asked).toBeGreaterThan(0);
    const after = await c.get(`/c/${SLUG}/tat-ca-zip.zip`);
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toBe('application/zip');
    // The new ones: the group's ZIP has the new slogan, and the whole ZIP holds that ZIP.
    const oneAfter = await c.get(`/c/${SLUG}/out/${zip}`);
    expect(await zipText(oneAfter.bytes)).toContain(SLOGAN);
    const inner = Object.values(unzipSync(after.bytes)).map((b) => Buffer.from(b));
    expect(inner.some((b) => b.equals(Buffer.from(oneAfter.bytes)))).toBe(true);
    expect(Buffer.from(after.bytes).equals(Buffer.from(allBefore.bytes))).toBe(false);
  }, 180_000);

  it('every ZIP in one, begun just before a build: cut off when a ZIP it has not sent yet is replaced, never a whole mix', async () => {
    const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    // The last group's ZIP replaced as a build replaces it (a new file renamed over it), not
    // under a build's lock: as a download let through just before a build meets it at its turn.
    const last = join(folder, 'out', manifest.zips.at(-1).path as string);
    const kept = await readFile(last);
    try {
      await writeFile(`${last}.new`, Buffer.concat([kept, Buffer.from('x')]));
      await rename(`${last}.new`, last);
      await expect(c.get(`/c/${SLUG}/tat-ca-zip.zip`)).rejects.toThrow();
    } finally {
      await writeFile(last, kept);
    }
    // The ZIPs as the manifest lists them again: the download is whole.
    expect((await c.get(`/c/${SLUG}/tat-ca-zip.zip`)).status).toBe(200);
  });

  /**
   * What the clerk sees, in Chromium: the tab was shown before a build began (here a CLI build
   * holding out/, as output/folder-lock.ts leaves its lock: a live process of this machine), and
   * a file of it is clicked. The answer's sentence is shown, not the browser's "failed download"
   * a `download` link gave; once the build is over, the same click saves the file.
   */
  it('in Chromium: a file clicked while a build holds out/ shows why; after it, the file is saved', async (ctx) => {
    if (!chromiumAvailable) ctx.skip();
    const out = join(folder, 'out');
    const lock = join(out, '.phuong-print.lock');
    const hold = async () => {
      await mkdir(lock);
      // The vitest fork's parent: alive, on this machine, and not the studio's process.
      const owner = { pid: process.ppid, host: hostname() };
      await writeFile(`${lock}.owner`, JSON.stringify(owner));
    };
    const release = () => rm(lock, { recursive: true, force: true });
    const browser = await sharedChromium();
    // At a phone's size (the desk's pages: the same HTML, looked at when this was made).
    for (const size of [PHONE]) {
      const page = await newPageAt(browser, size);
      const shot = screenshots(SHOTS, size, () => page);
      try {
        await signInByCookie(page, s.url);
        const saved: string[] = [];
        page.on('download', (d) => saved.push(d.suggestedFilename()));
        for (const link of ['ul.list a[href*="/out/print/"]', 'ul.list a[href$=".zip"]']) {
          await page.goto(`${s.url}/c/${SLUG}/build`);
          await hold();
          await page.locator(link).first().click();
          await page.waitForURL(/\/out\//);
          expect(await page.locator('h1').textContent()).toBe('Đang tạo tệp in, thử lại sau');
          expect(await page.locator('body').textContent()).toContain(
            'Đợi tạo xong (xem ở thẻ In và tải về) rồi tải lại.',
          );
          await shot(link.includes('zip') ? 'zip-while-building' : 'print-while-building');
          // Its button goes back to the tab, which says the build runs.
          await page.getByRole('link', { name: 'Quay lại trang trước' }).click();
          await page.waitForURL(`${s.url}/c/${SLUG}/build`);
          expect(await page.locator('#build-status').textContent()).toContain('Đang tạo tệp in');
          // …and lists no file to click.
          expect(await page.locator('ul.list a').count()).toBe(0);
          await release();
        }
        expect(saved).toEqual([]);
        // The build over: the tab's file is saved under its name, the tab staying.
        await page.goto(`${s.url}/c/${SLUG}/build`);
        const zip = page.locator('ul.list a[href$=".zip"]').first();
        const [download] = await Promise.all([page.waitForEvent('download'), zip.click()]);
        expect(download.suggestedFilename()).toBe(await zip.getAttribute('data-file-name'));
        expect(new URL(page.url()).pathname).toBe(`/c/${SLUG}/build`);
      } finally {
        await release();
        await page.context().close();
      }
    }
  }, 120_000);
});
