/**
 * A results file giving one group twice with rows refused for their own reasons (a figure above
 * the group's population): each refused row says why, and the rows are never said to "differ",
 * which identical figures contradict (review of h-results). Read from `report`'s Vietnamese
 * messages; the population from the groups file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** `report` in Vietnamese over the example with these rows of "tham gia" (group id, figure). */
async function reportOf(rows: readonly (readonly [string, number])[]) {
  const dir = await makeTempDir('results-twice-above-');
  const file = join(dir, 'ket-qua.csv');
  const lines = rows.map(([id, n]) => `${id},${n}`).join('\n');
  await writeFile(file, `Mã tổ,Số người dân tham gia cuộc thi\n${lines}\n`);
  const args = ['report', '--lang', 'vi', '--campaign', EXAMPLE_CAMPAIGN];
  return runCliInProcess([
    ...args,
    ...['--groups', EXAMPLE_GROUPS, '--results', file, '--out', join(dir, 'out')],
  ]);
}

/** Tổ dân phố số 1's population, as the groups file gives it. */
const population = async () =>
  Number(/^1;Tổ dân phố số 1;.*;(\d+)\r?$/m.exec(await readFile(EXAMPLE_GROUPS, 'utf8'))?.[1]);

describe('a group on two rows, refused for their own reasons', () => {
  it('both refused: each says its reason, not that their figures differ', async () => {
    const base = await population();
    expect(base).toBeGreaterThan(0);
    const over = base + 1000;
    const r = await reportOf([
      ['1', over],
      ['1', over],
      ['2', 100],
    ]);
    expect(r.code).not.toBe(0);
    // Written with their thousands dots, as the leader's form writes them (qa25 F6).
    const dots = (n: number) => n.toLocaleString('de-DE').replace(/\./g, '\\.');
    for (const row of [2, 3])
      expect(r.stderr).toMatch(
        new RegExp(
          `dòng ${row}, [^\\n]*${dots(over)} lớn hơn số nhân khẩu[^\\n]*\\(${dots(base)}\\)`,
        ),
      );
    expect(r.stderr).not.toContain('khác nhau');
    expect(r.stderr).not.toContain('có 2 dòng');
  });

  it('one refused, one read: neither is read, said as rows not all read', async () => {
    const over = (await population()) + 1000;
    const r = await reportOf([
      ['1', over],
      ['1', 100],
      ['2', 100],
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /dòng 3[^\n]*có 2 dòng \(dòng 2, 3\), trong đó có dòng không đọc được/,
    );
    expect(r.stderr).not.toContain('khác nhau');
  });
});
