/**
 * The program's own files replaced under a running server: an update unpacked or `npm run build`
 * run while the studio or `serve` is up. A module the server loads only when first needed (a
 * reader of .xlsx files, a document kind) is then missing, or another version's, and every such
 * request fails until the server is restarted. Not a bug of the request: the studio says so
 * (restart it, nothing is lost) and both servers log one line for whoever runs them, not a stack.
 */
import { fileURLToPath } from 'node:url';

/**
 * The package's folder: this module is src/serve/, dist/serve/ or a chunk in dist/bundle/, two
 * folders below it in each case.
 */
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Whether a module-not-found message is about this program's own files: the missing file is
 * inside the package ("Cannot find module '<package>/dist/bundle/chunk-….js'"), or a package one
 * of its files imports is gone ("Cannot find package 'x' imported from <package>/dist/…"). A
 * file elsewhere that the program was asked to load is not (a dependency's own import of it
 * names the package's node_modules as the importer, which says nothing). Undefined: the message
 * is not one of these.
 */
function ofThisProgram(message: string): boolean | undefined {
  const said = /Cannot find (module|package) '([^']+)'(?: imported from (\S+))?/.exec(message);
  if (!said) return undefined;
  if (said[1] === 'module') return (said[2] ?? '').startsWith(PACKAGE);
  return (said[3] ?? '').startsWith(PACKAGE) && !(said[3] ?? '').includes('/node_modules/');
}

/**
 * Another version's module: a chunk of the new build imported by one of the old build's, without
 * the name the old one expects. The message names only the module; `where` (the stack, else the
 * message) says it was one of ours that asked.
 */
const anotherVersion = (message: string, where: string) =>
  /does not provide an export named/.test(message) && where.includes(PACKAGE);

/** Whether `e` (or what caused it) is a module of this program that can no longer be loaded. */
export function codeReplacedOf(e: unknown): boolean {
  for (let err = e, depth = 0; err instanceof Error && depth < 5; depth++) {
    // An error from a worker thread arrives without its `code`; its stack's first line names it
    // ("Error [ERR_MODULE_NOT_FOUND]: Cannot find module …").
    const code =
      (err as NodeJS.ErrnoException).code ?? /^\w*Error \[(\w+)\]/.exec(err.stack ?? '')?.[1];
    // Missing: the file (or a package it imports) is gone; a message of another form names the
    // package when the file was ours.
    const ours = ofThisProgram(err.message) ?? err.message.includes(PACKAGE);
    if (code === 'ERR_MODULE_NOT_FOUND' && ours) return true;
    if (err instanceof SyntaxError && anotherVersion(err.message, err.stack ?? '')) return true;
    err = (err as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Whether a failure known only by its message (a group drawn on a worker thread: its error
 * reaches the build as text) is the program's files replaced.
 */
export const codeReplacedMessage = (message: string): boolean =>
  ofThisProgram(message) ?? anotherVersion(message, message);

/** The line for the log: what happened and what to do, in the log's language. */
export const codeReplacedLog = (method: string, route: string, e: unknown) =>
  `the program's files changed while this server runs (an update?): ${method} ${route} could not load ${
    e instanceof Error ? e.message : String(e)
  }; restart the server`;

/**
 * A document thread that could not start, or ended, while a request waited for it (pool-renderer):
 * not the request's fault, and it does not end the server. Its cause is the thread's error.
 */
export class ThreadFailed extends Error {
  constructor(cause: unknown) {
    super(`a document thread failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'ThreadFailed';
  }
}
