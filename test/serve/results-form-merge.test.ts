/**
 * A leader's figures form counts only the boxes the leader changed (review35 #1): the boxes are
 * pre-filled with the figures saved when the page opened, and one left as it was is not sent as
 * a new figure. A save made meanwhile (the office) of another measure is kept, with no 409; one
 * of the same measure is a 409 whose page keeps the changed box and shows the newest figure in
 * the others, so that "Lưu lại" from it writes nothing old over the office's. Real HTTP on
 * loopback, the example ward's three measures (tham_gia, chung_nhan, cai_app).
 */
import { describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import { browserForm } from '../support/browser-form.js';
import { visible } from '../support/page-text.js';
import { exampleResultsServer, postFigures, tokenOf } from './server.js';

const results = exampleResultsServer();
const { s } = results;

const pageOf = (id: string) => fetch(`${s.url}/g/${tokenOf(id)}/`).then((r) => r.text());

/**
 * Every field of a page's figures form as a browser sends it (support/browser-form.ts): the
 * hidden ones and the boxes, no box ticked.
 */
const formFields = (html: string) => browserForm(html, (f) => f.attribs.class === 'figures').fields;

const post = (id: string, fields: Record<string, string>) => postFigures(s.url, id, fields);

const figuresOf = async (id: string) => {
  const g = (await readLatest(results.store.db, results.campaign)).get(id);
  return { tham_gia: g?.get('tham_gia')?.value, chung_nhan: g?.get('chung_nhan')?.value };
};

const officeSaves = results.officeSaves;

describe('a leader’s form sends only the boxes the leader changed', () => {
  it('an untouched box does not write the page’s old figure over the office’s newer one', async () => {
    // The leader sends tổ 3's first figures, then opens the page again: boxes 10 and 5.
    const first = formFields(await pageOf('3'));
    expect((await post('3', { ...first, so_tham_gia: '10', so_chung_nhan: '5' })).status).toBe(303);
    const opened = formFields(await pageOf('3'));
    expect(opened.so_tham_gia).toBe('10');
    expect(opened.so_chung_nhan).toBe('5');
    // The office corrects tham_gia to 200 meanwhile; the leader changes chung_nhan only.
    await officeSaves('3', { tham_gia: 200 });
    const sent = await post('3', { ...opened, so_chung_nhan: '8' });
    // Another measure than the office's: both kept, no 409.
    expect(sent.status).toBe(303);
    expect(await figuresOf('3')).toEqual({ tham_gia: 200, chung_nhan: 8 });
  });

  it('a 409 page keeps the changed box only: “Lưu lại” from it keeps the office’s other figure', async () => {
    const first = formFields(await pageOf('4'));
    expect((await post('4', { ...first, so_tham_gia: '10', so_chung_nhan: '5' })).status).toBe(303);
    const opened = formFields(await pageOf('4'));
    // The office saves both measures; the leader changes chung_nhan: the same measure, 409.
    await officeSaves('4', { tham_gia: 200, chung_nhan: 7 });
    const late = await post('4', { ...opened, so_chung_nhan: '8' });
    expect(late.status).toBe(409);
    const text = visible(late.html);
    expect(text).toContain('đã thay đổi từ khi bạn mở trang');
    expect(text).toContain('ô bạn đã sửa vẫn giữ số bạn vừa nhập');
    expect(await figuresOf('4')).toEqual({ tham_gia: 200, chung_nhan: 7 });
    // The untouched box shows the office's 200, the changed one the leader's 8.
    const again = formFields(late.html);
    expect(again.so_tham_gia).toBe('200');
    expect(again.so_chung_nhan).toBe('8');
    // Sent as the page shows it: the leader's 8 saved, the office's 200 kept.
    expect((await post('4', again)).status).toBe(303);
    expect(await figuresOf('4')).toEqual({ tham_gia: 200, chung_nhan: 8 });
  });
});
