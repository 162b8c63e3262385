/**
 * qa57 p1: the Quỹ phòng chống thiên tai counts households against the list's "Số hộ phải nộp"
 * (test/fixtures/qa57-pctt, QA's s2 inputs: Tổ dân phố số 1, 12 of its 14 households due). The
 * column's words were said as a noun: "In 12 bản (mỗi hộ phải nộp một bản)" reads "each
 * household must hand in one copy", and so "mỗi hộ phải nộp một dòng" and the tracking sheet's
 * "khi hộ phải nộp đã làm xong việc đó". They are "hộ thuộc diện phải nộp" now: the leader's
 * page over real HTTP, and the sheet's PDF text as served.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { pageText } from './leader-page.js';
import { servedFixture, tokenOf } from './server.js';

const served = servedFixture(fileURLToPath(new URL('../fixtures/qa57-pctt/', import.meta.url)));

describe('a due column’s households said as a noun', () => {
  it('the leader’s page: a copy for each household due, a row for each', async () => {
    const { url } = await served();
    const html = await (await fetch(`${url}/g/${tokenOf('1')}/`)).text();
    const text = pageText(html);
    // 12: Tổ dân phố số 1's "Số hộ phải nộp" in groups.csv.
    expect(text).toContain('In 12 bản (mỗi hộ thuộc diện phải nộp một bản)');
    // Its one action is the payer's signature (campaign.yaml's "Người nộp ký tên"): the page says
    // what the sheet asks, no "x" to tick.
    expect(text).toContain(
      'mỗi hộ thuộc diện phải nộp một dòng, mỗi dòng một chữ ký ở cột “Người nộp ký tên”.',
    );
    expect(text).not.toMatch(/mỗi hộ phải nộp|khi hộ phải nộp/);
    // The sheet's card says the same: a signature a row, no "x".
    expect(text).toContain('Mỗi hộ một dòng, mỗi dòng một chữ ký, khổ A4 ngang');
    expect(text).not.toContain('đánh dấu “x” khi đã làm xong');
  });

  it('the tracking sheet’s instruction', async () => {
    const { url } = await served();
    const res = await fetch(`${url}/g/${tokenOf('1')}/tracker.pdf`);
    expect(res.status).toBe(200);
    const text = (await pdfText(new Uint8Array(await res.arrayBuffer()))).replace(/\s+/g, ' ');
    // The sheet's rate line names its base as the groups file's column does; no household is
    // said as "hộ phải nộp" where a noun is meant.
    expect(text).toContain('/ 12 hộ phải nộp');
    expect(text).toContain('Cột “Người nộp ký tên”: người nộp ký tên, mỗi dòng một chữ ký.');
    expect(text).not.toMatch(/khi hộ phải nộp|mỗi hộ phải nộp/);
  });
});
