/**
 * Every kind with a 200-character group name, a long leader name and a long venue: it renders,
 * the whole name is printed, and no text leaves the page or runs over other text (positions from
 * pdfTextItems). The share image (PNG) keeps its size, both codes still decode, and nothing is
 * drawn into its outer margin (a long name that ran off would be).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import type { Group } from '../../src/load/types.js';
import { type PageItems, pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { exampleInputs, renderFor, seedApp } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const WORDS =
  'Tổ dân phố Khu tập thể Nguyễn Đức Cảnh phường Lê Chân thành phố Hải Phòng liên khu dân cư số'.split(
    ' ',
  );

function longText(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${text ? ' ' : ''}${WORDS[i % WORDS.length]}`;
  return text.slice(0, length).trim();
}

const NAME = longText(200);

/**
 * Pixels darker than paper within `margin` pixels of the image's left, right and bottom edges,
 * below the top band (coloured to the edge by design, as tall as the name needs).
 */
async function inkInMargin(png: Uint8Array, margin: number): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => data[y * info.width + x] ?? 255;
  let below = 0;
  while (below < info.height && at(2, below) < 200) below++;
  expect(below).toBeLessThan(info.height / 2);
  let ink = 0;
  for (let y = below; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const edge = x < margin || x >= info.width - margin || y >= info.height - margin;
      if (edge && at(x, y) < 200) ink++;
    }
  return ink;
}

/** Pairs of text items whose glyph boxes (ascent to baseline) overlap by more than 0.5 mm. */
function overlaps(page: PageItems): string[] {
  const found: string[] = [];
  const items = page.items;
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const A = items[a] as PageItems['items'][number];
      const B = items[b] as PageItems['items'][number];
      const ox = Math.min(A.xMm + A.widthMm, B.xMm + B.widthMm) - Math.max(A.xMm, B.xMm);
      const oy = Math.min(A.baselineMm, B.baselineMm) - Math.max(A.yTopMm, B.yTopMm);
      if (ox > 0.5 && oy > 0.5) found.push(`"${A.str}" over "${B.str}"`);
    }
  }
  return found;
}

/**
 * The tracking sheet's pages repeat one layout, a row per household (248 in the example's group
 * 1: ten pages to draw and read): 30 households fill a page with its subtotal and a last page
 * with the totals, each page kind the sheet has.
 */
const TWO_SHEETS = (kind: string) => (kind === 'tracker' ? { households: 30 } : {});

const outputs = KINDS.flatMap((kind) =>
  (kind.variants ?? [undefined]).map((variant) => ({ kind, variant })),
);

describe('a 200-character group name', () => {
  it('is 200 characters of Vietnamese words', () => {
    expect(NAME).toHaveLength(200);
  });

  it.each(outputs.map((o) => [`${o.kind.name}${o.variant ? ` ${o.variant}` : ''}`, o] as const))(
    '%s: renders, prints it whole, and keeps all text on the page and apart',
    async (_, { kind, variant }) => {
      const { campaign, groups } = await exampleInputs();
      const group: Group = {
        ...(groups[0] as Group),
        ...TWO_SHEETS(kind.name),
        name: NAME,
        leader: 'Nguyễn Thị Phương Thảo Hoàng Lê Minh Trí Đặng Quốc Việt Anh',
        venue: `Nhà văn hóa ${longText(180)}`,
      };
      // The poster's foot prints the long venue only when `where` asks for it (qa12 Q7).
      const footed = ['poster', 'share'].includes(kind.name)
        ? { ...campaign, where: '{{group.venue}}' }
        : campaign;
      const doc = await renderFor(kind, footed, group, variant);
      expect(doc.pages).toBeGreaterThan(kind.name === 'tracker' ? 1 : 0);
      if (kind.ext === 'png') {
        const meta = await sharp(doc.bytes).metadata();
        const file = join(await makeTempDir('phuong-print-long-'), `${kind.name}.png`);
        await writeFile(file, doc.bytes);
        if (kind.pictureWidth) {
          // The flyer's picture (share-flyer): an A5 page drawn that many pixels wide.
          const [w, h] = kind.pageSize(variant);
          expect([meta.width, meta.height]).toEqual([
            kind.pictureWidth,
            Math.round((kind.pictureWidth * h) / w),
          ]);
          expect(await decodeQrCodes(file)).not.toEqual([]);
        } else {
          expect([meta.width, meta.height]).toEqual(kind.pageSize(variant));
          expect(new Set(await decodeQrCodes(file))).toEqual(
            new Set([seedApp(campaign).ios.url, seedApp(campaign).android.url]),
          );
        }
        expect(await inkInMargin(doc.bytes, 20)).toBe(0);
        return;
      }
      const text = collapseSpaces(await pdfText(doc.bytes));
      expect(text.toLocaleLowerCase('vi')).toContain(NAME.toLocaleLowerCase('vi'));
      for (const page of await pdfTextItems(doc.bytes)) {
        for (const it of page.items) {
          expect(it.xMm, it.str).toBeGreaterThanOrEqual(-0.1);
          expect(it.xMm + it.widthMm, it.str).toBeLessThanOrEqual(page.widthMm + 0.1);
          expect(it.yTopMm, it.str).toBeGreaterThanOrEqual(-0.1);
          expect(it.baselineMm, it.str).toBeLessThanOrEqual(page.heightMm + 0.1);
        }
        expect(overlaps(page)).toEqual([]);
      }
    },
  );
});

describe('a group name with a dash', () => {
  it('keeps the spaces around the dash in every PDF kind that prints it', async () => {
    const { campaign, groups } = await exampleInputs();
    const name = 'Tổ dân phố số 1 liên khu Hàng Kênh – Dư Hàng Kênh';
    const group: Group = { ...(groups[0] as Group), name };
    for (const kind of KINDS.filter((k) => k.ext !== 'png')) {
      for (const variant of kind.variants ?? [undefined]) {
        const { bytes } = await renderFor(
          kind,
          { ...campaign, app: seedApp(campaign) },
          { ...group, ...TWO_SHEETS(kind.name) },
          variant,
        );
        const text = collapseSpaces(await pdfText(bytes));
        expect(text, kind.name).not.toMatch(/Kênh\s*–\S|\S–\s*Dư/iu);
        expect(text.toLocaleLowerCase('vi'), kind.name).toContain('kênh – dư');
      }
    }
  }, 120_000);
});
