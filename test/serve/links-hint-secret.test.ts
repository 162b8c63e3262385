/**
 * `serve` ends its start with the `links` command that makes its leaders' links. With a secret of
 * its own the line said "phuong-print links --groups <file> --base-url <public address>": pasted,
 * `links` had no secret (it refused to run) — the server's --secret was missing from it. Now:
 * given with --secret, the line carries it (the office typed it there already) and works as
 * printed — but printed it, and a server's log (journald, a screen's scrollback) handed every
 * reader the means to make any leader's link. Now: given with --secret, the line names it by a
 * placeholder the office fills in, as the public address; from PHUONG_PRINT_SECRET, the line
 * names the variable and the option. Never the secret. Runs the built program
 * (bin/phuong-print.js), as the office does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { linksLineOf, runPastedLinks, type ServeProcess, spawnServe } from './server.js';

const NO_ENV = {
  PHUONG_PRINT_SECRET: '',
  PHUONG_PRINT_ADMIN_PASSWORD: '',
  PHUONG_PRINT_DATABASE_URL: '',
  PHUONG_PRINT_STORE_URL: '',
};
const BASE = 'https://phuong.example.vn';

const started: ServeProcess[] = [];
afterAll(async () => {
  for (const s of started) s.child.kill('SIGKILL');
  await removeTempDirs();
});

async function serve(more: string[], env: Record<string, string>): Promise<ServeProcess> {
  const s = await spawnServe(
    EXAMPLE_CAMPAIGN,
    EXAMPLE_GROUPS,
    await makeTempDir(),
    ['--base-url', BASE, ...more],
    'leader links:',
    { dev: false, env: { ...NO_ENV, ...env } },
  );
  started.push(s);
  return s;
}

const GIVEN = 'bi-mat cua phuong $LE "CHAN" 2026 rat dai';
const FROM_ENV = 'khoa-bi-mat-tu-bien-moi-truong-0123456789';
/**
 * The two servers, started together before the cases: each start waits most of its time for the
 * process to load and listen, and one waited for after the other doubled that wait.
 */
const servers = {} as { given: ServeProcess; fromEnv: ServeProcess };
beforeAll(async () => {
  [servers.given, servers.fromEnv] = await Promise.all([
    serve(['--secret', GIVEN], {}),
    serve([], { PHUONG_PRINT_SECRET: FROM_ENV }),
  ]);
});

describe('serve --secret: the leader-links line', () => {
  it('names --secret without printing it, and makes the links the server opens', async () => {
    const secret = GIVEN;
    const s = servers.given;
    // The server's output is kept (journald, a screen's scrollback): whoever reads it must not
    // be able to make the leaders' links.
    expect(s.stdout() + s.stderr()).not.toContain(secret);
    expect(s.stdout() + s.stderr()).not.toContain('rat dai');
    // In quotes: a secret with spaces or "$" typed over the placeholder pastes as it is.
    expect(linksLineOf(s.stdout())).toContain("--secret '<the secret given to serve --secret>'");
    // Pasted into a shell with the secret typed over its placeholder, as the office types it
    // (no secret in the environment, no quoting of its own): it runs.
    const { line, run, url } = runPastedLinks(s.stdout(), '3', (l) =>
      l.replace('<the secret given to serve --secret>', secret),
    );
    expect(line).toContain('--groups');
    expect(run.status, run.stderr).toBe(0);
    expect(url.startsWith(`${BASE}/g/`), run.stdout).toBe(true);
    // The same page on this server: the link's path opens group 3's page.
    const page = await fetch(`${s.base}${new URL(url || BASE).pathname}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Tổ dân phố số 3</h1>');
    // Stopped now, not after the next case: the page's first visit has the server draw the
    // group's eight documents in the background (first-visit.test.ts), seconds of CPU for nothing.
    s.child.kill('SIGKILL');
  });

  it('from PHUONG_PRINT_SECRET: the secret is not printed; the line names the variable and --secret', async () => {
    const secret = FROM_ENV;
    const s = servers.fromEnv;
    expect(s.stdout() + s.stderr()).not.toContain(secret);
    const line = linksLineOf(s.stdout());
    expect(line).toContain('PHUONG_PRINT_SECRET');
    expect(line).toContain('--secret');
    expect(line).toContain(`--base-url ${BASE}`);
  });
});
