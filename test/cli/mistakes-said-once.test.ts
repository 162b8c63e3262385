/**
 * A mistake said as the user made it (qa38 m2, m3, m8): a folder given for the Word file is
 * called a folder, with the file to give; a missing backup file is named once; an impossible date
 * is said to be no day of the calendar (it is written as asked); a bad `--lang` is refused even
 * when help is asked (`serve --dev --host`, an option conflict: test/serve/cli.test.ts). Each is
 * one `error:` line and one `hint:` line, no stack trace. The --lang case runs the real program
 * (yargs' help ends the process); the others run the command here (runCliInProcess).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli, runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const INPUTS = ['--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS];
const VI = { PHUONG_PRINT_LANG: 'vi' };

/** `code`, then stderr as exactly its `error:` line (returned) and a `hint:` line; no stack. */
function refused(r: CliResult, code: number, [error, hint] = ['error: ', 'hint: ']): string {
  expect(r.code, r.stderr).toBe(code);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(2);
  expect(lines[0]?.startsWith(error), r.stderr).toBe(true);
  expect(lines[1]?.startsWith(hint), r.stderr).toBe(true);
  expect(r.stderr).not.toMatch(/^\s+at |internal error/m);
  return lines.join('\n');
}

describe('import-docx given a folder (qa38 m2)', () => {
  it('says it is a folder and names a Word file in it to give instead', async () => {
    const dir = await makeTempDir('phuong-print-said-');
    const folder = join(dir, 'cong-van');
    await mkdir(folder);
    await writeFile(join(folder, 'thong-bao-ve-sinh.docx'), 'not opened');
    const said = refused(
      await runCliInProcess(['import-docx', folder, '--out', join(dir, 'ward')]),
      1,
    );
    expect(said).toContain(`error: ${folder}: this is a folder, not a Word file`);
    expect(said).toContain(join(folder, 'thong-bao-ve-sinh.docx'));
    expect(said).not.toContain('cannot read');
  });

  it('a folder without a Word file: says what to give, in Vietnamese too', async () => {
    const dir = await makeTempDir('phuong-print-said-');
    const said = refused(
      await runCliInProcess(['import-docx', dir, '--out', join(dir, 'ward')], { env: VI }),
      1,
      ['lỗi: ', 'gợi ý: '],
    );
    expect(said).toContain(`${dir}: đây là một thư mục`);
    expect(said).toMatch(/\.docx/);
    // Word's menu as Vietnamese Office shows it (review41 §8).
    expect(said).toContain('Tệp → Lưu Như → “Tài liệu Word (*.docx)”');
  });
});

describe('restore from a backup file that is not there (qa38 m3)', () => {
  it('names the path once', async () => {
    const dir = await makeTempDir('phuong-print-said-');
    const from = join(dir, 'sao-luu.zip');
    const said = refused(
      await runCliInProcess(['restore', '--from', from, '--data', join(dir, 'du-lieu')]),
      1,
    );
    expect(said.split(from)).toHaveLength(2);
    expect(said).toMatch(/does not exist/);
  });

  it('a folder given for the file: named once', async () => {
    const dir = await makeTempDir('phuong-print-said-');
    const said = refused(
      await runCliInProcess(['restore', '--from', dir, '--data', join(dir, 'du-lieu')]),
      1,
    );
    expect(said.split(dir)).toHaveLength(2);
    expect(said).toContain('is a folder');
  });
  it('a ZIP that is not a backup: named once', async () => {
    const dir = await makeTempDir('phuong-print-said-');
    const from = join(dir, 'anh.zip');
    await writeFile(from, zipSync({ 'anh.jpg': strToU8('not a store') }));
    const said = refused(
      await runCliInProcess(['restore', '--from', from, '--data', join(dir, 'du-lieu')]),
      1,
    );
    expect(said.split(from)).toHaveLength(2);
    expect(said).toContain('not a backup');
  });
});

describe('report --date of a day the calendar does not have (qa38 m3)', () => {
  it('31/02/2026: says the day does not exist, not that it is written wrongly; exit 2', async () => {
    const dir = await makeTempDir('phuong-print-said-');
    const r = await runCliInProcess(['report', ...INPUTS, '--date', '31/02/2026', '--out', dir]);
    const said = refused(r, 2);
    expect(said).toContain('31/02/2026');
    expect(said).toMatch(/not on the calendar/);
    expect(said).not.toContain('written DD/MM/YYYY');
  });

  it('a date written otherwise is still said to be written wrongly', async () => {
    const dir = await makeTempDir('phuong-print-said-');
    const r = await runCliInProcess(['report', ...INPUTS, '--date', 'hôm qua', '--out', dir]);
    expect(refused(r, 2)).toContain('DD/MM/YYYY');
  });
});

describe('--lang with a value it does not take, and --help (qa38 m8)', () => {
  it.each([
    [['--lang', 'fr', '--help'], '"fr"'],
    [['build', '--lang=fr', '--help'], '"fr"'],
  ])('%j: exit 2 with the values accepted, no help', async (args, value) => {
    const r = await runCli(args);
    const said = refused(r, 2);
    expect(said).toContain(`--lang: ${value}`);
    expect(said).toMatch(/vi, en/);
    expect(r.stdout).toBe('');
  });
});
