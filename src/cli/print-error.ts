/**
 * CLI: a user's error as the CLI prints it, in the run's language: `error:` with where, then
 * `hint:` (`lỗi:` / `gợi ý:` in Vietnamese).
 */
import { type UserError, warningsAlong } from '../errors.js';
import { msg } from '../messages/message.js';
import { cliLanguage, cliTerm, t } from './language.js';

export function printUserError(e: UserError): void {
  printProblem('error', e);
  // What the same round converted (a TCVN3 field beside a refused one): said with the error.
  for (const w of warningsAlong(e)) printProblem('warning', w);
}

/** One problem on stderr: `error:`, `warning:` or `info:` with where (of `group`, if named), then its hint. */
export function printProblem(
  level: 'error' | 'warning' | 'info',
  e: UserError,
  group?: string,
): void {
  const lang = cliLanguage();
  const word = level === 'error' ? msg`error:` : level === 'info' ? msg`info:` : msg`warning:`;
  const text = group
    ? t(msg`group ${group}: ${e.describe(lang, cliTerm())}`)
    : e.describe(lang, cliTerm());
  process.stderr.write(`${t(word)} ${text}\n`);
  const hint = e.hintIn(lang, cliTerm());
  if (hint) process.stderr.write(`${t(msg`hint:`)} ${hint}\n`);
}
