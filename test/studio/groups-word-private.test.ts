/**
 * A groups list typed as a table in Word (.docx) keeps only that table in the studio. A xã's
 * document often holds more than the list: the letter's text naming people, a second table of
 * households with their names and phones. The document went whole into the campaign folder's
 * ZIP and a copied campaign; now the list table is stored as groups.xlsx, the groups page says
 * so, and an older campaign's stored document goes into the ZIP and a copy as its table alone.
 * The xã An Thắng's thôn (qa22 thon.csv) are the list.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PCCC_CAMPAIGN, PCCC_GROUPS } from '../support/qa22-pccc.js';
import { removeTempDirs } from '../support/tmp.js';
import { copyOf, folderZip, sendFile } from './campaign-files.js';
import { Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

/** The households table and the letter's text: personal data the list does not need. */
const HOUSEHOLDS = [
  ['STT', 'Họ tên chủ hộ', 'Điện thoại', 'Thôn'],
  ['1', 'Đỗ Thị Mận', '0966 123 987', 'Thôn Câu Hạ'],
  ['2', 'Hoàng Văn Sửu', '0977 456 321', 'Thôn Câu Thượng'],
];
const LETTER = 'Kính gửi bà Đinh Thị Thoa (0913 246 810), cán bộ phụ trách.';

let groupRows: string[][];
let word: Uint8Array;
beforeAll(async () => {
  groupRows = (await readFile(PCCC_GROUPS, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => l.split(';'));
  const table = (rows: string[][]) =>
    new Table({
      rows: rows.map(
        (r) =>
          new TableRow({ children: r.map((v) => new TableCell({ children: [new Paragraph(v)] })) }),
      ),
    });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('DANH SÁCH THÔN'),
          new Paragraph(LETTER),
          table(groupRows),
          new Paragraph('Danh sách hộ cần hỗ trợ'),
          table(HOUSEHOLDS),
        ],
      },
    ],
  });
  word = new Uint8Array(await Packer.toBuffer(doc));
});
afterAll(removeTempDirs);

const personal = [LETTER, ...HOUSEHOLDS.slice(1).flatMap((r) => [r[1] ?? '', r[2] ?? ''])];

/** Every text of a ZIP-packed file (a workbook, a document) or of plain bytes. */
function textOf(bytes: Uint8Array): string {
  try {
    return Object.values(unzipSync(bytes))
      .map((b) => new TextDecoder().decode(b))
      .join('\n');
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Every file's text under a campaign folder. */
async function folderText(dir: string): Promise<string> {
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = all.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map(async (f) => textOf(await readFile(f))))).join('\n');
}

describe('a Word groups list uploaded in the studio', () => {
  const slug = 'pccc';
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign(slug, [PCCC_CAMPAIGN]));
    const up = await sendFile(c, `/c/${slug}/groups`, 'danh-sach-thon.docx', word);
    expect(up.status).toBe(303);
  });
  afterAll(() => s?.close());

  it('is stored as its list table alone, and the groups page says so', async () => {
    const folder = join(s.dataDir, 'campaigns', slug);
    expect(existsSync(join(folder, 'groups.docx'))).toBe(false);
    expect(existsSync(join(folder, 'groups.xlsx'))).toBe(true);
    const page = plainText((await c.get(`/c/${slug}/groups?uploaded=1`)).text);
    expect(page).toContain('Tệp hiện dùng: danh-sach-thon.docx');
    expect(page).toContain(
      'Tệp tải lên là tệp Word: phần mềm chỉ lưu bảng danh sách thôn (dưới dạng tệp Excel). Phần chữ và các bảng khác trong tệp Word (có thể có họ tên, địa chỉ, số điện thoại của người dân) không được lưu trên phần mềm: không có trong tệp ZIP của thư mục chiến dịch, bản sao chiến dịch hay trang của trưởng thôn. Tệp gốc trên máy của bạn vẫn giữ nguyên.',
    );
    // The list is the document's: every thôn and its leader on the page, ids as typed.
    for (const [id, name, leader] of groupRows.slice(1)) {
      expect(page).toContain(name);
      expect(page).toContain(leader);
      expect(page).toContain(id);
    }
    const stored = textOf(await readFile(join(folder, 'groups.xlsx')));
    for (const t of personal) expect(stored).not.toContain(t);
  });

  it('goes into the ZIP and a copy without the letter or the households', async () => {
    const entries = await folderZip(c, slug);
    expect(Object.keys(entries)).toContain(`${slug}/groups.xlsx`);
    const zipped = Object.values(entries).map(textOf).join('\n');
    expect(zipped).toContain(groupRows[1]?.[1]);
    for (const t of personal) expect(zipped).not.toContain(t);
    const copy = await copyOf(s, c, slug, 'Bản sao PCCC');
    const copied = await folderText(join(s.dataDir, 'campaigns', copy));
    expect(copied).toContain(groupRows[1]?.[1]);
    for (const t of personal) expect(copied).not.toContain(t);
  });
});

