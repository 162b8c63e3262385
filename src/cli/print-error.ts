/**
 * CLI: a user's error as the CLI prints it, in the run's language: `error:` with where, then
 * `hint:` (`lỗi:` / `gợi ý:` in Vietnamese).
 */
import { type UserError, warningsAlong } from '../errors.js';
import { msg } from '../messages/message.js';
import { cliLanguage, cliTerm, t } from './language.js';

export function printUserError(e: UserError): void {
  const lang = cliLanguage();
  process.stderr.write(`${t(msg`error:`)} ${e.describe(lang, cliTerm())}\n`);
  const hint = e.hintIn(lang, cliTerm());
  if (hint) process.stderr.write(`${t(msg`hint:`)} ${hint}\n`);
  // What the same round converted (a TCVN3 field beside a refused one): said with the error.
  for (const w of warningsAlong(e)) {
    process.stderr.write(`${t(msg`warning:`)} ${w.describe(lang, cliTerm())}\n`);
    const also = w.hintIn(lang, cliTerm());
    if (also) process.stderr.write(`${t(msg`hint:`)} ${also}\n`);
  }
}
