/**
 * CLI: a user's error as the CLI prints it: `error:` with where, then `hint:`.
 */
import type { UserError } from '../errors.js';

export function printUserError(e: UserError): void {
  process.stderr.write(`error: ${e.describe()}\n`);
  if (e.hint) process.stderr.write(`hint: ${e.hint}\n`);
}
