/**
 * Whether the server's address can be listened on, asked before `studio` or `serve` opens its
 * store (qa35 MAJOR-1): opening brings an older store up to date, and a start that then failed
 * on a port in use had already changed the store under the version still running on it. A
 * listener taken and closed at once: what it cannot take (a port in use, an address not this
 * machine's) is thrown as Node's own error, worded as the real listen's (system-errors.ts).
 * Port 0 (any free port) cannot be in use.
 */
import { createServer } from 'node:net';

export function refusePortInUse(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
