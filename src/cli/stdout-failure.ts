/**
 * CLI: a command's output (`links`' CSV, a build's progress) that cannot be written to stdout.
 * Node reports a failed write as an 'error' event on process.stdout; unheard, it ends the program
 * with Node's stack (qa38 m1: `links > /dev/full`). A reader that stopped reading (`| head -1`,
 * EPIPE) is not a fault: the rest of the output is dropped without a word. Any other failure (a
 * full disk) is said once, as a user's error — where the output went and why — and the program
 * exits 1 when it ends.
 */
import { readlinkSync } from 'node:fs';
import { UserError } from '../errors.js';
import { type Message, msg } from '../messages/message.js';
import { printUserError } from './print-error.js';

let listening = false;

/** Listens for stdout's write errors once per process (main and quick.ts both call it). */
export function reportStdoutFailures(): void {
  if (listening) return;
  listening = true;
  let said = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (said) return;
    said = true;
    if (e.code === 'EPIPE') return;
    printUserError(stdoutFailure(e.code));
    process.exitCode = 1;
  });
}

/** The failure to write to stdout, said with the file it was sent to when the system tells. */
export function stdoutFailure(code: string | undefined, target = stdoutTarget()): UserError {
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  const problem: Message =
    code === 'ENOSPC'
      ? msg`the disk is full`
      : code === 'EDQUOT'
        ? msg`the user's disk quota is used up`
        : msg`the system refused the write (${code ?? '?'})`;
  return new UserError(
    msg`cannot write the output to ${target ?? msg`the standard output`}: ${problem}`,
    {},
    full
      ? msg`Free some space, or send the output (>) to a file on another disk.`
      : msg`Send the output (>) to a file in a folder this user can write to.`,
  );
}

/** The file stdout goes to (`> /dev/full`), on systems that show it; undefined for a pipe. */
function stdoutTarget(): string | undefined {
  try {
    const target = readlinkSync('/proc/self/fd/1');
    return target.startsWith('/') ? target : undefined;
  } catch {
    return undefined;
  }
}
