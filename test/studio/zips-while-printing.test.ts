/**
 * qa45 F4: "Tải tất cả … tệp ZIP" (and a group's ZIP) asked for while “Tạo tệp in” runs — a build
 * tab opened before the press, a link kept. The groups' ZIPs are replaced one by one then, and
 * the download was a whole ZIP mixing new and previous groups' ZIPs, unmarked, to be sent to the
 * leaders. Now the ZIPs answer "Đang tạo tệp in, thử lại sau" (409) until the build ends, and so do
 * the print files (qa49 m8: the previous one was served without a word). Real studio and builds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { saveCampaignPage } from './campaign-page.js';
import { pressPrintAll } from './print-all.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const SLOGAN = 'Khẩu hiệu của lần in thứ hai';

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
});
