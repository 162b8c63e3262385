/**
 * The sign-in form in two tabs of one browser (its cookies shared): the second tab's form — or a
 * page's script led to /sign-in once signed out — does not make the first tab's form "expired".
 * Seen as a flaky browser test: after a save refused for its session, the edit page's preview
 * fetch landed on /sign-in and replaced the token the other tab's form carried.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, Client, startStudio, type TestStudio } from './studio.js';

let s: TestStudio;
beforeAll(async () => {
  s = await startStudio();
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

it('signs in from the first tab after the form was shown in a second', async () => {
  const c = new Client(s.url);
  const first = await c.tokenOf('/sign-in');
  expect((await c.get('/sign-in')).status).toBe(200);
  const signedIn = await c.postRaw('/sign-in', {
    _csrf: first,
    name: 'admin',
    password: ADMIN_PASSWORD,
  });
  expect(signedIn.status).toBe(303);
  expect(signedIn.headers.get('location')).toBe('/');
  // And a form made for no browser's token is still refused.
  const other = new Client(s.url);
  await other.get('/sign-in');
  const forged = await other.postRaw('/sign-in', {
    _csrf: 'x'.repeat(32),
    name: 'admin',
    password: ADMIN_PASSWORD,
  });
  expect(forged.status).toBe(403);
});
