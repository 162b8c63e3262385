/**
 * qa58 M6: a consultation (test/fixtures/qa58-hoi-nghi, the QA's s1/campaign.yaml: each tổ holds
 * one hội nghị, "lập biên bản ghi rõ số người dự và số ý kiến góp ý"; measures "Số người dự hội
 * nghị | người" and "Số ý kiến góp ý | lượt", no actions). Each tổ got a 10-page household sheet,
 * "ghi số lượt của từng hộ", with no column for the attendance, and the leader's page described
 * another sheet ("ghi vào ô số người trong hộ đã làm xong từng việc"). A meeting's figures are the
 * tổ's: the sheet is the list those present sign, the counts on its foot lines, and the leader's
 * page says so. Served over real HTTP, the PDF read as text.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../support/pdf-text.js';
import { pageText } from './leader-page.js';
import { servedFixture, tokenOf } from './server.js';

const served = servedFixture(fileURLToPath(new URL('../fixtures/qa58-hoi-nghi/', import.meta.url)));

describe('a meeting’s figures (qa58 M6)', () => {
  it('the sheet is the list of those present, signed, the meeting’s counts at its foot', async () => {
    const { url } = await served();
    const res = await fetch(`${url}/g/${tokenOf('1')}/tracker.pdf`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('DANH SÁCH NGƯỜI DỰ HỘI NGHỊ');
    expect(text).toMatch(/STT Họ và tên Địa chỉ Ký tên /u);
    expect(text).toContain('Cột “Ký tên”: người dự ký tên, mỗi dòng một chữ ký.');
    // The notice's two figures, each the tổ's: Tổ 1 has 780 residents (groups.csv).
    expect(text).toMatch(/Số người dự hội nghị: …+ người \/ 780 nhân khẩu/u);
    expect(text).toMatch(/Số ý kiến góp ý: …+ lượt/u);
    expect(text).not.toContain('Họ và tên chủ hộ');
    expect(text).not.toContain('của từng hộ');
    // Not a row for each of its 210 households (10 pages).
    expect((await pdfInfo(pdf)).pages).toBeLessThanOrEqual(2);
  });

  it('the leader’s page describes that list', async () => {
    const { url } = await served();
    const text = pageText(await (await fetch(`${url}/g/${tokenOf('1')}/`)).text());
    expect(text).toContain(
      'In danh sách người dự hội nghị: mỗi người dự ghi một dòng (họ và tên, địa chỉ) và ký tên ở cột “Ký tên”.',
    );
    expect(text).toContain(
      'Danh sách người dự hội nghị Mỗi người dự một dòng (họ tên, địa chỉ), mỗi dòng một chữ ký',
    );
    expect(text).not.toContain('Mỗi hộ một dòng');
    expect(text).not.toContain('mỗi hộ một dòng');
  });
});
