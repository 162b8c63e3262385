/**
 * A residents list keeps only the columns the tool prints (qa46 F1, Decree 13's minimisation):
 * the ward's list with "Số CCCD", "Ngày sinh" and "Số điện thoại" uploaded on the residents page
 * is previewed with the columns that will not be kept, and once saved no file of the data folder
 * (the campaign's list, the leaders' copies) holds an ID card number or a phone of it; the page
 * says which columns were not kept, and the tracking sheet still prints the names, addresses and
 * each person's date of birth (a persons list's birth is printed, so kept: qa59 M1's one rule).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveRoster } from './office-steps.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const LIST = join(import.meta.dirname, '..', 'fixtures', 'qa46', 'roster-ward.csv');

/** The list's rows by header, as the office's file has them. */
async function listRows() {
  const [head, ...lines] = (await readFile(LIST, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const headers = (head ?? '').split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [headers[i], v])));
}

/** A page's text as read, a comma after a bold header not set apart. */
const said = (page: string) => plainText(page).replace(/ ,/g, ',');

/** Every file's bytes under `dir`, as text (a workbook's sheet is zipped: unzip it first). */
async function everyFile(dir: string): Promise<{ path: string; text: string }[]> {
  const { unzipSync } = await import('fflate');
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = all.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (path) => {
      const bytes = new Uint8Array(await readFile(path));
      let text = Buffer.from(bytes).toString('latin1');
      if (path.endsWith('.xlsx') || path.endsWith('.zip'))
        text += Object.values(unzipSync(bytes))
          .map((b) => Buffer.from(b).toString('utf8'))
          .join('\n');
      return { path, text };
    }),
  );
}

describe('a residents list with columns the tool never prints', () => {
  let s: TestStudio;
  let c: Client;
  let rows: Awaited<ReturnType<typeof listRows>>;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample());
    rows = await listRows();
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is saved without them, and the page names the columns not kept', async () => {
    const { preview, saved } = await saveRoster(
      c,
      'hai-phong',
      'DS CCCD nguoi dan.csv',
      await readFile(LIST),
    );
    expect(said(preview.text)).toContain(
      'các cột “Số CCCD”, “Số điện thoại” không được lưu, vì không in ở đâu',
    );
    const page = said((await c.get(saved.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu danh sách hộ, người dân');
    expect(page).toContain('các cột “Số CCCD”, “Số điện thoại” không được lưu');
    // The list in use still reads: the rows of tổ 5 and 6.
    expect(page).toContain(`${rows.length} người của 2 tổ đọc được`);

    // Open the leaders' pages: their served copy is made from the stored list.
    const open = await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(open.status).toBeLessThan(400);
    const files = await everyFile(s.dataDir);
    for (const row of rows)
      for (const header of ['Số CCCD', 'Số điện thoại']) {
        const value = row[header] ?? '';
        expect(value).not.toBe('');
        expect(files.filter((f) => f.text.includes(value)).map((f) => f.path)).toEqual([]);
      }
  });

  it("still prints the residents' names, addresses and births on the group's tracking sheet", async () => {
    const pdf = await c.get('/c/hai-phong/preview/file?group=5&kind=tracker.pdf');
    expect(pdf.status).toBe(200);
    const text = (await pdfPageTexts(pdf.bytes)).join('\n').replace(/\s+/g, ' ');
    for (const row of rows.filter((r) => r.Tổ === '5')) {
      expect(text).toContain(row['Họ và tên']);
      expect(text).toContain(row['Địa chỉ']);
      expect(text).toContain(row['Ngày sinh']);
    }
  });
});
