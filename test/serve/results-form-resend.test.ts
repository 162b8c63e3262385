/**
 * A leader's figures sent again after the page refused them (422): the form that comes back
 * carries the version of the group's figures the leader last saw, so a save made in between (the
 * office, or another phone on the same link) is not written over unseen — the answer is the 409
 * "đã thay đổi" a stale page gets, with the newer figure shown and the typed one kept. Real HTTP
 * on loopback, two saves through the leader's own form.
 */
import { describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import { browserForm } from '../support/browser-form.js';
import { visible } from '../support/page-text.js';
import { exampleResultsServer, postFigures, tokenOf } from './server.js';

const results = exampleResultsServer();
const { s } = results;

const pageOf = (id: string) => fetch(`${s.url}/g/${tokenOf(id)}/`).then((r) => r.text());

/** A page's figures form as a browser sends it back (support/browser-form.ts): every field. */
const formFields = (html: string) => browserForm(html, (f) => f.attribs.class === 'figures').fields;

const post = (id: string, fields: Record<string, string>) => postFigures(s.url, id, fields);

const latestOf = async (id: string) =>
  (await readLatest(results.store.db, results.campaign)).get(id)?.get('tham_gia')?.value;

describe('a figure sent again after a refusal', () => {
  it('a save from a page older than the office’s save is refused, 409, and nothing is written over', async () => {
    // The leader opens tổ 3's page; the office then enters 200 for tổ 3 (the studio's Kết quả).
    const seen = formFields(await pageOf('3'));
    await results.officeSaves('3', { tham_gia: 200 });
    const late = await post('3', { ...seen, so_tham_gia: '150' });
    expect(late.status).toBe(409);
    expect(visible(late.html)).toContain('đã thay đổi từ khi bạn mở trang');
    expect(await latestOf('3')).toBe(200);
  });

  it('the corrected re-send after a 422 is refused when another save came in between', async () => {
    // Phone A opens tổ 5's page; meanwhile phone B, on the same link, saves 300.
    const seen = formFields(await pageOf('5'));
    const other = formFields(await pageOf('5'));
    expect((await post('5', { ...other, so_tham_gia: '300' })).status).toBe(303);
    expect(await latestOf('5')).toBe(300);
    // Phone A types a word where the figure goes: refused, 422.
    const refused = await post('5', { ...seen, so_tham_gia: 'một trăm' });
    expect(refused.status).toBe(422);
    // Phone A corrects the box on the refused page and sends it: not over B's 300 unseen.
    const again = await post('5', { ...formFields(refused.html), so_tham_gia: '100' });
    expect(again.status).toBe(409);
    expect(await latestOf('5')).toBe(300);
    const text = visible(again.html);
    expect(text).toContain('đã thay đổi từ khi bạn mở trang');
    // B's figure is shown under the box, A's typed one kept in it.
    expect(text).toContain('Đã lưu: 300');
    expect(again.html).toMatch(/id="so_tham_gia"[^>]*value="100"/);
    // Sent from the 409 page, A's figure is saved: A has now seen B's.
    const last = await post('5', { ...formFields(again.html), so_tham_gia: '100' });
    expect(last.status).toBe(303);
    expect(await latestOf('5')).toBe(100);
  });
});
