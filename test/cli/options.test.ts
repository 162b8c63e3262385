/**
 * CLI options, as a user mistypes them: every bad value, unknown option or command stops the
 * program before any work, with exit code 2 and two lines — `error:` naming the option, the value
 * given and the values accepted (with "did you mean" when one is close), and `hint:` pointing at
 * the command's help — and nothing written. Each command's first case, the default output folder
 * and a foreign locale run the real program (bin/phuong-print.js → dist/); the others run the
 * command's code in this process (runCliInProcess: the same exit code and output, without a Node
 * start-up for each of some thirty command lines).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindNames } from '../../src/kinds/registry.js';
import { buildArgs, type CliResult, runCli, runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

afterAll(removeTempDirs);

const INPUTS = ['--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS];
// Every kind, and "all"; the poster sizes below are the README's (`--size`: a4, a3).
const KINDS = `${kindNames().join(', ')}, all`;

/** Exit 2; stderr is exactly an `error:` line and a `hint:` line; no stack trace. */
function expectUsageError(r: CliResult, says: readonly string[], hint: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(2);
  const [error, hintLine] = lines as [string, string];
  expect(error).toMatch(/^error: /);
  for (const text of says) expect(error).toContain(text);
  expect(hintLine).toMatch(/^hint: /);
  expect(hintLine).toMatch(hint);
  expect(r.stdout).toBe('');
}

const buildHelp = /"phuong-print build --help"/;

describe('build: a bad option value stops it with exit 2 and the values accepted', () => {
  it.each([
    [
      ['--size', 'a5'],
      ['--size', '"a5"', 'a4, a3', 'did you mean "a4"?'],
    ],
    [
      ['--size', 'a4,A5'],
      ['--size', '"A5"', 'a4, a3'],
    ],
    [
      ['--kind', 'nottice'],
      ['--kind', '"nottice"', KINDS, 'did you mean "notice"?'],
    ],
    [
      ['--kind', 'notice,postr'],
      ['--kind', '"postr"', 'did you mean "poster"?'],
    ],
    [['--kind'], ['--kind needs a value', KINDS]],
    [
      ['--kind', ','],
      ['--kind needs a value', KINDS],
    ],
    [
      ['--jobs', 'abc'],
      ['--jobs', '"abc"', 'whole number from 1 up'],
    ],
    [
      ['--jobs', '0'],
      ['--jobs', '"0"', 'whole number from 1 up'],
    ],
    [
      ['--jobs', '1.5'],
      ['--jobs', '"1.5"', 'whole number from 1 up'],
    ],
    [
      ['--jobs', '1e3'],
      ['--jobs', '"1e3"', 'whole number from 1 up'],
    ],
    [['--jobs'], ['--jobs needs a value', 'whole number from 1 up']],
    [
      ['--shard', '4/3'],
      ['--shard', '"4/3"', 'i/n with 1 ≤ i ≤ n'],
    ],
    [
      ['--shard', '0/2'],
      ['--shard', '"0/2"', 'i/n with 1 ≤ i ≤ n'],
    ],
    [
      ['--shard', 'half'],
      ['--shard', '"half"', 'i/n with 1 ≤ i ≤ n'],
    ],
    [['--group'], ['--group needs a value']],
    [
      ['--base-url', 'ftp://x.vn'],
      ['--base-url', '"ftp://x.vn"', 'http:// or https://'],
    ],
    [['--quiet', '--out', 'a', '--out', 'b'], ['--out is given 2 times ("a", "b")']],
  ])('%j', async (args, says) => {
    const dir = await makeTempDir('phuong-print-cli-options-');
    // The program, in a folder of its own, where the default output folder (out) would go; the
    // command here, in that folder too when the case gives its own (relative) --out, writes
    // nothing into the folder it is given either.
    const real = args[0] === '--size' && args[1] === 'a5';
    const r = real
      ? await runCli(['build', ...INPUTS, ...args], { cwd: dir })
      : args.includes('--out')
        ? await runCliInProcess(['build', ...INPUTS, ...args], { cwd: dir })
        : await runCliInProcess(['build', ...INPUTS, '--out', join(dir, 'out'), ...args]);
    expectUsageError(r, says, buildHelp);
    expect(await readdir(dir)).toEqual([]);
  });

  it('the accepted values still work, in any case: --size A3 --kind Poster --jobs 1 builds only the A3 poster', async () => {
    const out = join(await makeTempDir('phuong-print-cli-options-'), 'out');
    const r = await runCliInProcess(
      buildArgs(
        EXAMPLE_CAMPAIGN,
        EXAMPLE_GROUPS,
        out,
        // Paper sizes are written in capitals (qa11 Q6: "A3" was refused).
        ...'--quiet --group 5 --kind Poster --size A3 --jobs 1'.split(' '),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(join(out, 'to-dan-pho-so-5'))).toEqual(['poster-a3.pdf']);
  });

  it('a kind named twice is built once: --kind notice --kind notice,flyer', async () => {
    const dir = await makeTempDir('phuong-print-cli-options-');
    const out = join(dir, 'out');
    // Five groups: the print files are a whole ward's; its size is not the point.
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, wardCsv(5));
    const r = await runCliInProcess(
      buildArgs(
        EXAMPLE_CAMPAIGN,
        groups,
        out,
        ...'--quiet --kind notice --kind notice,flyer'.split(' '),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(join(out, 'to-dan-pho-so-5'))).sort()).toEqual([
      'flyer.pdf',
      'notice.pdf',
    ]);
    // The notice's one unmarked bản gốc (qa42 F10) beside each kind's print file, once.
    expect((await readdir(join(out, 'print'))).sort()).toEqual([
      'flyer-all.pdf',
      'notice-all.pdf',
      'notice-ban-goc.pdf',
    ]);
  });
});

