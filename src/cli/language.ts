/**
 * CLI: the language this run speaks (`--lang`, PHUONG_PRINT_LANG or the locale: see
 * messages/language.ts), set once by main before anything is printed, and `t` to say a message
 * in it. The studio and the download pages do not use it: they always speak Vietnamese.
 */
import { type Lang, type Message, say, type Value } from '../messages/message.js';

let current: Lang = 'en';

export function setCliLanguage(lang: Lang): void {
  current = lang;
}

export function cliLanguage(): Lang {
  return current;
}

/** The message in the CLI's language. */
export function t(m: Message | Value): string {
  return say(m, current);
}
