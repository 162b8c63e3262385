/**
 * What a build's worker threads start with (output/worker-data.ts): the campaign's pictures as
 * the main thread prepared them. A worker that takes them draws those bytes and loads no libvips
 * of its own; one whose file changed since is prepared again, not drawn stale.
 */
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { poster } from '../../src/kinds/poster.js';
import { KINDS } from '../../src/kinds/registry.js';
import { prepareLogo } from '../../src/layout/images.js';
import type { BuildInputs } from '../../src/output/inputs.js';
import { adoptWorkerData, picturesForWorkers } from '../../src/output/worker-data.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const square = (background: string, side = 40) =>
  sharp({ create: { width: side, height: side, channels: 3, background } })
    .png()
    .toBuffer();

/** The colour of a PNG's first pixel, as #rrggbb. */
async function firstPixel(png: Uint8Array): Promise<string> {
  const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return `#${[...data.subarray(0, 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The inputs picturesForWorkers reads: the campaign's logo and the kinds the build makes. */
const inputsWith = (logo: string, kinds: BuildInputs['kinds']) =>
  ({ campaign: { assets: { logo } }, kinds }) as unknown as BuildInputs;

describe('a build’s pictures handed to its worker threads', () => {
  it('holds the logo, prepared, when a kind of the build prints it', async () => {
    const logo = join(await makeTempDir('worker-data-'), 'logo.png');
    await writeFile(logo, await square('#cc0000'));
    const images = await picturesForWorkers(inputsWith(logo, [poster]));
    const handed = images.filter((i) => i.key.endsWith(logo));
    expect(handed).toHaveLength(1);
    expect(await firstPixel(handed[0]?.png ?? new Uint8Array())).toBe('#cc0000');
  });

  it('leaves the logo out when no kind of the build prints it', async () => {
    const logo = join(await makeTempDir('worker-data-'), 'logo.png');
    await writeFile(logo, await square('#cc0000'));
    const others = KINDS.filter((k) => !k.printsLogo);
    expect(others.length).toBeGreaterThan(0);
    const images = await picturesForWorkers(inputsWith(logo, others));
    expect(images.filter((i) => i.key.endsWith(logo))).toEqual([]);
  });

  it('holds no other picture the thread prepared (a logo the office tried in the studio)', async () => {
    const dir = await makeTempDir('worker-data-');
    const tried = join(dir, 'tried.png');
    const logo = join(dir, 'logo.png');
    await writeFile(tried, await square('#00aa00'));
    await writeFile(logo, await square('#cc0000'));
    await prepareLogo(tried);
    const images = await picturesForWorkers(inputsWith(logo, [poster]));
    expect(images.map((i) => i.key.slice(i.key.indexOf('|') + 1))).toEqual([logo]);
  });

  it('is what the thread that takes it draws, until the file changes', async () => {
    const logo = join(await makeTempDir('worker-data-'), 'logo.png');
    await writeFile(logo, await square('#cc0000'));
    const [handed] = (await picturesForWorkers(inputsWith(logo, [poster]))).filter((i) =>
      i.key.endsWith(logo),
    );
    if (!handed) throw new Error('the logo was not handed over');
    // Handed bytes unlike what the file would give: the taker draws them, not its own.
    const marker = new Uint8Array(await square('#00aa00'));
    adoptWorkerData({ images: [{ ...handed, png: marker }] });
    expect(await prepareLogo(logo)).toBe(marker);
    // The file saved again since: prepared from the file, not the stale bytes handed over.
    const later = new Date(Date.now() + 5_000);
    await writeFile(logo, await square('#0000cc'));
    await utimes(logo, later, later);
    expect(await firstPixel(await prepareLogo(logo))).toBe('#0000cc');
  });
});
