/**
 * The studio's answer to a logo upload ("in trên áp phích" or "chưa in ở đâu") is judged as build
 * and `check` judge it (read42b-src #5): by whether the kinds that print a logo have anything to
 * print, not by whether they are listed. A campaign with no app whose own poster template is cut
 * short has its poster listed (with the template's problem) but nothing on it to print: its logo
 * is printed nowhere, and the upload says so.
 * Input: the QA round's fire drill (no app, test/fixtures/qa40-map/), a 300 × 200 PNG.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const DRILL = fileURLToPath(new URL('../fixtures/qa40-map/campaign.yaml', import.meta.url));

describe('the logo upload’s answer, for a campaign whose poster has nothing to print', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample());
    const drill = await readFile(DRILL, 'utf8');
    await writeFile(join(folder, 'campaign.yaml'), drill.replace(/\nassets:\n(?: {2}.*\n)+/, '\n'));
    // The office's own poster, cut short to its title: the studio lists it with that problem.
    await mkdir(join(folder, 'templates'), { recursive: true });
    await writeFile(join(folder, 'templates', 'poster.hbs'), '@@ title\nÁp phích\n');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('says the logo is printed nowhere, as check does', async () => {
    const png = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#c00' },
    })
      .png()
      .toBuffer();
    const res = await c.upload(
      '/c/hai-phong/logo',
      'logo',
      'logo.png',
      new Uint8Array(png),
      {},
      '/c/hai-phong',
    );
    expect(res.status, res.text.slice(0, 200)).toBe(303);
    const page = await c.get('/c/hai-phong?logo=uploaded');
    expect(page.text).toContain('Đã tải ảnh logo lên.');
    expect(page.text).toContain('nên hiện chưa in ở đâu');
    expect(page.text).not.toContain('Logo in trên áp phích');
  });
});
