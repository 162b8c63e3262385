/**
 * `--rosters` given one file for the whole ward instead of a folder (qa21 finding 4): the storm
 * campaign's groups workbook, whose sheet "DS hộ sơ tán" lists tổ 1–3's households to evacuate,
 * given as both the groups file and the rosters. Tổ dân phố 1's tracking sheet names its six
 * households on one page; a tổ the list does not name keeps its blank numbered rows.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCli } from '../support/cli.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-bao');
const WORKBOOK = join(FIXTURE, 'to-dan-pho-bao-so-3.xlsx');

afterAll(removeTempDirs);

describe('build --rosters <file>', () => {
  it("prints each tổ's households from the ward-wide list", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(WORKBOOK);
    const names: string[] = [];
    wb.getWorksheet('DS hộ sơ tán')?.eachRow((row, n) => {
      if (n > 1 && String(row.getCell(1).value) === '1') names.push(String(row.getCell(2).value));
    });
    expect(names).toHaveLength(6);
    const out = await makeTempDir('phuong-print-rosters-file-');
    const run = await runCli(
      buildArgs(
        join(FIXTURE, 'campaign.yaml'),
        WORKBOOK,
        out,
        '--kind',
        'tracker',
        '--rosters',
        WORKBOOK,
      ),
    );
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const first = await pdfPageTexts(join(out, 'to-dan-pho-1', 'tracker.pdf'));
    expect(first).toHaveLength(1);
    for (const name of names) expect(first.join('\n')).toContain(name);
    expect((await pdfPageTexts(join(out, 'to-dan-pho-5', 'tracker.pdf'))).length).toBeGreaterThan(
      1,
    );
  });
});

describe('check --rosters <file>', () => {
  it("drops the note pointing the workbook's sheet of households at --rosters once it is given", async () => {
    const note = 'give this file as the residents roster too';
    const args = ['check', '--campaign', join(FIXTURE, 'campaign.yaml'), '--groups', WORKBOOK];
    const without = await runCli(args);
    expect(`${without.stdout}${without.stderr}`).toContain(note);
    const given = await runCli([...args, '--rosters', WORKBOOK]);
    expect(given.code).toBe(without.code);
    expect(given.stdout).toContain('ok: 15 groups');
    expect(`${given.stdout}${given.stderr}`).not.toContain(note);
  });
});
