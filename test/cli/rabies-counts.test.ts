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
async function build(rosters: string, campaign = join(FIXTURES, 'campaign.yaml')) {
  const dir = await makeTempDir('phuong-print-rabies-');
  if (!rosters.startsWith('/')) rosters = join(FIXTURES, rosters);
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(
      campaign,
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

  it('prints no household’s children (“Số con”) as a count of the “(con)” animals (review58a #2)', async () => {
    const dir = await makeTempDir('phuong-print-rabies-roster-');
    const source = await readFile(join(FIXTURES, 'rosters', '1.csv'), 'utf8');
    await mkdir(join(dir, 'rosters'));
    // A households roster's children's column before the dogs and cats: row 3 has 5 children.
    const rows = source
      .trimEnd()
      .split('\n')
      .map((row, i) => row.replace(/;/u, i === 0 ? ';Số con;' : i === 2 ? ';5;' : ';0;'));
    await writeFile(join(dir, 'rosters', '1.csv'), `${rows.join('\n')}\n`);
    const unprinted =
      '1.csv, mục “Số con”: cột “Số con” của danh sách người dân không được in ở đâu';
    const { lines, text, stderr } = await build(join(dir, 'rosters'));
    expect(text).toMatch(/Số chó Số mèo Số con đã tiêm/u);
    expect(text).not.toContain('“Số con”, “Số chó”');
    expect(lines).toContain('2 Trần Văn Bảo Số 4 ngõ 12 2 1');
    expect(stderr).toContain(unprinted);
    // Nor when the measure's label says its unit: "Số con đã tiêm" (of "Số chó, mèo (con)").
    const campaign = join(dir, 'campaign.yaml');
    const yaml = await readFile(join(FIXTURES, 'campaign.yaml'), 'utf8');
    await writeFile(
      campaign,
      yaml.replace('label: "Số chó, mèo đã tiêm"', 'label: "Số con đã tiêm"'),
    );
    const named = await build(join(dir, 'rosters'), campaign);
    expect(named.lines).toContain('2 Trần Văn Bảo Số 4 ngõ 12 2 1');
    expect(named.stderr).toContain(unprinted);
  });

  it('takes a roster numbered “01”, “02” as the sheet’s 1, 2: no column of its own numbers (review58a #6)', async () => {
    const dir = await makeTempDir('phuong-print-rabies-roster-');
    const source = await readFile(join(FIXTURES, 'rosters', '1.csv'), 'utf8');
    await mkdir(join(dir, 'rosters'));
    // As Excel keeps a number column typed as text: "01;Nguyễn Văn An;…".
    await writeFile(join(dir, 'rosters', '1.csv'), source.replace(/^(\d);/gmu, '0$1;'));
    const { lines, text } = await build(join(dir, 'rosters'));
    expect(lines).toContain('2 Trần Văn Bảo Số 4 ngõ 12 2 1');
    expect(text).not.toContain('STT trong danh sách gốc');
  });
});

describe('the rabies sheet’s money tick (qa58 p4)', () => {
  it('asks an “x” in “Đã nộp tiền”, not a number of animals', async () => {
    const { text } = await build('rosters');
    expect(text).toContain('Cột “Đã nộp tiền”: đánh dấu “x” khi hộ đã nộp.');
  });
});

describe('the rabies sheet’s “Tổng cộng” (closing56)', () => {
  /** The sum of the roster's column `header`, as its file gives each household's. */
  async function rosterSum(rosters: string, header: string): Promise<number> {
    const [head = '', ...rows] = (await readFile(join(FIXTURES, rosters, '1.csv'), 'utf8'))
      .trimEnd()
      .split(/\r?\n/u);
    const at = head.split(';').indexOf(header);
    expect(at).toBeGreaterThan(0);
    return rows.reduce((sum, row) => sum + Number(row.split(';')[at]), 0);
  }

  it('adds up the roster’s “Số chó” and “Số mèo”', async () => {
    const { lines } = await build('rosters');
    const dogs = await rosterSum('rosters', 'Số chó');
    const cats = await rosterSum('rosters', 'Số mèo');
    expect(lines).toContain(`Tổng cộng ${dogs} ${cats}`);
  });

  it('adds up one column named as the measure’s base, “Số chó, mèo (con)”', async () => {
    const { lines } = await build('rosters-b');
    expect(lines).toContain(`Tổng cộng ${await rosterSum('rosters-b', 'Số chó, mèo (con)')}`);
  });
});
