/**
 * Which language the CLI speaks when nothing says: Windows sets none of LC_ALL, LC_MESSAGES,
 * LANG, so a ward office's Windows would get English. With none set, the system's locale as ICU
 * reads it (Windows' display language) decides: English only when it is English, else
 * Vietnamese. `--lang`, PHUONG_PRINT_LANG and a locale variable still come first.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../src/messages/language.js';
import { CLI_PATH } from '../support/cli.js';

const system = (locale: string) => () => locale;

describe('the language when no variable sets one', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'vi'],
    ['', 'vi'],
  ] as const)('system locale "%s" → %s', (locale, lang) => {
    expect(languageOf([], {}, undefined, system(locale))).toBe(lang);
  });

  it('a variable, PHUONG_PRINT_LANG or --lang still decides before the system', () => {
    const vi = system('vi-VN');
    expect(languageOf([], { LANG: 'C.UTF-8' }, undefined, vi)).toBe('en');
    expect(languageOf([], { LC_ALL: 'en_US.UTF-8' }, undefined, vi)).toBe('en');
    expect(languageOf([], { PHUONG_PRINT_LANG: 'en' }, undefined, vi)).toBe('en');
    expect(languageOf(['--lang', 'en'], {}, undefined, vi)).toBe('en');
    expect(languageOf([], { LANG: 'vi_VN.UTF-8' }, undefined, system('en-US'))).toBe('vi');
    expect(languageOf(['--lang=vi'], {}, undefined, system('en-US'))).toBe('vi');
  });

  it('the CLI with every language variable cleared speaks as the system locale says', async () => {
    const env = { ...process.env };
    for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'PHUONG_PRINT_LANG']) delete env[k];
    const run = promisify(execFile);
    // What ICU reads in a process with this environment (on Linux without LANG: "en-US").
    const { stdout: locale } = await run(
      process.execPath,
      ['-e', 'process.stdout.write(Intl.DateTimeFormat().resolvedOptions().locale)'],
      { env },
    );
    const args = [CLI_PATH, 'check', '--campaign', 'nope.yaml', '--groups', 'nope.csv'];
    const r = await run(process.execPath, args, { env }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^en\b/.test(locale) ? /^error: / : /^lỗi: /);
  });
});
