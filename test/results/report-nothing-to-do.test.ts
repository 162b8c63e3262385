/**
 * qa56 p4: in the mừng thọ report (test/fixtures/qa56-mungtho), Tổ dân phố số 3 has 0 elders and
 * a budget of 0 in the groups file, and sent nothing. The report asked it to "khẩn trương báo
 * cáo" while saying a few lines below that it "có 0 cụ mừng thọ". A group the list gives nothing
 * to do for any measure is not late: named by the zeros' note only.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-mungtho/${name}`, import.meta.url));

let text: string;
let run: { code: number; stderr: string };
beforeAll(async () => {
  const out = await makeTempDir('phuong-print-nothing-to-do-');
  // QA's results without Tổ dân phố số 3's row: it sent nothing.
  const rows = (await readFile(fixture('ketqua.csv'), 'utf8')).split('\n');
  const results = join(out, 'ketqua.csv');
  await writeFile(results, rows.filter((r) => !r.startsWith('Tổ dân phố số 3')).join('\n'));
  run = await runCliInProcess([
    ...['report', '--campaign', fixture('campaign.yaml'), '--groups', fixture('groups.csv')],
    ...['--results', results, '--out', out, '--date', '2026-12-20', '--lang', 'vi'],
  ]);
  text = (await pdfText(join(out, 'report.pdf'))).replace(/\s+/g, ' ');
}, 120_000);
afterAll(removeTempDirs);

describe('a group with nothing to do in the report (qa56 p4)', () => {
  it('is not asked to hurry up and report', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(text).not.toContain('chưa báo cáo');
    expect(text).not.toContain('khẩn trương');
  });

  it('is named by what the list gives it: 0 elders, a budget of 0', () => {
    expect(text).toContain(
      'Các tổ dân phố có 0 cụ mừng thọ trong danh sách nên không tính tỷ lệ số người cao tuổi được mừng thọ, không xếp hạng (1 tổ): Tổ dân phố số 3.',
    );
    expect(text).toContain('có kinh phí bằng 0 trong danh sách');
  });

  it('is not counted among the groups yet to report (h-rev56b2 #1)', () => {
    // Two of the three groups reported; the third has nothing to do: 2/2, naming it.
    expect(text).toContain(
      'Số tổ dân phố đã báo cáo: 2/2 tổ (không tính Tổ dân phố số 3, không có gì phải báo cáo).',
    );
  });
});
