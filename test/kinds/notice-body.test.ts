import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Group } from '../../src/load/types.js';
import { type PageItems, pdfSpansAndLinks, pdfTextItems } from '../support/pdf-items.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
let group: Group;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-notice-body-');
  group = (await exampleInputs()).groups[0] as Group;
});
afterAll(removeTempDirs);

/** The example campaign with its body replaced by `body` (lines as written, unindented). */
async function noticeWith(body: string): Promise<Uint8Array> {
  const name = `campaign-${Math.random().toString(36).slice(2)}`;
  const campaign = await exampleWithBody(dir, name, () => body);
  return (await renderFor(notice, campaign, group)).bytes;
}

/** Lines of the layout text of every page, trimmed, blank ones dropped. */
async function layoutLines(pdf: Uint8Array): Promise<string[]> {
  return (await pdfPageTexts(pdf, { layout: true }))
    .flatMap((p) => p.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A C0 or C1 control character: no glyph run may hold one. */
const hasControl = (s: string) =>
  [...s].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  });

function allItems(pages: PageItems[]) {
  return pages.flatMap((p, n) => p.items.map((i) => ({ ...i, page: n + 1 })));
}

/** Where an item is in reading order down the pages (pages of 1,000 mm, far longer than A4). */
const down = (i: { page: number; yTopMm: number }) => i.page * 1000 + i.yTopMm;

describe('hard line breaks', () => {
  let lines: string[];
  let pages: PageItems[];
  beforeAll(async () => {
    // Two trailing spaces, then a backslash: both are a new line within the paragraph.
    const pdf = await noticeWith(
      [
        'Lịch tiếp dân của Tổ:  ',
        'Sáng thứ Hai: từ 7 giờ 30 đến 11 giờ\\',
        'Chiều thứ Năm: từ 14 giờ đến 17 giờ',
      ].join('\n'),
    );
    lines = await layoutLines(pdf);
    pages = await pdfTextItems(pdf);
  });

  it('starts a new line at each one, in the order written', () => {
    const at = (s: string) => lines.indexOf(s);
    const a = at('Lịch tiếp dân của Tổ:');
    const b = at('Sáng thứ Hai: từ 7 giờ 30 đến 11 giờ');
    const c = at('Chiều thứ Năm: từ 14 giờ đến 17 giờ');
    expect(
      [a, b, c].every((i) => i >= 0),
      lines.join('\n'),
    ).toBe(true);
    expect(b).toBe(a + 1);
    expect(c).toBe(b + 1);
  });

  it('draws no control character and no glyph without a character', () => {
    for (const item of allItems(pages)) {
      expect(hasControl(item.str)).toBe(false);
      // .notdef has no Unicode mapping: pdfjs gives U+FFFD or nothing for it.
      expect(item.str).not.toContain('\uFFFD');
    }
  });

  it('does not stretch the line a hard break ends', () => {
    const first = allItems(pages).find((i) => i.str.startsWith('Lịch tiếp dân'));
    expect(first).toBeDefined();
    // Set at its natural width (about 45 mm), not stretched to the text width (165 mm).
    expect(first?.widthMm ?? 0).toBeLessThan(80);
  });
});

describe('line-break opportunities (UAX #14)', () => {
  const url =
    'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet-dang-ky-thuong-tru-cho-cong-dan.html';
  let lines: string[];
  let pieces: string[];
  beforeAll(async () => {
    const pdf = await noticeWith(
      `Người dân thực hiện thủ tục trực tuyến tại Cổng Dịch vụ công quốc gia, đường dẫn ${url} hoặc đến trụ sở.\n\nTỷ lệ hộ gia đình/tổng số hộ của tổ dân phố/khu dân cư được tính theo số liệu ngày 01/10/2025 của Công an phường Lê Chân/Hải Phòng và báo cáo kết quả.`,
    );
    lines = await layoutLines(pdf);
    // The URL's lines as drawn (pdfjs reads the glyphs; copied text reads the whole URL).
    // (In the body: the annex's caption under the URL's code comes after it.)
    const spans = (await pdfSpansAndLinks(pdf)).flatMap((p) => p.spans.map((s) => s.str));
    const start = spans.findIndex((s) => url.startsWith(s));
    pieces = [];
    for (const s of spans.slice(start)) {
      if (!url.startsWith(pieces.join('') + s)) break;
      pieces.push(s);
    }
  });

  it('breaks a long URL after "/" or "-", the hyphen kept at the end of the line, and loses nothing', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(pieces.join('')).toBe(url);
    for (const [i, piece] of pieces.entries()) {
      // Each line but the last ends right after "/" or "-"; none starts with "-".
      if (i < pieces.length - 1) expect(piece).toMatch(/[-/]$/);
      expect(piece.startsWith('-')).toBe(false);
      // Never "https://" alone at the end of a line.
      expect(piece.endsWith('://')).toBe(false);
    }
    // Copied, it is one URL on one line.
    expect(lines.some((l) => l.includes(url))).toBe(true);
  });

  it('prints a paragraph with slashes whole, in order, wherever its lines break', () => {
    const squeezed = lines.join('').replace(/\s+/g, '');
    const paragraph =
      'Tỷ lệ hộ gia đình/tổng số hộ của tổ dân phố/khu dân cư được tính theo số liệu ngày 01/10/2025 của Công an phường Lê Chân/Hải Phòng và báo cáo kết quả.';
    expect(squeezed).toContain(paragraph.replace(/\s+/g, ''));
  });
});

