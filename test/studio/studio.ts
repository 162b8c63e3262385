/**
 * Test support for the studio: a studio on loopback over a fresh data folder (real sockets and
 * a real store: the folder's SQLite file, or a backend of support/stores.ts), with user "admin", and a small browser-like client that keeps cookies,
 * follows no redirects and posts forms with their CSRF token.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { basename, dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { SETTLING_MS } from '../../src/load/file-stamp.js';
import { createInProcessPool } from '../../src/serve/renderer.js';
import { openStore, type Store, type StoreDb } from '../../src/store/open-store.js';
import { addUser } from '../../src/studio/accounts.js';
import { createStudio, type StudioOptions } from '../../src/studio/app.js';
import { sessionCookieName } from '../../src/studio/cookie-names.js';
import { ensureFirstUser } from '../../src/studio/first-user.js';
import { CLI_PATH } from '../support/cli.js';
import { ROOT, startFromCopy } from '../support/package-copy.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import type { Backend } from '../support/stores.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { testToday } from '../support/today.js';

export const ADMIN_PASSWORD = 'mật-khẩu-văn-phòng';

/**
 * Longer than a file's stamp is distrusted after a change (load/file-stamp.ts): a file left
 * alone this long is one the studio keeps what it read of.
 */
export const SETTLED_MS = SETTLING_MS + 200;

/** A studio process's environment: the CLI in Vietnamese, the first start's admin password. */
export const STUDIO_ENV_VI = {
  PHUONG_PRINT_LANG: 'vi',
  PHUONG_PRINT_ADMIN_PASSWORD: ADMIN_PASSWORD,
};

/** `phuong-print studio --data dir --port 0 …extra` of this checkout, once it says its address. */
export const studioProcess = (dir: string, extra: readonly string[] = []) =>
  startFromCopy(ROOT, ['studio', '--data', dir, '--port', '0', ...extra], STUDIO_ENV_VI);

/**
 * scrypt at 1/32 of the studio's cost (1 MB, ~2 ms a hash instead of 32 MB and ~80 ms): the
 * tests hash and check a password hundreds of times. security.test.ts checks the real cost.
 */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 };

/**
 * Adds a user straight to the store, the password hashed at TEST_PASSWORD_COST as the test
 * studio's own users are (at the studio's cost each of the user's sign-ins would take ~80 ms).
 */
export function addTestUser(db: StoreDb, name: string, password: string, isAdmin = false) {
  return addUser(db, name, password, isAdmin, TEST_PASSWORD_COST);
}

/**
 * What a test's studio is started with unless a test says otherwise: documents drawn in this
 * thread, passwords hashed at TEST_PASSWORD_COST (startStudio).
 */
const TEST_STUDIO = {
  makeDocumentPool: createInProcessPool,
  passwordCost: TEST_PASSWORD_COST,
  today: testToday,
} satisfies Partial<StudioOptions>;

export interface TestStudio {
  app: FastifyInstance;
  url: string;
  dataDir: string;
  store: Store;
  errors: string[];
  close(): Promise<void>;
}

/** The session cookie's name of the studio on `s.dataDir` (each studio's own: cookie-names.ts). */
export const sessionName = (s: Pick<TestStudio, 'dataDir'>, secure = false): string =>
  sessionCookieName(s.dataDir, secure);

/**
 * A studio on loopback, on a fresh data folder or on `opts.dataDir` (a folder made elsewhere, a
 * restored backup: signed into as "admin" then); its store is the data folder's SQLite file
 * unless `backend` is given.
 * Its previews and leaders' pages are drawn in this thread (the fork has the renderer loaded
 * already) and its passwords hashed at TEST_PASSWORD_COST, unless `opts` says otherwise:
 * preview-workers.test.ts tests the studio's worker threads, security.test.ts its real cost.
 */
