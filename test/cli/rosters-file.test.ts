/**
 * `--rosters` given one file for the whole ward instead of a folder (qa21 finding 4): the storm
 * campaign's groups workbook, whose sheet "DS hộ sơ tán" lists tổ 1–3's households to evacuate,
 * given as both the groups file and the rosters. Tổ dân phố 1's tracking sheet names its six
 * households on one page; a tổ the list does not name keeps its blank numbered rows.
 * The build and the check without --rosters run the command's code in this process
 * (runCliInProcess: the same exit code, output and files, without a Node start-up each); the
 * check given --rosters runs the real program (bin/phuong-print.js → the bundle).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCli, runCliInProcess } from '../support/cli.js';
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
    // Tổ 1's households to evacuate, as its row of the groups sheet counts them (the measure's base).
    const groupsSheet = wb.getWorksheet('Tổ dân phố');
    if (!groupsSheet) throw new Error('no sheet "Tổ dân phố"');
    const header = (groupsSheet.getRow(1).values as unknown[]).map(String);
    const toEvacuate = Number(
      groupsSheet.getRow(2).getCell(header.indexOf('Số hộ phải sơ tán')).value,
    );
    expect(toEvacuate).toBe(18);
    const out = await makeTempDir('phuong-print-rosters-file-');
    const run = await runCliInProcess(
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
    // Its six households named on the first page, then blank numbered rows up to the 18 it must
    // evacuate (qa22 #2: a partial list no longer cuts the sheet to the listed households).
    for (const name of names) expect(first[0]).toContain(name);
    expect(first.join('\n')).toMatch(new RegExp(`^\\s*${toEvacuate}\\s*$`, 'm'));
    // One warning names the list and the tổ it gives far fewer rows than they count.
    expect(run.stderr).toMatch(
      new RegExp(`Tổ dân phố 1: 6/${toEvacuate} hộ phải sơ tán, Tổ dân phố 2: 6/\\d+`),
    );
    expect(run.stderr.match(/far fewer rows|ít dòng hơn nhiều/g)).toHaveLength(1);
    // Tổ 5, not in the list: a blank row for each of the 10 households it must evacuate and a few
    // spare, as the listed tổ's sheet runs to its 18 (qa54 M3), not one for each of its 185.
    const fifth = await pdfPageTexts(join(out, 'to-dan-pho-5', 'tracker.pdf'));
    expect(fifth).toHaveLength(1);
    expect(fifth.join('\n')).toMatch(/^\s*13\s*$/m);
  });
});

describe('check --rosters <file>', () => {
  it("drops the note pointing the workbook's sheet of households at --rosters once it is given", async () => {
    const note = 'give this file as the residents roster too';
    const args = ['check', '--campaign', join(FIXTURE, 'campaign.yaml'), '--groups', WORKBOOK];
    const without = await runCliInProcess(args);
    expect(`${without.stdout}${without.stderr}`).toContain(note);
    const given = await runCli([...args, '--rosters', WORKBOOK]);
    expect(given.code).toBe(without.code);
    expect(given.stdout).toContain('ok: 15 groups');
    expect(`${given.stdout}${given.stderr}`).not.toContain(note);
  });
});
