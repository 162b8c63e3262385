/**
 * A measure in money taken against households or people (qa40 e-thu-phi: "Số tiền đã thu (đồng)"
 * with `of: households`) is a slip: its tracking sheet's foot read "……… đồng / 228 đồng = ……… %",
 * then "……… đồng / 228 hộ = ……… %", a rate of money over households; now "……… đồng (……… hộ đã
 * nộp / 228 hộ)", what a treasurer writes (the report still rates it, as the warning says). `check` and `build` say
 * so in Vietnamese at the measure's `of` line, with the fix; the same measure written as the README
 * gives it (its `of` left out: a plain amount) is not warned of.
 * Input: the QA round's fee campaign and groups (test/fixtures/qa40/).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));
const CAMPAIGN = join(FIXTURES, 'e-thu-phi.yaml');
const GROUPS = join(FIXTURES, 'groups.csv');
const MEASURE = '  - { id: so_tien, label: Số tiền đã thu (đồng), of: households }';
const SAID = '“Số tiền đã thu (đồng)” là số tiền (đồng), nhưng tỷ lệ lại tính trên số hộ';

describe('a measure in money taken against households', () => {
  it('is warned of by check at its line, in Vietnamese, with the fix', async () => {
    const text = await readFile(CAMPAIGN, 'utf8');
    expect(text).toContain(MEASURE);
    const r = await checkVi(CAMPAIGN, GROUPS);
    const warning = r.stderr.split('\n').find((l) => l.includes(SAID));
    expect(warning, r.stderr).toBeDefined();
    expect(warning).toContain(`${CAMPAIGN}, dòng ${lineOf(text, MEASURE)}`);
    expect(warning).toContain('mục thứ 2 của “measures”, “of”');
    expect(r.stderr).toContain('bỏ dòng “of” (hoặc ghi of: đồng');
    // review44 #9: said plainly. The tracking sheet no longer rates the sum (below): the report does.
    expect(warning).toContain(
      'nhưng tỷ lệ lại tính trên số hộ: báo cáo sẽ in số tiền thành tỷ lệ trên số hộ (“… đồng / … hộ = … %”)',
    );
    expect(r.stderr).toContain('Số tiền đã thu chỉ ghi tổng, không tính tỷ lệ: bỏ dòng “of”');
  });

  it('is warned of by build too, and not once its of is left out', async () => {
    const out = await makeTempDir('phuong-print-money-of-');
    const built = await runCliInProcess([
      ...buildArgs(CAMPAIGN, GROUPS, out, '--group', '7', '--kind', 'tracker'),
      '--lang',
      'vi',
    ]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain(SAID);
    const [tracker] = (await readdir(out, { recursive: true })).filter((f) =>
      f.endsWith('tracker.pdf'),
    );
    // What the warning is about: a sum over Tổ dân phố Tân Lập's 228 households (groups.csv),
    // the households called what they are, not "đồng"; and a sum is no share of households:
    // the foot says what a treasurer writes, the sum and how many households paid it.
    const foot = (await pdfText(join(out, tracker ?? '?'))).replace(/\s+/g, ' ');
    expect(foot).toContain('Số tiền đã thu: ……… đồng (……… hộ đã nộp / 228 hộ)');
    expect(foot).not.toContain('đồng / 228 hộ = ……… %');
    expect(foot).not.toContain('228 đồng');
    // The count of households paid keeps its rate.
    expect(foot).toContain('Số hộ đã nộp phí: ……… hộ / 228 hộ = ……… %');
    const dir = await makeTempDir('phuong-print-money-of-');
    const fixed = join(dir, 'campaign.yaml');
    const text = await readFile(CAMPAIGN, 'utf8');
    await writeFile(fixed, text.replace(MEASURE, MEASURE.replace(', of: households', '')));
    const r = await checkVi(fixed, GROUPS);
    expect(r.stderr).not.toContain('là số tiền');
    const out2 = await makeTempDir('phuong-print-money-of-');
    const rebuilt = await runCliInProcess(
      buildArgs(fixed, GROUPS, out2, '--group', '7', '--kind', 'tracker'),
    );
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    const [t2] = (await readdir(out2, { recursive: true })).filter((f) =>
      f.endsWith('tracker.pdf'),
    );
    // The fix the warning gives: a plain sum on the foot, over nothing.
    const fixedFoot = (await pdfText(join(out2, t2 ?? '?'))).replace(/\s+/g, ' ');
    expect(fixedFoot).toContain('Số tiền đã thu: ……… đồng Lê Chân');
    expect(fixedFoot).not.toContain('228 đồng');
  });
});
