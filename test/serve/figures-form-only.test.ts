/**
 * The leader's figures route takes a form only (qa32 m7): the same fields sent as JSON (or as
 * plain text) are refused with 415 and nothing is saved, while the form's own POST saves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readLatest } from '../../src/results/results-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { exampleWard, startServer, type TestServer, tokenOf } from './server.js';

let store: Store;
let campaign: string;
const s = {} as TestServer;
beforeAll(async () => {
  store = await openStore({ dataDir: await makeTempDir() });
  const ward = await exampleWard();
  campaign = campaignKey(ward.campaign);
  Object.assign(
    s,
    await startServer({ results: { db: store.db, campaign, measures: ward.campaign.measures } }),
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

async function hiddenFields(id: string): Promise<Record<string, string>> {
  const html = await fetch(`${s.url}/g/${tokenOf(id)}/`).then((r) => r.text());
  const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
}

const post = (id: string, type: string, body: string) =>
  fetch(`${s.url}/g/${tokenOf(id)}/ket-qua`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': type },
    body,
  });

describe("the leader's figures route", () => {
  it('refuses the form sent as JSON, saving nothing', async () => {
    const fields = { ...(await hiddenFields('1')), so_tham_gia: '11' };
    const res = await post('1', 'application/json', JSON.stringify(fields));
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect((await readLatest(store.db, campaign)).get('1')).toBeUndefined();
  });

  it('saves the same fields sent as the form', async () => {
    const fields = { ...(await hiddenFields('1')), so_tham_gia: '11' };
    const res = await post(
      '1',
      'application/x-www-form-urlencoded',
      new URLSearchParams(fields).toString(),
    );
    expect(res.status).toBe(303);
    expect((await readLatest(store.db, campaign)).get('1')).toBeDefined();
  });
});
