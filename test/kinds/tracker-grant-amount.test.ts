/**
 * qa56 M3: a mừng thọ campaign hands each elder a gift of money, "Số tiền đã trao (đồng)" as a
 * plain amount (`of: đồng`, test/fixtures/qa56-mungtho/campaign-dong.yaml as QA wrote it). The
 * tracking sheet's amount column told the leader to "ghi số tiền người đó đã nộp", as if the
 * elders paid: a grant is what the person received. A fee (qa40's "Số tiền đã thu") still reads
 * "đã nộp" (fee-payment-amount.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-mungtho/${name}`, import.meta.url));

let out: string;
let code: number;
let stderr: string;
beforeAll(async () => {
  out = join(await makeTempDir('phuong-print-grant-'), 'out');
  const run = await runCliInProcess([
    ...buildArgs(fixture('campaign-dong.yaml'), fixture('groups.csv'), out),
    ...['--rosters', fixture('rosters'), '--kind', 'tracker', '--group', '1', '--lang', 'vi'],
  ]);
  ({ code, stderr } = run);
}, 120_000);
afterAll(removeTempDirs);

describe('a grant’s amount column on the tracking sheet (qa56 M3)', () => {
  it('tells the leader to write the money each elder received, not paid', async () => {
    expect(code, stderr).toBe(0);
    const pdf = await readFile(join(out, 'to-dan-pho-so-1', 'tracker.pdf'));
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Cột “Số tiền đã trao (đồng)”: ghi số tiền người đó đã nhận.');
    expect(text).not.toContain('đã nộp');
  });
});
