/**
 * The CLI's language: `--lang vi|en` when given, else PHUONG_PRINT_LANG, else the command's own
 * (`studio` is the office's: Vietnamese), else the locale (LC_ALL, LC_MESSAGES, LANG, in POSIX
 * order): Vietnamese when it begins with "vi", else English (a variable set to "C" or "POSIX"
 * says English too). When none of them is set — Windows, where the ward offices work, sets none —
 * the system's own locale as ICU reads it (Windows' display language and region): English when
 * it is English, else Vietnamese, since the tool is made for Vietnamese ward offices. The
 * studio's and the download pages' web pages always speak Vietnamese.
 */
import type { Lang } from './message.js';

/** The value of `--lang` as typed (`--lang vi`, `--lang=vi`), up to a bare `--`. */
export function langArgument(argv: readonly string[]): string | undefined {
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

/** The system's locale as ICU reads it ("vi-VN", "en-US"); "" when it cannot tell. */
export function systemLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return '';
  }
}

/** English only when the system says English; anything else (or nothing) is a Vietnamese office. */
const systemLang = (locale: string): Lang => (/^en\b/i.test(locale) ? 'en' : 'vi');

export function languageOf(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  commandLanguage?: Lang,
  system: () => string = systemLocale,
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
    systemLang(system())
  );
}
