/**
 * The kept pages of a print file (output/page-store.ts): read back only when whole. A store cut
 * short by a crash, a changed byte, an unfinished write or an earlier version's file is never
 * taken for pages. Pages that draw an image (a logo) come back with it, the image kept once
 * however many documents draw it, also when kept documents are carried into the next store.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeptPages, KeptPagesWriter, pageStorePath } from '../../src/output/page-store.js';
import type { EncodedImage } from '../../src/render/pdf/images.js';
import type { CapturedPage } from '../../src/render/pdf/pages.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let out: string;

/** A group's page: its own content bytes, so a mix-up between groups shows. */
const pageOf = (g: number): CapturedPage => ({
  content: new Uint8Array(Array.from({ length: 300 + g }, (_, i) => (i * 7 + g) % 256)),
  fonts: ['F1', 'F2'],
  symbols: {},
  links: [[10, 20, 30, 40, `https://example.vn/${g}`]],
});
const GROUPS = Array.from({ length: 6 }, (_, i) => i + 1);
const doc = (g: number) => `to-dan-pho-so-${g}/poster-a4.pdf`;
const key = (g: number) => `key-${g}`;

async function writeStore(path: string, groups = GROUPS): Promise<void> {
  const w = await KeptPagesWriter.open(out, path);
  for (const g of groups) w.add(doc(g), String(g), key(g), [pageOf(g)]);
  await w.commit();
}

/** Every group's pages the store gives back whole. */
function readable(path: string): number[] {
  const kept = KeptPages.open(path);
  if (!kept) return [];
  try {
    return GROUPS.filter((g) => {
      const whole = kept.kept(doc(g), key(g));
      const pages = whole && kept.pages(whole);
      if (pages) expect(pages).toEqual([pageOf(g)]);
      return pages !== undefined;
    });
  } finally {
    kept.close();
  }
}

beforeAll(async () => {
  out = await makeTempDir('phuong-print-pages-');
});
afterAll(removeTempDirs);