/** A class schedule as a ward writes one: 7 rows, 4 columns, one long cell that must wrap. */
const SCHEDULE = [
  ['STT', 'Khu phố', 'Địa điểm tập huấn', 'Thời gian'],
  ['1', 'Khu phố 1', 'Nhà văn hóa khu phố 1, số 12 đường Trần Nguyên Hãn', '08/11/2025'],
  [
    '2',
    'Khu phố 2',
    'Hội trường Ủy ban nhân dân phường Lê Chân (tầng 2, phòng họp lớn, lối vào từ cổng phụ phía đường Hai Bà Trưng, có chỗ để xe máy)',
    '09/11/2025',
  ],
  ['3', 'Khu phố 3', 'Trường Tiểu học Lê Chân', '15/11/2025'],
  ['4', 'Khu phố 4', 'Nhà văn hóa khu phố 4', '16/11/2025'],
  ['5', 'Khu phố 5', 'Điểm sinh hoạt cộng đồng ngõ 58', '22/11/2025'],
  ['6', 'Khu phố 6', 'Nhà văn hóa khu phố 6', '23/11/2025'],
];
const pipeRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const pipeTable = (rows: readonly (readonly string[])[], delimiter = '|:-:|---|---|:-:|') =>
  [pipeRow(rows[0] as string[]), delimiter, ...rows.slice(1).map(pipeRow)].join('\n');

describe('a body table', () => {
  let pdf: Uint8Array;
  let pages: PageItems[];
  beforeAll(async () => {
    pdf = await noticeWith(
      `Lịch tập huấn kỹ năng số tại các khu phố như sau:\n\n${pipeTable(SCHEDULE)}\n\nĐề nghị các khu phố thông báo đến người dân.`,
    );
    pages = await pdfTextItems(pdf);
  });

  it('prints every cell whole, in its row, the rows in order', () => {
    const items = allItems(pages).filter((i) => i.str.trim() !== '');
    const mid = (i: { yTopMm: number; heightMm: number }) => i.yTopMm + i.heightMm / 2;
    // Each row by its number in the first column; cells are centred on their row's middle.
    const middles = SCHEDULE.map((row, r) => {
      const marker = items.find(
        (i) => i.str.trim() === row[0] && i.xMm < 50 && i.bold === (r === 0),
      );
      expect(marker, `row ${r} ("${row[0]}") not found`).toBeDefined();
      return marker ? mid(marker) : 0;
    });
    middles.forEach((m, r) => {
      if (r > 0) expect(m).toBeGreaterThan(middles[r - 1] as number);
    });
    SCHEDULE.forEach((row, r) => {
      const middle = middles[r] as number;
      for (const cell of row) {
        const first = items
          .filter((i) => cell.startsWith(i.str.trim()) && Math.abs(mid(i) - middle) < 15)
          .sort((a, b) => Math.abs(mid(a) - middle) - Math.abs(mid(b) - middle))[0];
        expect(first, `"${cell}" is not in row ${r}`).toBeDefined();
        // The cell's lines: the items under its first one at the same left edge.
        const column = items
          .filter(
            (i) =>
              Math.abs(i.xMm - (first?.xMm ?? 0)) < 1 && i.yTopMm >= (first?.yTopMm ?? 0) - 0.1,
          )
          .sort((a, b) => a.yTopMm - b.yTopMm);
        let text = '';
        let last = first;
        for (const i of column) {
          if (text.replace(/\s+/g, '').length >= cell.replace(/\s+/g, '').length) break;
          text += ` ${i.str}`;
          last = i;
        }
        expect(text.replace(/\s+/g, ' ').trim()).toBe(cell);
        // Centred on its row: between the rows before and after it.
        const centre = ((first?.yTopMm ?? 0) + (last ? last.yTopMm + last.heightMm : 0)) / 2;
        expect(Math.abs(centre - middle)).toBeLessThan(2);
      }
    });
  });

  it('wraps the long cell inside its column, beside the short ones of its row', () => {
    const items = allItems(pages);
    const start = items.find((i) => i.str.includes('Hội trường Ủy ban'));
    const date = items.find((i) => i.str.includes('09/11/2025'));
    const no = items.find((i) => i.str.trim() === '2' && i.xMm < 50);
    expect(start && date && no).toBeTruthy();
    // Wrapped: the end of the cell is on a lower line than its start, in the same column.
    const end = items.find((i) => i.str.includes('xe máy'));
    expect(end).toBeDefined();
    expect((end?.yTopMm ?? 0) > (start?.yTopMm ?? 0) + 3).toBe(true);
    expect(Math.abs((end?.xMm ?? 0) - (start?.xMm ?? 0))).toBeLessThan(2);
    // The column stays left of the date column, and the table inside the text width.
    const right = Math.max(
      ...items
        .filter(
          (i) =>
            (i.yTopMm > (start?.yTopMm ?? 0) - 1 &&
              i.yTopMm < (end?.yTopMm ?? 0) + 1 &&
              i.str.includes('Hội trường')) ||
            i.str.includes('xe máy'),
        )
        .map((i) => i.xMm + i.widthMm),
    );
    expect(right).toBeLessThan(date?.xMm ?? 0);
    expect((date?.xMm ?? 0) + (date?.widthMm ?? 0)).toBeLessThan(210 - 15);
  });

  it('sets the header row in bold', () => {
    const head = allItems(pages).filter((i) =>
      ['STT', 'Khu phố', 'Địa điểm tập huấn', 'Thời gian'].includes(i.str.trim()),
    );
    expect(head.length).toBe(4);
    expect(head.every((i) => i.bold)).toBe(true);
    const body = allItems(pages).find((i) => i.str.trim() === 'Khu phố 3');
    expect(body?.bold).toBe(false);
  });
});

