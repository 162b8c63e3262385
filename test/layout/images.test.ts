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
