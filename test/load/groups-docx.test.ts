/**
 * A ward's list of groups kept as a table in Word (.docx), as many offices type it (qa15: the
 * studio answered such a file as it answers any other it does not read). Each document here is
 * a real .docx written with the `docx` package as Word lays such a list out: a title over a
 * table; an "STT" column Word numbers itself; a header with merged cells ("Tổ trưởng" over "Họ
 * và tên | Số điện thoại"); a list split into one table a page. The groups read must be the
 * table's rows, each value as typed in the document.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType,
} from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { userError, xlsxBytes } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const ROWS = [
  ['1', 'Tổ dân phố Đông Hải 1', 'Nguyễn Văn Hùng', '0912.345.678', '248'],
  ['2', 'Tổ dân phố Đông Hải 2', 'Trần Thị Thu', '0987 654 321', '130'],
  ['3', 'Tổ dân phố Cát Bi', 'Phạm Đức Thắng', '0225 3 842 111', '96'],
] as const;
const HEADER = ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số điện thoại', 'Số hộ'];

const cell = (text: string, more: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...more });
const row = (cells: readonly string[]) => new TableRow({ children: cells.map((c) => cell(c)) });
const title = new Paragraph('DANH SÁCH TỔ DÂN PHỐ PHƯỜNG HẢI AN');

async function docxFile(name: string, doc: Document): Promise<string> {
  const dir = await makeTempDir('groups-docx-');
  const path = join(dir, name);
  await writeFile(path, await Packer.toBuffer(doc));
  return path;
}

/** A row whose "STT" cell Word numbers itself: the document holds no number there. */
const numberedRow = ([, ...rest]: readonly string[]) =>
  new TableRow({
    children: [
      new TableCell({
        children: [new Paragraph({ text: '', numbering: { reference: 'stt', level: 0 } })],
      }),
      ...rest.map((c) => cell(c)),
    ],
  });

/** A document with Word's numbering "1., 2., …" that numberedRow's cells use. */
const numberedDoc = (children: (Paragraph | Table)[]) =>
  new Document({
    numbering: {
      config: [
        { reference: 'stt', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] },
      ],
    },
    sections: [{ children }],
  });

const plain = (children: (Paragraph | Table)[]) => new Document({ sections: [{ children }] });

/** What the loader read of each group, as the test compares it. */
const read = async (file: string) => {
  const r = await loadGroupsReport(file);
  return {
    groups: r.groups.map((g) => [g.id, g.name, g.leader, g.phone, g.households]),
    warnings: r.warnings.map((w) => w.describe('en')),
  };
};

/** The rows as the loader prints them: the phone typed with dots is grouped (values.ts). */
const EXPECTED = ROWS.map(([id, name, leader, phone, households]) => [
  id,
  name,
  leader,
  phone.replace(/\./g, ' '),
  Number(households),
]);

