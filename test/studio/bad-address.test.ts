/**
 * An address that does not decode (qa32 m6: "/%", "/c/%E0%A4%A") gets the studio's Vietnamese
 * page with its security headers, as serve's leaders' pages do, not Fastify's English JSON
 * without them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { plainText, startStudio, type TestStudio } from './studio.js';

describe('an address that does not decode', () => {
  let s: TestStudio;
  beforeAll(async () => {
    s = await startStudio();
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it.each(['/%', '/c/%E0%A4%A', '/c/%ZZ/groups'])(
    '%s: a Vietnamese page with the headers',
    async (path) => {
      const res = await fetch(s.url + path, { redirect: 'manual' });
      const text = await res.text();
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(plainText(text)).toContain('Địa chỉ này viết sai');
      expect(text).not.toMatch(/Bad Request|FST_ERR/);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );
});
