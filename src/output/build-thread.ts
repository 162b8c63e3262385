/**
 * Output stage: a build in a thread of its own, whose young generation is bounded. The thread that
 * runs `build` (build.ts) loads the inputs, plans, takes every group's pages into the print files
 * and writes the stores, the journal and the manifest: a steady stream of objects that live a
 * little while. V8 grows a thread's young generation (two semi-spaces) whenever the bytes that
 * survived its scavenges since it last grew exceed its size, so over a long build the process's
 * main thread always reached V8's full 32 MB. Its size can be set only when the thread's heap is
 * made: on node's command line for the main thread, which an installed bin cannot have, or as a
 * worker's `resourceLimits`. So the CLI's build runs in a worker with `BUILD_YOUNG_MB`, and the
 * main thread keeps only the command line, the progress bar and Ctrl-C. The same modules load
 * either way (in the worker instead of the main thread), so the thread costs its start, not its
 * code. bench/results.md "## scale: the build's own thread".
 */
import { Worker } from 'node:worker_threads';
import { isUserError, type UserErrorData, userErrorData, userErrorFrom } from '../errors.js';
import type { BuildOptions, BuildResult, Progress } from './build.js';
import { BUILD_THREAD } from './code-location.js';

/**
 * The build thread's young generation: V8's default is 32 MB (a 16 MB semi-space, twice); the
 * workers that draw the groups have 8 MB (pool.ts `WORKER_YOUNG_MB`).
 */
export const BUILD_YOUNG_MB = 8;

/** What crosses from the build's thread: its callbacks' calls, then its outcome. */
export type BuildMessage =
  | { type: 'inputs'; read: Parameters<NonNullable<BuildOptions['onInputs']>>[0] }
  | { type: 'progress'; progress: Progress }
  | { type: 'log'; line: string }
  | { type: 'done'; result: CarriedResult }
  | { type: 'failed'; error: CarriedError };

/** The options that cross to the thread: the plain data, without the callbacks and the signal. */
export type ThreadOptions = Omit<BuildOptions, 'onInputs' | 'onProgress' | 'log' | 'signal'>;

/** A BuildResult whose warnings (UserErrors, classes the structured clone drops) are data. */
export type CarriedResult = Omit<BuildResult, 'warnings'> & { warnings: UserErrorData[] };

/**
 * An error of the build as data: a UserError as its data, any other error (a disk's, a bug) with
 * its message, stack and a system error's facts, which the CLI words (system-errors.ts).
 */
export type CarriedError =
  | { userError: UserErrorData }
  | {
      name: string;
      message: string;
      stack?: string;
      code?: string;
      errno?: number;
      syscall?: string;
      path?: string;
      dest?: string;
    };

/** `build(opts)`, in its own thread when the code runs compiled, else in this one (tests). */
export async function buildInThread(opts: BuildOptions): Promise<BuildResult> {
  if (!BUILD_THREAD) {
    const { build } = await import('./build.js');
    return build(opts);
  }
  const { onInputs, onProgress, log, signal, ...plain } = opts;
  const thread = new Worker(BUILD_THREAD, {
    workerData: plain satisfies ThreadOptions,
    resourceLimits: { maxYoungGenerationSizeMb: BUILD_YOUNG_MB },
  });
  const abort = () => thread.postMessage('abort');
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  try {
    return await new Promise<BuildResult>((resolve, reject) => {
      thread.on('message', (m: BuildMessage) => {
        if (m.type === 'inputs') onInputs?.(m.read);
        else if (m.type === 'progress') onProgress?.(m.progress);
        else if (m.type === 'log') log?.(m.line);
        else if (m.type === 'done') resolve(resultFrom(m.result));
        else reject(errorFrom(m.error));
      });
      // A fault of the thread itself (out of memory, an error outside the build).
      thread.on('error', reject);
      thread.on('exit', (code) =>
        reject(new Error(`the build's thread stopped (exit code ${code}) before it finished`)),
      );
    });
  } finally {
    signal?.removeEventListener('abort', abort);
    await thread.terminate();
  }
}

export function carriedResult(result: BuildResult): CarriedResult {
  return { ...result, warnings: result.warnings.map(userErrorData) };
}

function resultFrom(carried: CarriedResult): BuildResult {
  return { ...carried, warnings: carried.warnings.map(userErrorFrom) };
}

export function carriedError(e: unknown): CarriedError {
  if (isUserError(e)) return { userError: userErrorData(e) };
  const err = (e instanceof Error ? e : new Error(String(e))) as NodeJS.ErrnoException & {
    dest?: string;
  };
  return {
    name: err.name,
    message: err.message,
    stack: err.stack,
    code: err.code,
    errno: err.errno,
    syscall: err.syscall,
    path: err.path,
    dest: err.dest,
  };
}

function errorFrom(carried: CarriedError): Error {
  if ('userError' in carried) return userErrorFrom(carried.userError);
  const { name, message, stack, ...facts } = carried;
  const e = Object.assign(new Error(message), facts);
  e.name = name;
  if (stack) e.stack = stack;
  return e;
}
