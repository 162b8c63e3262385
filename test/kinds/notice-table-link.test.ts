/**
 * A body table with a long link in one cell (qa11 Q9): the link breaks at its "/", "-", "?"
 * and dots to fit its column, and the other columns keep their words whole ("Buổi", "Phòng",
 * "Nguyễn", "8h00–10h00"), rather than the link's column taking the width and squeezing them
 * until words split mid-syllable. Read from the PDF's drawn
 * text items (pdftotext joins a word split over two lines back through its ActualText).
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** qa11's input: a Kế hoạch with a 9-column schedule pasted from Excel (Tab-separated). */
const FIXTURE = fileURLToPath(new URL('../fixtures/qa11-tab/', import.meta.url));
const LINK =
  'https://dichvucong.gov.vn/p/home/dvc-dich-vu-cong-truc-tuyen-ds.html?pCoQuanId=384979';
const HEAD = [
  'Buổi',
  'Thứ',
  'Ngày',
  'Giờ',
  'Nội dung',
  'Phòng',
  'Giảng viên',
  'Ghi chú',
  'Số học viên tối đa',
];
/** The other cells of the schedule (campaign.yaml's "Lịch chi tiết"). */
const CELLS = [
  'Bảy',
  '24/01/2026',
  '8h00–10h00',
  'P.101',
  'P.102',
  'Nguyễn Văn A',
  'Mang điện thoại',
  'Trần Thị B',
  'Mang Căn cước',
  'Lê Văn C',
];

/** The words as drawn (pdfjs items; pdftotext joins a split word back through its ActualText). */
let drawn: string[] = [];

beforeAll(async () => {
  const out = join(await makeTempDir('phuong-print-table-link-'), 'out');
  const r = await runCliInProcess([
    'build',
    ...['--campaign', join(FIXTURE, 'campaign.yaml'), '--groups', join(FIXTURE, 'groups.csv')],
    ...['--out', out, '--kind', 'notice', '--group', '1'],
  ]);
  expect(r.code, r.stderr).toBe(0);
  const pdf = new Uint8Array(await readFile(join(out, 'khu-pho-1', 'notice.pdf')));
  // The schedule only: the notice has another table with a "Buổi" column above it.
  const items = (await pdfTextItems(pdf)).flatMap((p) => p.items.map((i) => i.str));
  const start = items.findIndex((s) => s.includes('chi tiết'));
  const end = items.findIndex((s) => s.includes('TỔ CHỨC'));
  drawn = items
    .slice(start + 1, end)
    .flatMap((s) => s.split(/\s+/))
    .filter(Boolean);
});
afterAll(removeTempDirs);

describe('a table with a long link in one cell', () => {
  it('keeps every word of the other cells whole on a line', () => {
    const words = [...HEAD, ...CELLS].flatMap((c) => c.split(' ')).filter(Boolean);
    for (const w of words) {
      expect(drawn.includes(w), `"${w}" whole on a line`).toBe(true);
    }
  });
  it('breaks the link only after its punctuation', () => {
    // Each drawn line of the link ends at a break point ("/", "-", "?", "=", "&", ".") or its end.
    const at = drawn.findIndex((w) => w.startsWith('https://dichvucong'));
    const pieces = drawn.slice(at, drawn.findIndex((w, k) => k >= at && w.endsWith('384979')) + 1);
    expect(pieces.join('')).toBe(LINK);
    for (const p of pieces.slice(0, -1)) expect(p, p).toMatch(/[/\-?=.&]$/);
  });
});
