/**
 * The report's table is as wide as what it holds: a list without the population gives a measure
 * of people no rate, so the table is the names and one column of figures, and that column was
 * stretched across the rest of the page (122 mm for "120", "95" and "215"). Now the column is
 * about its header's width and the narrower table stands centred. Geometry from the PDF's words
 * (pdftotext -bbox); the names and figures from the files written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { pdfWords } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const MM = 72 / 25.4;
const LABEL = 'Số người tham gia';
const NAMES = ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố Nguyễn Thị Minh Khai'];
const FIGURES = [120, 95];

const { write, path } = testFolder('phuong-print-report-table-width-');

describe('the report’s table with no rate column', () => {
  it('keeps its figure column to its figures and label, the table centred', async () => {
    // No "Số nhân khẩu" column: a measure of people has no rate, nothing is ranked.
    const groups = await write(
      'groups.csv',
      `STT;Tên tổ dân phố;Tổ trưởng;Số hộ\n${NAMES.map((n, i) => `${i + 1};${n};Nguyễn Văn A;300`).join('\n')}\n`,
    );
    const results = await write(
      'ket-qua.csv',
      `STT;${LABEL}\n${FIGURES.map((f, i) => `${i + 1};${f}`).join('\n')}\n`,
    );
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...[
        '--campaign',
        await write('campaign.yaml', measureCampaign(`{ id: nguoi, label: ${LABEL}, of: people }`)),
      ],
      ...['--groups', groups, '--results', results],
      ...['--date', '2026-03-22', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const words = await pdfWords(join(out, 'report.pdf'));
    const total = String(FIGURES.reduce((a, b) => a + b, 0));
    // The totals row: "Toàn xã" then the sum, in bold on one line.
    const toan = words.find((w) => w.text === 'Toàn');
    const sum = words.find((w) => w.text === total && toan && Math.abs(w.yMin - toan.yMin) < 2);
    expect(toan && sum, 'the totals row').toBeTruthy();
    // The longest name's last word: the name column's right part.
    const khai = words.find((w) => w.text === 'Khai');
    expect(khai).toBeTruthy();
    // Between the longest name and the figures' right edge: the figure column and the paddings,
    // at most the width of its header's words (≈ 30 mm at 10 pt) and some room, not the page's.
    expect(((sum?.xMax ?? 0) - (khai?.xMax ?? 0)) / MM).toBeLessThan(45);
    // Centred: the table's text starts as far in from the text's left edge as it ends from its
    // right. The edges: the opening paragraph is justified, its second line starts at the left
    // edge, its first line ends at the right.
    const thuc = words.find((w) => w.text === 'Thực');
    const line = (y: number) => words.filter((w) => Math.abs(w.yMin - y) < 2);
    const first = line(thuc?.yMin ?? 0);
    const next = words.find((w) => w.yMin > (thuc?.yMax ?? 0) + 1);
    const edgeRight = Math.max(...first.map((w) => w.xMax));
    const edgeLeft = Math.min(...line(next?.yMin ?? 0).map((w) => w.xMin));
    const left = (toan?.xMin ?? 0) - edgeLeft;
    const right = edgeRight - (sum?.xMax ?? 0);
    expect(left / MM).toBeGreaterThan(20);
    expect(Math.abs(left - right) / MM).toBeLessThan(1);
    // The figures still stand right-aligned in their column, under the total.
    for (const f of FIGURES) {
      const w = words.find((x) => x.text === String(f) && x.yMin > (khai?.yMin ?? 0) - 40);
      expect(Math.abs((w?.xMax ?? 0) - (sum?.xMax ?? 0))).toBeLessThan(1);
    }
  });
});
