/**
 * qa59b M2: two wards' studios on one office PC (two data folders, two ports of 127.0.0.1) signed
 * each other out: a browser keeps cookies per host, not per port, and both named their session
 * "studio", so signing in to one replaced the other's. One cookie jar for both studios, as one
 * browser keeps them for 127.0.0.1, over real HTTP on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { Client, startStudio, type TestStudio } from './studio.js';

let a: TestStudio;
let b: TestStudio;
beforeAll(async () => {
  a = await startStudio();
  b = await startStudio();
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await removeTempDirs();
});

/** Two tabs of one browser: a client for each studio, sharing one jar (127.0.0.1's cookies). */
function oneBrowser(): [Client, Client] {
  const tabA = new Client(a.url);
  const tabB = new Client(b.url);
  Object.assign(tabB, { cookies: tabA.cookies });
  return [tabA, tabB];
}

describe('two studios on one PC, one browser', () => {
  it('are on the same host, other ports', () => {
    expect(new URL(a.url).hostname).toBe(new URL(b.url).hostname);
    expect(new URL(a.url).port).not.toBe(new URL(b.url).port);
  });

  it('both stay signed in after signing in to the other', async () => {
    const [tabA, tabB] = oneBrowser();
    expect((await tabA.signIn()).status).toBe(303);
    expect((await tabA.get('/')).status).toBe(200);
    expect((await tabB.signIn()).status).toBe(303);
    // Ward A's tab, after ward B's sign-in: still signed in, its pages shown.
    const home = await tabA.get('/');
    expect(home.status, home.headers.get('location') ?? '').toBe(200);
    expect((await tabB.get('/')).status).toBe(200);
    // Two session cookies in the one jar, one per studio.
    expect(tabA.cookies.size).toBeGreaterThanOrEqual(2);
  });
});