export async function startStudio(
  opts: Partial<StudioOptions> = {},
  backend?: Backend,
): Promise<TestStudio> {
  const dataDir = opts.dataDir ?? (await makeTempDir('phuong-print-studio-'));
  const store = backend ? await backend.open() : await openStore({ dataDir });
  const options = { ...TEST_STUDIO, ...opts };
  await ensureFirstUser(store.db, ADMIN_PASSWORD, options.passwordCost);
  const errors: string[] = [];
  const app = await createStudio({ dataDir, store, logError: (l) => errors.push(l), ...options });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    url,
    dataDir,
    store,
    errors,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** A new studio and the office's client, signed in as its first user. */
export async function signedInStudio(
  opts: Partial<StudioOptions> = {},
): Promise<{ s: TestStudio; c: Client }> {
  const s = await startStudio(opts);
  const c = new Client(s.url);
  await c.signIn();
  return { s, c };
}

/** A new studio, its client signed in, and one campaign made on Chiến dịch mới as `name`. */
export async function studioWithNewCampaign(
  name: string,
  opts: Partial<StudioOptions> = {},
): Promise<{ s: TestStudio; c: Client }> {
  const { s, c } = await signedInStudio(opts);
  const made = await c.upload('/new', 'docx', '', new Uint8Array(), { name, from: '' }, '/new');
  // Made, and on to its page: a failure here, not as a 403 or 404 in the test that uses it.
  expect(made.status, made.text).toBe(303);
  return { s, c };
}

/**
 * A new studio on `s`'s data folder and store, as the studio started again after `s.app` was
 * closed (a restart: what it knows comes from the folder and the store alone), with the test
 * options as `startStudio` (without them it would start the preview's worker threads, about a
 * second of CPU each, for the leaders' pages it opens again).
 */
export async function restartStudio(
  s: TestStudio,
  opts: Partial<StudioOptions> = {},
): Promise<{ app: FastifyInstance; url: string }> {
  const app = await createStudio({
    dataDir: s.dataDir,
    store: s.store,
    logError: () => {},
    ...TEST_STUDIO,
    ...opts,
  });
  return { app, url: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

/**
 * The example's groups.csv (its BOM, header and CRLF lines as the ward's spreadsheet exported
 * them) with only its first `count` groups, or whole without `count`.
 */
export async function exampleGroupsCsv(count?: number): Promise<Buffer> {
  const whole = await readFile(EXAMPLE_GROUPS);
  if (count === undefined) return whole;
  const lines = whole.toString('utf8').split(/(?<=\n)/);
  if (count > lines.length - 1) throw new Error(`the example has ${lines.length - 1} groups`);
  return Buffer.from(lines.slice(0, count + 1).join(''));
}

/**
 * A studio holding the Hải Phòng example as campaign `slug` (with one groups file, groups.csv,
 * as the studio keeps it), and a client signed in as admin. With `ward.groups`, its groups file
 * holds only the example's first N groups: for a case whose build is not about the ward's size
 * ("Tạo tệp in" of the 32 groups draws ~250 documents, a few seconds of CPU). With
 * `opts.groups`, groups.csv is that text instead, written once the studio has started and
 * before anything asks it for the campaign (the studio reads the folder on a request).
 */
export async function studioWithExample(
  opts: Partial<StudioOptions> & { groups?: string | Uint8Array } = {},
  slug = 'hai-phong',
  backend?: Backend,
  ward: { groups?: number } = {},
): Promise<{ s: TestStudio; c: Client; folder: string }> {
  const { groups, ...studio } = opts;
  const s = await startStudio(studio, backend);
  const folder = join(s.dataDir, 'campaigns', slug);
  await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });
  await rm(join(folder, 'groups.xlsx'));
  if (ward.groups !== undefined)
    await writeFile(join(folder, 'groups.csv'), await exampleGroupsCsv(ward.groups));
  if (groups !== undefined) await writeFile(join(folder, 'groups.csv'), groups);
  const c = new Client(s.url);
  await c.signIn();
  return { s, c, folder };
}

/**
 * A studio holding `files` (campaign.yaml, a groups file named as the studio keeps it, …) as
 * campaign `slug`, and a client signed in as admin.
 */
export async function studioWithCampaign(
  slug: string,
  files: readonly string[],
): Promise<{ s: TestStudio; c: Client; folder: string }> {
  const { s, c } = await signedInStudio();
  const folder = join(s.dataDir, 'campaigns', slug);
  await mkdir(folder, { recursive: true });
  for (const f of files) await cp(f, join(folder, basename(f)));
  return { s, c, folder };
}

/**
 * For a describe block: the example's studio (`studioWithExample`) started before its tests and
 * closed after; `s`, `c` and the campaign's `file` are set once it has started.
 */
export function exampleForTests(slug = 'hai-phong') {
  const ex = {} as { s: TestStudio; c: Client; file: string };
  beforeAll(async () => {
    const started = await studioWithExample({}, slug);
    Object.assign(ex, { s: started.s, c: started.c, file: join(started.folder, 'campaign.yaml') });
  });
  afterAll(async () => {
    await ex.s?.close();
    await removeTempDirs();
  });
  return ex;
}

/**
 * For a describe block: a new studio (`signedInStudio`, with `opts`) started before its tests and
 * closed after; `s` and the office's signed-in client `c` are set once it has started.
 */
export function signedInForTests(opts: Partial<StudioOptions> = {}) {
  const st = {} as { s: TestStudio; c: Client };
  beforeAll(async () => {
    Object.assign(st, await signedInStudio(opts));
  });
  afterAll(async () => {
    await st.s?.close();
    await removeTempDirs();
  });
  return st;
}

/** A page's text as a reader sees it: no tags, its entities and spaces as shown. */
export const plainText = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  bytes: Uint8Array;
}

