/**
 * CLI: a user's error as the CLI prints it, in the run's language: `error:` with where, then
 * `hint:` (`lỗi:` / `gợi ý:` in Vietnamese).
 */
import type { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { cliLanguage, cliTerm, t } from './language.js';

export function printUserError(e: UserError): void {
  const lang = cliLanguage();
  process.stderr.write(`${t(msg`error:`)} ${e.describe(lang, cliTerm())}\n`);
  const hint = e.hintIn(lang, cliTerm());
  if (hint) process.stderr.write(`${t(msg`hint:`)} ${hint}\n`);
}
