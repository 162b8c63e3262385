/**
 * `report --results` with a sum far out of line with its group's target (qa24 F2, the results
 * file's side): the leader's form asks before saving one, and the file said nothing — the report
 * came out with "1.000 %" and "vượt chỉ tiêu" unwarned. Each such figure is now said once on
 * stderr at its row and column, in the form's words. The fixture (test/fixtures/qa24-offrow/) is
 * the studio's own campaign: Tổ dân phố 3's target 12.500.000 đồng, the file's 125.000.000 on
 * its row 4.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { testFolder } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa24-offrow/${name}`, import.meta.url));
const COLUMN = 'Số tiền đã vận động (đồng)';

const { path, write } = testFolder('phuong-print-off-target-');

async function report(results: string, extra: string[] = []) {
  return runCliInProcess([
    'report',
    ...['--campaign', fixture('campaign.yaml'), '--groups', fixture('groups.xlsx')],
    ...['--results', results, '--out', path(`out-${extra.length}`), '--lang', 'vi', ...extra],
  ]);
}

describe('report --results: a figure far out of line with its target', () => {
  it('is said once, at its row and column, naming the group, in the phone form’s words', async () => {
    const file = fixture('ket-qua.csv');
    const run = await report(file);
    expect(run.code).toBe(0);
    const said = `${file}, dòng 4, cột “${COLUMN}”: Tổ dân phố 3: 125.000.000 đồng là gấp 10 lần chỉ tiêu 12.500.000 đồng: kiểm tra lại số chữ số 0 trước khi ký báo cáo`;
    expect(run.stderr).toContain(said);
    expect(run.stderr.split('gấp 10 lần').length - 1).toBe(1);
    // The other rows are near their targets (12.500.000 of 15.000.000…): nothing said of them.
    expect(run.stderr).not.toContain('Tổ dân phố 1:');
    expect(run.stderr).not.toContain('Tổ dân phố 4:');
  });

  it('says a sum typed in thousands, and once when the file is imported into the store', async () => {
    // Tổ dân phố 8's target is 10.000.000 đồng: 9.500 is under 1 % of it.
    const file = await write(
      'ket-qua-nghin.csv',
      `STT;Tên tổ dân phố;${COLUMN}\n7;Tổ dân phố 7;15.000.000\n8;Tổ dân phố 8;9.500\n`,
    );
    const run = await report(file, ['--data', path('data')]);
    expect(run.code).toBe(0);
    const said = `${file}, dòng 3, cột “${COLUMN}”: Tổ dân phố 8: 9.500 đồng chưa bằng 1% chỉ tiêu 10.000.000 đồng: có phải đã ghi theo nghìn đồng (9.500.000)? Kiểm tra lại trước khi ký báo cáo`;
    expect(run.stderr).toContain(said);
    expect(run.stderr.split('chưa bằng 1%').length - 1).toBe(1);
    expect(run.stderr).not.toContain('Tổ dân phố 7:');
  });

  it('under ten times its target asks to check the figure, not its zeros (none is in question)', async () => {
    // Tổ dân phố 3's target is 12.500.000 đồng: 45.000.000 is 3,6 times it, no zero too many.
    const file = await write(
      'ket-qua-gap.csv',
      `STT;Tên tổ dân phố;${COLUMN}\n3;Tổ dân phố 3;45.000.000\n`,
    );
    const run = await report(file, ['--date', '2026-12-05']);
    expect(run.code).toBe(0);
    const said = `${file}, dòng 2, cột “${COLUMN}”: Tổ dân phố 3: 45.000.000 đồng là gấp 3,6 lần chỉ tiêu 12.500.000 đồng: kiểm tra lại số đã ghi trước khi ký báo cáo`;
    expect(run.stderr).toContain(said);
    expect(run.stderr).not.toContain('chữ số 0');
  });
});