/** A client with a cookie jar (name → value), like one browser. */
/** How long a test waits for the studio's answer to one request. */
const REQUEST_TIMEOUT_MS = 90_000;

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: BodyInit, type?: string): Promise<Answer> {
    // Bounded inside the test's own 120 s: a studio that never answers fails naming the request,
    // not with vitest's bare timeout (build-files.test.ts once timed out so, undiagnosed).
    const send = () =>
      fetch(this.base + path, {
        method,
        redirect: 'manual',
        headers: {
          ...this.headers,
          ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
          ...(type ? { 'content-type': type } : {}),
        },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    const res = await send()
      .catch((e: Error & { cause?: { code?: string } }) => {
        // A GET on a kept-alive connection the studio closed as the request arrived, before any
        // byte of an answer (the keep-alive race: a status poll failed so at load 30,
        // phone-browser.test.ts and build-files.test.ts): sent again once on a new connection,
        // as a browser does, and said on stderr so that it is seen. The tests' studios draw a
        // small build on their own thread (TEST_STUDIO's in-thread pool, to spare two threads'
        // start-up a file); the real studio's builds are drawn on its worker threads, which
        // preview-workers.test.ts checks group by group (review34 F9).
        const reset = ['ECONNRESET', 'UND_ERR_SOCKET'].includes(e.cause?.code ?? '');
        if (method !== 'GET' || !reset) throw e;
        process.stderr.write(
          `studio test client: GET ${path} reset (${e.cause?.code}), sent again\n`,
        );
        return send();
      })
      .catch((e: Error) => {
        if (e.name !== 'TimeoutError') throw e;
        throw new Error(`the studio did not answer ${method} ${path} in ${REQUEST_TIMEOUT_MS} ms`);
      });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      headers: res.headers,
      bytes,
      text: new TextDecoder().decode(bytes),
    };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  /** A urlencoded POST of `fields` as given (no token added). */
  postRaw(path: string, fields: Record<string, string>) {
    return this.request(
      'POST',
      path,
      new URLSearchParams(fields).toString(),
      'application/x-www-form-urlencoded',
    );
  }

  /** The CSRF token of the page at `path` (its first form's hidden field). */
  async tokenOf(path = '/'): Promise<string> {
    const page = await this.get(path);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
    if (!token) throw new Error(`no CSRF token on ${path} (status ${page.status})`);
    return token;
  }

  /** A form POST with the session's token, as the page's form sends it. */
  async post(path: string, fields: Record<string, string>, tokenFrom = '/') {
    return this.postRaw(path, { _csrf: await this.tokenOf(tokenFrom), ...fields });
  }

  /** A multipart POST (a file upload) with the token first, as a browser orders the fields. */
  async upload(
    path: string,
    field: string,
    name: string,
    bytes: Uint8Array,
    fields: Record<string, string> = {},
    tokenFrom = '/',
  ) {
    const form = new FormData();
    form.append('_csrf', await this.tokenOf(tokenFrom));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append(field, new Blob([Buffer.from(bytes)]), name);
    return this.request('POST', path, form);
  }

  async signIn(name = 'admin', password = ADMIN_PASSWORD): Promise<Answer> {
    const token = await this.tokenOf('/sign-in');
    return this.postRaw('/sign-in', { _csrf: token, name, password });
  }
}

/**
 * A browser that reached the studio by another name, through a proxy: the Host header it sends
 * (which fetch cannot set), and any other header a proxy adds (X-Forwarded-Proto…).
 */
export class HostClient extends Client {
  constructor(
    base: string,
    readonly host: string,
    readonly added: Record<string, string> = {},
    /** The local address its socket is bound to (127.0.0.2: another computer, for a test). */
    readonly from?: string,
  ) {
    super(base);
  }

  override request(method: string, path: string, body?: BodyInit, type?: string): Promise<Answer> {
    const payload = typeof body === 'string' ? Buffer.from(body) : undefined;
    if (body !== undefined && payload === undefined) throw new Error('only urlencoded bodies');
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = request(
        this.base + path,
        {
          method,
          localAddress: this.from,
          headers: {
            host: this.host,
            ...this.added,
            ...(cookie ? { cookie } : {}),
            ...(type ? { 'content-type': type } : {}),
            ...(payload ? { 'content-length': String(payload.length) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const headers = new Headers();
            for (const [k, v] of Object.entries(res.headers)) {
              for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v])
                headers.append(k, one);
            }
            for (const line of headers.getSetCookie()) {
              const [pair] = line.split(';');
              const [name, ...value] = (pair ?? '').split('=');
              if (!name) continue;
              if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
              else this.cookies.set(name, value.join('='));
            }
            const bytes = new Uint8Array(Buffer.concat(chunks));
            resolve({
              status: res.statusCode ?? 0,
              headers,
              bytes,
              text: new TextDecoder().decode(bytes),
            });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
}

/** Starts `phuong-print studio` with `args` in its own process; resolves with its address once it says it listens. */
export function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI_PATH, 'studio', ...args], {
    env: { ...process.env, PHUONG_PRINT_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
  });
  const address = new Promise<string>((resolve, reject) => {
    let out = '';
    const read = (d: Buffer) => {
      out += d.toString();
      const m = /(?:studio on|studio đang chạy tại) (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child: child as ChildProcess, address };
}
