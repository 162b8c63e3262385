/**
 * `serve --base-url https://…` sends HSTS as the studio does: to the requests that reached it by
 * that address's host (its proxy keeping the Host), or, with --trust-proxy, that its proxy says
 * came over https. Before, every answer had it, the ones opened on the office's own machine or
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
      // Without --trust-proxy a client's X-Forwarded-Proto counts for nothing.
      const said = await rawGet(s.url, PAGE, { 'x-forwarded-proto': 'https' });
      expect(said.headers['strict-transport-security']).toBeUndefined();
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
