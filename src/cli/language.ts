/**
 * CLI: the language this run speaks (`--lang`, PHUONG_PRINT_LANG or the locale: see
 * messages/language.ts), set once by main before anything is printed, and `t` to say a message
 * in it. The studio and the download pages do not use it: they always speak Vietnamese.
 *
 * Once a command has read the campaign, it sets the ward's word for its groups (`setCliTerm`):
 * the Vietnamese messages after that say "khu phố", "thôn"… where the ward says so.
 */
import { type Lang, type Message, say, type Value } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';

let current: Lang = 'en';
let currentTerm: GroupTerm | undefined;

export function setCliLanguage(lang: Lang): void {
  current = lang;
}

export function cliLanguage(): Lang {
  return current;
}

/** The ward's word for its groups, once the running command knows its campaign. */
export function setCliTerm(term: GroupTerm | undefined): void {
  currentTerm = term;
}

export function cliTerm(): GroupTerm | undefined {
  return currentTerm;
}

/** The message in the CLI's language. */
export function t(m: Message | Value): string {
  return say(m, current, currentTerm);
}
