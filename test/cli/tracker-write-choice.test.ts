/**
 * qa57 p5: a swimming class's sign-up list (a children's list) whose notice asks the parents to
 * choose a pool and a shift ("bể bơi và ca học chọn") had a tick column only, ~35 mm of room for
 * an "x": the office could not sort the children into the three pools. An action given
 * `write: true` (and its column title) is a column the leader writes the choice in. Read from the
 * built sheet's words and its rasterised rules.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfWords, wordLines } from '../support/pdf-text.js';
import { columnAt, headerWord, rulesThrough } from '../support/table-rules.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = new URL('../fixtures/qa57-boi/', import.meta.url).pathname;
const STEP =
  '  - step: Cha mẹ đăng ký cho con với tổ trưởng tổ dân phố (họ tên, ngày sinh của trẻ, bể bơi và ca học chọn)\n';

/** Tổ 1's sheet of the qa57 swimming class, its first action's lines after the step's. */
async function build(after: string) {
  const dir = await makeTempDir('phuong-print-write-choice-');
  const source = await readFile(join(FIXTURES, 'campaign.yaml'), 'utf8');
  expect(source).toContain(STEP);
  const campaign = join(dir, 'campaign.yaml');
  await writeFile(campaign, source.replace(STEP, `${STEP}${after}`));
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(campaign, join(FIXTURES, 'groups.csv'), out, '--lang=vi', '--kind=tracker'),
  );
  expect(r.code, r.stderr).toBe(0);
  const pdf = await readFile(join(out, 'to-dan-pho-so-1', 'tracker.pdf'));
  const words = await pdfWords(pdf);
  const text = wordLines(words)
    .map((l) => l.map((w) => w.text).join(' '))
    .join('\n');
  return { pdf, words, text: collapseSpaces(text), stderr: collapseSpaces(r.stderr), campaign };
}

describe("a children's sign-up list whose notice asks for a pool and a shift (qa57 p5)", () => {
  it('gives the choice a column to write in, said in the instructions, wide enough for it', async () => {
    const { pdf, words, text, stderr } = await build(
      '    column: Bể bơi, ca học\n    write: true\n',
    );
    expect(text).toContain('Cột “Bể bơi, ca học”: ghi bể bơi, ca học đã chọn cho trẻ đó.');
    expect(stderr).not.toContain('có cột để ghi');
    const page = words.filter((w) => w.page === 1);
    // The first body row: its number "1" in the STT column, under the header.
    const stt = page.find((w) => w.text === 'STT');
    const first = page.find((w) => w.text === '1' && w.yMin > (stt?.yMin ?? 0) + 5);
    if (!first) throw new Error('no first row');
    const pool = headerWord(page, 'Bể', first);
    if (!pool) throw new Error('no "Bể bơi, ca học" header');
    const rules = await rulesThrough(pdf, first);
    // "Đông Khê, ca tối" by hand: 16 letters of about 2 mm, with the pen's margin.
    const { left, right } = columnAt(rules, pool);
    expect(right - left).toBeGreaterThanOrEqual(16 * 2 + 2);
  });

  it('without `write`, keeps the tick column and says nothing of a choice', async () => {
    const { text } = await build('    column: Bể bơi, ca học\n');
    expect(text).toContain('Bể bơi, ca học');
    expect(text).not.toContain('đã chọn cho trẻ đó');
  });

  it('says a written column without a title, at its line', async () => {
    const { stderr, campaign } = await build('    write: true\n');
    expect(stderr).toMatch(
      new RegExp(
        `${campaign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, dòng \\d+, mục thứ 1 của “actions”, “write”: việc “Cha mẹ đăng ký cho con với tổ trưởng tổ dân phố \\(họ tên, ngày sinh của trẻ, bể bơi và ca học chọn\\)” có cột để ghi`,
      ),
    );
  });
});
