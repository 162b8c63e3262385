/**
 * Run the project's CLI (bin/phuong-print.js) in a child Node process, without a shell,
 * and collect its exit code and output.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { spawned } from './spawner.js';
import { makeTempDir } from './tmp.js';
import { testToday } from './today.js';

/** Absolute path of bin/phuong-print.js. */
export const CLI_PATH = fileURLToPath(new URL('../../bin/phuong-print.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Extra environment variables (merged over process.env). */
  env?: Record<string, string>;
  /** Timeout in ms (default 120 s). */
  timeoutMs?: number;
}

const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', PHUONG_PRINT_LANG: '' };

/** `node bin/phuong-print.js ...args`; resolves for any exit code, rejects on spawn failure/timeout. */
export async function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  // Started by the spawner's small helper process, not by this (large) test fork: spawner.ts.
  const { error, stdout, stderr } = await spawned(process.execPath, [CLI_PATH, ...args], 'utf8', {
    cwd: opts.cwd,
    // English unless a test asks for another language: the tester's own locale must not
    // change what the English tests read.
    env: { ...process.env, ...ENGLISH, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
    timeoutMs: opts.timeoutMs ?? 120_000,
  });
  if (error && typeof error.code !== 'number') {
    const reason = error.killed ? `timed out (${error.signal ?? 'killed'})` : error.message;
    throw new Error(`phuong-print ${args.join(' ')}: ${reason}\n${stderr}`);
  }
  // stdin is closed by the helper: a CLI that reads it sees EOF instead of hanging.
  return { code: error ? (error.code as number) : 0, stdout, stderr };
}

/** One in-process run at a time: the environment, the output streams and the exit code are the process's. */
let inProcess: Promise<unknown> = Promise.resolve();

/**
 * The same command run by the CLI's own code (src/cli/main.ts, the current sources) inside the
 * test's process, observed as a user observes the program: the exit code, the text written to
 * stdout and stderr, the files written. It saves a Node process's start-up and module loading
 * (a third of a second of CPU for a command line refused, more for a build); for cases whose
 * point is what a command says or writes, not the process itself: every command keeps cases that
 * run the real program (`runCli`), and what only a process shows (a signal, a lock held by
 * another process, the bundle, exit on a stray promise) stays there. `cwd` is this process's for
 * the run (process.chdir). Not for commands that keep running (serve, studio, --watch); a `process.exit`
 * (yargs' after a command's --help) ends the run with its code, and what follows it is not seen.
 * The code here is src/, the program's the bundle: the incremental keys hold the code's hash, so
 * a re-run that must reuse a build's files runs the way that build ran.
 */
export function runCliInProcess(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const run = inProcess.then(() => runHere(args, opts.env ?? {}, opts.cwd));
  inProcess = run.catch(() => undefined);
  return run;
}

/** The CLI's language module, once an in-process run has loaded it. */
let cliState: typeof import('../../src/cli/language.js') | undefined;

/** Thrown by process.exit during an in-process run: the rest of the command never runs. */
class ProcessExit extends Error {}

async function runHere(
  args: string[],
  extraEnv: Record<string, string>,
  cwd: string | undefined,
): Promise<CliResult> {
  if (args.includes('--watch')) {
    throw new Error(`runCliInProcess: ${args.join(' ')} outlives the process: use runCli`);
  }
  const env: Record<string, string> = { ...ENGLISH, ...extraEnv };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((s) => s.write);
  const captured = ['', ''];
  // Set by process.exit (yargs ends the process after a command's --help): nothing written after
  // it is seen, as nothing would be by a process that has ended.
  let exited: number | undefined;
  streams.forEach((stream, i) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (exited === undefined) {
        captured[i] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      }
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stream.write;
  });
  // Pipes, as runCli's child has (this process's may be a terminal): plain progress lines, help
  // laid out for 100 columns.
  const tty = streams.map((s) => Object.getOwnPropertyDescriptors(s));
  for (const stream of streams) {
    Object.defineProperty(stream, 'isTTY', { value: false, configurable: true });
    Object.defineProperty(stream, 'columns', { value: undefined, configurable: true });
  }
  // yargs prints help with console.log: in a process that is its stdout, here vitest's console.
  const logs = { log: console.log, info: console.info, error: console.error, warn: console.warn };
  const toStream =
    (i: number) =>
    (...values: unknown[]) =>
      streams[i]?.write(`${format(...values)}\n`);
  Object.assign(console, {
    log: toStream(0),
    info: toStream(0),
    error: toStream(1),
    warn: toStream(1),
  });
  const exit = process.exit;
  process.exit = ((code?: number) => {
    exited ??= typeof code === 'number' ? code : 0;
    throw new ProcessExit();
  }) as typeof process.exit;
  Object.assign(process.env, env);
  const home = process.cwd();
  if (cwd) process.chdir(cwd);
  // What a fresh process starts with: no exit code set, no ward's word for its groups yet.
  process.exitCode = undefined;
  try {
    // Loaded on first use: most test files that run the CLI never load it in their process.
    const [{ main }, language] = await Promise.all([
      import('../../src/cli/main.js'),
      import('../../src/cli/language.js'),
    ]);
    cliState = language;
    language.setCliTerm(undefined);
    const code = await main(args, { today: testToday }).catch((e: unknown) => {
      if (e instanceof ProcessExit) return 0;
      throw e;
    });
    return { code: exited ?? code, stdout: captured[0] ?? '', stderr: captured[1] ?? '' };
  } finally {
    process.exit = exit;
    Object.assign(console, logs);
    // The fork goes on to other test files: the CLI's language and word as a fresh module has them.
    cliState?.setCliLanguage('en');
    cliState?.setCliTerm(undefined);
    process.chdir(home);
    streams.forEach((stream, i) => {
      stream.write = writes[i] as typeof stream.write;
      for (const key of ['isTTY', 'columns']) {
        const own = tty[i]?.[key];
        if (own) Object.defineProperty(stream, key, own);
        else delete (stream as unknown as Record<string, unknown>)[key];
      }
    });
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.exitCode = undefined;
  }
}

