/**
 * `serve --base-url https://…` sends HSTS as the studio does: to the requests that reached it by
 * that address's host (its proxy keeping the Host), or that its proxy says came over https
 * (X-Forwarded-Proto or Forwarded proto=https; "http" there is believed with --trust-proxy only). Before, every answer had it, the ones opened on the office's own machine or
 * by its network address (plain http) too. A real server on loopback, asked as a proxy asks it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { rawGet, startServer, tokenOf } from './server.js';

const HOST = 'tai-lieu.phuong-hoacuong.example.vn';
const PAGE = `/g/${tokenOf('5')}/`;

afterAll(removeTempDirs);

describe('serve --base-url https', () => {
  it('sends HSTS by the public host only', async () => {
    const s = await startServer({ baseUrl: `https://${HOST}` });
    try {
      const pub = await rawGet(s.url, PAGE, { host: HOST });
      expect(pub.status).toBe(200);
      expect(pub.headers['strict-transport-security']).toBe('max-age=31536000');
      for (const host of [new URL(s.url).host, '192.168.1.20:8080']) {
        const there = await rawGet(s.url, PAGE, { host });
        expect(there.status).toBe(200);
        expect(there.headers['strict-transport-security']).toBeUndefined();
      }
      // A proxy rewriting the Host that says https (X-Forwarded-Proto, or RFC 7239's Forwarded)
      // is the public address without --trust-proxy too: HSTS is only ever added by it.
      for (const said of [
        { 'x-forwarded-proto': 'https' },
        { forwarded: `for=203.0.113.7;proto=https;host=${HOST}` },
      ] as Record<string, string>[]) {
        const https = await rawGet(s.url, PAGE, said);
        expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
      }
      // Its "http" is not believed without --trust-proxy: the public host keeps HSTS.
      const http = await rawGet(s.url, PAGE, { host: HOST, 'x-forwarded-proto': 'http' });
      expect(http.headers['strict-transport-security']).toBe('max-age=31536000');
    } finally {
      await s.app.close();
    }
  });

  it('behind a trusted proxy that rewrites the Host, by its X-Forwarded-Proto', async () => {
    const s = await startServer({ baseUrl: `https://${HOST}`, trustProxy: 1 });
    try {
      const https = await rawGet(s.url, PAGE, { 'x-forwarded-proto': 'https' });
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
      const http = await rawGet(s.url, PAGE, { host: HOST, 'x-forwarded-proto': 'http' });
      expect(http.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await s.app.close();
    }
  });
});
