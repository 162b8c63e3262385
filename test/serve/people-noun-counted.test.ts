/**
 * review57b #2: `of: trẻ` (the studio's "Số trẻ đăng ký học bơi | trẻ", test/fixtures/qa57-boi)
 * with a groups file that counts its children in a column "Số trẻ" (Tổ dân phố số 1: 30). The
 * measure was left as a unit, like "kg", and nothing refused it: `check` said "ổn" and the sheet
 * was 10 pages of Tổ 1's 180 households, "ghi số trẻ của từng hộ". That column is the base now:
 * the sheet served over real HTTP is the list of Tổ 1's 30 children, rated against them.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../support/pdf-text.js';
import { servedFixture, tokenOf } from './server.js';

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
const served = servedFixture(dir);

it('rates the children against the list’s “Số trẻ” and lists them, not the households', async () => {
  const { url } = await served();
  const res = await fetch(`${url}/g/${tokenOf('1')}/tracker.pdf`);
  expect(res.status).toBe(200);
  const pdf = new Uint8Array(await res.arrayBuffer());
  const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
  expect(text).toContain('DANH SÁCH TRẺ');
  expect(text).not.toContain('của từng hộ');
  // Tổ 1's 30 children, as the groups file's "Số trẻ" gives them.
  expect(text).toMatch(/Số trẻ đăng ký học bơi: …+ trẻ \/ 30 trẻ/u);
  // 30 rows, not 180 households (10 pages).
  expect((await pdfInfo(pdf)).pages).toBeLessThanOrEqual(3);
});
