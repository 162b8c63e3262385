/**
 * What counts as "the program's files replaced" (serve/code-replaced.ts): only a module of the
 * package's own folder. A user's own missing file (a campaign's template path, a groups file on
 * another drive) or an unrelated module's error is a fault of its own, not "restart the server"
 * (review39 #6).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeReplacedMessage, codeReplacedOf } from '../../src/serve/code-replaced.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function notFound(path: string, from: string): Error {
  const e = new Error(`Cannot find module '${path}' imported from ${from}`);
  (e as NodeJS.ErrnoException).code = 'ERR_MODULE_NOT_FOUND';
  return e;
}

describe('codeReplacedOf', () => {
  it('a chunk of the package gone: yes, also as the cause of another error', () => {
    const e = notFound(join(ROOT, 'dist/bundle/chunk-A.js'), join(ROOT, 'dist/bundle/cli.js'));
    expect(codeReplacedOf(e)).toBe(true);
    expect(codeReplacedOf(new Error('wrapped', { cause: e }))).toBe(true);
    expect(codeReplacedMessage(e.message)).toBe(true);
  });

  it('cloned from a worker thread (its message and stack, no code): yes for the package’s only', () => {
    const cloned = (e: Error) => {
      const c = new Error(e.message);
      c.stack = `Error [ERR_MODULE_NOT_FOUND]: ${e.message}\n    at file:///x.js:1:1`;
      return c;
    };
    const ours = notFound(
      join(ROOT, 'dist/bundle/chunk-A.js'),
      join(ROOT, 'dist/bundle/worker.js'),
    );
    expect(codeReplacedOf(cloned(ours))).toBe(true);
    const theirs = notFound('/home/van-phong/mau.js', '/home/van-phong/x.js');
    expect(codeReplacedOf(cloned(theirs))).toBe(false);
  });

  it('a user’s own file outside the program missing: no', () => {
    const e = notFound(
      '/home/van-phong/chien-dich/mau-rieng.js',
      '/home/van-phong/chien-dich/x.js',
    );
    expect(codeReplacedOf(e)).toBe(false);
    expect(codeReplacedMessage(e.message)).toBe(false);
    expect(codeReplacedOf(new Error(`ENOENT: no such file, open '/tmp/groups.xlsx'`))).toBe(false);
  });

  it('a SyntaxError not raised by the program’s own modules: no', () => {
    const e = new SyntaxError(
      "The requested module 'left-pad' does not provide an export named 'pad'",
    );
    e.stack = `${e.message}\n    at file:///elsewhere/app.js:1:1`;
    expect(codeReplacedOf(e)).toBe(false);
    expect(codeReplacedOf(new SyntaxError('Unexpected end of JSON input'))).toBe(false);
    const ours = new SyntaxError(e.message);
    ours.stack = `${e.message}\n    at ${join(ROOT, 'dist/bundle/cli.js')}:1:1`;
    expect(codeReplacedOf(ours)).toBe(true);
  });
});
