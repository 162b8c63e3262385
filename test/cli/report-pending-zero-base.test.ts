/**
 * The groups yet to report, counted once (qa54 M5): the food-safety month of
 * test/fixtures/qa54-attp (the campaign the studio saved from the QA's Word notice) counts the
 * businesses that signed against "Số hộ kinh doanh thực phẩm", which is 0 for Tổ 3. With Tổ 2
 * alone reported, the report listed "chưa báo cáo (3 tổ)" and said the ward's figure counted
 * "2 tổ chưa báo cáo là 0": Tổ 3 was left out of the one and not the other, unsaid. Tổ 3, with
 * nothing to do and nothing sent, is now late in neither (qa56 p4): both say 2, and the count of
 * those that reported leaves it out by name.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa54-attp/${name}`, import.meta.url));

describe('the groups yet to report (qa54 M5)', () => {
  it('are as many in the ward’s figure as in the list of those yet to report', async () => {
    const dir = await makeTempDir('phuong-print-report-pending-');
    const results = join(dir, 'ket-qua.csv');
    await writeFile(
      results,
      'STT,Tên tổ dân phố,Số hộ kinh doanh đã ký cam kết\n2,Tổ dân phố 2,9\n',
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      'report',
      ...[
        '--lang',
        'vi',
        '--campaign',
        fixture('campaign.yaml'),
        '--groups',
        fixture('groups.csv'),
      ],
      ...['--results', results, '--date', '2026-12-20', '--out', out],
    ]);
    expect(r.code, r.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    // The groups file has 4 groups; one reported, one (Tổ 3) has nothing to report.
    expect(text).toContain('Số tổ dân phố đã báo cáo: 1/3 tổ (không tính Tổ dân phố 3');
    expect(text).toContain('Các tổ dân phố chưa báo cáo (2 tổ): Tổ dân phố 1, Tổ dân phố 4.');
    const said = [...text.matchAll(/tính (\d+) tổ chưa báo cáo là 0/g)].map((m) => m[1]);
    expect(said.length).toBeGreaterThan(0);
    expect(new Set(said)).toEqual(new Set(['2']));
    expect(text).toContain('Toàn phường (tính 2 tổ chưa báo cáo là 0)');
  }, 60_000);
});
