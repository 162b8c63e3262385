/**
 * The pictures a leader's page shows (each document's thumbnail, each page of its page-by-page
 * view, and each page alone, larger): the address's extension, the Content-Type and the name a
 * phone saves it under all say what the bytes are (qa36 F8: PNG bytes at `….preview.jpg` and
 * `….page-1.jpg`, saved as "….jpg" by a long press, which some Android galleries and Zalo refuse).
 * Checked where `serve` publishes the pages (pages.test.ts) and where the studio does
 * (picture-names.test.ts).
 */
import { expect } from 'vitest';
import { imageTypeOf } from '../support/image-type.js';

const TYPE_OF_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? '');

/**
 * Every picture address of a leader's page (its thumbnails) and of the page-by-page views it
 * links to (each page's picture and the larger one a tap opens), as `origin` serves them.
 */
export async function pictureAddresses(origin: string, page: string): Promise<string[]> {
  const html = await (await fetch(`${origin}${page}`)).text();
  const thumbs = attr(html, /<img class="thumb" src="([^"]+)"/g);
  expect(thumbs.length).toBeGreaterThan(3);
  // Two documents' page-by-page views: the notice's pages have no colour, the poster's have.
  const views = attr(html, /href="([^"]+\.html)" aria-label="Xem /g).filter((v) =>
    /\/(notice|poster-a4)\.html$/.test(v),
  );
  expect(views.length).toBe(2);
  const paged: string[] = [];
  for (const view of views) {
    const v = await (await fetch(`${origin}${view}`)).text();
    paged.push(...attr(v, /<img src="([^"]+)"/g), ...attr(v, /class="page-link" href="([^"]+)"/g));
  }
  expect(paged.length).toBeGreaterThanOrEqual(views.length * 2);
  return [...thumbs, ...paged];
}

/** Each address answers a picture whose bytes are what its extension, type and name say. */
export async function expectPicturesNamedForWhatTheyAre(
  origin: string,
  addresses: readonly string[],
) {
  const seen = new Set<string>();
  for (const address of addresses) {
    const r = await fetch(`${origin}${address}`);
    expect(r.status, address).toBe(200);
    const bytes = new Uint8Array(await r.arrayBuffer());
    const held = imageTypeOf(bytes);
    seen.add(held);
    const extension = /\.([a-z]+)$/.exec(address)?.[1] ?? '';
    expect(TYPE_OF_EXTENSION[extension], `${address} holds ${held}`).toBe(held);
    expect(r.headers.get('content-type'), address).toBe(held);
    // The name a long press saves it under (filename and filename*).
    const disposition = r.headers.get('content-disposition') ?? '';
    const names = attr(disposition, /filename\*?=([^;]+)/g);
    expect(names.length, address).toBeGreaterThan(0);
    for (const name of names) {
      const saved = /\.([a-z]+)"?$/.exec(decodeURIComponent(name))?.[1] ?? '';
      expect(TYPE_OF_EXTENSION[saved], `${address} saved as ${name}`).toBe(held);
    }
  }
  expect(seen.has('unknown')).toBe(false);
  return seen;
}