/** `build --campaign … --groups … --out …` and any further arguments, as the tests run it. */
export function buildArgs(
  campaign: string,
  groups: string,
  out: string,
  ...more: string[]
): string[] {
  return ['build', '--campaign', campaign, '--groups', groups, '--out', out, ...more];
}

const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/campaign.yaml', import.meta.url));

/**
 * `check --lang vi` of the example campaign (or `campaign`) with a groups file `name` holding
 * `bytes`, written to a folder of its own: what an office sees of a groups file it tries. Run by
 * the command's code in this process (runCliInProcess): the point is what check says of a file.
 */
export async function checkGroupsFile(
  name: string,
  bytes: string | Uint8Array,
  campaign = EXAMPLE,
  more: readonly string[] = [],
): Promise<CliResult & { file: string }> {
  const file = join(await makeTempDir('phuong-print-groups-file-'), name);
  await writeFile(file, bytes);
  return { ...(await checkVi(campaign, file, {}, more)), file };
}

/** `check --lang vi --campaign <campaign> --groups <groups>`, the command's code in this process. */
export function checkVi(
  campaign: string,
  groups: string,
  opts: CliOptions = {},
  more: readonly string[] = [],
): Promise<CliResult> {
  return runCliInProcess(
    ['check', '--lang', 'vi', '--campaign', campaign, '--groups', groups, ...more],
    opts,
  );
}

/**
 * `build --lang vi` of the example campaign and `groups` into `out` (the command's code in this
 * process), only `kinds`; the result and the built groups' folders whose name begins `prefix`.
 */
export async function buildExampleVi(
  groups: string,
  out: string,
  kinds: string,
  prefix = 'to-dan-pho-',
): Promise<{ r: CliResult; folders: string[] }> {
  const r = await runCliInProcess([
    ...buildArgs(EXAMPLE, groups, out, '--kind', kinds, '--quiet'),
    '--lang',
    'vi',
  ]);
  if (r.code !== 0) return { r, folders: [] };
  const folders = (await readdir(out, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && d.name.startsWith(prefix))
    .map((d) => d.name);
  return { r, folders };
}
