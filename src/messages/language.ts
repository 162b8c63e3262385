/**
 * The CLI's language: `--lang vi|en` when given, else PHUONG_PRINT_LANG, else the command's own
 * (`studio` is the office's: Vietnamese), else the locale (LC_ALL, LC_MESSAGES, LANG, in POSIX
 * order): Vietnamese when it begins with "vi", else English. The studio's and the download
 * pages' web pages always speak Vietnamese.
 */
import type { Lang } from './message.js';

/** The value of `--lang` as typed (`--lang vi`, `--lang=vi`), up to a bare `--`. */
function langArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a === '--lang') found = argv[i + 1];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

const asLang = (text: string | undefined): Lang | undefined =>
  text === undefined || text === '' ? undefined : /^vi/i.test(text) ? 'vi' : 'en';

export function languageOf(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  commandLanguage?: Lang,
): Lang {
  const typed = langArgument(argv)?.trim().toLowerCase();
  if (typed === 'vi' || typed === 'en') return typed;
  // A bad --lang value is refused by the option itself; its error is worded from the locale.
  return (
    asLang(env.PHUONG_PRINT_LANG) ??
    commandLanguage ??
    asLang(env.LC_ALL) ??
    asLang(env.LC_MESSAGES) ??
    asLang(env.LANG) ??
    'en'
  );
}
