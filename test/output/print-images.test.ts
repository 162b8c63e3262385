/**
 * A campaign with a logo: the posters' print file is every group's poster as the group's own
 * file prints it, the logo on each page, and the logo one object of the print file however many
 * pages show it — built on two threads (the worker's pages move into the print file with their
 * logo), and again after one group's row changed (the other groups' pages then come from the
 * print file's kept pages, which hold them with the logo). Pages compared as poppler rasterises them;
 * the images each page shows as pdfimages lists them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeptPages, pageStorePath } from '../../src/output/page-store.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { pdfImageList } from '../support/pdf-items.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { leaderName, wardCsv } from '../support/ward.js';

const GROUPS = 4;
let dir: string;
let campaign: string;
const groups = () => join(dir, 'groups.csv');
const out = () => join(dir, 'out');

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-print-images-');
  const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><circle cx="150" cy="150" r="140" fill="#b00"/></svg>`;
  await sharp(Buffer.from(logo)).png().toFile(join(dir, 'logo.png'));
  campaign = join(dir, 'campaign.yaml');
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  await writeFile(campaign, `${yaml}\nassets:\n  logo: logo.png\n`);
});
afterAll(removeTempDirs);

async function build(leaderOf: (i: number) => string) {
  await writeFile(groups(), wardCsv(GROUPS, leaderOf));
  const r = await runCliInProcess(
    buildArgs(campaign, groups(), out(), '--kind', 'poster', '--jobs', '2', '--quiet'),
  );
  expect(r.code, r.stderr).toBe(0);
}

/** Per page of the PDF, the object numbers of the images it shows. */
async function imagesByPage(pdf: Uint8Array): Promise<Map<number, string[]>> {
  const pages = new Map<number, string[]>();
  for (const { page, type, object } of await pdfImageList(pdf)) {
    if (type === 'image') pages.set(page, [...(pages.get(page) ?? []), object]);
  }
  return pages;
}

async function expectPrintFileAsGroups() {
  const print = await readFile(join(out(), 'print', 'poster-a4-all.pdf'));
  const shown = await imagesByPage(print);
  expect([...shown.keys()]).toEqual([1, 2, 3, 4]);
  expect(new Set([...shown.values()].flat()).size).toBe(1);
  const printed = await rasterize(print, { dpi: 30 });
  for (let g = 1; g <= GROUPS; g++) {
    const own = await readFile(join(out(), `to-dan-pho-so-${g}`, 'poster-a4.pdf'));
    expect([...(await imagesByPage(own)).keys()]).toEqual([1]);
    const [page] = await rasterize(own, { dpi: 30 });
    const [a, b] = await Promise.all([printed[g - 1], page].map((f) => sharp(f).raw().toBuffer()));
    expect(a?.equals(b ?? Buffer.alloc(0)), `group ${g}'s page of the print file`).toBe(true);
  }
}

describe('the posters of a campaign with a logo', () => {
  it('print as each group’s own poster, the logo once in the print file', async () => {
    await build((i) => leaderName(i));
    await expectPrintFileAsGroups();
  });

  it('kept for the next build with their logo, and so after one group’s row changed', async () => {
    // The print file's kept pages (page-store.ts) give every group's poster back with the logo.
    const kept = KeptPages.open(pageStorePath(out(), 'print/poster-a4-all.pdf'));
    const documents = [...(kept?.documents() ?? [])];
    expect(documents).toHaveLength(GROUPS);
    for (const [document, , key] of documents) {
      const whole = kept?.kept(document, key);
      const pages = whole && kept?.pages(whole);
      expect(pages?.map((p) => Object.keys(p.images ?? {}).length)).toEqual([1]);
    }
    kept?.close();
    await build((i) => (i === 2 ? 'Phạm Thị Mới' : leaderName(i)));
    await expectPrintFileAsGroups();
  });
});
