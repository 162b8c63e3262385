/**
 * The sign-in form in two tabs of one browser (its cookies shared): the second tab's form — or a
 * page's script led to /sign-in once signed out — does not make the first tab's form "expired".
 * Seen as a flaky browser test: after a save refused for its session, the edit page's preview
 * fetch landed on /sign-in and replaced the token the other tab's form carried. A page's own
 * requests (a fetch, a picture: what Chromium marks `Sec-Fetch-Dest` other than `document`) are
 * therefore refused when signed out, never led to the form.
 */
import { get as httpGet, type IncomingMessage } from 'node:http';
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

/** A GET with the headers given, as Chromium sends them (fetch would add its own). */
async function rawGet(path: string, headers: Record<string, string> = {}) {
  const res = await new Promise<IncomingMessage>((done, fail) =>
    httpGet(`${s.url}${path}`, { headers }, done).on('error', fail),
  );
  let text = '';
  for await (const chunk of res) text += chunk;
  return { status: res.statusCode, headers: res.headers, text };
}

it("refuses a signed-out page's own requests without a form or token, and leads a person to the form", async () => {
  const ownRequests: Record<string, string>[] = [
    { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' },
    { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' },
  ];
  for (const headers of ownRequests) {
    const answer = await rawGet('/c/hai-phong/preview', headers);
    expect(answer.status, headers['sec-fetch-dest']).toBe(401);
    expect(answer.headers['set-cookie'], headers['sec-fetch-dest']).toBeUndefined();
    expect(answer.text).toContain('Phiên đăng nhập đã hết');
  }
  // A person's page, and one from a browser too old to say.
  const pages: Record<string, string>[] = [
    { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' },
    {},
  ];
  for (const headers of pages) {
    const person = await rawGet('/c/hai-phong', headers);
    expect([person.status, person.headers.location]).toEqual([303, '/sign-in']);
  }
});
