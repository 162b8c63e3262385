/**
 * Gzip of text responses (qa48 m3: a leader on 3G was sent the 18 KB stylesheet and the leader
 * page uncompressed). A client that accepts gzip gets the page and the stylesheet gzipped, the
 * same bytes once inflated, and a 304 for its copy's ETag; PDFs and the group's ZIP are sent as
 * they are, with their length. The studio's pages likewise. Real servers on loopback.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startStudio, type TestStudio } from '../studio/studio.js';
import { ADMIN_PASSWORD, basic, rawGet, serveForFile, tokenOf } from './server.js';

const server = serveForFile();
let studio: TestStudio;
beforeAll(async () => {
  studio = await startStudio();
}, 60_000);
afterAll(async () => {
  await studio?.close();
});

const GZIP = { 'Accept-Encoding': 'gzip, deflate, br' };

/** The response gzipped for a client that accepts it, and the same as sent to one that does not. */
async function bothWays(base: string, path: string) {
  const zipped = await rawGet(base, path, GZIP);
  const plain = await rawGet(base, path);
  return { zipped, plain };
}

describe('gzip of text responses', () => {
  it('sends the leader page and the stylesheet gzipped, the same once inflated', async () => {
    for (const path of [`/g/${tokenOf('1')}/`, '/assets/style.css']) {
      const { zipped, plain } = await bothWays(server.url, path);
      expect([zipped.status, plain.status], path).toEqual([200, 200]);
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(String(zipped.headers.vary), path).toMatch(/accept-encoding/i);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(gunzipSync(zipped.body).equals(plain.body), path).toBe(true);
      // At least half smaller: text compresses (the stylesheet to about a third).
      expect(zipped.body.length * 2, path).toBeLessThan(plain.body.length);
    }
  });

  it('sends PDFs and the ZIP as they are, with their length', async () => {
    const files = [
      ['flyer.pdf', '%PDF'],
      ['all.zip', 'PK'],
    ] as const;
    for (const [name, magic] of files) {
      const res = await rawGet(server.url, `/g/${tokenOf('1')}/${name}`, GZIP);
      expect(res.status, name).toBe(200);
      expect(res.headers['content-encoding'], name).toBeUndefined();
      expect(res.body.subarray(0, magic.length).toString('latin1'), name).toBe(magic);
      expect(Number(res.headers['content-length']), name).toBe(res.body.length);
    }
  }, 120_000);

  it('still answers a copy still good with 304', async () => {
    // After the ZIP (above): every document drawn, the page's ETag no longer changes.
    const path = `/g/${tokenOf('1')}/`;
    const first = await rawGet(server.url, path, GZIP);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"/);
    const again = await rawGet(server.url, path, { ...GZIP, 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('gives the gzipped and the plain page different ETags, a 304 only for the one asked', async () => {
    // After the ZIP (above): every document drawn, the page no longer changes.
    const path = `/g/${tokenOf('1')}/`;
    const { zipped, plain } = await bothWays(server.url, path);
    const gz = String(zipped.headers.etag);
    const id = String(plain.headers.etag);
    expect(gz).toMatch(/^"/);
    expect(id).toMatch(/^"/);
    expect(gz).not.toBe(id);
    for (const res of [zipped, plain]) expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    // The gzipped copy's ETag, asked without gzip: the plain page, in full, with its own ETag.
    const plainAgain = await rawGet(server.url, path, { 'If-None-Match': gz });
    expect(plainAgain.status).toBe(200);
    expect(plainAgain.headers['content-encoding']).toBeUndefined();
    expect(plainAgain.headers.etag).toBe(id);
    expect(plainAgain.body.equals(plain.body)).toBe(true);
    // The plain copy's ETag, asked with gzip: the gzipped page, in full.
    const zippedAgain = await rawGet(server.url, path, { ...GZIP, 'If-None-Match': id });
    expect(zippedAgain.status).toBe(200);
    expect(zippedAgain.headers['content-encoding']).toBe('gzip');
    expect(zippedAgain.headers.etag).toBe(gz);
    expect(gunzipSync(zippedAgain.body).equals(plain.body)).toBe(true);
    // Each its own: 304, no body.
    const same = await rawGet(server.url, path, { ...GZIP, 'If-None-Match': gz });
    expect([same.status, same.body.length, same.headers.etag]).toEqual([304, 0, gz]);
    const samePlain = await rawGet(server.url, path, { 'If-None-Match': id });
    expect([samePlain.status, samePlain.body.length, samePlain.headers.etag]).toEqual([304, 0, id]);
  });

  it('sends the studio’s pages as they are, its stylesheet gzipped (no BREACH)', async () => {
    // A page with a form token, or echoing what its user typed, compressed, leaks the token to
    // one who watches the answers' sizes: signed in, and the sign-in page (its form token).
    const c = new Client(studio.url, GZIP);
    await c.signIn();
    const home = await c.request('GET', '/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('content-encoding')).toBeNull();
    const signIn = await rawGet(studio.url, '/sign-in', GZIP);
    expect(signIn.status).toBe(200);
    expect(signIn.headers['content-encoding']).toBeUndefined();
    const css = /<link rel="stylesheet" href="(\/assets\/[^"]+)"/.exec(home.text)?.[1] ?? '';
    expect(css).not.toBe('');
    const { zipped, plain } = await bothWays(studio.url, css);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('sends serve’s office page (a password, forms) as it is', async () => {
    const admin = await rawGet(server.url, '/admin', {
      ...GZIP,
      Authorization: basic('admin', ADMIN_PASSWORD),
    });
    expect(admin.status).toBe(200);
    expect(admin.headers['content-encoding']).toBeUndefined();
    // The same page asked for by a percent-encoded path, which the router decodes.
    const encoded = await rawGet(server.url, '/%61dmin?q=1', {
      ...GZIP,
      Authorization: basic('admin', ADMIN_PASSWORD),
    });
    expect(encoded.status).toBe(200);
    expect(encoded.headers['content-encoding']).toBeUndefined();
  });
});