describe('a table longer than a page', () => {
  it('repeats its header row at the top of the next page, and loses no row', async () => {
    const rows = [
      ['STT', 'Họ và tên', 'Địa chỉ', 'Ghi chú'],
      ...Array.from({ length: 60 }, (_, i) => [
        String(i + 1),
        `Người số ${i + 1}`,
        `Số ${i + 1} ngõ ${i + 3}`,
        i % 7 === 0 ? 'Đã đăng ký' : '',
      ]),
    ];
    const pdf = await noticeWith(`Danh sách:\n\n${pipeTable(rows, '|---|---|---|---|')}`);
    const pageTexts = await pdfPageTexts(pdf, { layout: true });
    const withRows = pageTexts.filter((t) => /Người số \d+/.test(t));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const t of withRows) {
      const header = t.split('\n').find((l) => /STT\s+Họ và tên\s+Địa chỉ\s+Ghi chú/.test(l));
      expect(header, t).toBeDefined();
    }
    const all = pageTexts.join('\n');
    for (let i = 1; i <= 60; i++) expect(all).toMatch(new RegExp(`Người số ${i}\\b`));
    // The number column, unmarked in the delimiter row, is centred as official tables set it.
    const items = allItems(await pdfTextItems(pdf)).filter((i) => i.xMm < 60);
    const centre = (n: string) => {
      const hit = items.find((i) => i.str.trim() === n);
      expect(hit, n).toBeDefined();
      return (hit?.xMm ?? 0) + (hit?.widthMm ?? 0) / 2;
    };
    expect(Math.abs(centre('7') - centre('57'))).toBeLessThan(0.3);
  });
});

