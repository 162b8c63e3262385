/**
 * qa57 M3: the summer swimming class as the studio writes it (test/fixtures/qa57-boi: "Số trẻ đăng
 * ký học bơi | trẻ", `of: trẻ`; Tổ dân phố số 1 has 180 households and 620 residents). "trẻ" was
 * read as a unit, like "kg": the leader's page said "In 180 bản (mỗi hộ một bản)" and the sheet
 * was 10 pages of households, "ghi số trẻ của từng hộ". A people noun after `of:` is the list's
 * people now, and children are listed by name: the leader's page and the sheet it serves (PDF
 * text), over real HTTP. And review57b #2: with a groups file that counts its children in a column
 * "Số trẻ" (Tổ dân phố số 1: 30), `of: trẻ` was left as a unit and nothing refused it (`check`
 * said "ổn", the sheet was 10 pages of households again); that column is the base now, and so is
 * the fixture's own "Số trẻ từ 6 đến 15 tuổi" (h-left15a: a column "Số <noun> …" is the base).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../support/pdf-text.js';
import { pageText } from './leader-page.js';
import { servedFixture, tokenOf } from './server.js';

const served = servedFixture(fileURLToPath(new URL('../fixtures/qa57-boi/', import.meta.url)));

/** Tổ 1's tracking sheet as served: its bytes and its text on one line. */
async function trackerOf(server: typeof served) {
  const { url } = await server();
  const res = await fetch(`${url}/g/${tokenOf('1')}/tracker.pdf`);
  expect(res.status).toBe(200);
  const pdf = new Uint8Array(await res.arrayBuffer());
  return { pdf, text: (await pdfText(pdf)).replace(/\s+/g, ' ') };
}

describe('“| trẻ”: the children, by name', () => {
  it('the leader’s page asks for the children’s list, not a copy per household', async () => {
    const { url } = await served();
    const text = pageText(await (await fetch(`${url}/g/${tokenOf('1')}/`)).text());
    expect(text).toContain('In danh sách trẻ: ghi mỗi trẻ một dòng');
    expect(text).not.toContain('mỗi hộ một bản');
    // Nor a copy for each of the 620 residents.
    expect(text).not.toContain('620 bản');
  });

  it('the sheet is the children’s list, of the sheet’s own rows', async () => {
    const { pdf, text } = await trackerOf(served);
    expect(text).toContain('DANH SÁCH TRẺ');
    expect(text).toContain('Họ và tên trẻ');
    expect(text).not.toContain('của từng hộ');
    // The list's "Số trẻ từ 6 đến 15 tuổi" is the base (h-left15a: one rule for "Số <noun> …"):
    // Tổ 1's 74 children, a row each (5 pages), neither a row per household (180, 10 pages)
    // nor one per resident (620).
    expect(text).toMatch(/Số trẻ đăng ký học bơi: …+ trẻ \/ 74 trẻ từ 6 đến 15 tuổi/u);
    expect((await pdfInfo(pdf)).pages).toBeLessThanOrEqual(5);
  });
});

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa57-boi/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'phuong-print-counted-'));
copyFileSync(fixture('campaign.yaml'), join(dir, 'campaign.yaml'));
const children = ['30', '25', '20', '15'];
writeFileSync(
  join(dir, 'groups.csv'),
  readFileSync(fixture('groups.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line, i) => `${line},${i === 0 ? 'Số trẻ' : children[i - 1]}`)
    .join('\n'),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const servedCounted = servedFixture(dir);

describe('“| trẻ” with the list’s “Số trẻ” column', () => {
  it('rates the children against it and lists them, not the households', async () => {
    const { pdf, text } = await trackerOf(servedCounted);
    expect(text).toContain('DANH SÁCH TRẺ');
    expect(text).not.toContain('của từng hộ');
    // Tổ 1's 30 children, as the groups file's "Số trẻ" gives them.
    expect(text).toMatch(/Số trẻ đăng ký học bơi: …+ trẻ \/ 30 trẻ/u);
    // 30 rows, not 180 households (10 pages).
    expect((await pdfInfo(pdf)).pages).toBeLessThanOrEqual(3);
  });
});
