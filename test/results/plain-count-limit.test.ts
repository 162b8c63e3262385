/**
 * review57a #4: a plain count (`of: người (không tính tỉ lệ)`, absentees) had no bound: 7,000
 * absentees in a tổ of 700 people went into the report. It is bounded by the group's people (a
 * households' plain count by its households) and taken with --confirm, as `of: người` is.
 * QA56's call-up (test/fixtures/qa56-nvqs: Tổ 1 has 210 households, 700 people).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-nvqs/${name}`, import.meta.url));

async function report(of: string, absent: number, more: string[] = []) {
  const dir = await makeTempDir('plain-count-limit-');
  const yaml = (await readFile(fixture('campaign.yaml'), 'utf8')).replace(
    'of: người (không tính tỉ lệ)',
    `of: ${of}`,
  );
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  const results = join(dir, 'ket-qua.csv');
  await writeFile(results, `STT,Số công dân đã khám,Số công dân vắng mặt\n1,5,${absent}\n2,3,0\n`);
  const run = await runCliInProcess([
    'report',
    ...['--campaign', join(dir, 'campaign.yaml'), '--groups', fixture('groups.csv')],
    ...['--results', results, '--out', join(dir, 'bao-cao'), '--lang', 'vi', ...more],
  ]);
  return { code: run.code, said: collapseSpaces(run.stderr) };
}

describe('a plain count above the group’s people or households (review57a #4)', () => {
  it('refuses 7,000 absentees of 700 people, and takes them with --confirm', async () => {
    const refused = await report('người (không tính tỉ lệ)', 7000);
    expect(refused.code).not.toBe(0);
    expect(refused.said).toContain(
      'dòng 2, cột “Số công dân vắng mặt”: 7.000 lớn hơn số nhân khẩu của Tổ dân phố số 1 (700)',
    );
    expect(refused.said).toContain('--confirm');
    const confirmed = await report('người (không tính tỉ lệ)', 7000, ['--confirm']);
    expect(confirmed.code, confirmed.said).toBe(0);
    // 700 is no slip.
    expect((await report('người (không tính tỉ lệ)', 700)).code).toBe(0);
  });

  it('refuses 300 households of 210', async () => {
    const refused = await report('hộ (không tính tỉ lệ)', 300);
    expect(refused.code).not.toBe(0);
    expect(refused.said).toContain('300 lớn hơn số hộ của Tổ dân phố số 1 (210)');
  });
});
