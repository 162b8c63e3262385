/**
 * qa57 M3: the summer swimming class as the studio writes it (test/fixtures/qa57-boi: "Số trẻ đăng
 * ký học bơi | trẻ", `of: trẻ`; Tổ dân phố số 1 has 180 households and 620 residents). "trẻ" was
 * read as a unit, like "kg": the leader's page said "In 180 bản (mỗi hộ một bản)" and the sheet
 * was 10 pages of households, "ghi số trẻ của từng hộ". A people noun after `of:` is the list's
 * people now, and children are listed by name: the leader's page and the sheet it serves (PDF
 * text), over real HTTP.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../support/pdf-text.js';
import { pageText } from './leader-page.js';
import { servedFixture, tokenOf } from './server.js';

const served = servedFixture(fileURLToPath(new URL('../fixtures/qa57-boi/', import.meta.url)));

describe('“| trẻ”: the children, by name', () => {
  it('the leader’s page asks for the children’s list, not a copy per household', async () => {
    const { url } = await served();
    const text = pageText(await (await fetch(`${url}/g/${tokenOf('1')}/`)).text());
    expect(text).toContain('In danh sách trẻ: ghi mỗi trẻ một dòng');
    expect(text).not.toContain('mỗi hộ một bản');
    // Nor a copy for each of the 620 residents: the list gives no count of the children.
    expect(text).not.toContain('620 bản');
  });

  it('the sheet is the children’s list, of the sheet’s own rows', async () => {
    const { url } = await served();
    const res = await fetch(`${url}/g/${tokenOf('1')}/tracker.pdf`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('DANH SÁCH TRẺ');
    expect(text).toContain('Họ và tên trẻ');
    expect(text).not.toContain('của từng hộ');
    // Neither a row per household (180, 10 pages) nor one per resident (620).
    expect((await pdfInfo(pdf)).pages).toBeLessThanOrEqual(2);
  });
});
