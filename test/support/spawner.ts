/**
 * Programs the tests run to completion (pdftotext, zbarimg, qpdf, the CLI…), started by a small
 * helper process (spawner-child.mjs) instead of by the test fork itself. A fork runs test file
 * after test file (vitest.config.ts) and grows to hundreds of megabytes; each child it starts
 * itself costs it time in proportion to that (the kernel copies its page tables): the forks' own
 * CPU profiles put ~58 s of the suite in `ChildProcess.spawn` (bench/results.md, "## tests: one
 * small process starts the programs; pdfjs without its polyfills"). The helper is ~40 MB, so a
 * start costs a few ms there.
 *
 * What a test sees is execFile's: the exit code, stdout and stderr (UTF-8 text or bytes), an
 * error for a program that could not start or was killed at its timeout. The environment and
 * working folder are this process's at the call (tests change both), sent with each request.
 * Programs that keep running or whose streams a test reads as they come (servers, Ctrl-C) are
 * still spawned by the tests themselves.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface SpawnedOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  maxBuffer?: number;
}

/** execFile's error, as much of it as the tests read. */
export interface SpawnedError {
  message: string;
  /** The exit code (a number) or the reason the program did not run (e.g. "ENOENT"). */
  code?: number | string;
  killed?: boolean;
  signal?: string | null;
}

export interface Spawned<T> {
  error: SpawnedError | null;
  stdout: T;
  stderr: T;
}

interface Reply {
  id: number;
  error: SpawnedError | null;
  stdout: string | Uint8Array;
  stderr: string | Uint8Array;
}

interface Helper {
  child: ChildProcess;
  pending: Map<number, (reply: Reply | Error) => void>;
  next: number;
}

const CHILD = fileURLToPath(new URL('./spawner-child.mjs', import.meta.url));
// One helper per test fork: modules may be evaluated again for each test file.
const KEY = Symbol.for('phuong-print.test-spawner');
const state = globalThis as { [KEY]?: Helper };

function helper(): Helper {
  const current = state[KEY];
  if (current?.child.connected) return current;
  const child = fork(CHILD, [], {
    // Advanced serialisation carries bytes (zbarimg's output) without base64.
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [],
  });
  const made: Helper = { child, pending: new Map(), next: 0 };
  child.on('message', (reply: Reply) => {
    made.pending.get(reply.id)?.(reply);
    made.pending.delete(reply.id);
    idle(made);
  });
  child.on('exit', () => {
    for (const done of made.pending.values()) done(new Error('the spawner process ended'));
    made.pending.clear();
    if (state[KEY] === made) delete state[KEY];
  });
  state[KEY] = made;
  idle(made);
  return made;
}

/** The helper keeps the fork alive only while a program it started runs. */
function idle(h: Helper): void {
  if (h.pending.size === 0) {
    h.child.unref();
    h.child.channel?.unref();
  } else {
    h.child.ref();
    h.child.channel?.ref();
  }
}

/** `execFile(cmd, args)` in the helper: resolves with its result; rejects if the helper failed. */
export function spawned(
  cmd: string,
  args: readonly string[],
  encoding: 'utf8',
  options?: SpawnedOptions,
): Promise<Spawned<string>>;
export function spawned(
  cmd: string,
  args: readonly string[],
  encoding: 'buffer',
  options?: SpawnedOptions,
): Promise<Spawned<Buffer>>;
export function spawned(
  cmd: string,
  args: readonly string[],
  encoding: 'utf8' | 'buffer',
  options: SpawnedOptions = {},
): Promise<Spawned<string | Buffer>> {
  const h = helper();
  const id = h.next++;
  return new Promise((resolve, reject) => {
    h.pending.set(id, (reply) => {
      if (reply instanceof Error) {
        reject(reply);
        return;
      }
      const bytes = (v: string | Uint8Array) =>
        typeof v === 'string' ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
      resolve({ error: reply.error, stdout: bytes(reply.stdout), stderr: bytes(reply.stderr) });
    });
    idle(h);
    h.child.send({
      id,
      cmd,
      args,
      encoding,
      options: {
        cwd: options.cwd ?? process.cwd(),
        env: options.env ?? { ...process.env },
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
      },
    });
  });
}