describe('a Word groups list an older studio stored whole', () => {
  const slug = 'pccc-cu';
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign(slug, [PCCC_CAMPAIGN]));
    await writeFile(join(s.dataDir, 'campaigns', slug, 'groups.docx'), word);
  });
  afterAll(() => s?.close());

  it('goes into the ZIP as its table (groups.xlsx), and a copy keeps the table alone', async () => {
    const entries = await folderZip(c, slug);
    expect(Object.keys(entries)).toContain(`${slug}/groups.xlsx`);
    expect(Object.keys(entries)).not.toContain(`${slug}/groups.docx`);
    const zipped = Object.values(entries).map(textOf).join('\n');
    expect(zipped).toContain(groupRows[1]?.[1]);
    for (const t of personal) expect(zipped).not.toContain(t);
    const copy = await copyOf(s, c, slug, 'Bản sao PCCC cũ');
    const folder = join(s.dataDir, 'campaigns', copy);
    expect(existsSync(join(folder, 'groups.docx'))).toBe(false);
    const copied = await folderText(folder);
    expect(copied).toContain(groupRows[1]?.[1]);
    for (const t of personal) expect(copied).not.toContain(t);
  });

  it("serves the leaders' pages from a copy holding the table alone, not the document", async () => {
    expect((await c.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`)).status).toBe(303);
    const leaders = (await c.get(`/c/${slug}/leaders`)).text;
    const link = /class="leader-url" value="([^"]+)"/.exec(leaders)?.[1] ?? '';
    const own = await new Client(s.url).get(new URL(link).pathname);
    expect(own.status).toBe(200);
    expect(plainText(own.text)).toContain(groupRows[1]?.[1]);
    const dir = join(s.dataDir, 'published', `${slug}.served`);
    const files = (await readdir(dir, { recursive: true })).map(String);
    expect(files.some((f) => f.endsWith('.docx'))).toBe(false);
    const served = await folderText(dir);
    expect(served).toContain(groupRows[1]?.[1]);
    for (const t of personal) expect(served).not.toContain(t);
  });
});

describe('a Word list with a header of merged cells, split into one table a page', () => {
  const slug = 'pccc-gop';
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign(slug, [PCCC_CAMPAIGN]));
  });
  afterAll(() => s?.close());

  it('is kept as its table and reads as the same list', async () => {
    const cell = (text: string, more: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
      new TableCell({ children: [new Paragraph(text)], ...more });
    const down = (text: string) =>
      cell(text, { verticalMerge: VerticalMergeType.RESTART, rowSpan: 2 });
    const head = [
      new TableRow({
        children: [
          down('Mã'),
          down('Tên thôn'),
          cell('Trưởng thôn', { columnSpan: 2 }),
          down('Số hộ'),
          down('Lịch hướng dẫn'),
        ],
      }),
      new TableRow({ children: [cell('Họ và tên'), cell('Điện thoại')] }),
    ];
    const body = groupRows.slice(1).map((r) => new TableRow({ children: r.map((v) => cell(v)) }));
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({ rows: [...head, ...body.slice(0, 2)] }),
            new Paragraph(''),
            new Table({ rows: [...head, ...body.slice(2)] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const up = await sendFile(c, `/c/${slug}/groups`, 'gop.docx', bytes);
    expect(up.status, plainText(up.text)).toBe(303);
    expect(existsSync(join(s.dataDir, 'campaigns', slug, 'groups.xlsx'))).toBe(true);
    const page = plainText((await c.get(`/c/${slug}/groups`)).text);
    expect(page).toContain(`${groupRows.length - 1} thôn đọc được`);
    for (const [, name, leader, phone] of groupRows.slice(1)) {
      expect(page).toContain(name);
      expect(page).toContain(leader);
      expect(page).toContain(phone);
    }
  });
});
