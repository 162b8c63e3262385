/**
 * Whether the server's address can be listened on, asked before `studio` or `serve` opens its
 * store (qa35 MAJOR-1): opening brings an older store up to date, and a start that then failed
 * on a port in use had already changed the store under the version still running on it. A
 * listener taken and closed at once: what it cannot take (a port in use, an address not this
 * machine's) is thrown as Node's own error, worded as the real listen's (system-errors.ts).
 * Port 0 (any free port) cannot be in use.
 */
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { joined, msg } from '../messages/message.js';
import { restoreCommand } from '../shell-quoted.js';
import type { Store } from '../store/open-store.js';

export function refusePortInUse(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/**
 * The error of a start that failed after its opening had brought an older store up to date (a
 * port free at `refusePortInUse`, taken before the listen; any later failure): the store no
 * longer opens in the version that wrote it, so the hint ends with how to go back, naming the
 * copy kept before the upgrade and the `restore` command. Anything else is returned as it is.
 */
export async function withWayBack(e: unknown, store: Store | undefined): Promise<unknown> {
  if (!store?.upgradeCopy || !store.file) return e;
  const [{ UserError, isUserError }, { systemErrorOf }, { t }] = await Promise.all([
    import('../errors.js'),
    import('../system-errors.js'),
    import('./language.js'),
  ]);
  const wayBack = msg`The data store had already been brought up to date for this version: for the earlier version to open it again, run \`${restoreCommand(store.upgradeCopy, dirname(store.file))}\`.`;
  const worded = isUserError(e) ? e : systemErrorOf(e);
  if (!worded) {
    // A fault of the program: its report follows, and the way back is said before it.
    process.stderr.write(`${t(wayBack)}\n`);
    return e;
  }
  return new UserError(
    worded.text,
    worded.where,
    worded.hintText ? joined([worded.hintText, wayBack], ' ') : wayBack,
  );
}
