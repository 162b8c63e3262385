/**
 * A body table with a group's long name in a cell ("Nhà văn hóa {{group.name}}"): the name wraps
 * in its own column and its neighbours stay readable — a time "7 giờ 30 – 10 giờ 30" or a date
 * "Thứ Bảy, 12/12/2026" keeps its phrases whole on a line or two, not a word a line beside a
 * column that took the width in proportion to a hundred-character name. Read from the
 * extracted text's lines (pdftotext -layout sets the columns side by side, each cell's line as
 * drawn).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Group } from '../../src/load/types.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const NAMES = [
  'Tổ dân phố số 12 khu dân cư Đông Hải 2 (khu tái định cư Vinhomes)',
  'Tổ dân phố số 12 (gồm các tổ 12, 13, 14 cũ sáp nhập theo Nghị quyết số 1656/NQ-UBTVQH15) khu vực chợ Đông Ba',
];
const ROWS = [
  [
    '1',
    'Thứ Bảy, 12/12/2026',
    '7 giờ 30 – 10 giờ 30',
    'Làm quen điện thoại thông minh; kết nối Wi-Fi; cài đặt ứng dụng',
    'Nhà văn hóa {{group.name}}',
  ],
  [
    '2',
    'Chủ nhật, 13/12/2026',
    '14 giờ 00 – 16 giờ 30',
    'Ứng dụng VNeID: kích hoạt mức 2, ví giấy tờ',
    'Hội trường UBND phường, 02 Lê Lợi',
  ],
  [
    '3',
    'Thứ Bảy, 19/12/2026',
    '7 giờ 30 – 10 giờ 30',
    'Thanh toán bằng mã QR; nhận diện lừa đảo qua mạng',
    'Nhà văn hóa {{group.name}}',
  ],
];
const TABLE = [
  '| Buổi | Ngày | Giờ | Nội dung | Địa điểm |',
  '|---|---|---|---|---|',
  ...ROWS.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

const layouts = new Map<string, string[]>();

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-table-columns-');
  const base = (await exampleInputs()).groups[0] as Group;
  const campaign = await exampleWithBody(
    dir,
    'table',
    () =>
      `Lịch học tại các tổ dân phố như sau:\n\n${TABLE}\n\nĐề nghị các tổ thông báo đến người dân.`,
  );
  for (const name of NAMES) {
    const { bytes } = await renderFor(notice, campaign, { ...base, name });
    const pages = await pdfPageTexts(bytes, { layout: true });
    layouts.set(
      name,
      pages.flatMap((p) => p.split('\n')),
    );
  }
});
afterAll(removeTempDirs);

describe.each(NAMES)('a table beside the name "%s"', (name) => {
  it('keeps each time and date of the other columns in phrases on a line or two', () => {
    const lines = layouts.get(name) ?? [];
    for (const [, date, time] of ROWS) {
      // "7 giờ 30 – 10 giờ 30": each side of the dash whole on a line.
      for (const part of (time as string).split(' – ')) {
        expect(
          lines.some((l) => l.includes(part)),
          `"${part}" on one line`,
        ).toBe(true);
      }
      // "Thứ Bảy, 12/12/2026": the day's name and the date each whole on a line.
      for (const part of (date as string).split(', ')) {
        expect(
          lines.some((l) => l.includes(part)),
          `"${part}" on one line`,
        ).toBe(true);
      }
    }
  });

  it('prints every word of the name', () => {
    const lines = layouts.get(name) ?? [];
    const words = lines.join(' ').split(/\s+/);
    for (const word of name.split(' ')) expect(words).toContain(word);
  });
});

describe('a table of eight columns with a phone number and a time (qa13)', () => {
  // The office's table: "0912 345 678" was set a group of digits a line, "7h00 – 10h30" over two,
  // while "Người phụ trách" kept room to spare.
  const PHONE = '0912 345 678';
  const TIME = '7h00 – 10h30';
  const WIDE = [
    '| STT | Thôn | Ngày tiêm | Giờ | Địa điểm | Người phụ trách | Số điện thoại | Ghi chú |',
    '|---|---|---|---|---|---|---|---|',
    `| 1 | {{group.name}} | CN 15/7/2026 | ${TIME} | Nhà văn hóa thôn Thượng Lâm | Thú y viên Nguyễn Văn Kỹ | ${PHONE} | Mang theo sổ tiêm |`,
  ].join('\n');
  let lines: string[] = [];
  beforeAll(async () => {
    const dir = await makeTempDir('phuong-print-table-figures-');
    const base = (await exampleInputs()).groups[0] as Group;
    const campaign = await exampleWithBody(dir, 'figures', () => `Lịch tiêm:\n\n${WIDE}\n`);
    const { bytes } = await renderFor(notice, campaign, { ...base, name: 'Thôn Thượng Lâm' });
    lines = (await pdfPageTexts(bytes, { layout: true })).flatMap((p) => p.split('\n'));
  });

  it.each([PHONE, TIME, 'CN 15/7/2026'])('keeps "%s" on one line', (figure) => {
    expect(lines.some((l) => l.includes(figure))).toBe(true);
  });
});
