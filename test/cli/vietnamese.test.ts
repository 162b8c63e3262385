/**
 * The CLI in Vietnamese, as the office meets it: with `--lang vi` or a Vietnamese locale
 * (LANG=vi_VN.UTF-8), a bad row of the groups file, a busy port, an output folder that cannot be
 * made and a bad option value are each one Vietnamese sentence (`lỗi:`) naming the file, row and
 * column, port or value, and a hint (`gợi ý:`), with the exit codes of the English CLI and no
 * stack trace; `--lang en` keeps English under a Vietnamese locale. Under the locale, a bad
 * option value runs the real program (bin/phuong-print.js → the bundle: the language a process
 * starts in); the other cases run the command's code in this process (runCliInProcess: the same
 * exit code, output and files, without a Node start-up each). The English program meets a busy
 * port and an output folder that cannot be made in test/cli/environment-errors.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, type CliResult, runCli, runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const VI_LOCALE = { LANG: 'vi_VN.UTF-8' };

/** Two lines, `lỗi:` (or `first`) and `gợi ý:`, NFC, no stack, no English framing. */
function expectVietnamese(r: CliResult, code: number, first = 'lỗi:'): [string, string] {
  expect(r.code, r.stderr).toBe(code);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(2);
  const [error = '', hint = ''] = lines;
  expect(error.startsWith(`${first} `)).toBe(true);
  expect(hint).toMatch(/^gợi ý: \S/);
  expect(r.stderr).toBe(r.stderr.normalize('NFC'));
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/\b(error|hint|internal)\b/);
  return [error, hint];
}

/** A groups file whose second group has no name, in row 3 of the file (row 2 of data + header). */
async function badGroups(): Promise<string> {
  const dir = await makeTempDir('phuong-print-vi-');
  const file = join(dir, 'to-dan-pho.csv');
  // With its population: the example's measures count people, and a list without it is warned of.
  await writeFile(
    file,
    'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu\n1,Tổ dân phố số 1,120,410\n2,,95,300\n',
  );
  return file;
}

/** A bad row of the groups file (a failed group, exit 1), with `lang` or under `env`. */
async function badRow(lang: string[], env: Record<string, string>) {
  const groups = await badGroups();
  const out = await makeTempDir('phuong-print-vi-out-');
  const r = await runCliInProcess(
    buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--quiet', '--kind', 'notice', ...lang),
    { env },
  );
  // The other groups are built; this one is named. Rows are numbered as in the file.
  const [error, hint] = expectVietnamese(r, 1, 'không tạo được:');
  expect(error).toBe(`không tạo được: tổ 2: ${groups}, dòng 3, cột “Tên tổ dân phố”: thiếu tên`);
  expect(hint).toBe('gợi ý: Ghi tên tổ, ví dụ “Tổ dân phố số 5”.');
}

/** A bad option value (a usage error, exit 2), with `lang` or under `env`. */
async function badOptionValue(lang: string[], env: Record<string, string>, run = runCliInProcess) {
  const r = await run(['build', '--kind', 'poser', ...lang], { env });
  const [error, hint] = expectVietnamese(r, 2);
  expect(error).toBe(
    'lỗi: --kind: “poser” không phải là một trong các giá trị notice, poster, share, flyer, share-flyer, checklist, tracker, all (có phải ý bạn là “poster”?)',
  );
  expect(hint).toBe(
    'gợi ý: “phuong-print build --help” liệt kê các tùy chọn của lệnh và giá trị được phép.',
  );
}

describe('in Vietnamese (--lang vi)', () => {
  const lang = ['--lang', 'vi'];
  const env = {};
  it('a bad row of the groups file: the file, its row and column, what is wrong, exit 1', () =>
    badRow(lang, env));

  it('a busy port: names the address and port, hints at --port, exit 1', async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => {
        const address = blocker.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    try {
      const cache = await makeTempDir('phuong-print-vi-cache-');
      const r = await runCliInProcess(
        [
          'serve',
          ...['--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS],
          ...['--dev', '--port', String(port), '--cache-dir', cache, ...lang],
        ],
        { env },
      );
      const [error, hint] = expectVietnamese(r, 1);
      expect(error).toBe(
        `lỗi: không mở được 127.0.0.1 cổng ${port}: một chương trình khác đang dùng cổng này`,
      );
      expect(hint).toContain('--port');
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('an output folder that cannot be made: names the path, exit 1', async () => {
    const dir = await makeTempDir('phuong-print-vi-out-');
    const file = join(dir, 'bao-cao.pdf');
    await writeFile(file, 'not a folder');
    const out = join(file, 'out');
    const r = await runCliInProcess(
      buildArgs(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, out, '--quiet', '--kind', 'notice', ...lang),
      { env },
    );
    const [error, hint] = expectVietnamese(r, 1);
    expect(error).toBe(`lỗi: ${out}: một phần của đường dẫn là tệp chứ không phải thư mục`);
    expect(hint).toContain('--out');
  });

  it('a bad option value: the value, the accepted values and the nearest one, exit 2', () =>
    badOptionValue(lang, env));

  it('a mistyped option: "did you mean" in Vietnamese, exit 2', async () => {
    const r = await runCliInProcess(['build', '--campain', 'x.yaml', ...lang], { env });
    const [error] = expectVietnamese(r, 2);
    expect(error).toBe('lỗi: không có tùy chọn --campain (có phải ý bạn là --campaign?)');
  });
});

// The language is chosen once, for every command and message (cli/language.ts): under the
// locale, one failure of each path out (a failed group, a usage error) shows it is taken.
describe('in Vietnamese (LANG=vi_VN.UTF-8)', () => {
  it('a bad row of the groups file: the file, its row and column, what is wrong, exit 1', () =>
    badRow([], VI_LOCALE));

  it('a bad option value: the value, the accepted values and the nearest one, exit 2', () =>
    badOptionValue([], VI_LOCALE, runCli));
});

describe('English stays available', () => {
  it('--lang en under a Vietnamese locale keeps the English wording', async () => {
    const r = await runCliInProcess(['build', '--kind', 'poser', '--lang', 'en'], {
      env: VI_LOCALE,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error: --kind: "poser" is not one of notice, poster, share, flyer, share-flyer, checklist, tracker, all (did you mean "poster"?)\n' +
        'hint: "phuong-print build --help" lists its options and the values they take.\n',
    );
  });

  it('a language the CLI does not speak is refused, exit 2', async () => {
    const r = await runCliInProcess(['build', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --lang: "fr" is not one of vi, en\n/);
  });
});
