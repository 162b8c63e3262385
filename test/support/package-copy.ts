/**
 * Test support: a copy of the package as installed (the launcher, the bundle, what it reads at
 * run time), for a real server whose program files a test then moves away, as an update's
 * unpacking or a rebuild would (test/studio/code-replaced.test.ts, test/serve/worker-gone.test.ts).
 */
import { spawn } from 'node:child_process';
import { cp, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Another program holding a port of 127.0.0.1 (an older version's server). */
export async function portInUse(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen({ host: '127.0.0.1', port: 0 }, ok));
  const { port } = server.address() as { port: number };
  return { port, server };
}

/** A port of 127.0.0.1 free just now. */
export async function freePort(): Promise<number> {
  const { port, server } = await portInUse();
  await new Promise((ok) => server.close(ok));
  return port;
}

export async function copyOfPackage(to: string): Promise<void> {
  for (const part of ['bin', 'package.json', 'templates', 'fonts', 'assets', 'dist/bundle'])
    await cp(join(ROOT, part), join(to, part), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(to, 'node_modules'));
}

/** A server process started from a package copy (`startFromCopy`). */
export interface FromCopy {
  /** The address it said it listens on. */
  url: string;
  /** Its stdout and stderr so far, as they came. */
  log(): string;
  /** Its exit code once it has ended (null: ended by a signal); undefined while it runs. */
  exited(): number | null | undefined;
  /** Its process id. */
  pid: number | undefined;
  /** Sends it `signal` (SIGKILL: a crash) and waits until it has ended. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Ends it (SIGTERM) and waits until it has. */
  stop(): Promise<void>;
}

/**
 * `bin/phuong-print.js <args>` of the copy at `pkg` (or of this checkout: ROOT), with `env` over this process's, started and
 * waited for until it says its address (the first http://… it prints); an Error with its log if
 * it ends or says none within 30 s.
 */
export async function startFromCopy(
  pkg: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<FromCopy> {
  const child = spawn(process.execPath, [join(pkg, 'bin', 'phuong-print.js'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
  });
  child.stderr.on('data', (d) => {
    log += d;
  });
  let code: number | null | undefined;
  const ended = new Promise<void>((resolve) =>
    child.once('exit', (c) => {
      code = c;
      resolve();
    }),
  );
  const kill = async (signal: NodeJS.Signals) => {
    if (code === undefined) child.kill(signal);
    await ended;
  };
  const stop = () => kill('SIGTERM');
  const address = () => /(http:\/\/[^\s)]+)/.exec(log)?.[1];
  const until = Date.now() + 30_000;
  while (!address()) {
    if (code !== undefined || Date.now() > until) {
      await stop();
      throw new Error(`the server from ${pkg} did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: address() ?? '', log: () => log, exited: () => code, pid: child.pid, kill, stop };
}
