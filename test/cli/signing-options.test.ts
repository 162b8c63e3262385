/**
 * `--signed-at`: an ISO date or date-time, in the ward's time zone (UTC+07:00) unless it names
 * one; anything else is refused on the command line (exit 2), before any file is read.
 */
import { describe, expect, it } from 'vitest';
import { parseSignedAt } from '../../src/cli/signing-options.js';
import { buildArgs, runCli } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';

describe('parseSignedAt', () => {
  it.each([
    ['2025-10-09', '2025-10-08T17:00:00.000Z'],
    ['2025-10-09T08:30', '2025-10-09T01:30:00.000Z'],
    ['2025-10-09 08:30:15', '2025-10-09T01:30:15.000Z'],
    ['2025-10-09T08:30:00+07:00', '2025-10-09T01:30:00.000Z'],
    ['2025-10-09T01:30Z', '2025-10-09T01:30:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseSignedAt(text).toISOString()).toBe(iso);
  });

  it.each(['2025-02-30', '09/10/2025', '2025-10-09T25:00', 'tomorrow', ''])(
    'refuses %j',
    (text) => {
      expect(() => parseSignedAt(text)).toThrow();
    },
  );
});

describe('build --signed-at', () => {
  it('a value that is not a date: one error naming the option, exit 2', async () => {
    const r = await runCli(
      buildArgs(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, '/nonexistent/out', '--signed-at', '9/10'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--signed-at/);
    expect(r.stderr).toMatch(/ISO date/);
  });

  it('without --sign: an error, nothing built', async () => {
    const r = await runCli(
      buildArgs(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, '/nonexistent/out', '--signed-at', '2025-10-09'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*--signed-at is given without --sign/m);
  });
});
