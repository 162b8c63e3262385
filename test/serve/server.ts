/**
 * Test support for the download pages: the example ward served on loopback (real sockets, so
 * requests go through the same HTTP parsing as a phone's), with a known secret and password, a
 * fresh disk cache, and a renderer that counts what it renders.
 */
import { type ChildProcess, type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { createServer, type ServerOptions } from '../../src/serve/app.js';
import { type MemoryCache, memoryCache } from '../../src/serve/cache.js';
import { createInProcessRenderer, type Renderer } from '../../src/serve/renderer.js';
import { groupToken } from '../../src/serve/tokens.js';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { CLI_PATH } from '../support/cli.js';
import { visible } from '../support/page-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

export const SECRET = 'test-secret-Ab3kP9xQ2mZ7';
export const ADMIN_PASSWORD = 'mật-khẩu-văn-phòng';
export const EXAMPLE_ROSTERS = EXAMPLE_GROUPS.replace(/groups\.csv$/, 'rosters');

export const tokenOf = (id: string) => groupToken(SECRET, id);

/**
 * A leader page's HTML as it is seen: without the words for a screen reader only (a size's unit
 * said in full, a pause for a "·"), the shown ones hidden from it unwrapped.
 */
export const seenHtml = (html: string) =>
  html
    .replace(/<span class="sr-only">[^<]*<\/span>/g, '')
    .replace(/<span aria-hidden="true">([^<]*)<\/span>/g, '$1');
export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

export interface TestServer {
  app: FastifyInstance;
  url: string;
  ward: Ward;
  /** The server's disk cache of documents. */
  cacheDir: string;
  /** "groupId/file" of every document rendered (not served from cache), in order. */
  rendered: string[];
  errors: string[];
}

/** A ward of a campaign.yaml's and a groups.csv's text, written to a fresh folder and loaded. */
export async function wardOf(campaignYaml: string, groupsCsv: string): Promise<Ward> {
  const dir = await makeTempDir();
  await writeFile(join(dir, 'campaign.yaml'), campaignYaml);
  await writeFile(join(dir, 'groups.csv'), groupsCsv);
  return loadWard({ campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') });
}

let wardPromise: Promise<Ward> | undefined;
export function exampleWard(): Promise<Ward> {
  wardPromise ??= loadWard({
    campaign: EXAMPLE_CAMPAIGN,
    groups: EXAMPLE_GROUPS,
    rosters: EXAMPLE_ROSTERS,
  });
  return wardPromise;
}

export function countingRenderer(inner: Renderer, rendered: string[]): Renderer {
  return {
    render: (g, name) => {
      rendered.push(`${g}/${name}`);
      return inner.render(g, name);
    },
    renderInBackground: (g, name) => {
      rendered.push(`${g}/${name}`);
      return (inner.renderInBackground ?? inner.render).call(inner, g, name);
    },
    // Pictures of pages are not documents: not counted.
    renderPage: (g, name, page, width) => inner.renderPage(g, name, page, width),
    renderText: (g, name) => inner.renderText(g, name),
    renderQrSheet: (task) => inner.renderQrSheet(task),
    renderReport: (latest, options, file) => inner.renderReport(latest, options, file),
    close: () => inner.close(),
  };
}

/**
 * The day the test servers' pages are seen on (ServerOptions.today), unless a test gives its
 * own: while the example's contest runs (11/10/2025 – 11/11/2025), so a page asks what it asks
 * during a campaign. The pages after a campaign's end: leader-period.test.ts, on the real clock.
 */
export const TEST_TODAY = '2025-10-20';

const FORK_DOCUMENTS = Symbol.for('phuong-print.test-documents');
const forkHeld = globalThis as { [FORK_DOCUMENTS]?: MemoryCache };

/**
 * The documents (and their pictures) drawn by the test servers of this fork that take it as
 * their `memoryCache`: a group's documents, drawn in the background after its page's first visit,
 * cost ~2.5 s of CPU, and file after file served the example's group 5 and drew them again. Keys
 * are digests of everything a document is made from (cache.ts), so servers of other wards never
 * get another's documents; every server of one vitest run runs the same code. Not for a test
 * about drawing itself (what is drawn, when, how often: `rendered`, a first visit): a server
 * given it finds what another file drew. On globalThis: a fork runs file after file
 * (vitest.config.ts), each evaluating this module again or not.
 */
export function forkDocuments(): MemoryCache {
  forkHeld[FORK_DOCUMENTS] ??= memoryCache(128 * 1024 * 1024);
  return forkHeld[FORK_DOCUMENTS];
}

export async function startServer(opts: Partial<ServerOptions> = {}): Promise<TestServer> {
  // The ward given, else the example: its documents are rendered over that same ward.
  const ward = opts.ward ?? (await exampleWard());
  const rendered: string[] = [];
  const errors: string[] = [];
  const cacheDir = opts.cacheDir ?? (await makeTempDir('phuong-print-cache-'));
  const app = await createServer({
    ward,
    secret: SECRET,
    adminPassword: ADMIN_PASSWORD,
    cacheDir,
    renderer: countingRenderer(opts.renderer ?? createInProcessRenderer(ward), rendered),
    logError: (line) => errors.push(line),
    today: () => TEST_TODAY,
    ...opts,
    ...(opts.renderer ? { renderer: countingRenderer(opts.renderer, rendered) } : {}),
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url, ward, cacheDir, rendered, errors };
}

/** A ward served with a store of figures in `dataDir`: the leader's form of its measures. */
export async function startResultsServer(
  ward: Ward,
  dataDir: string,
  /** More of the server's options (`forkDocuments()` as its memory cache…). */
  more: Partial<ServerOptions> = {},
): Promise<TestServer & { store: Store; campaign: string }> {
  const store = await openStore({ dataDir });
  const campaign = campaignKey(ward.campaign);
  const server = await startServer({
    ward,
    renderer: createInProcessRenderer(ward),
    results: { db: store.db, campaign, measures: ward.campaign.measures },
    ...more,
  });
  return { ...server, store, campaign };
}

/**
 * A ward's results server for the tests of one file: started before them (the ward loaded by
 * `ward`, its store in a new folder), closed after them with its store and temporary folders.
 * The object is filled in by the time the tests run.
 */
export function resultsServerFor(
  ward: () => Promise<Ward>,
  prefix: string,
): TestServer & { store: Store; campaign: string } {
  const served = {} as TestServer & { store: Store; campaign: string };
  beforeAll(async () => {
    Object.assign(served, await startResultsServer(await ward(), await makeTempDir(prefix)));
  });
  afterAll(async () => {
    await served.app?.close();
    await served.store?.close();
    await removeTempDirs();
  });
  return served;
}

/**
 * A leader's form of figures as the page sends it: the group's page read for the form's hidden
 * fields, then `fields` ("so_<measure id>" → what was typed) posted, the confirmation box ticked
 * when asked. The answer's status (303 saved, 422 refused) and page.
 */
export async function sendFigures(
  url: string,
  id: string,
  fields: Record<string, string>,
  confirm = false,
): Promise<{ status: number; html: string }> {
  const html = await (await fetch(`${url}/g/${tokenOf(id)}/`)).text();
  const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden = Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
  return postFigures(url, id, { ...hidden, ...fields, ...(confirm ? { xac_nhan: '1' } : {}) });
}

/** `fields` posted to group `id`'s form of figures as they are: the answer's status and page. */
export async function postFigures(
  url: string,
  id: string,
  fields: Record<string, string>,
): Promise<{ status: number; html: string }> {
  const res = await fetch(`${url}/g/${tokenOf(id)}/ket-qua`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, html: await res.text() };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A request whose path goes on the wire exactly as written: fetch() and browsers resolve
 * "/g/../" before sending, and a path-traversal test must send what an attacker would.
 */
export function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The example server for a whole test file: started before its tests, closed (and the temporary
 * folders removed) after them. The object is filled in when the server is up.
 */
export function serveForFile(opts: Partial<ServerOptions> = {}): TestServer {
  const s = {} as TestServer;
  beforeAll(async () => {
    Object.assign(s, await startServer(opts));
  });
  afterAll(async () => {
    await s.app?.close();
    await removeTempDirs();
  });
  return s;
}

export interface ServeProcess {
  child: ChildProcess;
  /** The server's address, e.g. http://127.0.0.1:41234. */
  base: string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  /** What it has printed on stdout so far. */
  stdout(): string;
  /** What it has printed on stderr so far (check's warnings, in its language). */
  stderr(): string;
}

/** How `spawnServe` starts the program besides its arguments. */
export interface SpawnServeOptions {
  /** `--dev` (its built-in secret, loopback only); false: a secret from `env`. Default true. */
  dev?: boolean;
  /** More environment (PHUONG_PRINT_SECRET, PHUONG_PRINT_ADMIN_PASSWORD…). */
  env?: Record<string, string>;
}

/**
 * A real `phuong-print serve --dev --port 0 …` process (the built CLI), once it has said where it
 * listens. No secret from the environment: --dev's built-in one (DEV_SECRET) makes the links.
 */
export async function spawnServe(
  campaign: string,
  groups: string,
  cacheDir: string,
  more: string[] = [],
  /** The last line of its start-up message, in the language it speaks. */
  ready = 'leader links:',
  { dev = true, env = {} }: SpawnServeOptions = {},
): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [
      CLI_PATH,
      'serve',
      '--campaign',
      campaign,
      '--groups',
      groups,
      ...(dev ? ['--dev'] : []),
      '--port',
      '0',
      '--cache-dir',
      cacheDir,
      ...more,
    ],
    {
      env: {
        ...process.env,
        PHUONG_PRINT_SECRET: '',
        PHUONG_PRINT_DATABASE_URL: '',
        PHUONG_PRINT_STORE_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (c) => {
      code = c;
      resolve(c);
    }),
  );
  // The last line of the start-up message: all of it has arrived. Up to 60 s: a start at load
  // 30 took over 30 s (vietnamese-wording's SIGHUP case failed so with an empty stdout). A
  // program that ended first fails at once.
  const said = () =>
    `serve's stdout: ${stdout || '(nothing)'}\nserve's stderr: ${stderr || '(nothing)'}`;
  // A plain loop, not expect.poll: it also runs in a file's beforeAll (start-warnings.test.ts).
  for (const until = Date.now() + 60_000; !stdout.includes(ready) && code === undefined; ) {
    if (Date.now() > until) {
      // Not started in time (a loaded machine): the test fails saying what the program wrote,
      // and the server must not live on after it (one did, for half an hour of the suite, with
      // its worker threads).
      child.kill('SIGKILL');
      throw new Error(`serve did not start in 60 s\n${said()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!stdout.includes(ready))
    throw new Error(`serve ended (${code}) before it started\n${said()}`);
  const base = /(?:on|tại) (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? '';
  return { child, base, exited, stdout: () => stdout, stderr: () => stderr };
}

/** The example served by `startResultsServer` for one test file (its hooks). */
export interface ExampleResultsServer {
  /** The server, filled in before the file's tests. */
  s: TestServer;
  /** Its store. */
  readonly store: Store;
  /** The example's campaign key in the store. */
  readonly campaign: string;
  /** The office stores `values` for group `id` (the studio's Kết quả, as account "lan"). */
  officeSaves(id: string, values: Record<string, number>): Promise<void>;
}

/**
 * Registers the file's hooks: `startResultsServer` of the example over a store in a temporary
 * folder before the tests, both closed after them.
 */
export function exampleResultsServer(more: Partial<ServerOptions> = {}): ExampleResultsServer {
  let started: Awaited<ReturnType<typeof startResultsServer>> | undefined;
  const s = {} as TestServer;
  beforeAll(async () => {
    started = await startResultsServer(await exampleWard(), await makeTempDir(), more);
    Object.assign(s, started);
  });
  afterAll(async () => {
    await started?.app.close();
    await started?.store.close();
    await removeTempDirs();
  });
  const opened = () => {
    if (!started) throw new Error('the results server is not started yet');
    return started;
  };
  return {
    s,
    get store() {
      return opened().store;
    },
    get campaign() {
      return opened().campaign;
    },
    async officeSaves(id, values) {
      const { store, campaign, ward } = opened();
      const group = ward.group(id);
      if (!group) throw new Error(`the example has no group ${id}`);
      await recordSubmission(
        store.db,
        { campaign, measures: ward.campaign.measures },
        { group, values, source: 'office', by: 'lan' },
      );
    },
  };
}

/** The command of the "leader links:" line serve printed, '' when there is none. */
export const linksLineOf = (stdout: string): string =>
  /leader links: (phuong-print links .*)/.exec(stdout)?.[1] ?? '';

/**
 * The "leader links:" line serve printed, run in a shell as the clerk pastes it ("phuong-print"
 * being the installed command) after `filledIn` (the placeholders the office types over), with no
 * secret in the environment; and its row for group `id`'s link, '' when none.
 */
export function runPastedLinks(
  stdout: string,
  id: string,
  filledIn: (line: string) => string = (line) => line,
): { line: string; run: SpawnSyncReturns<string>; url: string } {
  const line = linksLineOf(stdout);
  const command = filledIn(line).replace(/^phuong-print /, `"${process.execPath}" "${CLI_PATH}" `);
  const run = spawnSync('bash', ['-c', command], {
    env: { ...process.env, PHUONG_PRINT_SECRET: '', PHUONG_PRINT_ADMIN_PASSWORD: '' },
    encoding: 'utf8',
  });
  const row = run.stdout.split('\n').find((l) => l.startsWith(`${id},`));
  return { line, run, url: row?.split(',')[2] ?? '' };
}

/**
 * For a test file: the servers and stores it starts, pushed onto the lists returned, closed after
 * its tests, and its temporary folders removed.
 */
export function closedAfterAll(): { servers: TestServer[]; stores: Store[] } {
  const opened = { servers: [] as TestServer[], stores: [] as Store[] };
  afterAll(async () => {
    for (const s of opened.servers) await s.app.close();
    for (const st of opened.stores) await st.close();
    await removeTempDirs();
  });
  return opened;
}

/**
 * A fixture's ward (its campaign.yaml and groups.csv in `folder`) served on first use, without a
 * store of figures, and closed after the file's tests.
 */
export function servedFixture(folder: string): () => Promise<TestServer> {
  const { servers } = closedAfterAll();
  let s: TestServer | undefined;
  return async () => {
    if (!s) {
      const ward = await loadWard({
        campaign: join(folder, 'campaign.yaml'),
        groups: join(folder, 'groups.csv'),
      });
      s = await startServer({ ward });
      servers.push(s);
    }
    return s;
  };
}

/**
 * Group `groupId`'s leader page of `ward` as read (tags dropped), served with a fresh store of
 * figures (its form shown) on Viet Nam's day `today`; the server and store closed with `held`'s.
 */
export async function leaderPageOn(
  ward: Ward,
  groupId: string,
  today: string,
  held: { servers: TestServer[]; stores: Store[] },
): Promise<string> {
  const store = await openStore({ dataDir: await makeTempDir() });
  held.stores.push(store);
  const s = await startServer({
    ward,
    today: () => today,
    results: {
      db: store.db,
      campaign: campaignKey(ward.campaign),
      measures: ward.campaign.measures,
    },
  });
  held.servers.push(s);
  return visible(await (await fetch(`${s.url}/g/${tokenOf(groupId)}/`)).text());
}
