/**
 * No BREACH on the leader's figures form (qa48): the page is public, its URL holds the group's
 * secret token and the form the form's token, and a refused form echoes what was typed (the
 * page's `dau-cham` query likewise). Such a page, compressed, lets one who makes a leader's
 * browser send guesses read the token from the answers' sizes: it is sent as it is, while the
 * stylesheet and a document's page view of the same server are still gzipped. A real server on
 * loopback, with a store of figures.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { exampleResultsServer, type RawResponse, rawGet, tokenOf } from './server.js';

const { s } = exampleResultsServer();

const GZIP = { 'Accept-Encoding': 'gzip, deflate, br' };

/** An urlencoded form posted as a browser accepting gzip sends it. */
function rawPost(base: string, path: string, body: string): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const headers = {
      ...GZIP,
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': String(Buffer.byteLength(body)),
    };
    const req = request({ host: hostname, port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the leader’s page with the figures form', () => {
  it('is sent uncompressed, with the form’s token and what was typed', async () => {
    const page = await rawGet(s.url, `/g/${tokenOf('1')}/?dau-cham=tham_gia:12.5`, GZIP);
    expect(page.status).toBe(200);
    const html = page.body.toString('utf8');
    expect(html).toContain('<form class="figures"');
    expect(page.headers['content-encoding']).toBeUndefined();
    const hidden = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
        m[1] as string,
        m[2] as string,
      ]),
    );
    expect(hidden.form ?? '').not.toBe('');
    // A guess typed into a box comes back on the refused page, beside the form's token.
    const guess = 'abc-guess-123';
    const refused = await rawPost(
      s.url,
      `/g/${tokenOf('1')}/ket-qua`,
      new URLSearchParams({ ...hidden, so_tham_gia: guess }).toString(),
    );
    expect(refused.status).toBe(422);
    const again = refused.body.toString('utf8');
    expect(again).toContain(guess);
    expect(again).toContain(`value="${hidden.form}"`);
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('leaves the stylesheet and a document’s page view gzipped', async () => {
    for (const path of ['/assets/style.css', `/g/${tokenOf('1')}/flyer.html`]) {
      const res = await rawGet(s.url, path, GZIP);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('gzip');
    }
  }, 120_000);
});
