/**
 * Standalone `serve`'s Kết quả page (/admin/ket-qua) marks a figure a leader sent after it was
 * due, as the studio's Kết quả tab does ("gửi sau hạn báo cáo 20/11/2025" in the row's "Cập nhật"),
 * and so do its report's PDF and spreadsheet. The example Hải Phòng contest (ends 11/11/2025)
 * with the office's reporting deadline, `report.deadline: 20/11/2025`: a figure sent on the 15th,
 * after the contest but before the deadline, is on time; one on the 20th at 23:59 (Viet Nam) too;
 * one on the 21st is late; the office's own entry after the deadline is not the group's lateness.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type ResultsOffice, resultsOffice } from './results-office.js';

const LATE = 'gửi sau hạn báo cáo 20/11/2025';

let office: ResultsOffice;
beforeAll(async () => {
  const yaml = `${await readFile(EXAMPLE_CAMPAIGN, 'utf8')}\nreport:\n  deadline: 20/11/2025\n`;
  office = await resultsOffice(yaml, await readFile(EXAMPLE_GROUPS, 'utf8'), 'phuong-print-late-');
  const sent: [string, string, 'leader' | 'office'][] = [
    ['1', '2025-11-15T10:00:00+07:00', 'leader'],
    ['2', '2025-11-21T08:00:00+07:00', 'leader'],
    ['3', '2025-11-20T23:59:00+07:00', 'leader'],
    ['4', '2025-11-25T09:00:00+07:00', 'office'],
  ];
  for (const [id, at, source] of sent)
    await office.report(id, { tham_gia: 100 }, { at: new Date(at), source });
});
afterAll(async () => {
  await office?.close();
  await removeTempDirs();
});

/** Each body row's group name and its last cell ("Cập nhật"), tags stripped. */
function updatedCells(html: string): Map<string, string> {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const plain = (t: string) =>
    t
      .replace(/<span class="meta leader">[\s\S]*?<\/span>/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return new Map(
    [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => {
      const cells = [...(r[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)];
      const name = cells.find((c) => c[0].startsWith('<th'))?.[1] ?? '';
      return [plain(name), plain(cells.at(-1)?.[1] ?? '')];
    }),
  );
}

describe('serve’s Kết quả marks a figure sent after the reporting deadline', () => {
  it('in the row’s “Cập nhật”, only the leader’s after the deadline’s day', async () => {
    const updated = updatedCells(await (await office.admin('/admin/ket-qua')).text());
    expect(updated.get('Tổ dân phố số 2')).toContain(`(${LATE})`);
    for (const name of ['Tổ dân phố số 1', 'Tổ dân phố số 3', 'Tổ dân phố số 4'])
      expect(updated.get(name), name).not.toContain('gửi sau');
    expect([...updated.values()].filter((t) => t.includes('gửi sau'))).toHaveLength(1);
  });

  it('the report’s closing and its spreadsheet’s note say the deadline', async () => {
    const text = await office.reportText();
    expect(text).toContain(
      'Các tổ dân phố gửi số liệu sau hạn báo cáo 20/11/2025 (1 tổ): Tổ dân phố số 2.',
    );
    expect(text).not.toContain('ngày kết thúc 11/11/2025 (');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await office.admin('/admin/bao-cao.xlsx')).arrayBuffer());
    const notes: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      const values = (row.values as unknown[]).map(String);
      if (values.some((v) => v.includes('Gửi sau'))) notes.push(values.join(' | '));
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Tổ dân phố số 2');
    expect(notes[0]).toContain('Gửi sau hạn báo cáo 20/11/2025');
  });
});

// review46 #6: a ward whose templates folder has the report.hbs of before `report.deadline`
// ("gửi số liệu sau ngày kết thúc {{report.lastDayOn}}") printed the deadline as the campaign's
// end: "sau ngày kết thúc 20/11/2025", though the contest ended on 11/11/2025.
describe('a copied report.hbs of before the deadline', () => {
  let old: ResultsOffice;
  beforeAll(async () => {
    const dir = await makeTempDir('phuong-print-old-report-');
    const line = '{{term.Groups}} gửi số liệu {{report.lateAfter}} (';
    const template = await readFile(new URL('../../templates/report.hbs', import.meta.url), 'utf8');
    expect(template).toContain(line);
    await writeFile(
      join(dir, 'report.hbs'),
      template.replace(
        line,
        '{{term.Groups}} gửi số liệu sau ngày kết thúc {{report.lastDayOn}} (',
      ),
    );
    const yaml = `${await readFile(EXAMPLE_CAMPAIGN, 'utf8')}\nreport:\n  deadline: 20/11/2025\n`;
    const groups = await readFile(EXAMPLE_GROUPS, 'utf8');
    old = await resultsOffice(yaml, groups, 'phuong-print-late-old-', dir);
    await old.report('2', { tham_gia: 100 }, { at: new Date('2025-11-21T08:00:00+07:00') });
  });
  afterAll(() => old?.close());

  it('does not call the deadline the campaign’s last day', async () => {
    const text = await old.reportText();
    // The contest has no last day of its own to give (a campaign's end date is not one): the
    // old line still names the late group, with no date rather than the deadline's.
    expect(text).toContain('Các tổ dân phố gửi số liệu sau ngày kết thúc (1 tổ): Tổ dân phố số 2.');
    expect(text).not.toContain('ngày kết thúc 20/11/2025');
  });
});
