/**
 * The body as an office types or pastes it (qa6 H16, H15): Enter starts a paragraph, as in Word
 * and Zalo; lines of Tab-separated cells copied from a Word or Excel table are a table. Parsed
 * blocks, the line a problem is named at, and the notice a build prints (pdftotext).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/load/normalize.js';
import { type Block, linksOf, plainText } from '../../src/template/blocks.js';
import { parseMarkdown } from '../../src/template/markdown.js';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const shape = (blocks: Block[]): string[] =>
  blocks.map((b) => {
    if (b.type === 'item') return `item ${b.marker} ${plainText(b.runs)}`;
    if (b.type === 'paragraph') return `p ${plainText(b.runs)}`;
    if (b.type === 'heading') return `h${b.depth} ${plainText(b.runs)}`;
    if (b.type === 'quote') return 'quote';
    return `table ${b.head.map(plainText).join(' / ')} | ${b.rows.map((r) => r.map(plainText).join(' / ')).join(' | ')}`;
  });

describe('lines typed one under another', () => {
  it('are a paragraph each', () => {
    const { blocks } = parseMarkdown('Thứ nhất.\nThứ hai.\n\nThứ ba.\nThứ tư.');
    expect(shape(blocks)).toEqual(['p Thứ nhất.', 'p Thứ hai.', 'p Thứ ba.', 'p Thứ tư.']);
  });

  it('end a list item: the next plain line is a paragraph of its own', () => {
    const { blocks } = parseMarkdown('- Một;\n- Hai.\nĐề nghị các tổ thực hiện.');
    expect(shape(blocks)).toEqual(['item - Một;', 'item - Hai.', 'p Đề nghị các tổ thực hiện.']);
  });

  it('end a list item when the next line is a hashtag, not a heading (qa7 L3)', () => {
    const { blocks } = parseMarkdown('+ Sổ hộ khẩu cũ không cần mang;\n#DeAn06 #ChuyenDoiSo');
    expect(shape(blocks)).toEqual([
      'item + Sổ hộ khẩu cũ không cần mang;',
      'p #DeAn06 #ChuyenDoiSo',
    ]);
  });

  it('keep a line ending in a hard break, an indented line and a table together', () => {
    const { blocks } = parseMarkdown(
      [
        'Dòng một  ',
        'dòng hai',
        '- Mục',
        '  tiếp mục',
        '',
        '| A | B |',
        '|---|---|',
        '| 1 | 2 |',
      ].join('\n'),
    );
    expect(shape(blocks)).toEqual([
      'p Dòng một\ndòng hai',
      'item - Mục tiếp mục',
      'table A / B | 1 / 2',
    ]);
  });
});

describe('a paragraph set in as Word and the studio’s box give it (qa15 S1, S2)', () => {
  it('is a paragraph of its own under another, its Tab or spaces not printed', () => {
    for (const indent of ['\t', '  ', '\t\t']) {
      const { blocks } = parseMarkdown(
        `Đoạn mở đầu bình thường.\n${indent}Đoạn này thụt đầu dòng.\nĐoạn cuối.`,
      );
      expect(shape(blocks), JSON.stringify(indent)).toEqual([
        'p Đoạn mở đầu bình thường.',
        'p Đoạn này thụt đầu dòng.',
        'p Đoạn cuối.',
      ]);
    }
  });

  it('as the campaign file gives it (normalised): a paragraph as any, not one set in', () => {
    const typed = normalizeText('Đoạn đầu.\n\tĐoạn thụt bằng Tab trong Word.', true);
    const { blocks } = parseMarkdown(typed);
    expect(shape(blocks)).toEqual(['p Đoạn đầu.', 'p Đoạn thụt bằng Tab trong Word.']);
    expect(blocks.map((b) => (b.type === 'paragraph' ? (b.level ?? 0) : -1))).toEqual([0, 0]);
    // A list's item set in under another by a Tab is still the item's child.
    const nested = parseMarkdown(normalizeText('- Mục\n\t- Mục con\n- Mục hai', true)).blocks;
    expect(nested.map((b) => (b.type === 'item' ? b.depth : -1))).toEqual([0, 1, 0]);
  });

  it('two in a row are two paragraphs, not a table of one column', () => {
    const { blocks } = parseMarkdown('\tĐoạn một.\n\tĐoạn hai.\n\tĐoạn ba.');
    expect(shape(blocks)).toEqual(['p Đoạn một.', 'p Đoạn hai.', 'p Đoạn ba.']);
  });

  it('set in by four spaces under a paragraph: its own paragraph, set in', () => {
    const { blocks } = parseMarkdown('Đoạn đầu.\n    Đoạn lùi vào.');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    const [, setIn] = blocks;
    expect(setIn?.type === 'paragraph' && plainText(setIn.runs)).toBe('Đoạn lùi vào.');
    expect(setIn?.type === 'paragraph' && (setIn.level ?? 0) > 0).toBe(true);
  });

  it('a label set in by a Tab before a pasted table is a line of text, the table keeps its header', () => {
    const { blocks } = parseMarkdown(
      [
        'Lịch hỗ trợ:',
        '\tGhi chú:\tMang theo thẻ Căn cước bản gốc.',
        'Thời gian\tĐịa điểm',
        'Sáng 13/12\tNhà văn hóa',
      ].join('\n'),
    );
    expect(shape(blocks)).toEqual([
      'p Lịch hỗ trợ:',
      'p Ghi chú: Mang theo thẻ Căn cước bản gốc.',
      'table Thời gian / Địa điểm | Sáng 13/12 / Nhà văn hóa',
    ]);
  });

  it('under a list item, still continues the item', () => {
    const { blocks } = parseMarkdown('- Mục một\n  tiếp mục một\nĐoạn sau.\n\tĐoạn thụt.');
    expect(shape(blocks)).toEqual(['item - Mục một tiếp mục một', 'p Đoạn sau.', 'p Đoạn thụt.']);
  });
});

describe('lines pasted from a table (cells between Tabs)', () => {
  const pasted = [
    '**LỊCH TẬP HUẤN**',
    'Buổi\tNội dung\tThời gian',
    '1\tKỹ năng thoát nạn khi có cháy\t7h30 - 9h30',
    '2\tSử dụng bình chữa cháy xách tay\t9h45 - 11h00',
    'Đề nghị các thôn cử người tham dự.',
  ].join('\n');

  it('are a table under the heading, its first line the header', () => {
    const { blocks, problems } = parseMarkdown(pasted);
    expect(problems).toEqual([]);
    expect(shape(blocks)).toEqual([
      'p LỊCH TẬP HUẤN',
      'table Buổi / Nội dung / Thời gian | 1 / Kỹ năng thoát nạn khi có cháy / 7h30 - 9h30 | 2 / Sử dụng bình chữa cháy xách tay / 9h45 - 11h00',
      'p Đề nghị các thôn cử người tham dự.',
    ]);
  });

  it('are not a list item’s marker and its text ("1.⇥Đối tượng")', () => {
    const { blocks } = parseMarkdown('1.\tĐối tượng\n2.\tNội dung');
    expect(shape(blocks).every((b) => !b.startsWith('table'))).toBe(true);
  });

  it('keep a problem at the line the office typed', () => {
    const { problems } = parseMarkdown('Một.\nHai.\nBa.\n![ảnh](a.png)');
    expect(problems.map((p) => p.line)).toEqual([4]);
  });
});

describe('lines with Tabs that are no table (review 2026-12-02)', () => {
  it('labels aligned by a Tab stay lines of text', () => {
    const { blocks } = parseMarkdown('Thời gian:\t7 giờ 30, ngày 14/12\nĐịa điểm:\tNhà văn hóa');
    expect(shape(blocks)).toEqual(['p Thời gian: 7 giờ 30, ngày 14/12', 'p Địa điểm: Nhà văn hóa']);
  });

  it('a Word list whose items hold a Tab stop stays a list', () => {
    const { blocks } = parseMarkdown('–\tTập huấn\tTháng 3\n–\tKiểm tra\tTháng 4');
    expect(shape(blocks).some((b) => b.startsWith('table'))).toBe(false);
  });

  it('a row whose first cell was merged into the one above stays in its table', () => {
    const typed = normalizeText('Buổi\tNội dung\tGiờ\n1\tLý thuyết\t7h30\n\tThực hành\t9h30', true);
    const { blocks } = parseMarkdown(typed);
    expect(shape(blocks)).toEqual([
      'table Buổi / Nội dung / Giờ | 1 / Lý thuyết / 7h30 |  / Thực hành / 9h30',
    ]);
  });

  it('a row with fewer cells is filled out, not dropped from the table', () => {
    const { blocks } = parseMarkdown('A\tB\tC\n1\t2\n3\t4\t5');
    expect(shape(blocks)).toEqual(['table A / B / C | 1 / 2 /  | 3 / 4 / 5']);
  });
});

describe('a link whose address holds an empty value', () => {
  it('keeps no mark of the tool’s in its address', () => {
    const { blocks } = parseMarkdown('[trang](https://a.vn/x_\uFDD2)');
    for (const link of linksOf(blocks)) expect(link).not.toContain('\uFDD2');
  });
});

describe('a notice whose body was typed one paragraph a line, with a pasted table', () => {
  it('prints each line as its own paragraph and the table’s cells apart from its heading', async () => {
    const body = [
      'Thứ nhất.',
      'Thứ hai.',
      // Set in by Word's Tab (qa15 S1): its own paragraph too, the Tab not printed.
      '\tThứ ba, thụt đầu dòng.',
      '**LỊCH TẬP HUẤN**',
      'Buổi\tNội dung',
      '1\tKỹ năng thoát nạn',
    ]
      .join('\\n')
      .replace(/\t/g, '\\t');
    const campaign = NOTICE_ONLY.replace(
      'body: Đề nghị các khu phố triển khai.',
      `body: "${body}"`,
    );
    const built = await buildCampaignText(
      campaign,
      'STT,Tên tổ dân phố\n1,Tổ dân phố số 1\n',
      'notice',
    );
    expect(built.code, built.stderr).toBe(0);
    const text = await pdfText(
      await readFile(join(built.dir, 'out', 'to-dan-pho-so-1', 'notice.pdf')),
    );
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Thứ nhất.');
    expect(lines).toContain('Thứ hai.');
    expect(lines).toContain('Thứ ba, thụt đầu dòng.');
    expect(lines).toContain('LỊCH TẬP HUẤN');
    expect(lines.some((l) => l.includes('Buổi') && l.includes('LỊCH'))).toBe(false);
    // Cells of a ruled table stand apart on the page; a paragraph would read "Buổi Nội dung".
    const layout = await pdfText(
      await readFile(join(built.dir, 'out', 'to-dan-pho-so-1', 'notice.pdf')),
      { layout: true },
    );
    expect(layout).toMatch(/Buổi {2,}Nội dung/);
    expect(layout).toMatch(/1 {2,}Kỹ năng thoát nạn/);
  });
});

/**
 * qa11 Q18: Excel copies a cell holding a line break (Alt+Enter) in double quotes, its own quotes
 * doubled: one row spans two typed lines. Read line by line, the timetable printed scrambled.
 */
