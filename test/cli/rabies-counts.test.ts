/**
 * qa58 M2 and p4: a rabies vaccination (test/fixtures/qa58-dai, the QA's s2/dai.yaml: "Số chó,
 * mèo đã tiêm" against the groups' "Số chó, mèo (con)", "Mức thu: 50.000 đồng/con"; actions "Số
 * con đã tiêm" and "Đã nộp tiền"). The households roster's "Số chó" and "Số mèo" (or one column
 * "Số chó, mèo (con)") were printed nowhere, and the build said to delete them: the leader could
 * not see which household had not brought all its animals. They are columns of the sheet now,
 * each household's counts as the roster gives them. And the "Đã nộp tiền" column was told to
 * take a number of animals ("ghi vào ô số con chó, mèo"): it takes an "x".
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfWords, wordLines } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = new URL('../fixtures/qa58-dai/', import.meta.url).pathname;

/** Tổ 1's tracking sheet built with the rosters folder `rosters`: its lines, and the build's words. */
async function build(rosters: string) {
  const dir = await makeTempDir('phuong-print-rabies-');
  if (!rosters.startsWith('/')) rosters = join(FIXTURES, rosters);
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(
      join(FIXTURES, 'campaign.yaml'),
      join(FIXTURES, 'groups.csv'),
      out,
      '--rosters',
      rosters,
      '--lang=vi',
      '--kind=tracker',
    ),
  );
  expect(r.code, r.stderr).toBe(0);
  const words = await pdfWords(await readFile(join(out, 'to-dan-pho-so-1', 'tracker.pdf')));
  const lines = wordLines(words).map((l) => l.map((w) => w.text).join(' '));
  return { lines, text: collapseSpaces(lines.join('\n')), stderr: collapseSpaces(r.stderr) };
}

describe('a rabies roster’s dogs and cats (qa58 M2)', () => {
  it('prints each household’s “Số chó” and “Số mèo”, and warns of neither', async () => {
    const { lines, text, stderr } = await build('rosters');
    expect(text).toMatch(/Số chó Số mèo Số con đã tiêm/u);
    // rosters/1.csv row 3: "Trần Văn Bảo;Số 4 ngõ 12;2;1"; row 7: "Vũ Văn Giang;Số 12 ngõ 12;3;0".
    expect(lines).toContain('2 Trần Văn Bảo Số 4 ngõ 12 2 1');
    expect(lines).toContain('6 Vũ Văn Giang Số 12 ngõ 12 3 0');
    expect(text).toContain('Cột “Số chó”, “Số mèo”: số của từng hộ theo danh sách');
    expect(stderr).not.toContain('không được in ở đâu');
  });

  it('prints a column named as the measure’s base, “Số chó, mèo (con)”', async () => {
    const { lines, stderr } = await build('rosters-b');
    // rosters-b/1.csv row 3: "Trần Văn Bảo;Số 4 ngõ 12;3".
    expect(lines).toContain('2 Trần Văn Bảo Số 4 ngõ 12 3');
    expect(stderr).not.toContain('không được in ở đâu');
  });

  it('still warns of a count the campaign does not measure, naming the file and column', async () => {
    const dir = await makeTempDir('phuong-print-rabies-roster-');
    const source = await readFile(join(FIXTURES, 'rosters', '1.csv'), 'utf8');
    await mkdir(join(dir, 'rosters'));
    // A column of chickens: nothing the rabies campaign counts.
    await writeFile(join(dir, 'rosters', '1.csv'), source.replace('Số mèo', 'Số gà'));
    const { lines, stderr } = await build(join(dir, 'rosters'));
    expect(lines).toContain('2 Trần Văn Bảo Số 4 ngõ 12 2');
    expect(stderr).toContain(
      '1.csv, mục “Số gà”: cột “Số gà” của danh sách người dân không được in ở đâu',
    );
    expect(stderr).toContain('đặt tên cột theo thứ chỉ tiêu đếm');
  });
});

describe('the rabies sheet’s money tick (qa58 p4)', () => {
  it('asks an “x” in “Đã nộp tiền”, not a number of animals', async () => {
    const { text } = await build('rosters');
    expect(text).toContain('Cột “Đã nộp tiền”: đánh dấu “x” khi hộ đã nộp.');
  });
});
