/**
 * `serve`, `studio` (and `report`) pick their database by one rule (store/database-url.ts): the
 * flag, else $PHUONG_PRINT_DATABASE_URL, else the older $PHUONG_PRINT_STORE_URL; an empty value
 * is not given (the CLI refuses an empty flag). The same settings must lead every command to the same database — here one that
 * refuses connections, so each command says it could not reach it, and neither falls back to a
 * SQLite file of its own. The commands run in this process (runCliInProcess); the real program's
 * refusals of its environment are test/cli/environment-errors.test.ts's.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '../../src/store/database-url.js';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const A = 'postgres://a@db.example/a';
const B = 'postgres://b@db.example/b';
const C = 'postgres://c@db.example/c';

describe('databaseUrl', () => {
  it('takes the flag, then PHUONG_PRINT_DATABASE_URL, then PHUONG_PRINT_STORE_URL', () => {
    const env = { PHUONG_PRINT_DATABASE_URL: B, PHUONG_PRINT_STORE_URL: C };
    expect(databaseUrl(A, env)).toBe(A);
    expect(databaseUrl(undefined, env)).toBe(B);
    expect(databaseUrl('', env)).toBe(B);
    expect(databaseUrl(undefined, { PHUONG_PRINT_STORE_URL: C })).toBe(C);
    expect(databaseUrl(' ', { PHUONG_PRINT_DATABASE_URL: '', PHUONG_PRINT_STORE_URL: C })).toBe(C);
    expect(databaseUrl(undefined, {})).toBeUndefined();
    expect(databaseUrl('', { PHUONG_PRINT_DATABASE_URL: ' ' })).toBeUndefined();
  });
});

describe('serve and studio', () => {
  const REFUSING = 'postgres://u:p@127.0.0.1:1/none';
  const settings: [string, string[], Record<string, string>][] = [
    ['PHUONG_PRINT_STORE_URL', [], { PHUONG_PRINT_STORE_URL: REFUSING }],
    ['PHUONG_PRINT_DATABASE_URL', [], { PHUONG_PRINT_DATABASE_URL: REFUSING }],
    [
      '--database-url',
      ['--database-url', REFUSING],
      { PHUONG_PRINT_STORE_URL: 'postgres://elsewhere/x' },
    ],
  ];
  for (const [name, flags, vars] of settings) {
    it(`use the same database with ${name}`, async () => {
      const dir = await makeTempDir('phuong-print-database-url-');
      const env = {
        PHUONG_PRINT_DATABASE_URL: '',
        PHUONG_PRINT_STORE_URL: '',
        PHUONG_PRINT_SECRET: 'a-test-secret-of-at-least-32-characters-long',
        PHUONG_PRINT_ADMIN_PASSWORD: 'a-long-enough-password-1',
        ...vars,
      };
      const inputs = ['--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS];
      const data = (name: string) => ['--data', join(dir, name)];
      // The commands' code in this process (runCliInProcess): which database a command picks
      // and what it says when it cannot reach it, without two Node start-ups a setting (~1.4 s
      // of CPU each). Each stops at the refused connection, before it would start serving.
      const serve = await runCliInProcess(
        ['serve', ...inputs, ...data('serve'), '--port', '0', ...flags],
        { env },
      );
      const studio = await runCliInProcess(['studio', ...data('studio'), '--port', '0', ...flags], {
        env,
      });
      for (const r of [serve, studio]) {
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('connect ECONNREFUSED 127.0.0.1:1');
      }
      // Neither made a store of its own in its data folder.
      expect(await readdir(dir)).toEqual([]);
    });
  }
});