describe('a table pasted from Excel with a two-line cell (qa11 Q18)', () => {
  const pasted = [
    'Lịch học:',
    'Buổi\tThời gian\tNội dung',
    '1\t"Sáng: 8h00',
    'Chiều: 14h00"\tLàm quen điện thoại',
    '2\t"Sáng: 8h00',
    'Chiều: 14h00"\tVNeID mức 2',
    'Đề nghị các khu phố thông báo.',
  ];

  it('reads the quoted cell as one cell holding its two lines', () => {
    const { blocks, problems } = parseMarkdown(pasted.join('\n'));
    expect(problems).toEqual([]);
    expect(shape(blocks)).toEqual([
      'p Lịch học:',
      'table Buổi / Thời gian / Nội dung | 1 / Sáng: 8h00\nChiều: 14h00 / Làm quen điện thoại | 2 / Sáng: 8h00\nChiều: 14h00 / VNeID mức 2',
      'p Đề nghị các khu phố thông báo.',
    ]);
  });

  it('reads Excel’s doubled quotes as one quote, a first cell in quotes too', () => {
    const { blocks, problems } = parseMarkdown(
      ['Ca\tNgười trực', '"Sáng', 'Chiều"\t"Ông ""Ba""', 'Tổ trưởng"'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(shape(blocks)).toEqual(['table Ca / Người trực | Sáng\nChiều / Ông "Ba"\nTổ trưởng']);
  });

  it('keeps the quotes an office typed around a one-line cell', () => {
    const { blocks } = parseMarkdown(
      'Hoạt động\tNgày\n"Ngày hội" đọc sách\t12/3\n"Ngày hội"\t13/3',
    );
    expect(shape(blocks)).toEqual([
      'table Hoạt động / Ngày | "Ngày hội" đọc sách / 12/3 | "Ngày hội" / 13/3',
    ]);
  });

  it('names the line of a quoted cell that never closes, rather than print it scrambled', () => {
    const { problems } = parseMarkdown(
      ['Buổi\tThời gian\tNội dung', '1\t"Sáng: 8h00\tLàm quen', '2\t8h00\tVNeID'].join('\n'),
    );
    expect(problems.map((p) => p.line)).toEqual([2]);
  });

  it('prints the two lines in their cell of the notice, no quote, no warning', async () => {
    const body = pasted.join('\\n').replace(/\t/g, '\\t').replace(/"/g, '\\"');
    // A Nơi nhận that ends with the văn thư's copy, as Decree 30 writes it (qa42 F12): no warning.
    const campaign = NOTICE_ONLY.replace(
      'body: Đề nghị các khu phố triển khai.',
      `body: "${body}"`,
    ).replace('cc: [Như trên;]', 'cc: [Như trên;, "Lưu: VT, VHXH."]');
    const built = await buildCampaignText(
      campaign,
      'STT,Tên tổ dân phố\n1,Tổ dân phố số 1\n',
      'notice',
    );
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toMatch(/cảnh báo/i);
    const layout = await pdfText(
      await readFile(join(built.dir, 'out', 'to-dan-pho-so-1', 'notice.pdf')),
      { layout: true },
    );
    const lines = layout.split('\n');
    // Row 1: the number and the subject, the cell's two lines in their column above and below
    // them (the row's cells are centred on its height), as row 2.
    for (const [no, subject] of [
      ['1', 'Làm quen điện thoại'],
      ['2', 'VNeID mức 2'],
    ] as const) {
      const row = lines.findIndex((l) => new RegExp(`^\\s*${no} {2,}${subject}\\s*$`).test(l));
      expect(row, layout).toBeGreaterThan(0);
      const [above = '', below = ''] = [lines[row - 1], lines[row + 1]];
      expect(above.trim()).toBe('Sáng: 8h00');
      expect(below.trim()).toBe('Chiều: 14h00');
      expect(below.indexOf('Chiều')).toBe(above.indexOf('Sáng'));
      expect(above.indexOf('Sáng')).toBeGreaterThan(lines[row]?.indexOf(no) ?? 0);
      expect(above.indexOf('Sáng')).toBeLessThan(lines[row]?.indexOf(subject) ?? 0);
    }
    expect(layout).not.toContain('"');
  });
});