describe('lists, quotes and indented paragraphs', () => {
  let items: ReturnType<typeof allItems>;
  let lines: string[];
  const LONG_QUOTE =
    'Theo Kế hoạch số 12/KH-UBND: Phấn đấu đến hết năm 2025, 100% công dân từ đủ 14 tuổi trở lên trên địa bàn phường được cấp tài khoản định danh điện tử mức độ 2 và sử dụng thành thạo các tiện ích cơ bản.';
  beforeAll(async () => {
    const pdf = await noticeWith(
      [
        'Đề nghị các khu phố thực hiện:',
        '',
        '1) Tuyên truyền đến từng hộ gia đình.',
        '   a) Tổ chức họp khu phố.',
        '   b) Treo băng rôn tại nhà văn hóa.',
        '3) Rà soát danh sách người dân chưa kích hoạt tài khoản:',
        '   - người cao tuổi;',
        '     + người từ 80 tuổi trở lên được hỗ trợ tại nhà;',
        '   - người khuyết tật.',
        '',
        `> ${LONG_QUOTE}`,
        '',
        '    Ghi chú: đoạn văn này đặt lùi vào so với các đoạn khác để người đọc dễ phân biệt, kể cả những dòng sau dòng đầu tiên của đoạn.',
        '',
        'Đề nghị các khu phố nghiêm túc thực hiện.',
      ].join('\n'),
    );
    items = allItems(await pdfTextItems(pdf));
    lines = await layoutLines(pdf);
  });
  const at = (start: string) => {
    const hit = items.find((i) => i.str.startsWith(start));
    expect(hit, `"${start}" not found`).toBeDefined();
    return hit as (typeof items)[number];
  };

  it('keeps "1)", "3)" and "a)", "b)" as written, each item on a line of its own', () => {
    for (const start of [
      '1) Tuyên truyền',
      'a) Tổ chức họp',
      'b) Treo băng rôn',
      '3) Rà soát',
      '- người cao tuổi;',
      '+ người từ 80 tuổi',
      '- người khuyết tật.',
    ])
      expect(
        lines.some((l) => l.startsWith(start)),
        `${start}\n${lines.join('\n')}`,
      ).toBe(true);
  });

  it('sets each nested level further in than the one above it', () => {
    const top = at('1) Tuyên truyền').xMm;
    expect(at('a) Tổ chức').xMm).toBeGreaterThan(top + 5);
    expect(Math.abs(at('b) Treo').xMm - at('a) Tổ chức').xMm)).toBeLessThan(0.5);
    expect(Math.abs(at('3) Rà soát').xMm - top)).toBeLessThan(0.5);
    expect(at('- người cao tuổi').xMm).toBeGreaterThan(top + 5);
    expect(at('+ người từ 80').xMm).toBeGreaterThan(at('- người cao tuổi').xMm + 5);
  });

  it('sets a quote in on both sides, in italics, every word printed', () => {
    const quote = items.filter(
      (i) =>
        i.italic &&
        i.fontSize > 12 &&
        down(i) > down(at('- người khuyết tật')) &&
        down(i) < down(at('Ghi chú: đoạn văn')),
    );
    expect(quote.length).toBeGreaterThanOrEqual(2);
    const body = at('Đề nghị các khu phố nghiêm túc');
    const left = Math.min(...quote.map((i) => i.xMm));
    const right = Math.max(...quote.map((i) => i.xMm + i.widthMm));
    expect(left).toBeGreaterThan(30 + 5);
    expect(right).toBeLessThan(210 - 15 - 5);
    expect(body.xMm).toBeGreaterThan(left - 1);
    const text = quote
      .map((i) => i.str)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toBe(LONG_QUOTE);
  });

  it('sets an indented paragraph in, its following lines too', () => {
    const first = at('Ghi chú: đoạn văn');
    const after = items.filter(
      (i) =>
        down(i) > down(first) + 1 &&
        down(i) < down(at('Đề nghị các khu phố nghiêm túc')) &&
        // Page furniture (the copy's mark at the foot, the page number) is not the paragraph.
        i.fontSize > 12,
    );
    expect(after.length).toBeGreaterThan(0);
    for (const i of after) expect(i.xMm).toBeGreaterThan(30 + 5);
    expect(first.xMm).toBeGreaterThan(at('Đề nghị các khu phố nghiêm túc').xMm + 5);
  });
});

describe('a body pasted from Word, its bullets as Word pastes them (qa5 G17)', () => {
  let lines: string[];
  beforeAll(async () => {
    const pdf = await noticeWith(
      [
        'Nội dung triển khai:',
        'b)\tKích hoạt tài khoản mức 2 tại Công an phường;',
        '–\tHướng dẫn sử dụng “ví giấy tờ” trên VNeID;',
        '•\tMang theo căn cước công dân;',
        '\uF0B7\tMang theo điện thoại có kết nối mạng;',
        'o\tNgười cao tuổi được hỗ trợ tại nhà;',
        '§\tGia đình có người khuyết tật báo tổ trưởng;',
        '-\tHộ kinh doanh đăng ký theo mẫu;',
        '+\tHọc sinh đăng ký qua nhà trường;',
        '*\tCán bộ, đảng viên gương mẫu thực hiện;',
        '–   Báo cáo kết quả về Ủy ban nhân dân phường.',
      ].join('\n'),
    );
    lines = await layoutLines(pdf);
  });

  it('prints every bulleted line as its own line, its bullet first, as in Word', () => {
    for (const line of [
      'b) Kích hoạt tài khoản mức 2 tại Công an phường;',
      '– Hướng dẫn sử dụng “ví giấy tờ” trên VNeID;',
      '• Mang theo căn cước công dân;',
      '• Mang theo điện thoại có kết nối mạng;',
      'o Người cao tuổi được hỗ trợ tại nhà;',
      '§ Gia đình có người khuyết tật báo tổ trưởng;',
      '- Hộ kinh doanh đăng ký theo mẫu;',
      '+ Học sinh đăng ký qua nhà trường;',
      '* Cán bộ, đảng viên gương mẫu thực hiện;',
      '– Báo cáo kết quả về Ủy ban nhân dân phường.',
    ])
      expect(lines).toContain(line);
  });
});