describe('kept pages', () => {
  it("give back each document's pages under its key, and nothing under another", async () => {
    const path = pageStorePath(out, 'print/poster-a4-all.pdf');
    expect(path).toBe(join(out, '.cache/print-pages/poster-a4-all.bin'));
    await writeStore(path);
    expect(readable(path)).toEqual(GROUPS);
    const kept = KeptPages.open(path);
    expect(kept?.raw(doc(2), key(3))).toBeUndefined();
    expect(kept?.raw('to-dan-pho-so-9/poster-a4.pdf', key(9))).toBeUndefined();
    expect([...(kept?.documents() ?? [])]).toEqual(GROUPS.map((g) => [doc(g), String(g), key(g)]));
    kept?.close();
  });

  it('torn anywhere (a crash while written): none is trusted', async () => {
    const path = pageStorePath(out, 'print/torn-all.pdf');
    await writeStore(path);
    const whole = await readFile(path);
    for (let cut = 0; cut < whole.length; cut += 97) {
      await writeFile(path, whole.subarray(0, cut));
      expect(readable(path), `cut at ${cut} of ${whole.length}`).toEqual([]);
    }
    // Whole again, with bytes after it (two writers' output run together): not trusted either.
    await writeFile(path, Buffer.concat([whole, whole.subarray(0, 40)]));
    expect(readable(path)).toEqual([]);
  });

  it("a changed byte in a group's pages loses that group only; in the index, all", async () => {
    const path = pageStorePath(out, 'print/flip-all.pdf');
    await writeStore(path);
    const whole = await readFile(path);
    // The third group's pages: after the header (12 bytes) and the first two groups' pages.
    const third = 12 + serialize([pageOf(1)]).length + serialize([pageOf(2)]).length + 50;
    const flipped = Buffer.from(whole);
    flipped[third] = (flipped[third] ?? 0) ^ 0x01;
    await writeFile(path, flipped);
    expect(readable(path)).toEqual([1, 2, 4, 5, 6]);
    const index = Buffer.from(whole);
    const inIndex = whole.length - 24 - 10;
    index[inIndex] = (index[inIndex] ?? 0) ^ 0x01;
    await writeFile(path, index);
    expect(readable(path)).toEqual([]);
  });

  it('an unfinished store leaves the previous one as it was, and no file of its own', async () => {
    const path = pageStorePath(out, 'print/abort-all.pdf');
    await writeStore(path, [1, 2]);
    const before = await readFile(path);
    const w = await KeptPagesWriter.open(out, path);
    for (const g of GROUPS) w.add(doc(g), String(g), key(g), [pageOf(g)]);
    await w.abort();
    expect(await readFile(path)).toEqual(before);
    expect(readable(path)).toEqual([1, 2]);
    expect((await readdir(dirname(path))).filter((f) => f.startsWith('abort-all'))).toEqual([
      'abort-all.bin',
    ]);
  });

  it("an earlier version's pages (a bare serialised record) are not read", async () => {
    const path = pageStorePath(out, 'print/old-all.pdf');
    await writeFile(
      path,
      serialize(
        Object.fromEntries(GROUPS.map((g) => [doc(g), { key: key(g), pages: [pageOf(g)] }])),
      ),
    );
    expect(KeptPages.open(path)).toBeUndefined();
  });

  it('pages that draw an image come back with it; the store holds the image once', async () => {
    const logo: EncodedImage = {
      name: 'ImgLogo',
      width: 2,
      height: 1,
      dict: { Type: 'XObject', Subtype: 'Image', Width: 2, Height: 1 },
      data: new Uint8Array(Array.from({ length: 20_000 }, (_, i) => (i * 31) % 251)),
    };
    const withLogo = (g: number): CapturedPage => ({ ...pageOf(g), images: { ImgLogo: logo } });
    const path = pageStorePath(out, 'print/logo-all.pdf');
    const w = await KeptPagesWriter.open(out, path);
    for (const g of GROUPS) w.add(doc(g), String(g), key(g), [withLogo(g), pageOf(g)]);
    await w.commit();
    // Six documents, their pages ~300 bytes each: the 20,000-byte image is in the file once.
    expect((await readFile(path)).length).toBeLessThan(20_000 * 2);
    const kept = KeptPages.open(path);
    const pagesOf = (store: KeptPages | undefined, g: number) => {
      const whole = store?.kept(doc(g), key(g));
      return whole && store?.pages(whole);
    };
    for (const g of GROUPS) expect(pagesOf(kept, g)).toEqual([withLogo(g), pageOf(g)]);
    // Carried into the next store as kept (a build of other groups): the image goes along.
    const next = pageStorePath(out, 'print/logo-next-all.pdf');
    const carry = await KeptPagesWriter.open(out, next);
    for (const [document, group, k] of kept?.documents() ?? []) {
      const whole = kept?.kept(document, k);
      if (whole) carry.add(document, group, k, whole);
    }
    await carry.commit();
    kept?.close();
    const again = KeptPages.open(next);
    expect([...(again?.documents() ?? [])].map(([d]) => d)).toEqual(GROUPS.map(doc));
    for (const g of GROUPS) expect(pagesOf(again, g)).toEqual([withLogo(g), pageOf(g)]);
    again?.close();
    // The image damaged: no document that draws it is given back.
    const bytes = await readFile(next);
    const at = bytes.indexOf(Buffer.from(logo.data.subarray(100, 140)));
    expect(at).toBeGreaterThan(0);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    await writeFile(next, bytes);
    const damaged = KeptPages.open(next);
    expect(GROUPS.filter((g) => pagesOf(damaged, g))).toEqual([]);
    expect(GROUPS.filter((g) => damaged?.kept(doc(g), key(g)))).toEqual([]);
    damaged?.close();
  });
});
