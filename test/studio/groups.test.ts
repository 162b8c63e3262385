/**
 * The groups file in the studio: an .xlsx with one bad row is kept and shown as a table with the
 * problem on that row and its column, in Vietnamese; the corrected file replaces it; .xls and
 * .ods are refused with how to save them as .xlsx; a file that cannot be read is not kept.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxBytes } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, startStudio, type TestStudio } from './studio.js';

const HEADER = ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ'];
const rows = (households2: string | number) => [
  HEADER,
  [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 248],
  [2, 'Tổ dân phố số 2', 'Trần Thị Thu Hằng', households2],
  [3, 'Tổ dân phố số 3', 'Phạm Đức Thắng', 442],
];

/** A cell of class `cls` holding `text`, as the table writes it (its column's name after the class). */
const cell = (cls: string, text: string) =>
  new RegExp(
    `<td class="${cls}" data-label="[^"]*">${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</td>`,
  );

/** The <tr> of a data row (its number in the first cell). */
const rowOf = (page: string, n: number) =>
  new RegExp(`<tr[^>]*><th scope="row"[^>]*>${n}</th>.*?</tr>`, 's').exec(page)?.[0] ?? '';

describe('the groups file in the studio', () => {
  let s: TestStudio;
  let c: Client;
  const slug = 'tiem-chung';
  const groupsPage = `/c/${slug}/groups`;
  beforeAll(async () => {
    s = await startStudio();
    c = new Client(s.url);
    await c.signIn();
    await c.upload('/new', 'docx', '', new Uint8Array(), { name: 'Tiêm chủng', from: '' }, '/new');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('shows a bad row with its problem on that row and column, in Vietnamese', async () => {
    const bytes = await xlsxBytes({ 'Danh sách': rows('nhiều') });
    const res = await c.upload(groupsPage, 'file', 'to-dan-pho.xlsx', bytes, {}, groupsPage);
    expect(res.status).toBe(303);
    expect(
      new Uint8Array(await readFile(join(s.dataDir, 'campaigns', slug, 'groups.xlsx'))),
    ).toEqual(bytes);
    const page = (await c.get(res.headers.get('location') ?? '')).text;
    expect(page).toContain('Đã tải lên');
    expect(page).toContain('2 tổ đọc được');
    const bad = rowOf(page, 3);
    expect(bad).toContain('class="bad"');
    expect(bad).toContain('Trần Thị Thu Hằng');
    expect(bad).toMatch(cell('bad', 'nhiều'));
    expect(bad).toContain('Cột “Số hộ”: “nhiều” không phải là số nguyên');
    expect(rowOf(page, 2)).not.toContain('class="bad"');
    expect(rowOf(page, 4)).not.toContain('class="bad"');
  });

  it('replaces it with the corrected file', async () => {
    const bytes = await xlsxBytes({ 'Danh sách': rows(345) });
    await c.upload(groupsPage, 'file', 'to-dan-pho.xlsx', bytes, {}, groupsPage);
    const page = (await c.get(groupsPage)).text;
    expect(page).toContain('3 tổ đọc được');
    expect(page).not.toContain('class="bad"');
  });

  it('refuses .xls and .ods with how to re-save, and keeps the file it had', async () => {
    for (const [name, hint] of [
      ['to.xls', 'Lưu thành → “Sổ làm việc Excel (*.xlsx)”'],
      ['to.ods', 'Excel 2007-365 (.xlsx)'],
    ] as const) {
      const res = await c.upload(
        groupsPage,
        'file',
        name,
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
        {},
        groupsPage,
      );
      expect(res.status).toBe(400);
      expect(res.text).toContain(hint);
    }
    expect(existsSync(join(s.dataDir, 'campaigns', slug, 'groups.xlsx'))).toBe(true);
  });

  it('does not keep a file it cannot read, and says why', async () => {
    const res = await c.upload(
      groupsPage,
      'file',
      'to.csv',
      new TextEncoder().encode('Họ tên;Tuổi\nAn;30\n'),
      {},
      groupsPage,
    );
    expect(res.status).toBe(422);
    expect(res.text).toContain('Không dùng được tệp này. Dòng 1: dòng tiêu đề không có cột');
    expect(existsSync(join(s.dataDir, 'campaigns', slug, 'groups.csv'))).toBe(false);
    expect((await c.get(groupsPage)).text).toContain('3 tổ đọc được');
  });

  it('takes a list typed as a table in Word (.docx): its rows are the groups, the old file goes (qa15)', async () => {
    const table = new Table({
      rows: rows(345).map(
        (r) =>
          new TableRow({
            children: r.map((v) => new TableCell({ children: [new Paragraph(String(v))] })),
          }),
      ),
    });
    const doc = new Document({
      sections: [{ children: [new Paragraph('DANH SÁCH TỔ DÂN PHỐ'), table] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const res = await c.upload(groupsPage, 'file', 'danh-sach.docx', bytes, {}, groupsPage);
    expect(res.status).toBe(303);
    const folder = join(s.dataDir, 'campaigns', slug);
    // Kept as its table alone, a workbook: the document's other text is not stored.
    expect(existsSync(join(folder, 'groups.docx'))).toBe(false);
    expect(existsSync(join(folder, 'groups.xlsx'))).toBe(true);
    const page = (await c.get(groupsPage)).text;
    expect(page).toContain('3 tổ đọc được');
    for (const [, name, leader] of rows(345).slice(1)) {
      expect(page).toContain(String(name));
      expect(page).toContain(String(leader));
    }
    expect(page).not.toContain('class="bad"');
  });

  it('refuses an old Word file (.doc) with how to save it as .docx', async () => {
    const res = await c.upload(
      groupsPage,
      'file',
      'ds.doc',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
      {},
      groupsPage,
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('Tài liệu Word (*.docx)');
  });

  it('marks a row the build would leave out for a character the fonts lack, as it marks other bad rows', async () => {
    // A name pasted from Zalo with an emoji: it reads, but no font prints it.
    const bytes = await xlsxBytes({
      'Danh sách': [
        HEADER,
        [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 248],
        [2, 'Tổ dân phố số 2 🌴', 'Trần Thị Thu Hằng', 345],
        [3, 'Tổ dân phố số 3', 'Phạm Đức Thắng', 442],
      ],
    });
    const res = await c.upload(groupsPage, 'file', 'to.xlsx', bytes, {}, groupsPage);
    expect(res.status).toBe(303);
    const page = (await c.get(groupsPage)).text;
    expect(page).toContain('2 tổ đọc được, <strong>1 dòng có lỗi</strong>');
    const bad = rowOf(page, 3);
    expect(bad).toMatch(cell('bad', 'Tổ dân phố số 2 🌴'));
    expect(bad).toContain('Cột “Tên tổ dân phố”: Phông chữ không có ký tự');
    expect(bad).toContain('U+1F334');
    expect(page).toContain('<a href="#row-3">Dòng 3</a>, cột “Tên tổ dân phố”');
    expect(rowOf(page, 2)).not.toContain('class="bad"');
  });

  it('of a khu phố ward, says "khu phố" on its groups, preview and build pages', async () => {
    const bytes = await xlsxBytes({
      'Danh sách': [
        ['STT', 'Tên khu phố', 'Trưởng khu phố', 'Số hộ'],
        [1, 'Khu phố 1', 'Nguyễn Hữu Dũng', 262],
        [2, 'Khu phố 2', 'Bùi Thị Loan', 241],
      ],
    });
    await c.upload(groupsPage, 'file', 'khu-pho.xlsx', bytes, {}, groupsPage);
    const wrongWord = /tổ dân phố|tổ trưởng/i;
    const groups = (await c.get(groupsPage)).text;
    expect(groups).toContain('2 khu phố đọc được');
    expect(groups).toContain('<label for="file">Tải lên danh sách khu phố</label>');
    // The file's own headers, as it writes them (qa21 finding 14).
    expect(groups).toContain('có cột “STT” và “Tên khu phố”; có thể thêm “Trưởng khu phố”');
    expect(groups).not.toMatch(wrongWord);
    const preview = (await c.get(`/c/${slug}/preview`)).text;
    expect(preview).toContain('<label for="p-group">Khu phố</label>');
    expect(preview).toContain('<option value="1" selected>Khu phố 1</option>');
    const build = (await c.get(`/c/${slug}/build`)).text;
    expect(build).toContain('<h2>Trang tải về cho trưởng khu phố</h2>');
    expect(build).not.toMatch(wrongWord);
  });
});