describe('serve, links and check: bad values stop them before they start', () => {
  it.each([
    [
      ['serve', '--port', '70000'],
      ['--port', '"70000"', 'from 0 to 65535'],
    ],
    [
      ['serve', '--port', '-1'],
      ['--port', '"-1"', 'from 0 to 65535'],
    ],
    [
      ['serve', '--port', 'http'],
      ['--port', '"http"', 'from 0 to 65535'],
    ],
    [
      ['serve', '--cache-mb', 'lots'],
      ['--cache-mb', '"lots"', 'a number from 0 up'],
    ],
    [
      ['serve', '--cache-mb', '-5'],
      ['--cache-mb', '"-5"', 'a number from 0 up'],
    ],
    [
      ['serve', '--rate-limit', '0'],
      ['--rate-limit', '"0"', 'whole number from 1 up'],
    ],
    [
      ['serve', '--rate-limit', '2.5'],
      ['--rate-limit', '"2.5"', 'whole number from 1 up'],
    ],
    [
      ['links', '--base-url', 'phuong.vn'],
      ['--base-url', '"phuong.vn"', 'http:// or https://'],
    ],
    [
      ['check', '--kind', 'flyers'],
      ['--kind', '"flyers"', KINDS, 'did you mean "flyer"?'],
    ],
  ])('%j', async ([command, ...args], says) => {
    // --dev: were the value accepted, serve would start (and the test time out) rather than fail.
    const inputs = command === 'links' ? ['--groups', EXAMPLE_GROUPS] : INPUTS;
    const extra = command === 'serve' ? ['--dev'] : [];
    // Each command's first case runs the program; the others, the command here.
    const real = ['70000', 'phuong.vn', 'flyers'].includes(args[1] ?? '');
    const r = await (real ? runCli : runCliInProcess)(
      [command as string, ...inputs, ...extra, ...args],
      { timeoutMs: 30_000 },
    );
    expectUsageError(r, says, new RegExp(`"phuong-print ${command} --help"`));
  });
});

describe('unknown commands and options: did you mean', () => {
  it('a misspelt command is named, with the command meant; its options are not blamed', async () => {
    const r = await runCli(['buld', '--campaign', 'x']);
    expectUsageError(
      r,
      ['unknown command "buld" (did you mean build?)'],
      /build, check, merge-manifests, serve, report, backup, restore, links, import-docx, studio/,
    );
    expect(r.stderr).not.toContain('campaign');
  });

  it('a command with two letters swapped is named, with the command meant', async () => {
    const r = await runCliInProcess(['buidl', '--campaign', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "buidl" (did you mean build?)');
  });

  it('a misspelt option is named, with the option meant, even when it leaves one missing', async () => {
    const r = await runCliInProcess([
      'build',
      '--campain',
      EXAMPLE_CAMPAIGN,
      '--groups',
      EXAMPLE_GROUPS,
    ]);
    expectUsageError(r, ['unknown option --campain (did you mean --campaign?)'], buildHelp);
  });

  it('an option no command has: named without a guess', async () => {
    const r = await runCliInProcess(['check', ...INPUTS, '--colour']);
    expectUsageError(r, ['unknown option --colour'], /"phuong-print check --help"/);
    expect(r.stderr).not.toContain('did you mean');
  });

  it('in English whatever the locale (yargs would translate its own words)', async () => {
    const r = await runCli(['check', '--groups', EXAMPLE_GROUPS], {
      env: { LC_ALL: 'fr_FR.UTF-8' },
    });
    expectUsageError(r, ['missing required option --campaign'], /"phuong-print check --help"/);
  });

  it('no command: lists the commands', async () => {
    const r = await runCliInProcess([]);
    expectUsageError(
      r,
      [
        'name a command: build, check, merge-manifests, serve, report, backup, restore, links, import-docx, studio',
      ],
      /--help/,
    );
  });
});

describe('--groups given twice (qa28 m1: a merged ward’s old wards’ lists)', () => {
  it('says how to make the one list: a workbook with a sheet per old ward, or a "Phường cũ" column', async () => {
    const r = await runCliInProcess([
      'check',
      '--lang',
      'vi',
      '--campaign',
      EXAMPLE_CAMPAIGN,
      '--groups',
      'tan-binh.xlsx',
      '--groups',
      'hai-tan.csv',
    ]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'lỗi: --groups được ghi 2 lần ("tan-binh.xlsx", "hai-tan.csv"); chỉ ghi một lần',
      'gợi ý: Danh sách tổ dân phố chỉ gồm một tệp. Phường, xã gồm nhiều phường, xã cũ: chép danh sách của các phường, xã cũ vào một sổ tính Excel, mỗi phường, xã cũ một trang tính đặt theo tên của nó (“Tân Bình cũ”); hoặc vào một bảng có thêm cột “Phường cũ” ghi phường, xã cũ của mỗi tổ.',
    ]);
  });
});
