/**
 * A campaign's picture prepared for print (layout/images.ts): a file whose header reads but whose
 * pixels do not (a PNG cut short, as a failed copy or download leaves it) is the user's problem,
 * said with its file and field — not an internal error (the studio answered its logo upload with
 * a 500 page and a stack in the log).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareLogo } from '../../src/layout/images.js';
import { userError } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('a logo whose pixels cannot be read', () => {
  it('is a UserError naming the file and assets.logo', async () => {
    const whole = await sharp({
      create: {
        width: 400,
        height: 400,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer();
    const file = join(await makeTempDir('images-'), 'logo.png');
    // The header and half of the pixels.
    await writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await sharp(file).metadata()).width).toBe(400);
    const e = await userError(() => prepareLogo(file));
    expect(e.where).toMatchObject({ file, field: 'assets.logo' });
  });
});

describe('a phone photo whose pixels lie on their side (EXIF orientation)', () => {
  it('is turned as a photo viewer shows it', async () => {
    // 60×30 stored pixels, left half red, right half blue, tagged "rotate 90° clockwise to show"
    // (EXIF orientation 6, as a phone saves a portrait photo): shown 30 wide, 60 tall, red on top.
    const half = (background: string) =>
      sharp({ create: { width: 30, height: 30, channels: 3, background } })
        .png()
        .toBuffer();
    const stored = await sharp({
      create: { width: 60, height: 30, channels: 3, background: '#ffffff' },
    })
      .composite([
        { input: await half('#ff0000'), left: 0, top: 0 },
        { input: await half('#0000ff'), left: 30, top: 0 },
      ])
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const file = join(await makeTempDir('images-'), 'photo.jpg');
    await writeFile(file, stored);
    const png = await prepareLogo(file);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([30, 60]);
    const pixel = (x: number, y: number) => {
      const i = (y * info.width + x) * info.channels;
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    };
    const [r1, , b1] = pixel(15, 10);
    const [r2, , b2] = pixel(15, 50);
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
  });
});
