/**
 * The share image (the poster as a 1080×1350 PNG for Zalo and Facebook) and the optional logo:
 * the image's size, codes that still scan, the same bytes on every render; a logo at the top of
 * the poster and, when asked, in the centre of codes that switch to level H and still decode.
 */
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { poster } from '../../src/kinds/poster.js';
import { share } from '../../src/kinds/share.js';
import { prepareLogo } from '../../src/layout/images.js';
import { qrMatrix } from '../../src/layout/qr.js';
import { resolveAssetPaths } from '../../src/load/campaign-assets.js';
import type { Campaign } from '../../src/load/campaign-schema.js';
import type { Group } from '../../src/load/types.js';
import { mm, posterGeometry, posterSheetsGeometry } from '../support/poster.js';
import { decodeQrCodes, decodeQrCodesEach } from '../support/qr.js';
import { greyImage, measureCode } from '../support/qr-extent.js';
import { rasterize } from '../support/raster.js';
import { exampleInputs, renderFor, seedApp } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const EMBLEM = fileURLToPath(new URL('../../assets/emblem.svg', import.meta.url));

let campaign: Campaign;
let group5: Group;
let urls: Set<string>;
let dir: string;

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group5 = inputs.groups.find((g) => g.id === '5') as Group;
  urls = new Set([seedApp(campaign).ios.url, seedApp(campaign).android.url]);
  dir = await makeTempDir('phuong-print-share-');
});
afterAll(removeTempDirs);

/** Group 5's share image, rendered once for the first two cases (the second renders it again). */
let share5: ReturnType<typeof renderFor> | undefined;
const shareOf5 = () => {
  share5 ??= renderFor(share, campaign, group5);
  return share5;
};

async function decodePng(bytes: Uint8Array, name: string): Promise<string[]> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return decodeQrCodes(file);
}

async function rgbAt(png: string, x: number, y: number): Promise<[number, number, number]> {
  // That pixel alone: a 150 dpi sheet is millions of pixels, read once for each code's centre.
  const { data } = await sharp(png)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
}

