/**
 * The download page says "Bản có chữ ký số" beside a signed notice. Whether a file is signed is
 * found once, when the file is made, and kept with it in the cache (memory and disk): a page view
 * does not search the PDF's bytes again, and a restarted server still knows it from its disk
 * cache. The renderer here hands out PDF-shaped bytes (a signed notice's /ByteRange holds
 * numbers, an unsigned placeholder's holds names); the end-to-end signed site is
 * test/output/sign.test.ts. To see that a view does not search the bytes, the test blanks the
 * signature's numbers in the bytes the memory cache holds after the first view: a page that
 * searched them again would lose its mark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputFileName } from '../../src/kinds/render.js';
import { DocumentCache } from '../../src/serve/cache.js';
import { renderPage } from '../../src/serve/html.js';
import { DocumentLibrary } from '../../src/serve/library.js';
import type { Renderer } from '../../src/serve/renderer.js';
import { leaderView } from '../../src/serve/views.js';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const pdf = (byteRange: string) =>
  new TextEncoder().encode(
    `%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 ${byteRange}] >>\n%%EOF\n`,
  );
const SIGNED_RANGE = '1234 5678 910';
/** The same length: the bytes are changed in place. */
const UNSIGNED_RANGE = '/234 /678 /10';

/** A renderer of the ward's documents, the notice of the groups in `signedGroups` signed. */
function fakeRenderer(
  signedGroups: Set<string>,
): Renderer & { renders: number; made: Uint8Array[] } {
  const r = {
    renders: 0,
    made: [] as Uint8Array[],
    async render(groupId: string, fileName: string) {
      r.renders++;
      const signed = fileName.startsWith('notice') && signedGroups.has(groupId);
      const bytes = pdf(signed ? SIGNED_RANGE : UNSIGNED_RANGE);
      r.made.push(bytes);
      return { bytes, contentType: 'application/pdf', fileName, pages: 1 };
    },
    renderPage: async () => undefined,
    renderText: async () => [],
    renderQrSheet: () => Promise.reject(new Error('not in this test')),
    renderReport: () => Promise.reject(new Error('not in this test')),
    close: async () => {},
  };
  return r;
}

const LINKS = { files: '', assets: '../assets/', viewQuery: '' };
const SAYS_SIGNED = 'Bản có chữ ký số';

let ward: Ward;
beforeAll(async () => {
  ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS });
});

describe('the signed mark on the download page', () => {
  it('is found once per file, shown on every view, and kept by the disk cache', async () => {
    const [signedGroup, plainGroup] = ward.groups.map((g) => g.id);
    if (!signedGroup || !plainGroup) throw new Error('the example has two groups');
    const notices = ward.outputs.filter((o) => outputFileName(o).startsWith('notice'));
    expect(notices.length).toBeGreaterThan(0);
    const dir = await makeTempDir('phuong-print-signed-flag-');
    const renderer = fakeRenderer(new Set([signedGroup]));
    const lib = new DocumentLibrary(ward, renderer, new DocumentCache({ dir }));
    const page = async (l: DocumentLibrary, groupId: string) =>
      renderPage('leader', await leaderView(l, groupId, LINKS));

    const marks = async (l: DocumentLibrary, groupId: string) =>
      (await page(l, groupId)).split(SAYS_SIGNED).length - 1;
    expect(await marks(lib, signedGroup)).toBe(notices.length);
    expect(await marks(lib, plainGroup)).toBe(0);
    // The bytes held in memory no longer look signed: the next views still say what the file
    // was when it was made, so they do not search it again.
    for (const bytes of renderer.made) {
      const text = new TextDecoder().decode(bytes);
      bytes.set(new TextEncoder().encode(text.replace(SIGNED_RANGE, UNSIGNED_RANGE)));
    }
    for (let view = 0; view < 2; view++) {
      expect(await marks(lib, signedGroup)).toBe(notices.length);
      expect(await marks(lib, plainGroup)).toBe(0);
    }
    expect(renderer.renders).toBe(2 * ward.outputs.length);

    // A restarted server: the same answer from the disk cache, nothing made again.
    const again = fakeRenderer(new Set());
    const restarted = new DocumentLibrary(ward, again, new DocumentCache({ dir }));
    expect(await marks(restarted, signedGroup)).toBe(notices.length);
    expect(await marks(restarted, plainGroup)).toBe(0);
    expect(again.renders).toBe(0);
  });
});
