/**
 * The leaders' pages under /p/ are answered before the studio's app sees the request, so nothing
 * of Fastify's catches an error there: a path that broke the handler stopped the whole studio
 * (review 2026-12-01 H1: /p/<any>/assets/constructor, a key every object has). Such a path is a
 * 404 page like any unknown one, and the studio goes on answering.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { startStudio, type TestStudio } from './studio.js';

let s: TestStudio;
beforeAll(async () => {
  s = await startStudio();
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

it('answers a made-up asset name with the not-found page and keeps running', async () => {
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    const r = await fetch(`${s.url}/p/chien-dich/assets/${name}`);
    expect(r.status, name).toBe(404);
    expect(await r.text()).toContain('Không tìm thấy trang');
  }
  // The style sheet the error page links is still served.
  expect((await fetch(`${s.url}/p/chien-dich/assets/style.css`)).status).toBe(200);
  expect((await fetch(`${s.url}/sign-in`)).status).toBe(200);
});
