/**
 * The Word import on a schedule table with cells merged down (qa33 m7: "Cụm 1" and its date over
 * the rows of two groups of tổ): the body's tables have no merged cells, so a merged cell's text
 * was printed in its first row only and "Tổ 4, 5, 6" printed with no date. Now each row it spans
 * prints it.
 */
import { Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { notice } from '../../../src/kinds/notice.js';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import type { Group } from '../../../src/load/types.js';
import { pdfText } from '../../support/pdf-text.js';
import { renderFor } from '../../support/render.js';
import { p, wardNoticeDocx } from './notice-docx.js';
import { importedCampaign, LE_CHAN } from './printed-notice.js';

const GROUP = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'groups.csv', row: 2 } };

const cell = (text: string, rowSpan = 1) =>
  new TableCell({ rowSpan, children: [new Paragraph({ children: [new TextRun(text)] })] });

describe('import-docx, a table with cells merged down', () => {
  it('prints a merged cell’s text in every row it spans', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: [cell('Cụm'), cell('Tổ dân phố'), cell('Ngày')] }),
        new TableRow({
          children: [cell('Cụm 1', 2), cell('Tổ 1, 2, 3'), cell('Thứ Bảy, 30/01/2027', 2)],
        }),
        new TableRow({ children: [cell('Tổ 4, 5, 6')] }),
        new TableRow({ children: [cell('Cụm 2'), cell('Tổ 7, 8'), cell('Chủ nhật, 31/01/2027')] }),
      ],
    });
    const bytes = await wardNoticeDocx(
      { ...LE_CHAN, subject: 'V/v tổ chức hội thi gói bánh chưng' },
      [
        p('Tổ chức hội thi gói bánh chưng tại các nhà văn hóa theo lịch sau:'),
        table,
        p('Đề nghị các Tổ dân phố triển khai thực hiện./.'),
      ],
    );
    const r = await importDocx(bytes, { source: 'bang.docx', today: '2026-01-01' });
    const pdf = (await renderFor(notice, importedCampaign(r.yaml), GROUP as Group)).bytes;
    // Each printed line, its spaces folded: a table row is one line.
    const text = (await pdfText(pdf, { layout: true }))
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .join('\n');
    expect(text).toMatch(/Cụm 1 Tổ 1, 2, 3 Thứ Bảy, 30\/01\/2027/);
    expect(text).toMatch(/Cụm 1 Tổ 4, 5, 6 Thứ Bảy, 30\/01\/2027/);
    expect(text).toMatch(/Cụm 2 Tổ 7, 8 Chủ nhật, 31\/01\/2027/);
    expect(r.warnings.map(describeWarning)).toContainEqual(
      expect.stringMatching(/table \d+ has cells merged down: their text is printed in each row/),
    );
  });
});
