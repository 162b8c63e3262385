/**
 * qa25 F8: a leader ended a figure like a sentence — "380." on the phone form — and was refused
 * with "chỉ ghi chữ số, ví dụ 125 hoặc 1.250 (không ghi chữ, dấu phẩy hay dấu %)", having typed
 * only digits and a dot. A stop or comma after the last digit is no mark of the figure: the phone
 * form saves 380, and an office's results file reads the same cell as 380 (one reader,
 * results/figure-text.ts). Over real HTTP on loopback, as a leader's phone sends the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResultsFile } from '../../src/load/results-file.js';
import type { Group } from '../../src/load/types.js';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readLatest } from '../../src/results/results-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { exampleWard, startServer, type TestServer, tokenOf } from './server.js';

/** What Tổ dân phố 1's leader typed (notes/qa25 F8). */
const TYPED = '380.';

let store: Store;
let campaign: string;
let measures: Awaited<ReturnType<typeof exampleWard>>['campaign']['measures'];
const s = {} as TestServer;
beforeAll(async () => {
  store = await openStore({ dataDir: await makeTempDir() });
  const ward = await exampleWard();
  campaign = campaignKey(ward.campaign);
  measures = ward.campaign.measures;
  Object.assign(s, await startServer({ results: { db: store.db, campaign, measures } }));
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const pageOf = (id: string, query = '') =>
  fetch(`${s.url}/g/${tokenOf(id)}/${query}`).then((r) => r.text());

function hiddenFields(html: string): Record<string, string> {
  const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
}

describe('a figure ended by a full stop (qa25 F8)', () => {
  it('is saved from the phone form as its number', async () => {
    const sent = await fetch(`${s.url}/g/${tokenOf('1')}/ket-qua`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...hiddenFields(await pageOf('1')),
        so_tham_gia: TYPED,
        so_cai_app: '125,',
      }).toString(),
    });
    const body = await sent.text();
    expect(body).not.toContain('chỉ ghi chữ số');
    expect(sent.status).toBe(303);
    const saved = await pageOf('1', '?da-luu');
    expect(saved).toContain('Đã lưu: <strong>380</strong>');
    expect(saved).toContain('Đã lưu: <strong>125</strong>');
    const latest = (await readLatest(store.db, campaign)).get('1');
    expect(latest?.get('tham_gia')?.value).toBe(380);
    expect(latest?.get('cai_app')?.value).toBe(125);
  });

  it('is read from a results file’s cell as its number', async () => {
    const joined = measures.find((m) => m.id === 'tham_gia');
    if (!joined) throw new Error('the example campaign no longer has the measure tham_gia');
    const group: Group = { id: '1', name: 'Tổ dân phố 1', source: { file: 'g.csv', row: 2 } };
    const csv = `Tên tổ dân phố;${joined.label}\nTổ dân phố 1;${TYPED}\n`;
    const r = await parseResultsFile(
      new TextEncoder().encode(csv),
      'ket-qua.csv',
      [joined],
      [group],
    );
    expect(r.rows.map((row) => [row.group.id, row.values.tham_gia])).toEqual([['1', 380]]);
  });
});
