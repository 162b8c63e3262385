/**
 * CLI: the options that sign (`--sign`, `--signed-at`), shared by `build` and `check`, and the
 * certificate's password: from PHUONG_PRINT_SIGN_PASSWORD, or typed at a prompt when a person is
 * at a terminal — never a command-line argument, which other users of the machine can read.
 */
import { createInterface } from 'node:readline';
import type { Argv } from 'yargs';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { SignRequest } from '../output/signing.js';
import { t } from './language.js';
import { parsed } from './option-values.js';

export interface SigningArgs {
  sign?: string;
  'signed-at'?: Date;
}

export const PASSWORD_ENV = 'PHUONG_PRINT_SIGN_PASSWORD';

/**
 * A date or date-time; without a time zone it is the ward's (UTC+07:00): "2025-10-09",
 * "2025-10-09T08:30", "2025-10-09T08:30:00+07:00", "2025-10-09T01:30Z".
 */
export function parseSignedAt(text: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?)?$/.exec(
    text.trim(),
  );
  if (!m) throw new UserError(msg`not a date`);
  const [, day, time = '00:00', zone = '+07:00'] = m;
  const date = new Date(`${day}T${time}${zone}`);
  // Not 2025-02-30 (which Date would roll over into March).
  const real = new Date(`${day}T00:00Z`);
  if (
    Number.isNaN(date.getTime()) ||
    Number.isNaN(real.getTime()) ||
    real.toISOString().slice(0, 10) !== day
  ) {
    throw new UserError(msg`not a date`);
  }
  return date;
}

export function signingOptions<T>(y: Argv<T>): Argv<T & SigningArgs> {
  return y
    .option('sign', {
      type: 'string',
      describe: t(
        msg`Sign every notice with this certificate (.p12/.pfx; password: ${`$${PASSWORD_ENV}`} or a prompt)`,
      ),
    })
    .option('signed-at', {
      describe: t(
        msg`Signing time, ISO date or date-time (default: the time of signing, now; no zone: UTC+07:00)`,
      ),
      coerce: parsed(
        'signed-at',
        msg`an ISO date or date-time, e.g. 2025-10-09 or 2025-10-09T08:30`,
        parseSignedAt,
      ),
    }) as Argv<T & SigningArgs>;
}

/** Reads a line without echoing it (the terminal shows nothing while the password is typed). */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput(s: string): void };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) process.stderr.write(s);
      asked = true;
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** The signing request of the command line, the password read as above; none without --sign. */
export async function signRequest(
  args: SigningArgs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SignRequest | undefined> {
  if (args.sign === undefined) {
    if (args['signed-at']) {
      throw new UserError(
        msg`--signed-at is given without --sign`,
        { field: '--signed-at' },
        msg`Add --sign <certificate.p12>, or leave out --signed-at.`,
      );
    }
    return undefined;
  }
  let password = env[PASSWORD_ENV];
  if (password === undefined) {
    if (!process.stdin.isTTY) {
      throw new UserError(
        msg`no password for the signing certificate`,
        { file: args.sign, field: '--sign' },
        msg`Set ${PASSWORD_ENV} to the certificate's password (it is never a command-line option).`,
      );
    }
    password = await promptHidden(t(msg`Password of ${args.sign}: `));
  }
  return { file: args.sign, password, signedAt: args['signed-at'] };
}
