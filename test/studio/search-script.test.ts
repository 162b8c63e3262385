/**
 * The studio's /assets/search.js without a browser (review 42 #7): the text the studio serves,
 * run on its own in a bare `vm` context (nothing of the server's modules in it), finds what the
 * server's rule finds (model/search.ts) on a table of searches the office types. Any import,
 * helper or injected `__name` inside `searchRule` fails here with a ReferenceError, where before
 * only the Chromium test (skipped without Chromium) would have seen it. And a page links the
 * style sheet and both scripts by a hash of their bytes, so after an upgrade a browser does not
 * run the old, cached script against the new page.
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches, type Search, searchOf } from '../../src/model/search.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

/** Typed, the campaign's text, and whether the search finds it (the rule as the office reads it). */
const CASES: readonly [string, string, boolean][] = [
  ['tet', 'Quà Tết 2026 cho hộ nghèo', true],
  ['qua tet', 'Quà Tết 2026 cho hộ nghèo', true],
  ['Tèt', 'Quà Tết 2026 cho hộ nghèo', false], // another tone
  ['hang', 'Tổ dân phố Thắng Lợi', false],
  ['thang', 'Tổ dân phố Thắng Lợi', true],
  ['dong hai', 'Phường Đông Hải', true],
  ['đông', 'Phường Đông Hải', true],
  ['Hằng', 'Chợ Hàng', false],
  ['hòa', 'Khu Hoà Bình', true],
  ['thuỷ', 'Đội Thủy lợi', true],
  ['đồng', 'Xóm Dong', true],
  ['7', 'TDP-07', true],
  ['7', 'TDP-17', false],
  ['tdp07', 'TDP-07', true],
  ['tdp 7', 'TDP-07', true],
  ['mhang', 'Buôn MʼHăng', true],
  ['m hang', 'Buôn MʼHăng', true],
  ['to dan pho so 1 (mã 3)', 'Tổ dân phố số 1 3', true],
  // A Mac's NFD and a converter's Ð for Đ.
  ['đông', 'Phường Đông Hải'.normalize('NFD'), true],
  ['đông', 'Phường Ðông Hải', true],
  ['', 'Bất kỳ chiến dịch nào', true],
  ['bau cu', 'Tiêm chủng mở rộng', false],
];

interface Served {
  searchOf(q: string): Search;
  matches(s: Search, text: string): boolean;
}

describe('the served search script, run outside a browser', () => {
  let s: TestStudio;
  let c: Client;
  let script: string;

  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    const res = await c.get('/assets/search.js');
    expect(res.status).toBe(200);
    script = res.text;
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('runs on its own and finds what the server finds', () => {
    // An empty context: no module, no global of the server's, as a browser page has none.
    const served = runInNewContext(`${script};phuongSearch`, {}) as Served;
    const got = CASES.map(([q, text]) => [q, text, served.matches(served.searchOf(q), text)]);
    expect(got).toEqual(CASES);
    // The server's rule (serve's office page, the studio's own list without a script) agrees.
    expect(CASES.map(([q, text]) => [q, text, matches(searchOf(q), text)])).toEqual(CASES);
  });

  it('is linked, as the style sheet and the page script, by a hash of the bytes served', async () => {
    const home = await c.get('/');
    expect(home.status).toBe(200);
    for (const name of ['search.js', 'studio.js', 'studio.css']) {
      const href = new RegExp(
        `(?:src|href)="(/assets/${name.replace('.', '\\.')}\\?v=([0-9a-f]+))"`,
      ).exec(home.text);
      expect(href, `${name} linked with ?v=`).not.toBeNull();
      const [, path = '', v = ''] = href ?? [];
      const body = await c.get(path);
      expect(body.status).toBe(200);
      expect(body.headers.get('cache-control')).toBe('public, max-age=300');
      expect(createHash('sha256').update(body.bytes).digest('hex').startsWith(v)).toBe(true);
      expect(v.length).toBeGreaterThanOrEqual(8);
    }
  });
});
