/**
 * A results file whose column matches no measure (qa54 M2): the clean-up day of
 * test/fixtures/qa54-cnx, whose office headed its kg column "Rác thu gom (kg)" (the label is
 * "Khối lượng rác thu gom (kg)"). `report --results` exited 0 with a report that said "Khối
 * lượng rác thu gom: chưa có tổ nào báo cáo" over figures the file had. Now a header in the
 * measure's unit whose words are the label's is that measure's (said); a column of figures that
 * is still no measure's, while a measure has no column, stops the report, naming the file, the
 * column and the measure expected, and writes nothing.
 */
import { existsSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa54-cnx/${name}`, import.meta.url));

const KG = 'Khối lượng rác thu gom (kg)';

/** `report` of a results CSV headed `kgHeader` for the kg, its figures as the QA's sheet gave them. */
async function report(kgHeader: string) {
  const dir = await makeTempDir('phuong-print-report-unmatched-');
  await copyFile(fixture('campaign.yaml'), join(dir, 'campaign.yaml'));
  await copyFile(fixture('groups.csv'), join(dir, 'groups.csv'));
  const results = join(dir, 'ket-qua.csv');
  await writeFile(
    results,
    [
      `STT;Tổ dân phố;Số người tham gia;${kgHeader};Số bao rác thu gom (bao)`,
      '1;Tổ dân phố 1;350;1.250,5;85',
      '2;Tổ dân phố 2;120;1.200;12',
      '3;Tổ dân phố 3;200;1.250;40',
      '4;Tổ dân phố 4;150;0;0',
      '',
    ].join('\n'),
  );
  const out = join(dir, 'out');
  const run = await runCliInProcess([
    'report',
    ...['--lang', 'vi', '--campaign', join(dir, 'campaign.yaml')],
    ...['--groups', join(dir, 'groups.csv'), '--results', results],
    ...['--date', '2026-12-16', '--out', out],
  ]);
  return { ...run, out, results };
}

describe('a results column that is no measure’s (qa54 M2)', () => {
  it('reads a shortened header in the measure’s unit as the measure, and says so', async () => {
    const r = await report('Rác thu gom (kg)');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`cột “Rác thu gom (kg)” được đọc là số liệu “${KG}”`);
    const text = collapseSpaces(await pdfText(join(r.out, 'report.pdf')));
    expect(text).not.toContain('chưa có tổ nào báo cáo');
    // The file's figures, summed: 1.250,5 + 1.200 + 1.250 + 0.
    expect(text).toContain('3.700,5');
  }, 60_000);

  it('refuses a column of figures no measure is headed as, naming it and the measure', async () => {
    const r = await report('Rác tái chế (kg)');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(r.results);
    expect(r.stderr).toContain('cột “Rác tái chế (kg)” có số liệu nhưng không khớp chỉ tiêu nào');
    expect(r.stderr).toContain(`“${KG}” (rac_kg)`);
    expect(r.stderr).toContain('gợi ý:');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(r.out, 'report.pdf'))).toBe(false);
  }, 60_000);
});