describe('a groups list as a table in a Word document', () => {
  it('reads the table under a title: every row, every column', async () => {
    const file = await docxFile(
      'ds.docx',
      plain([title, new Table({ rows: [row(HEADER), ...ROWS.map(row)] })]),
    );
    expect(await read(file)).toEqual({ groups: EXPECTED, warnings: [] });
  });

  it('numbers an "STT" column that Word numbers itself, 1, 2, 3… down the column', async () => {
    const doc = numberedDoc([title, new Table({ rows: [row(HEADER), ...ROWS.map(numberedRow)] })]);
    expect(await read(await docxFile('stt.docx', doc))).toEqual({
      groups: EXPECTED,
      warnings: [],
    });
  });

  it('reads a header of two rows with merged cells ("Tổ trưởng" over "Họ và tên | Số điện thoại")', async () => {
    const down = (text: string) =>
      cell(text, { verticalMerge: VerticalMergeType.RESTART, rowSpan: 2 });
    const doc = plain([
      new Table({
        rows: [
          new TableRow({
            children: [
              down('STT'),
              down('Tên tổ dân phố'),
              cell('Tổ trưởng', { columnSpan: 2 }),
              down('Số hộ'),
            ],
          }),
          new TableRow({ children: [cell('Họ và tên'), cell('Số điện thoại')] }),
          ...ROWS.map(row),
        ],
      }),
    ]);
    const r = await read(await docxFile('merged.docx', doc));
    expect(r.groups).toEqual(EXPECTED);
  });

  it('reads a list split into one table a page, each with the header row, as one', async () => {
    const doc = plain([
      title,
      new Table({ rows: [row(HEADER), ...ROWS.slice(0, 2).map(row)] }),
      new Paragraph(''),
      new Table({ rows: [row(HEADER), ...ROWS.slice(2).map(row)] }),
    ]);
    expect((await read(await docxFile('split.docx', doc))).groups).toEqual(EXPECTED);
  });

  it('goes on numbering a split list that Word numbers itself: 3 in the second table, not 1 again', async () => {
    const doc = numberedDoc([
      new Table({ rows: [row(HEADER), ...ROWS.slice(0, 2).map(numberedRow)] }),
      new Paragraph(''),
      new Table({ rows: [row(HEADER), ...ROWS.slice(2).map(numberedRow)] }),
    ]);
    expect(await read(await docxFile('split-stt.docx', doc))).toEqual({
      groups: EXPECTED,
      warnings: [],
    });
  });

  it('reads on into a table with no header row, and one whose header words a column otherwise', async () => {
    const bare = plain([
      new Table({ rows: [row(HEADER), ...ROWS.slice(0, 1).map(row)] }),
      new Paragraph(''),
      new Table({ rows: ROWS.slice(1).map(row) }),
    ]);
    expect(await read(await docxFile('bare.docx', bare))).toEqual({
      groups: EXPECTED,
      warnings: [],
    });
    const reworded = plain([
      new Table({ rows: [row(HEADER), ...ROWS.slice(0, 2).map(row)] }),
      new Paragraph(''),
      new Table({
        rows: [row(['TT', 'Tên tổ', 'Tổ trưởng', 'SĐT', 'Số hộ']), ...ROWS.slice(2).map(row)],
      }),
    ]);
    expect(await read(await docxFile('reworded.docx', reworded))).toEqual({
      groups: EXPECTED,
      warnings: [],
    });
  });

  it('skips the row that numbers the columns under the header, and says so', async () => {
    const doc = plain([
      new Table({ rows: [row(HEADER), row(['1', '2', '3', '4', '5']), ...ROWS.map(row)] }),
    ]);
    const r = await read(await docxFile('col-numbers.docx', doc));
    expect(r.groups).toEqual(EXPECTED);
    expect(r.warnings).toEqual([
      expect.stringMatching(/row 2\b.*numbers the columns \(1, 2, 3…\), not a group/),
    ]);
  });

  it('reads two phones on lines of one cell as two, and says a deputy written under the leader', async () => {
    const lines = (...paras: string[]) =>
      new TableCell({ children: paras.map((p) => new Paragraph(p)) });
    const doc = plain([
      new Table({
        rows: [
          row(HEADER),
          new TableRow({
            children: [
              cell('1'),
              cell('Tổ dân phố Đông Hải 1'),
              lines('Nguyễn Văn Hùng', 'Tổ phó: Lê Văn Cường'),
              lines('0912345678', '0225 3842 111'),
              cell('248'),
            ],
          }),
        ],
      }),
    ]);
    const r = await read(await docxFile('lines.docx', doc));
    expect(r.groups).toEqual([
      [
        '1',
        'Tổ dân phố Đông Hải 1',
        'Nguyễn Văn Hùng Tổ phó: Lê Văn Cường',
        '0912 345 678 - 0225 3842 111',
        248,
      ],
    ]);
    expect(r.warnings).toEqual([
      expect.stringMatching(/row 2, field "Tổ trưởng".*more than a name: "Tổ phó: Lê Văn Cường"/),
    ]);
  });

  it('says so when the document has no table, and refuses an old .doc with how to save it', async () => {
    const none = await docxFile('none.docx', plain([title, new Paragraph('Tổ 1, Tổ 2')]));
    const e = await userError(() => loadGroupsReport(none));
    expect(e.describe('vi')).toContain('văn bản Word không có bảng nào');
    const dir = await makeTempDir('groups-doc-');
    await writeFile(join(dir, 'ds.doc'), 'x');
    const old = await userError(() => loadGroupsReport(join(dir, 'ds.doc')));
    expect(old.describe('vi')).toContain('tệp Word cũ (.doc)');
    expect(old.hintIn('vi')).toContain('Tài liệu Word (*.docx)');
  });

  it('reads a workbook or a CSV named .docx as what it is, and names a PDF or an old .doc so named', async () => {
    const dir = await makeTempDir('groups-docx-misnamed-');
    const at = async (name: string, bytes: Uint8Array | string) => {
      await writeFile(join(dir, name), bytes);
      return join(dir, name);
    };
    const book = await xlsxBytes({ DS: [HEADER, ...ROWS.map((r) => [...r])] });
    expect((await read(await at('book.docx', book))).groups).toEqual(EXPECTED);
    const csv = [HEADER, ...ROWS].map((r) => r.join(';')).join('\n');
    expect((await read(await at('text.docx', csv))).groups).toEqual(EXPECTED);
    const scan = await userError(async () =>
      loadGroupsReport(await at('scan.docx', '%PDF-1.7\n%âãÏÓ\n1 0 obj')),
    );
    expect(scan.describe('vi')).toContain('tài liệu PDF');
    const oldWord = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(64),
      Buffer.from('WordDocument', 'utf16le'),
    ]);
    const old = await userError(async () => loadGroupsReport(await at('cu.docx', oldWord)));
    expect(old.describe('vi')).toContain('tệp Word cũ (.doc) mang đuôi “.docx”');
    expect(old.hintIn('vi')).toContain('Tài liệu Word (*.docx)');
  });

  it("builds a group's flyer from it, named as the Word table names it", async () => {
    const file = await docxFile(
      'ds.docx',
      plain([title, new Table({ rows: [row(HEADER), ...ROWS.map(row)] })]),
    );
    const out = join(await makeTempDir('groups-docx-out-'), 'out');
    const r = await runCliInProcess(
      buildArgs(EXAMPLE_CAMPAIGN, file, out, '--kind=flyer', '--group=2'),
    );
    expect(r.code, r.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, 'to-dan-pho-dong-hai-2', 'flyer.pdf')));
    expect(text).toContain(ROWS[1][1]);
  });
});
