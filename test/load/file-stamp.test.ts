/**
 * What a long-lived process (build --watch, the studio and its threads) kept from a file is read
 * again after a save that changed neither its size nor its modification time: a second save in
 * the same tick of the file system's clock, or a copy that kept the original's time (`cp -p`,
 * an unzipped folder) over a file of the same size. The template's words and the logo's pixels
 * printed are the new file's.
 */
import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { templateText } from '../../src/kinds/render.js';
import { prepareLogo } from '../../src/layout/images.js';
import { stampOrDigest } from '../../src/load/file-stamp.js';
import { Previewer } from '../../src/studio/preview.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** Writes `data` over `file`, then gives it back the modification time it had before. */
function overwriteKeepingTime(file: string, data: string | Uint8Array) {
  const before = statSync(file);
  writeFileSync(file, data);
  utimesSync(file, before.atime, before.mtime);
  const after = statSync(file);
  expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);
}

/** A file an hour old (a whole second), as one saved long before the process read it. */
function writeOld(file: string, data: string | Uint8Array) {
  writeFileSync(file, data);
  const hourAgo = Math.floor(Date.now() / 1000) - 3_600;
  utimesSync(file, hourAgo, hourAgo);
}

function solidPng(rgb: [number, number, number]): Buffer {
  const png = new PNG({ width: 16, height: 16, colorType: 2 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 0 });
}

const firstPixel = (png: Uint8Array) => [...PNG.sync.read(Buffer.from(png)).data.subarray(0, 3)];

describe('a file saved again at the same size and time', () => {
  it('gives its new words to the template read next', async () => {
    const file = join(await makeTempDir(), 'notice.hbs');
    writeOld(file, 'Kính gửi: Tổ dân phố số 1');
    expect(templateText(file)).toBe('Kính gửi: Tổ dân phố số 1');
    overwriteKeepingTime(file, 'Kính gửi: Tổ dân phố số 2');
    expect(templateText(file)).toBe('Kính gửi: Tổ dân phố số 2');
    // Saved just now (a whole second, which utimes keeps exactly), and again in the same instant.
    writeFileSync(file, 'Kính gửi: Tổ dân phố số 3');
    const now = Math.floor(Date.now() / 1000);
    utimesSync(file, now, now);
    expect(templateText(file)).toBe('Kính gửi: Tổ dân phố số 3');
    overwriteKeepingTime(file, 'Kính gửi: Tổ dân phố số 4');
    expect(templateText(file)).toBe('Kính gửi: Tổ dân phố số 4');
  });

  it('gives its new pixels to the logo prepared next', async () => {
    const red = solidPng([200, 0, 0]);
    const blue = solidPng([0, 0, 200]);
    expect(red.length).toBe(blue.length);
    const file = join(await makeTempDir(), 'logo.png');
    writeOld(file, red);
    expect(firstPixel(await prepareLogo(file))).toEqual([200, 0, 0]);
    overwriteKeepingTime(file, blue);
    expect(firstPixel(await prepareLogo(file))).toEqual([0, 0, 200]);
    // And asked again at once (known by its bytes while it is new), still the blue one.
    expect(firstPixel(await prepareLogo(file))).toEqual([0, 0, 200]);
  });

  it("gives its new words to the studio's preview of the campaign", async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    copyFileSync(EXAMPLE_GROUPS, groups);
    const yaml = readFileSync(EXAMPLE_CAMPAIGN, 'utf8');
    writeOld(file, yaml);
    const previewer = new Previewer();
    try {
      const paths = { slug: 'p', folder: dir, file, out: join(dir, 'out'), groups };
      const subject = async () => (await previewer.previewWard(paths)).campaign.notice.subject;
      expect(await subject()).toContain('Smart Hải Phòng');
      overwriteKeepingTime(file, yaml.replaceAll('Smart Hải Phòng', 'Smart Hải Phùng'));
      expect(await subject()).toContain('Smart Hải Phùng');
    } finally {
      await previewer.close();
    }
  });

  it('has a stamp or digest that differs, and none when there is no file', async () => {
    const file = join(await makeTempDir(), 'groups.csv');
    expect(stampOrDigest(file)).toBeUndefined();
    writeOld(file, 'id,name\n1,Tổ 1\n');
    const first = stampOrDigest(file);
    overwriteKeepingTime(file, 'id,name\n1,Tổ 2\n');
    const second = stampOrDigest(file);
    expect(second).not.toBe(first);
    // Young: known by its bytes, the same for the same bytes.
    expect(second).toMatch(/^sha256:/);
    expect(stampOrDigest(file)).toBe(second);
  });
});