describe('share image', () => {
  it('is a 1080×1350 PNG whose two codes decode, with white quiet zones', async () => {
    const doc = await shareOf5();
    expect(doc.pages).toBe(1);
    const meta = await sharp(doc.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1080, 1350]);
    const decoded = await decodePng(doc.bytes, 'share.png');
    expect(new Set(decoded)).toEqual(urls);
    expect(decoded).toHaveLength(2);

    // The same layout as the poster: the codes side by side, each ≥ 410 px (10 px a module).
    const geometry = await posterGeometry(campaign, group5, 'share');
    expect(geometry.arrangement).toBe('row');
    const img = await greyImage(doc.bytes);
    const list = [seedApp(campaign).ios.url, seedApp(campaign).android.url];
    geometry.qr.forEach(([x, y, side], i) => {
      expect(side).toBeGreaterThanOrEqual(410);
      const code = measureCode(img, [x, y, side], qrMatrix(list[i] as string).size);
      expect(code.quietZoneInk).toBe(0);
      expect(Math.abs(code.withQuietZone - side)).toBeLessThan(4);
    });
  });

  it('is byte-identical across renders', async () => {
    const a = await shareOf5();
    const b = await renderFor(share, campaign, group5);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe('logo', () => {
  const withLogo = (onQr: boolean): Campaign => ({
    ...campaign,
    assets: { logo: EMBLEM, logo_on_qr: onQr },
  });

  it('is found relative to the campaign file, and only inside its folder', async () => {
    const folder = await makeTempDir('phuong-print-logo-');
    await mkdir(join(folder, 'assets'));
    await copyFile(EMBLEM, join(folder, 'assets', 'emblem.svg'));
    const file = join(folder, 'campaign.yaml');
    const withLogo = (logo: string) => ({ ...campaign, assets: { logo, logo_on_qr: false } });
    expect((await resolveAssetPaths(withLogo('assets/emblem.svg'), file)).assets?.logo).toBe(
      join(folder, 'assets', 'emblem.svg'),
    );
    // Any other image of the machine: refused, naming the field.
    for (const outside of [EMBLEM, '../../etc/logo.png', 'assets/../../x.png']) {
      await expect(resolveAssetPaths(withLogo(outside), file)).rejects.toThrow(
        /outside the campaign's folder/,
      );
    }
    // A link inside the folder that leads out of it is outside too.
    await symlink(dirname(EMBLEM), join(folder, 'elsewhere'));
    await expect(resolveAssetPaths(withLogo('elsewhere/emblem.svg'), file)).rejects.toThrow(
      UserError,
    );
  });

  it('is prepared as a PNG of at most 1200 px from SVG, PNG, JPEG or WebP, transparent only if it is', async () => {
    // The emblem: a disc, its corners transparent.
    const svg = await prepareLogo(EMBLEM);
    const m = await sharp(svg).metadata();
    expect([m.format, Math.max(m.width ?? 0, m.height ?? 0), m.hasAlpha]).toEqual([
      'png',
      1200,
      true,
    ]);
    // A large transparent PNG: scaled down, its transparent corner kept transparent (qa39 m5);
    // the same picture opaque (a JPEG, a PNG on black) has no alpha (no soft mask in the PDF).
    // Larger than 1200 px is what matters: 1600 × 800 is scaled as 2400 × 1200 was, for less.
    const big = await sharp({
      create: {
        width: 1600,
        height: 800,
        channels: 4,
        background: { r: 0, g: 0, b: 0, alpha: 0 },
      },
    })
      .png()
      .toBuffer();
    for (const [ext, bytes, transparent] of [
      ['png', big, true],
      ['webp', await sharp(big).webp().toBuffer(), true],
      ['jpg', await sharp(big).flatten().jpeg().toBuffer(), false],
      ['opaque.png', await sharp(big).flatten().png().toBuffer(), false],
    ] as const) {
      const file = join(dir, `logo.${ext}`);
      await writeFile(file, bytes);
      const out = await prepareLogo(file);
      const meta = await sharp(out).metadata();
      expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual([
        'png',
        1200,
        600,
        transparent,
      ]);
      if (transparent) expect((await sharp(out).raw().toBuffer())[3]).toBe(0);
    }
    const bad = join(dir, 'logo.txt');
    await writeFile(bad, 'not an image');
    await expect(prepareLogo(bad)).rejects.toThrow(
      /the logo "logo\.txt" is not an image of a known kind/,
    );
  });

  it('shows at the top of the poster, in the header box', async () => {
    const c = withLogo(false);
    const pdf = (await renderFor(poster, c, group5, 'a4')).bytes;
    const geometry = await posterGeometry(c, group5, 'a4');
    expect(geometry.ecc).toBe('M');
    const dpi = 100;
    const [png] = await rasterize(pdf, { dpi });
    // The emblem's gold star sits in the middle of the logo tile at the left of the header band.
    const cx = Math.round(((10 + 9) / 25.4) * dpi);
    const cy = Math.round((mm(geometry.band[3]) / 2 / 25.4) * dpi);
    const [r, g, b] = await rgbAt(png as string, cx, cy);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(150);
    expect(b).toBeLessThan(80);
    expect(new Set(await decodeQrCodes(png as string))).toEqual(urls);
  });

  it('with transparency shows the poster’s band around it, no white box (qa39 m5)', async () => {
    // The QA's round emblem: a 100 px PNG whose corners are transparent.
    const file = fileURLToPath(new URL('../fixtures/qa39-sxh/logo.png', import.meta.url));
    const logo = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    expect([logo.info.channels, logo.data[3]]).toEqual([4, 0]);
    const c: Campaign = { ...campaign, assets: { logo: file, logo_on_qr: false } };
    const pdf = (await renderFor(poster, c, group5, 'a4')).bytes;
    const band = mm((await posterGeometry(c, group5, 'a4')).band[3]);
    const dpi = 100;
    const [png] = await rasterize(pdf, { dpi });
    const px = (v: number) => Math.round((v / 25.4) * dpi);
    // The band's left end, where the logo is (10 mm in, 18 mm wide; the header's text is right of it).
    const { data, info } = await sharp(png as string)
      .extract({ left: 0, top: 0, width: px(29), height: px(band) - 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let white = 0;
    let gold = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (r > 230 && g > 230 && b > 230) white++;
      if (r > 200 && g > 180 && b < 100) gold++;
    }
    // The emblem is drawn (its gold star), and nothing there is white: neither a tile nor the
    // emblem's transparent corners printed on white.
    expect(gold).toBeGreaterThan(20);
    expect(white).toBe(0);
  });

  it('on the codes switches them to level H, and they still decode (A4, A3, share image)', async () => {
    const c = withLogo(true);
    for (const size of ['a4', 'a3'] as const) {
      const sheets = await posterSheetsGeometry(c, group5, size);
      const pdf = (await renderFor(poster, c, group5, size)).bytes;
      const pngs = await rasterize(pdf, { dpi: 150 });
      expect(pngs).toHaveLength(sheets.length);
      for (const [n, geometry] of sheets.entries()) {
        expect(geometry.ecc).toBe('H');
        const png = pngs[n] as string;
        // The centre of each code is the logo (in colour), not a module (black or white).
        for (const [x, y, side] of geometry.qr) {
          const px = (v: number) => Math.round((mm(v) / 25.4) * 150);
          const [r, g, b] = await rgbAt(png, px(x + side / 2), px(y + side / 2));
          expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(120);
        }
      }
      // Every sheet's codes, one zbarimg for the sheets.
      const decoded = (await decodeQrCodesEach(pngs)).flat();
      expect(new Set(decoded)).toEqual(urls);
      expect(decoded).toHaveLength(2);
    }
    const png = (await renderFor(share, c, group5)).bytes;
    expect(new Set(await decodePng(png, 'share-logo.png'))).toEqual(urls);
  });
});
